import type { ArticleReport } from '../analysis/analyze.ts';
import type { ClaimReport, Evidence } from '../analysis/evidence.ts';
import { escapeBidiControls, stripBidiControls } from '../text/bidi.ts';
import { markdownLink, markdownText as md } from './markdown.ts';

/** Export format version (the JSON export's `formatVersion`). */
export const EXPORT_FORMAT_VERSION = 1;

const STANCE: Record<Evidence['stance'], string> = { conflicts: 'Conflicts', corroborates: 'Corroborates', discusses: 'Discusses' };
const VERDICT: Record<ClaimReport['verdict'], string> = {
  conflicts: 'Conflicting reports',
  corroborates: 'Corroborated',
  discusses: 'Discussed',
  none: 'No report in the corpus speaks to this',
};

/**
 * A page or pack string for plain text: bidirectional controls dropped (an unterminated U+202E
 * would reverse the rest of the citation, stance included, wherever it is pasted) and line
 * breaks made spaces, so a citation is one line.
 */
function plain(s: string): string {
  return stripBidiControls(s).replace(/\s+/g, ' ').trim();
}

/** One evidence item as a citation a fact-checker can paste: quote, outlet, date, title, URL, cited source. */
export function citation(e: Evidence): string {
  const parts = [`“${plain(e.passage)}”`, `${plain(e.outlet) || 'Unknown outlet'}${e.published ? `, ${plain(e.published)}` : ''}: “${plain(e.title)}”`];
  if (e.url) parts.push(plain(e.url));
  if (e.sources.length) parts.push(`Cites: ${plain(e.sources.join('; '))}`);
  parts.push(`${STANCE[e.stance]} the claim${e.reasons.length ? ` (${plain(e.reasons.join('; '))})` : ''}`);
  return parts.join(' — ');
}

/** Article metadata carried into exports. */
export interface ExportArticle {
  url: string;
  title: string;
  siteName?: string | null;
  publishedTime?: string | null;
}

/** A report's title, linked when its URL is a web URL. */
function titleLink(title: string, url: string | null): string {
  return markdownLink(title, url) ?? `“${md(title)}”`;
}

/** The article's URL, linked when it is a web URL, as inert text otherwise. */
function urlLink(url: string): string {
  return markdownLink(url, url) ?? md(url);
}

const RATING: Record<string, string> = { false: 'False', 'mostly-false': 'Mostly false', mixed: 'Mixed', 'mostly-true': 'Mostly true', true: 'True', other: 'Other rating' };

function claimMarkdown(c: ClaimReport): string[] {
  const lines = [`### ${md(c.text)}`, '', `**${VERDICT[c.verdict]}**`, ''];
  for (const f of c.factChecks ?? []) {
    lines.push(`- **Fact-checked: ${RATING[f.normalizedRating] ?? 'Other rating'}** — ${md(f.publisher || 'Unknown fact-checker')}, ${md(f.datePublished ?? 'undated')}: ${titleLink(f.title || f.claimReviewed, f.url)}`);
    if (f.rating) lines.push(`  - Rated: ${md(f.rating)}`);
    lines.push(`  - Claim reviewed: ${md(f.claimReviewed)}${f.claimant ? ` (${md(f.claimant)})` : ''}`);
    if (f.time.period === 'earlier' || f.time.period === 'later') lines.push(`  - Another period: ${md(f.time.label ?? '')}`);
  }
  for (const e of c.evidence) {
    lines.push(`- **${STANCE[e.stance]}** — ${md(e.outlet || 'Unknown outlet')}, ${md(e.published ?? 'undated')}: ${titleLink(e.title, e.url)}`);
    lines.push(`  > ${md(e.passage)}`);
    for (const v of e.values) lines.push(`  - Article: ${md(v.claim)} · Report: ${md(v.report)}`);
    for (const r of e.reasons) lines.push(`  - ${md(r)}`);
    if (e.why?.length) lines.push(`  - Why: ${md(e.why.join(' · '))}`);
    if (e.time.period === 'earlier' || e.time.period === 'later') lines.push(`  - Another period: ${md(e.time.label ?? '')}`);
    if (e.sources.length) lines.push(`  - Cites: ${md(e.sources.join('; '))}`);
  }
  lines.push('');
  return lines;
}

/**
 * The whole report as Markdown, with a citation for every quote. Every string from the page or
 * a pack is inert text (see `markdownText`): it cannot add a heading, verdict, list, table,
 * HTML, image or link, and carries no bidirectional control. Only http(s) URLs become links.
 */
export function reportMarkdown(article: ExportArticle, report: ArticleReport, checked: ClaimReport[] = [], now = new Date()): string {
  const s = report.summary;
  const lines = [
    `# Fact check: ${md(article.title || article.url)}`,
    '',
    `- Article: ${urlLink(article.url)}${article.siteName ? ` (${md(article.siteName)})` : ''}${article.publishedTime ? `, published ${md(article.publishedTime)}` : ''}`,
    `- Checked: ${now.toISOString()} against corpus revision ${report.corpusRevision}`,
    `- ${report.reports.length} related reports; ${s.claims} claims checked, ${s.conflicts} in conflict, ${s.corroborated} corroborated`,
    '',
  ];
  if (checked.length) lines.push('## Claims checked by hand', '', ...checked.flatMap(claimMarkdown));
  if (report.claims.length) lines.push('## Claims in the article', '', ...report.claims.flatMap(claimMarkdown));
  lines.push('## Related reports', '');
  for (const r of report.reports) lines.push(`- ${md(r.outlet || 'Unknown outlet')}, ${md(r.published ?? 'undated')}: ${titleLink(r.title, r.url)}`);
  return `${lines.join('\n')}\n`;
}

/**
 * The whole report as JSON: claims, verdicts, quotes, outlets, dates, URLs. Strings are kept
 * exactly as the page and packs gave them, but bidirectional controls are written as `\uXXXX`
 * escapes: the file reads safely in any viewer and parses back to the original text.
 */
export function reportJson(article: ExportArticle, report: ArticleReport, checked: ClaimReport[] = [], now = new Date()): string {
  const claim = (c: ClaimReport) => ({
    text: c.text,
    verdict: c.verdict,
    independentSources: c.independentSources,
    factChecks: (c.factChecks ?? []).map((f) => ({
      docId: f.docId,
      packId: f.packId,
      claimReviewed: f.claimReviewed,
      claimant: f.claimant,
      rating: f.rating,
      normalizedRating: f.normalizedRating,
      publisher: f.publisher,
      title: f.title,
      url: f.url,
      datePublished: f.datePublished,
      period: f.time.period,
    })),
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
  const json = JSON.stringify(
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
  // JSON.stringify writes these characters raw and only ever inside strings, where an escape means the same.
  return escapeBidiControls(json);
}
