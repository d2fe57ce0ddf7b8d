import { describe, expect, it } from 'vitest';
import type { ClaimReport } from './analysis/evidence.ts';
import { withoutDismissed } from './analysis/verdict.ts';
import { MAX_DISMISSALS, addDismissal, dismissalKey, parseMessage, readDismissals } from './messages.ts';

const snapshot = {
  url: 'https://news.example/a',
  title: 'T',
  byline: null,
  siteName: null,
  publishedTime: null,
  language: 'en',
  text: 'Body',
  paragraphs: ['Body'],
};

describe('parseMessage', () => {
  it('accepts a well-formed analyze request', () => {
    expect(parseMessage({ type: 'analyze', payload: snapshot })).toEqual({ type: 'analyze', payload: snapshot });
  });
  it.each([
    ['no object', 'analyze'],
    ['an unknown type', { type: 'importPack', payload: {} }],
    ['a missing field', { type: 'analyze', payload: { ...snapshot, text: undefined } }],
    ['a wrong type', { type: 'analyze', payload: { ...snapshot, paragraphs: [1, 2] } }],
    ['a non-web URL', { type: 'analyze', payload: { ...snapshot, url: 'javascript:alert(1)' } }],
    ['an oversized text', { type: 'analyze', payload: { ...snapshot, text: 'x'.repeat(700_000) } }],
  ])('rejects %s', (_name, raw) => {
    expect(parseMessage(raw)).toBeNull();
  });
});

describe('screen requests', () => {
  const sample = { url: 'https://news.example/a', title: 'T', lead: 'Opening paragraphs', language: null };
  it('accepts a well-formed sample and drops extra fields', () => {
    expect(parseMessage({ type: 'screen', payload: { ...sample, extra: 'x'.repeat(10) } })).toEqual({ type: 'screen', payload: sample });
  });
  it.each([
    ['an oversized lead', { ...sample, lead: 'x'.repeat(20_000) }],
    ['a non-web URL', { ...sample, url: 'chrome://settings' }],
    ['a missing title', { ...sample, title: undefined }],
  ])('rejects %s', (_name, payload) => {
    expect(parseMessage({ type: 'screen', payload })).toBeNull();
  });
});

describe('snapshot bounds (issue 13)', () => {
  it('rejects a paragraph longer than the extraction makes, and paragraphs longer than the text bound in all', () => {
    expect(parseMessage({ type: 'analyze', payload: { ...snapshot, paragraphs: ['x'.repeat(700_000)] } })).toBeNull();
    expect(parseMessage({ type: 'analyze', payload: { ...snapshot, paragraphs: ['x'.repeat(10_001)] } })).toBeNull();
    expect(parseMessage({ type: 'analyze', payload: { ...snapshot, paragraphs: Array(61).fill('x'.repeat(10_000)) } })).toBeNull();
    expect(parseMessage({ type: 'analyze', payload: { ...snapshot, paragraphs: Array(60).fill('x'.repeat(10_000)) } })).not.toBeNull();
  });

  it('rejects a sparse paragraphs list, which would pass every() and then throw in the analysis', () => {
    expect(parseMessage({ type: 'analyze', payload: { ...snapshot, paragraphs: [, 'Body'] } })).toBeNull();
    expect(parseMessage({ type: 'analyze', payload: { ...snapshot, paragraphs: new Array(3) } })).toBeNull();
  });

  it('rejects a document id with a lone surrogate (the reader could never open it)', () => {
    expect(parseMessage({ type: 'openReport', payload: { packId: 'p', docId: 'a\ud800', start: 0, end: 1 } })).toBeNull();
    expect(parseMessage({ type: 'getDocument', payload: { packId: 'p', docId: '\udc00' } })).toBeNull();
    expect(parseMessage({ type: 'getDocument', payload: { packId: 'p', docId: 'report 👍' } })).not.toBeNull();
  });

  it('keeps accepting page URLs with a backslash in the query: the URL parser keeps them, so they are real page URLs', () => {
    expect(parseMessage({ type: 'analyze', payload: { ...snapshot, url: 'https://news.example/a?q=b\\' } })).not.toBeNull();
  });
});

describe('"Not a match" choices (issue 13)', () => {
  const evidence = (packId: string, docId: string) => ({ packId, docId, stance: 'conflicts', confidence: 0.9, sourceGroup: null, time: { period: 'same' } });
  const claim = (text: string, ...ev: ReturnType<typeof evidence>[]) => ({ text, evidence: ev }) as unknown as ClaimReport;

  it('dismissing a report for one claim never hides another report of another claim', () => {
    // Before: both keys were "a|p/x|q/d".
    const dismissed = new Set([dismissalKey('A', { packId: 'p', docId: 'x|q/d' })]);
    const report = { claims: [claim('a|p/x', evidence('q', 'd')), claim('a', evidence('p', 'x|q/d'))] };
    const shown = withoutDismissed(report, dismissed, dismissalKey).claims.map((c) => c.evidence.length);
    expect(shown).toEqual([1, 0]);
  });

  it('remembers at most MAX_DISMISSALS choices, forgetting the oldest first', () => {
    let stored: unknown = [];
    for (let i = 0; i < MAX_DISMISSALS + 5; i++) stored = addDismissal(stored, dismissalKey(`claim ${i}`, { packId: 'p', docId: `d${i}` }));
    const keys = readDismissals(stored);
    expect(keys).toHaveLength(MAX_DISMISSALS);
    expect(keys[0]).toBe(dismissalKey('claim 5', { packId: 'p', docId: 'd5' }));
    expect(keys.at(-1)).toBe(dismissalKey(`claim ${MAX_DISMISSALS + 4}`, { packId: 'p', docId: `d${MAX_DISMISSALS + 4}` }));
    // Choosing again an old one makes it the newest rather than a duplicate.
    const again = addDismissal(keys, keys[0]!);
    expect(again).toHaveLength(MAX_DISMISSALS);
    expect(again.at(-1)).toBe(keys[0]);
  });

  it('still honours choices stored in the former "claim|pack/doc" form, and ignores what is not a key', () => {
    const keys = readDismissals(['russia sent 8 warships|seed-venezuela-russia/002_936c50cc775e99f4', 7, null]);
    expect(keys).toEqual([dismissalKey('Russia sent 8  warships', { packId: 'seed-venezuela-russia', docId: '002_936c50cc775e99f4' })]);
    expect(readDismissals(undefined)).toEqual([]);
  });
});
