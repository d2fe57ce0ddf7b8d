import { describe, expect, it } from 'vitest';
import { readClaimReviews, parseClaimReviews } from '../packs/claimreview.ts';
import { diffPacks } from '../packs/delta.ts';
import { isFactCheck, validatePack, type Pack, type PackDocument } from '../packs/format.ts';
import { termCounts } from '../text/tokens.ts';
import { fixture, freshDB, seedPack } from '../../tests/support/unit.ts';
import { docById } from './docstore.ts';
import { applyDelta, exportPack, importPack, indexedText } from './import.ts';
import { loadDocs, rankDocuments } from './search.ts';

/** The seed reports and the fact-checks of two fixtures, as `pack build` would make them. */
function mixedPack(revision = 1): Pack {
  const seed = seedPack();
  const checks = [...parseClaimReviews(fixture('claimreview/single.jsonld')).documents, ...parseClaimReviews(fixture('claimreview/api.json')).documents];
  return validatePack(JSON.parse(JSON.stringify({ ...seed, formatVersion: 2, revision, documents: [...seed.documents, ...checks] })));
}

describe('fact-check documents in the corpus', () => {
  it('survive import and export: build → import → export gives the same pack, byte for byte', async () => {
    const db = freshDB();
    const pack = mixedPack();
    expect(pack.formatVersion).toBe(2);
    await importPack(db, pack);
    const exported = await exportPack(db, pack.id);
    expect(exported).toEqual(pack);
    expect(JSON.stringify(exported)).toBe(JSON.stringify(pack));
    const stored = await docById(db, pack.id, pack.documents[5]!.id);
    expect(stored && isFactCheck(stored)).toBe(true);
    expect(stored!.review!.claimReviewed).toBe('The city closed the river bridge for a whole year.');
    const report = await docById(db, pack.id, '000_9ae17a76aaeb9e70');
    expect(report && isFactCheck(report)).toBe(false);
    expect(report && 'kind' in report).toBe(false);
  });

  it('leaves report-only packs as they were: version 1, no kind or review', async () => {
    const db = freshDB();
    const seed = seedPack();
    await importPack(db, seed);
    const exported = await exportPack(db, seed.id);
    expect(exported.formatVersion).toBe(1);
    expect(JSON.stringify(exported)).toBe(JSON.stringify(seed));
  });

  it('indexes a fact-check by its claim as well as its text, so it is found for the claim', async () => {
    const db = freshDB();
    const review = readClaimReviews({
      '@type': 'ClaimReview',
      url: 'https://checks.example/evacuation',
      name: 'What the plane carried',
      claimReviewed: 'Moscow emptied its Caracas mission wholesale.',
      reviewBody: 'Only relatives of staff boarded the flight; the mission kept working.',
      reviewRating: { alternateName: 'False' },
    }).documents[0]!;
    expect(indexedText(review).text).toBe('Moscow emptied its Caracas mission wholesale.\n\nOnly relatives of staff boarded the flight; the mission kept working.');
    const seed = seedPack();
    await importPack(db, validatePack({ ...seed, formatVersion: 2, documents: [...seed.documents, review] }));
    const { top } = await rankDocuments(db, termCounts('emptied wholesale'), 3);
    const [best] = await loadDocs(db, [top[0]!.no]);
    expect(best!.id).toBe(review.id);
    // A review whose text is the claim is not indexed with the claim twice.
    const bare = parseClaimReviews(fixture('claimreview/api.json')).documents[0]!;
    expect(indexedText(bare).text).toBe(bare.text);
  });

  it('come and go with deltas, and the corpus exports the revision the delta makes', async () => {
    const db = freshDB();
    const base = seedPack();
    await importPack(db, base, { publicKey: 'RgOuWX+QKduomiISSFqwZGlVAX2cSwkAUmJ7yRKqvRU=' });
    const next = mixedPack(2);
    const delta = diffPacks(base, next);
    expect(delta.added.filter((d: PackDocument) => isFactCheck(d))).toHaveLength(4);
    await applyDelta(db, delta, { publicKey: 'RgOuWX+QKduomiISSFqwZGlVAX2cSwkAUmJ7yRKqvRU=' });
    expect(JSON.stringify(await exportPack(db, base.id))).toBe(JSON.stringify(next));
  });
});

describe('an update that changes only a rating', () => {
  it('is a replaced document in the delta', async () => {
    const { readClaimReviews } = await import('../packs/claimreview.ts');
    const { diffPacks } = await import('../packs/delta.ts');
    const { PACK_FORMAT } = await import('../packs/format.ts');
    const review = (rating: string) => ({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: 'https://checks.example/a',
      datePublished: '2025-12-24',
      author: { '@type': 'Organization', name: 'Sample Checks' },
      claimReviewed: 'Washington has deployed nine warships to the Caribbean.',
      reviewRating: { '@type': 'Rating', alternateName: rating },
    });
    const pack = (revision: number, rating: string) => ({ format: PACK_FORMAT as typeof PACK_FORMAT, formatVersion: 2 as const, id: 'checks', title: 'Checks', publisher: 'T', revision, created: '2025-12-24', expires: null, documents: readClaimReviews(review(rating)).documents });
    const delta = diffPacks(pack(1, 'Mostly False'), pack(2, 'False'));
    expect(delta.replaced.map((d) => d.id)).toHaveLength(1);
  });
});
