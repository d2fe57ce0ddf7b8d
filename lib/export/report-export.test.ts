import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeArticle, type ArticleReport } from '../analysis/analyze.ts';
import { extractSnapshot } from '../extract/snapshot.ts';
import { fixture, seededDB } from '../../tests/support/unit.ts';
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
    expect(reportMarkdown(article, web, [])).toContain('](https://news.example/a%20%28b%29)');
  });
});

// A page and a pack that try to write into the report a fact-checker forwards: a heading, a
// fake verdict, an image, links, HTML, a table and a right-to-left override.
const RLO = '\u202E';
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const evilDate = '2025-12-22\n\n# Corroborated by everyone\n![x](https://evil.example/p.png)';
const evilUrl = 'https://x.example/a) [click](https://evil.example';
const evilTitle = `Minister *denies* _all_ [claims](https://evil.example) <img src=x> | a | b | ${RLO}eurt si sihT`;
const evil = (s: string) => `${s}\n\n# Corroborated\n| a | b |\n|---|---|\n<script>x</script> ![i](https://evil.example/i.png) &#x202E; ${RLO}txet`;
const evilArticle = { url: evilUrl, title: evilTitle, siteName: `Site\n- [x] done\n> quoted ${RLO}`, publishedTime: evilDate };

function hostile(base: ArticleReport): ArticleReport {
  return {
    ...base,
    reports: base.reports.map((r) => ({ ...r, title: evilTitle, outlet: `- ${evil('Outlet')}`, published: evilDate, url: 'https://news.example/a?q=1#frag\\' })),
    claims: base.claims.map((c) => ({
      ...c,
      text: evil(c.text),
      evidence: c.evidence.map((e) => ({
        ...e,
        title: evilTitle,
        outlet: `1. ${evil('Outlet')}`,
        published: evilDate,
        url: evilUrl,
        passage: `> ${evil(e.passage)}`,
        why: [evil('Matches')],
        reasons: [`+ ${evil('reason')}`],
        sources: [evil('Source')],
        values: [{ claim: evil('8'), report: evil('11') }],
      })),
    })),
  };
}

/** Our own line shapes; a line of any other shape was injected. */
const OWN_LINE = [
  /^# Fact check: /,
  /^## (Claims checked by hand|Claims in the article|Related reports)$/,
  /^### /,
  /^\*\*(Conflicting reports|Corroborated|Discussed|No report in the corpus speaks to this)\*\*$/,
  /^- (Article|Checked): /,
  /^- \d+ related reports; /,
  /^- \*\*(Conflicts|Corroborates|Discusses)\*\* — /,
  /^ {2}> /,
  /^ {2}- /,
  /^- /,
  /^$/,
];

/** Fails when the Markdown holds anything but its own structure and inert text. */
function expectInert(md: string): void {
  for (const line of md.split('\n')) {
    const own = OWN_LINE.find((re) => re.test(line));
    expect(own, line).toBeDefined();
    // What follows our prefix must not open a block of its own (list, quote, heading, fence, rule).
    const rest = line.replace(/^(#{1,3} |- |  - |  > )?(\*\*[A-Za-z ]+\*\*( — )?)?/, '');
    expect(rest, line).not.toMatch(/^\s*([-+*>#=|]|\d+[.)]|`{3}|~{3})/);
  }
  // Once escaped characters are removed, no Markdown or HTML syntax is left but our links.
  const bare = md.replace(/\\[!-/:-@[-`{-~]/g, '');
  expect(bare).not.toMatch(/<|&|\||!\[|`/);
  const targets = [...bare.matchAll(/\]\(([^)]*)\)/g)].map((m) => m[1]!);
  for (const t of targets) {
    expect(t).toMatch(/^https?:\/\/[^\s()<>\\]+$/);
    expect(new URL(t).hostname).not.toBe('evil.example');
  }
  expect(bare.replace(/\]\([^)]*\)/g, '')).not.toMatch(/\]\(|:\/\//);
  expect(md).not.toContain('](https://evil');
}

describe('exports of a hostile page and pack', () => {
  it('escapes every page and pack field in Markdown: no injected heading, verdict, list, table, HTML, image or link', () => {
    const md = reportMarkdown(evilArticle, hostile(report), hostile(report).claims.slice(0, 1), new Date('2026-01-01T00:00:00Z'));
    expectInert(md);
    expect(md).not.toMatch(/^\s*#+\s*Corroborated/m);
    expect(md).toContain('Minister \\*denies\\* \\_all\\_ \\[claims\\]');
  });

  it('encodes URLs as link targets: the article URL cannot close its link, and a trailing backslash cannot break a title link', () => {
    const md = reportMarkdown(evilArticle, hostile(report), [], new Date('2026-01-01T00:00:00Z'));
    expect(md).toContain('](https://x.example/a%29%20[click]%28https://evil.example)');
    expect(md).toContain('](https://news.example/a?q=1#frag%5C)');
    const inert = reportMarkdown({ ...article, url: 'javascript:alert(1)//\n# x' }, report, []);
    expect(inert).toContain('- Article: javascript:alert(1)// \\# x (Harbour Courier)');
    expectInert(inert);
  });

  it('leaves no bidirectional control in the Markdown, the JSON text or a copied citation; the JSON keeps them as escapes', () => {
    const r = hostile(report);
    expect(reportMarkdown(evilArticle, r, [])).not.toMatch(BIDI);
    const json = reportJson(evilArticle, r, []);
    expect(json).not.toMatch(BIDI);
    const data = JSON.parse(json) as { article: { title: string }; claims: { evidence: { quote: string }[] }[] };
    expect(data.article.title).toBe(evilTitle);
    expect(data.claims[0]!.evidence[0]!.quote).toBe(r.claims[0]!.evidence[0]!.passage);
    const e = r.claims.flatMap((c) => c.evidence)[0]!;
    const cited = citation({ ...e, passage: `\u2067${e.passage}\u2069 \u200F`, outlet: `\u202BOutlet\u202C` });
    expect(cited).not.toMatch(BIDI);
    expect(cited).toContain('Outlet');
  });
});
