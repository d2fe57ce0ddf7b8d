import { parseHTML } from 'linkedom';
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ClaimReport, Evidence } from '../lib/analysis/evidence.ts';
import type { RelatedReport } from '../lib/analysis/types.ts';
import type { SidebarActions } from './actions.ts';
import { ClaimCard } from './ClaimCard.tsx';
import { ReportCard } from './ReportCard.tsx';

// A page or pack string with an unterminated right-to-left override: outside an isolate it
// would reverse the card's own text after it ("· 22 Dec 2025", "and 3 more", the chips).
const RLO = '\u202E';
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const evil = (s: string) => `${s} ${RLO}detaler ton`;

const evidence: Evidence = {
  docId: 'd1',
  packId: 'p1',
  title: evil('Title'),
  outlet: evil('Outlet'),
  published: evil('someday'),
  url: 'https://news.example/a',
  sources: [evil('Source A'), evil('Source B'), 'Source C', 'Source D'],
  passage: evil('Eight warships were seen'),
  passageStart: 0,
  passageEnd: 10,
  stance: 'conflicts',
  confidence: 0.9,
  reasons: [evil('Different figures')],
  values: [{ claim: evil('8 warships'), report: evil('11 warships') }],
  why: [evil('Differs: 8 here, 11 there')],
  time: { period: 'earlier', label: evil('2 years earlier') },
  sourceGroup: null,
  sameSourceAs: 'd0',
};
const claim: ClaimReport = { id: 'c0-0', text: evil('Eight warships sailed'), paragraph: 0, start: 0, end: 10, score: 1, evidence: [evidence], verdict: 'conflicts', independentSources: 2 };
const related: RelatedReport = { docId: 'd1', packId: 'p1', docNo: 1, title: evil('Title'), outlet: evil('Outlet'), published: evil('someday'), url: null, sources: [evil('Source A'), 'B', 'C', 'D'], score: 0.5, passage: evil('Passage') };
const actions = new Proxy({}, { get: () => () => Promise.resolve(true) }) as SidebarActions;

let root: HTMLElement;
beforeAll(() => {
  const { document } = parseHTML('<!doctype html><html><body><ul id="root"></ul></body></html>');
  vi.stubGlobal('document', document);
  root = document.getElementById('root') as unknown as HTMLElement;
});
afterEach(() => render(null, root));

/** Every text holding a bidi control sits in an isolate (`<bdi>` or an element with `dir`); no tooltip or label holds one. */
function expectIsolated(el: Element): number {
  let seen = 0;
  const walk = (node: Node) => {
    if (node.nodeType === 3 && BIDI.test(node.textContent ?? '')) {
      seen++;
      let p = node.parentElement;
      while (p && p.localName !== 'bdi' && !p.hasAttribute('dir')) p = p.parentElement;
      expect(p, `“${node.textContent}” in <${node.parentElement?.localName}>`).not.toBeNull();
    }
    if (node.nodeType === 1) {
      for (const a of Array.from((node as Element).attributes)) if (a.name === 'title' || a.name.startsWith('aria-')) expect(a.value, a.name).not.toMatch(BIDI);
    }
    node.childNodes.forEach(walk);
  };
  walk(el);
  return seen;
}

describe('cards show page and pack strings isolated', () => {
  it('an embedded U+202E in a claim, its evidence or a related report cannot reorder the card around it', () => {
    render(<ClaimCard claim={claim} titleOf={() => evil('Earlier title')} actions={actions} />, root);
    expect(expectIsolated(root)).toBeGreaterThan(8);
    expect(root.textContent).toContain('Outlet');
    render(<ReportCard report={related} />, root);
    expect(expectIsolated(root)).toBeGreaterThan(4);
  });
});

describe('the claim heading matches its cards', () => {
  it('counts each stance as shown, never "2 independent sources" over one conflict and one corroboration', () => {
    const agree: Evidence = { ...evidence, docId: 'd2', stance: 'corroborates', sourceGroup: null, sameSourceAs: null, time: { period: 'same', label: 'same day' } };
    const first: Evidence = { ...evidence, time: { period: 'same', label: 'same day' }, sameSourceAs: null };
    render(<ClaimCard claim={{ ...claim, evidence: [first, agree], independentSources: 2 }} titleOf={() => 'T'} actions={actions} />, root);
    const counts = root.querySelector('[data-testid="claim-counts"]')!.textContent!;
    expect(counts).toMatch(/1 conflicting · 1 corroborating/);
    expect(counts).not.toMatch(/independent/);
  });
});
