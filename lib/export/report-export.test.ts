import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, type ArticleReport } from '../analysis/analyze.ts';
import { extractSnapshot } from '../extract/snapshot.ts';
import { fixture, seededDB } from '../test-support.ts';
import { webUrl as linkableUrl } from '../url.ts';
import { citation, reportJson, reportMarkdown } from './report-export.ts';

let report: ArticleReport;
const article = { url: 'https://harbour.example/convoy', title: 'Convoy of 30 diplomatic vehicles', siteName: 'Harbour Courier', publishedTime: '2025-12-23' };

beforeAll(async () => {
  const db = await seededDB();
  const { document } = parseHTML(fixture('pages/related-conflict-number.html'));
  report = await analyzeArticle(db, extractSnapshot(document as unknown as Document, article.url)!);
});

describe('exports', () => {
  it('cites a passage with quote, outlet, date, title, cited source and stance', () => {
    const e = report.claims.flatMap((c) => c.evidence).find((x) => x.docId === '001_9c17a2890fb4d939' && x.stance === 'conflicts')!;
    const text = citation(e);
    expect(text).toContain(`“${e.passage}”`);
    expect(text).toContain('Voz Media (voz.us), 2025-12-22');
    expect(text).toMatch(/Cites: Associated Press/);
    expect(text).toMatch(/Conflicts the claim \(Different figures/);
  });

  it('writes Markdown with every claim, verdict and quote', () => {
    const md = reportMarkdown(article, report, [], new Date('2026-01-01T00:00:00Z'));
    expect(md).toMatch(/^# Fact check: Convoy of 30 diplomatic vehicles/);
    expect(md).toContain('- Checked: 2026-01-01T00:00:00.000Z');
    for (const c of report.claims) expect(md).toContain(c.text.replace(/([\\`*_[\]<>#|])/g, '\\$1').slice(0, 40));
    expect(md).toMatch(/Article: 8 warships · Report: 11 warships/);
    expect(md).toMatch(/ {2}- Why: .*Differs: “8 warships” here, “11 warships” in the report/);
  });

  it('writes JSON with claims, verdicts, quotes, outlets, dates and URLs', () => {
    const data = JSON.parse(reportJson(article, report)) as { formatVersion: number; article: { url: string }; claims: { verdict: string; evidence: { quote: string; outlet: string; published: string | null }[] }[] };
    expect(data.formatVersion).toBe(1);
    expect(data.article.url).toBe(article.url);
    expect(data.claims).toHaveLength(report.claims.length);
    expect(data.claims.some((c) => c.verdict === 'conflicts')).toBe(true);
    expect(data.claims.flatMap((c) => c.evidence).every((e) => e.quote.length > 0 && typeof e.outlet === 'string')).toBe(true);
  });

  it('links only web URLs in Markdown: a javascript: URL from a pack stays inert text', () => {
    expect(linkableUrl('https://apnews.com/a(b)')).toBe('https://apnews.com/a(b)');
    expect(linkableUrl('javascript:alert(1)')).toBeNull();
    expect(linkableUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(linkableUrl('not a url')).toBeNull();
    const hostile: ArticleReport = {
      ...report,
      reports: report.reports.map((r) => ({ ...r, url: 'javascript:alert(1)' })),
      claims: report.claims.map((c) => ({ ...c, evidence: c.evidence.map((e) => ({ ...e, url: 'javascript:alert(1)' })) })),
    };
    const md = reportMarkdown(article, hostile, []);
    expect(md).not.toMatch(/\]\(<?javascript:/);
    const web: ArticleReport = { ...hostile, reports: hostile.reports.map((r) => ({ ...r, url: 'https://news.example/a (b)' })) };
    expect(reportMarkdown(article, web, [])).toContain('](<https://news.example/a%20(b)>)');
  });
});
