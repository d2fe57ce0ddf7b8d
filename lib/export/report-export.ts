import type { ArticleReport } from '../analysis/analyze.ts';
import type { ClaimReport, Evidence } from '../analysis/evidence.ts';
import { webUrl } from '../url.ts';

/** Export format version (the JSON export's `formatVersion`). */
export const EXPORT_FORMAT_VERSION = 1;

const STANCE: Record<Evidence['stance'], string> = { conflicts: 'Conflicts', corroborates: 'Corroborates', discusses: 'Discusses' };
const VERDICT: Record<ClaimReport['verdict'], string> = {
  conflicts: 'Conflicting reports',
  corroborates: 'Corroborated',
  discusses: 'Discussed',
  none: 'No report in the corpus speaks to this',
};

function mdEscape(s: string): string {
  return s.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

/** One evidence item as a citation a fact-checker can paste: quote, outlet, date, title, URL, cited source. */
export function citation(e: Evidence): string {
  const parts = [`“${e.passage}”`, `${e.outlet || 'Unknown outlet'}${e.published ? `, ${e.published}` : ''}: “${e.title}”`];
  if (e.url) parts.push(e.url);
  if (e.sources.length) parts.push(`Cites: ${e.sources.join('; ')}`);
  parts.push(`${STANCE[e.stance]} the claim${e.reasons.length ? ` (${e.reasons.join('; ')})` : ''}`);
  return parts.join(' — ');
}

/** Article metadata carried into exports. */
export interface ExportArticle {
  url: string;
  title: string;
  siteName?: string | null;
  publishedTime?: string | null;
}

/** A report's title, linked when its URL is a web URL (angle brackets keep parentheses in it intact). */
function titleLink(title: string, url: string | null): string {
  const link = webUrl(url);
  return link ? `[${mdEscape(title)}](<${link.replace(/[<>\s]/g, encodeURIComponent)}>)` : `“${mdEscape(title)}”`;
}

function claimMarkdown(c: ClaimReport): string[] {
  const lines = [`### ${mdEscape(c.text)}`, '', `**${VERDICT[c.verdict]}**`, ''];
  for (const e of c.evidence) {
    lines.push(`- **${STANCE[e.stance]}** — ${mdEscape(e.outlet || 'Unknown outlet')}, ${e.published ?? 'undated'}: ${titleLink(e.title, e.url)}`);
    lines.push(`  > ${mdEscape(e.passage)}`);
    for (const v of e.values) lines.push(`  - Article: ${mdEscape(v.claim)} · Report: ${mdEscape(v.report)}`);
    for (const r of e.reasons) lines.push(`  - ${mdEscape(r)}`);
    if (e.why?.length) lines.push(`  - Why: ${mdEscape(e.why.join(' · '))}`);
    if (e.time.period === 'earlier' || e.time.period === 'later') lines.push(`  - Another period: ${e.time.label}`);
    if (e.sources.length) lines.push(`  - Cites: ${mdEscape(e.sources.join('; '))}`);
  }
  lines.push('');
  return lines;
}

/** The whole report as Markdown, with a citation for every quote. */
export function reportMarkdown(article: ExportArticle, report: ArticleReport, checked: ClaimReport[] = [], now = new Date()): string {
  const s = report.summary;
  const lines = [
    `# Fact check: ${mdEscape(article.title || article.url)}`,
    '',
    `- Article: ${article.url}${article.siteName ? ` (${mdEscape(article.siteName)})` : ''}${article.publishedTime ? `, published ${article.publishedTime}` : ''}`,
    `- Checked: ${now.toISOString()} against corpus revision ${report.corpusRevision}`,
    `- ${report.reports.length} related reports; ${s.claims} claims checked, ${s.conflicts} in conflict, ${s.corroborated} corroborated`,
    '',
  ];
  if (checked.length) lines.push('## Claims checked by hand', '', ...checked.flatMap(claimMarkdown));
  if (report.claims.length) lines.push('## Claims in the article', '', ...report.claims.flatMap(claimMarkdown));
  lines.push('## Related reports', '');
  for (const r of report.reports) lines.push(`- ${mdEscape(r.outlet || 'Unknown outlet')}, ${r.published ?? 'undated'}: ${titleLink(r.title, r.url)}`);
  return `${lines.join('\n')}\n`;
}

/** The whole report as JSON: claims, verdicts, quotes, outlets, dates, URLs. */
export function reportJson(article: ExportArticle, report: ArticleReport, checked: ClaimReport[] = [], now = new Date()): string {
  const claim = (c: ClaimReport) => ({
    text: c.text,
    verdict: c.verdict,
    independentSources: c.independentSources,
    evidence: c.evidence.map((e) => ({
      docId: e.docId,
      packId: e.packId,
      stance: e.stance,
      confidence: e.confidence,
      quote: e.passage,
      outlet: e.outlet,
      title: e.title,
      published: e.published,
      url: e.url,
      sources: e.sources,
      reasons: e.reasons,
      why: e.why ?? [],
      values: e.values,
      period: e.time.period,
      sourceGroup: e.sourceGroup,
    })),
  });
  return JSON.stringify(
    {
      formatVersion: EXPORT_FORMAT_VERSION,
      exportedAt: now.toISOString(),
      article,
      corpusRevision: report.corpusRevision,
      summary: report.summary,
      checkedClaims: checked.map(claim),
      claims: report.claims.map(claim),
      reports: report.reports.map((r) => ({ docId: r.docId, packId: r.packId, title: r.title, outlet: r.outlet, published: r.published, url: r.url, score: r.score })),
    },
    null,
    2,
  );
}
