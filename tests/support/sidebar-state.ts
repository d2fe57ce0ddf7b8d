// A valid sidebar state for component tests: one function, overrides for what a test is about.
import type { SidebarActions, SidebarState } from '../../components/actions.ts';
import { REPORT_FORMAT_VERSION, summarize, type ArticleReport } from '../../lib/analysis/analyze.ts';
import type { ClaimReport, Evidence } from '../../lib/analysis/evidence.ts';
import type { RelatedReport } from '../../lib/analysis/types.ts';

/** One piece of evidence, from report `docId`. */
export function evidence(over: Partial<Evidence> = {}): Evidence {
  return {
    docId: 'wire-1', packId: 'test-pack', title: 'Navy ships gather off Venezuela', outlet: 'Example Wire', published: '2025-12-20', url: 'https://news.example/wire-1',
    sources: ['Pentagon officials'], passage: 'The United States has moved 11 warships into the Caribbean, officials said.', passageStart: 0, passageEnd: 70,
    stance: 'corroborates', confidence: 0.9, reasons: [], values: [], why: ['Says the same'], time: { period: 'same', label: 'same week' }, sourceGroup: null, sameSourceAs: null,
    ...over,
  };
}

/** One claim of the article with its evidence. */
export function claim(over: Partial<ClaimReport> = {}): ClaimReport {
  const ev = over.evidence ?? [evidence()];
  return { id: 'c0-0', text: 'Washington has sent warships to the Caribbean.', paragraph: 0, start: 0, end: 46, score: 1, evidence: ev, verdict: ev[0]?.stance ?? 'none', independentSources: 1, ...over };
}

/** A related report of the sidebar's Reports tab. */
export function relatedReport(over: Partial<RelatedReport> = {}): RelatedReport {
  return { docId: 'wire-1', packId: 'test-pack', docNo: 1, title: 'Navy ships gather off Venezuela', outlet: 'Example Wire', published: '2025-12-20', url: 'https://news.example/wire-1', sources: ['Pentagon officials'], score: 0.6, passage: 'The United States has moved 11 warships…', ...over };
}

/** An analysed, related article with the given claims (two by default: one corroborated, one in conflict). */
export function articleReport(over: Partial<ArticleReport> = {}): ArticleReport {
  const claims = over.claims ?? [
    claim(),
    claim({
      id: 'c1-0', text: 'The U.S. now has nine warships in the region.', paragraph: 1,
      evidence: [evidence({ stance: 'conflicts', values: [{ claim: 'nine warships', report: '11 warships' }], why: ['Differs: nine here, 11 in the report'] })],
    }),
  ];
  const reports = over.reports ?? [relatedReport(), relatedReport({ docId: 'paper-2', title: 'Caracas denounces naval build-up', outlet: 'Example Paper', score: 0.5 })];
  return {
    related: true, relatedness: 0.6, threshold: 0.285, reports, corpusRevision: 1, formatVersion: REPORT_FORMAT_VERSION, languageSupported: true, language: 'en', crossLanguage: null, articleDate: '2025-12-21',
    claims, perReport: [], summary: summarize(claims), ...over,
  };
}

/** A valid sidebar state: open, with {@link articleReport}'s article; `over` replaces any part. */
export function sidebarState(over: Partial<SidebarState> = {}): SidebarState {
  return { report: articleReport(), checks: [], checking: false, notice: null, open: true, focusClaim: null, locatable: new Set(['c0-0', 'c1-0']), ...over };
}

/** Sidebar actions that record their calls. */
export function recordingActions(): SidebarActions & { calls: [string, unknown[]][] } {
  const calls: [string, unknown[]][] = [];
  const record = (name: string) => (...args: unknown[]) => {
    calls.push([name, args]);
    return name === 'copyCitation' ? Promise.resolve(true) : undefined;
  };
  return {
    calls,
    setOpen: record('setOpen'), check: record('check'), dismiss: record('dismiss'), openReport: record('openReport'),
    copyCitation: record('copyCitation') as SidebarActions['copyCitation'], exportReport: record('exportReport'), showInPage: record('showInPage'),
  };
}
