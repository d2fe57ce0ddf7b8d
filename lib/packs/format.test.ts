import { describe, expect, it } from 'vitest';
import { fixture } from '../../tests/support/unit.ts';
import { PackError, factCheckLinks, isFactCheck, packFormatVersion, parsePack, validatePack } from './format.ts';

const seed = (): Record<string, unknown> => JSON.parse(fixture('formats/pack-v1-seed.json')) as Record<string, unknown>;

describe('pack format v1', () => {
  it('reads the frozen version-1 seed pack', () => {
    const pack = parsePack(fixture('formats/pack-v1-seed.json'));
    expect(pack.revision).toBe(1);
    expect(pack.documents.map((d) => d.id)).toEqual([
      '000_9ae17a76aaeb9e70',
      '001_9c17a2890fb4d939',
      '002_936c50cc775e99f4',
      '003_34df27f0f9e83260',
      '004_42f87ae980b4bccd',
    ]);
    expect(pack.documents[4]!.outlet).toBe('The Epoch Times');
    // Format 2 reads it as it always was: reports only, version 1.
    expect(pack.formatVersion).toBe(1);
    expect(pack.documents.every((d) => !isFactCheck(d) && !('kind' in d))).toBe(true);
  });
  it('explains a truncated file', () => {
    const text = fixture('formats/pack-v1-seed.json');
    expect(() => parsePack(text.slice(0, text.length / 2))).toThrow(/not valid JSON.*truncated/);
  });
  it.each([
    ['a list', [], /expected a JSON object/],
    ['another format', { ...seed(), format: 'zip' }, /format/],
    ['a future version', { ...seed(), formatVersion: 3 }, /Unsupported pack format version 3 \(this version reads 1 and 2\)/],
    ['a fractional revision', { ...seed(), revision: 1.5 }, /revision/],
    ['a missing title', { ...seed(), title: undefined }, /title is missing/],
    ['an id with slashes', { ...seed(), id: '../x' }, /Pack id/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => validatePack(value)).toThrow(message);
    expect(() => validatePack(value)).toThrow(PackError);
  });
  it('refuses duplicate document ids', () => {
    const p = seed();
    const docs = p.documents as Record<string, unknown>[];
    p.documents = [...docs, { ...docs[0] }];
    expect(() => validatePack(p)).toThrow(/Duplicate document id "000_9ae17a76aaeb9e70"/);
  });
  it('refuses a document with no text or a bad date', () => {
    const p = seed();
    const docs = p.documents as Record<string, unknown>[];
    expect(() => validatePack({ ...p, documents: [{ ...docs[0], text: '  ' }] })).toThrow(/Document 1 text is empty/);
    expect(() => validatePack({ ...p, documents: [{ ...docs[0], published: 'last Friday' }] })).toThrow(/not an ISO 8601 date/);
    expect(() => validatePack({ ...p, documents: [{ ...docs[0], sources: 'AP' }] })).toThrow(/sources must be a list/);
  });
});

describe('field checks found by the fuzz test', () => {
  it('refuses dates that do not exist, which Date.parse would shift', async () => {
    const { isoDate } = await import('./fields.ts');
    for (const bad of ['2025-02-30', '2025-13-01', '2025-06-01T24:00', '0000-01-01', '2025-04-31']) {
      expect(() => isoDate(bad, 'Date'), bad).toThrow(/not an ISO 8601 date/);
    }
    for (const good of ['2024-02-29', '2025-12-31T23:59:59Z', '2025-06', '2025']) expect(isoDate(good, 'Date')).toBe(good);
  });
  it('shows invisible characters from the input as escapes in messages', async () => {
    const { quote } = await import('./fields.ts');
    expect(quote('a\u202Eb\u0000c')).toBe('"a\\u202eb\\u0000c"');
  });
});

describe('bounds on document fields (issue 13)', () => {
  const doc = (over: Record<string, unknown>) => {
    const p = seed();
    const docs = p.documents as Record<string, unknown>[];
    return { ...p, documents: [{ ...docs[0], ...over }, ...docs.slice(1)] };
  };

  it('refuses a source of 5,000,000 characters, naming the document and the source', () => {
    expect(() => validatePack(doc({ sources: ['AP', 'x'.repeat(5_000_000)] }))).toThrow('Document 1 source 2 is too long (5000000 characters; at most 2,000)');
  });

  it('refuses 200,000 sources, saying how many are allowed', () => {
    const sources = Array.from({ length: 200_000 }, (_, i) => `Source ${i}`);
    expect(() => validatePack(doc({ sources }))).toThrow('Document 1 has 200,000 sources (at most 1,000)');
  });

  it('still reads a document with 1,000 sources of 2,000 characters', () => {
    const sources = Array.from({ length: 1_000 }, (_, i) => `${i}`.padEnd(2_000, 'x'));
    expect(validatePack(doc({ sources })).documents[0]!.sources).toHaveLength(1_000);
  });

  it('refuses sparse lists (possible outside JSON: stored or cloned values) instead of failing later', () => {
    const p = seed();
    const docs = p.documents as Record<string, unknown>[];
    expect(() => validatePack({ ...p, documents: [docs[0], , docs[2]] })).toThrow('Document 2 is not an object');
    expect(() => validatePack(doc({ sources: ['AP', , 'Reuters'] }))).toThrow('Document 1 sources must be a list of strings (entry 2 is missing)');
  });

  it('refuses a document id with a lone surrogate (it could not be opened from a link)', () => {
    expect(() => validatePack(doc({ id: 'report-\ud800' }))).toThrow('Document 1 id is not valid Unicode (a lone surrogate at character 8)');
    expect(() => validatePack(doc({ id: '\udc00x' }))).toThrow('Document 1 id is not valid Unicode (a lone surrogate at character 1)');
    expect(validatePack(doc({ id: 'report-👍' })).documents[0]!.id).toBe('report-👍');
  });
});

describe('pack format v2: fact-check documents (issue 15)', () => {
  const factCheck = (over: Record<string, unknown> = {}, review: Record<string, unknown> = {}): Record<string, unknown> => ({
    id: 'factcheck-1',
    url: 'https://checks.example/embassy',
    title: 'Did Russia empty its embassy in Caracas?',
    outlet: 'Example Checks',
    author: null,
    published: '2025-12-20',
    language: 'en',
    text: 'Only the families of diplomats left; the embassy stayed open.',
    sources: [],
    kind: 'fact-check',
    review: {
      claimReviewed: 'Russia evacuated its entire embassy staff from Caracas.',
      claimant: 'A viral post',
      claimDate: '2025-12-18',
      appearanceUrl: 'https://social.example/post/1',
      rating: { alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
      normalizedRating: 'false',
      claimGroup: 'claim-abc',
      ...review,
    },
    ...over,
  });
  const pack = (...documents: unknown[]) => ({ ...seed(), formatVersion: 2, documents: [...(seed().documents as unknown[]), ...documents] });
  const one = (doc: Record<string, unknown>) => validatePack(pack(doc)).documents[5]!;

  it('reads a pack that mixes reports and fact-checks, and says version 2', () => {
    const p = validatePack(pack(factCheck()));
    expect(p.formatVersion).toBe(2);
    expect(p.documents.slice(0, 5).every((d) => d.kind === undefined && d.review === undefined)).toBe(true);
    const d = p.documents[5]!;
    expect(isFactCheck(d)).toBe(true);
    expect(d).toEqual(factCheck());
    // Re-validating the result changes nothing: what is written is what is read.
    expect(validatePack(JSON.parse(JSON.stringify(p)))).toEqual(p);
  });

  it('reads version 1 as reports only, ignoring kind and review as version-1 readers did', () => {
    const p = validatePack({ ...seed(), documents: [factCheck()] });
    expect(p.formatVersion).toBe(1);
    expect(p.documents[0]!.kind).toBeUndefined();
    expect(p.documents[0]!.review).toBeUndefined();
    expect(isFactCheck(p.documents[0]!)).toBe(false);
  });

  it('gives a report-only pack version 1, whatever version it said, and writes reports without kind', () => {
    const p = validatePack({ ...seed(), formatVersion: 2, documents: [{ ...(seed().documents as Record<string, unknown>[])[0], kind: 'report' }] });
    expect(p.formatVersion).toBe(1);
    expect('kind' in p.documents[0]!).toBe(false);
    expect(packFormatVersion(p.documents)).toBe(1);
  });

  it('fills a missing normalizedRating from the rating, and reads a review without a rating as "other"', () => {
    expect(one(factCheck({}, { normalizedRating: undefined })).review!.normalizedRating).toBe('false');
    const bare = one(factCheck({}, { rating: undefined, normalizedRating: undefined, claimant: undefined, claimDate: undefined, appearanceUrl: undefined, claimGroup: undefined }));
    expect(bare.review).toEqual({
      claimReviewed: 'Russia evacuated its entire embassy staff from Caracas.',
      claimant: null,
      claimDate: null,
      appearanceUrl: null,
      rating: { alternateName: null, ratingValue: null, bestRating: null, worstRating: null },
      normalizedRating: 'other',
      claimGroup: null,
    });
  });

  it('keeps javascript: and data: URLs as text, and never offers them as links', () => {
    const d = one(factCheck({ url: 'javascript:alert(1)' }, { appearanceUrl: 'data:text/html,<b>x</b>' }));
    expect(d.url).toBe('javascript:alert(1)');
    expect(d.review!.appearanceUrl).toBe('data:text/html,<b>x</b>');
    expect(isFactCheck(d) && factCheckLinks(d)).toEqual({ url: null, appearanceUrl: null });
    const ok = one(factCheck());
    expect(isFactCheck(ok) && factCheckLinks(ok)).toEqual({ url: 'https://checks.example/embassy', appearanceUrl: 'https://social.example/post/1' });
  });

  it.each([
    ['no review', factCheck({ review: undefined }), 'Document 6 review is missing (a fact-check needs one)'],
    ['an unknown kind', factCheck({ kind: 'rumour' }), 'Document 6 kind "rumour" is not "report" or "fact-check"'],
    ['an empty claim', factCheck({}, { claimReviewed: ' ' }), 'Document 6 review claimReviewed is empty'],
    ['a 1 MB claim', factCheck({}, { claimReviewed: 'x'.repeat(1_000_000) }), 'Document 6 review claimReviewed is too long (1000000 characters; at most 10,000)'],
    ['a long claimant', factCheck({}, { claimant: 'x'.repeat(501) }), 'Document 6 review claimant is too long (501 characters; at most 500)'],
    ['a long appearance URL', factCheck({}, { appearanceUrl: `https://x.example/${'a'.repeat(4000)}` }), /Document 6 review appearanceUrl is too long/],
    ['a bad claim date', factCheck({}, { claimDate: 'yesterday' }), 'Document 6 review claimDate is not an ISO 8601 date: "yesterday"'],
    ['a rating off its scale', factCheck({}, { rating: { alternateName: null, ratingValue: 7, bestRating: 5, worstRating: 1 } }), 'Document 6 review rating ratingValue 7 is outside its scale (1 to 5)'],
    ['an empty scale', factCheck({}, { rating: { ratingValue: 3, bestRating: 3, worstRating: 3 } }), 'Document 6 review rating scale is empty (bestRating and worstRating are both 3)'],
    ['a rating as text', factCheck({}, { rating: { ratingValue: '1' } }), 'Document 6 review rating ratingValue must be a number or null'],
    ['a huge rating', factCheck({}, { rating: { ratingValue: 1e300 } }), /Document 6 review rating ratingValue 1e\+300 is out of range/],
    ['an unknown normalized rating', factCheck({}, { normalizedRating: 'pants-on-fire' }), 'Document 6 review normalizedRating "pants-on-fire" is not one of false, mostly-false, mixed, mostly-true, true, other'],
    ['a claim group with a lone surrogate', factCheck({}, { claimGroup: 'g\ud800' }), /Document 6 review claimGroup is not valid Unicode/],
  ])('refuses a fact-check with %s, naming the document', (_name, doc, message) => {
    expect(() => validatePack(pack(doc))).toThrow(message);
  });

  it('reads a rating on a scale that runs from best to worst', () => {
    expect(one(factCheck({}, { rating: { ratingValue: 5, bestRating: 1, worstRating: 5 }, normalizedRating: undefined })).review!.normalizedRating).toBe('false');
  });
});

describe('deltas carry fact-check documents', () => {
  it('adds a fact-check through diffPacks and applyDeltaToPack, and validates its review', async () => {
    const { applyDeltaToPack, diffPacks, validateDelta } = await import('./delta.ts');
    const base = parsePack(fixture('formats/pack-v1-seed.json'));
    const review = { claimReviewed: 'Russia closed its embassy.', rating: { alternateName: 'False' }, claimGroup: 'claim-1' };
    const doc = { id: 'fc-1', url: 'https://checks.example/1', title: 'Closed?', outlet: 'Checks', author: null, published: null, language: 'en', text: 'No.', sources: [], kind: 'fact-check', review };
    const next = validatePack({ ...base, formatVersion: 2, revision: 2, documents: [...base.documents, doc] });
    const delta = diffPacks(base, next);
    expect(delta.added).toHaveLength(1);
    expect(isFactCheck(delta.added[0]!)).toBe(true);
    expect(applyDeltaToPack(base, validateDelta(JSON.parse(JSON.stringify(delta)))).documents[5]).toEqual(next.documents[5]);
    const bad = { ...JSON.parse(JSON.stringify(delta)), added: [{ ...doc, review: { ...review, claimReviewed: '' } }] };
    expect(() => validateDelta(bad)).toThrow('Added document 1 review claimReviewed is empty');
  });
});

describe('pack format v2: the frozen example', () => {
  it('reads tests/fixtures/formats/pack-v2-factchecks.json: one report and three fact-checks, two of one claim', () => {
    const pack = parsePack(fixture('formats/pack-v2-factchecks.json'));
    expect(pack.formatVersion).toBe(2);
    expect(pack.documents.map((d) => d.kind ?? 'report')).toEqual(['report', 'fact-check', 'fact-check', 'fact-check']);
    const [, a, b, c] = pack.documents;
    expect(a!.review!.claimReviewed).toBe('Russia evacuated its entire embassy staff from Caracas.');
    expect([a, b, c].map((d) => d!.review!.normalizedRating)).toEqual(['false', 'false', 'true']);
    expect(a!.review!.claimGroup).toBe(b!.review!.claimGroup);
    expect(b!.language).toBe('es');
  });
});
