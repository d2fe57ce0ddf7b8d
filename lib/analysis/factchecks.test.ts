import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDB } from '../corpus/db.ts';
import { importPack } from '../corpus/import.ts';
import { extractSnapshot } from '../extract/snapshot.ts';
import { readClaimReviews } from '../packs/claimreview.ts';
import { PACK_FORMAT, type Pack } from '../packs/format.ts';
import { fixture, freshDB, seededDB } from '../../tests/support/unit.ts';
import { analyzeArticle } from './analyze.ts';
import { checkClaim } from './check-claim.ts';

// Reviews written for this test, in the ClaimReview form fact-checkers publish.
const reviews = {
  '@context': 'https://schema.org',
  '@graph': [
    {
      '@type': 'ClaimReview',
      url: 'https://checks.example/russia-embassy-staff',
      datePublished: '2025-12-23',
      author: { '@type': 'Organization', name: 'Sample Checks' },
      claimReviewed: 'Russia has pulled every one of its diplomats out of its embassy in Caracas.',
      itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A viral post' }, datePublished: '2025-12-22' },
      reviewRating: { '@type': 'Rating', alternateName: 'False', ratingValue: 1, bestRating: 5, worstRating: 1 },
    },
    {
      '@type': 'ClaimReview',
      url: 'javascript:alert(1)',
      datePublished: '2025-12-24',
      author: { '@type': 'Organization', name: 'Other Checks' },
      claimReviewed: 'Washington has deployed nine warships to the Caribbean.',
      reviewRating: { '@type': 'Rating', alternateName: 'Mostly False' },
    },
    {
      '@type': 'ClaimReview',
      url: 'https://checks.example/maduro-reward',
      datePublished: '2025-08-08',
      author: { '@type': 'Organization', name: 'Sample Checks' },
      claimReviewed: 'The United States offers a $50 million reward for information leading to Maduro’s arrest.',
      reviewRating: { '@type': 'Rating', alternateName: 'True' },
    },
  ],
};

function factCheckPack(): Pack {
  const { documents } = readClaimReviews(reviews);
  return { format: PACK_FORMAT, formatVersion: 2, id: 'sample-checks', title: 'Sample fact-checks (test data)', publisher: 'Tests', revision: 1, created: '2025-12-24', expires: null, documents };
}

describe('published fact-checks beside the claims', () => {
  let db: CorpusDB;
  beforeAll(async () => {
    db = await seededDB();
    await importPack(db, factCheckPack());
  });

  it('puts a matching fact-check on a typed claim, with the rating as published and on the common scale', async () => {
    const claim = await checkClaim(db, 'All of Russia’s diplomats have been evacuated from the embassy in Caracas.', { articleDate: '2025-12-23' });
    expect(claim.factChecks?.[0]).toMatchObject({ publisher: 'Sample Checks', rating: 'False', normalizedRating: 'false', url: 'https://checks.example/russia-embassy-staff' });
    // Fact-check documents are never listed as reports' evidence.
    expect(claim.evidence.map((e) => e.packId)).not.toContain('sample-checks');
  });

  it('does not match a claim on the same topic that asserts something else', async () => {
    const claim = await checkClaim(db, 'Russia’s embassy in Caracas did not answer calls about its diplomats on Monday.', { articleDate: '2025-12-23' });
    expect(claim.factChecks ?? []).toEqual([]);
  });

  it('rates the demo article’s warships claim, keeps a javascript: review URL as inert text, and counts the fact-check apart', async () => {
    const { document } = parseHTML(fixture('pages/demo-russia-evacuation.html'));
    const report = await analyzeArticle(db, extractSnapshot(document as unknown as Document, 'https://example.org/')!);
    const warships = report.claims.find((c) => /nine U\.S\. warships/.test(c.text))!;
    expect(warships.factChecks?.[0]).toMatchObject({ publisher: 'Other Checks', normalizedRating: 'mostly-false', url: null, urlText: 'javascript:alert(1)' });
    expect(report.summary.factChecked).toBeGreaterThanOrEqual(1);
    expect(report.reports.map((r) => r.packId)).not.toContain('sample-checks');
  });

  it('gives a sidebar for a fact-checked claim even with no report pack installed', async () => {
    const only = freshDB();
    await importPack(only, factCheckPack());
    const text = [
      'Washington has deployed nine warships to the Caribbean, officials said on Tuesday, as pressure on the government of Nicolás Maduro grows.',
      'The deployment adds to a string of oil tanker seizures that began earlier this month, which Caracas has denounced as piracy.',
      'Venezuelan officials called the naval build-up an act of aggression and said the armed forces were on alert along the coast.',
      'Regional governments urged both sides to avoid an escalation, while shipping companies said insurance costs for the route had risen sharply.',
    ].join(' ');
    const report = await analyzeArticle(only, { title: 'U.S. warships gather in the Caribbean', text, paragraphs: text.split(/(?<=\.) /), publishedTime: '2025-12-23' });
    expect(report.related).toBe(true);
    expect(report.reports).toEqual([]);
    expect(report.claims.every((c) => (c.factChecks?.length ?? 0) > 0)).toBe(true);
  });

  it('finds the review among many long reports that repeat the claim’s words', async () => {
    const crowded = freshDB();
    const words = 'Russia pulled diplomats out of its embassy in Caracas, and every diplomat of the embassy staff left Caracas as Russia evacuated diplomats.';
    const documents = Array.from({ length: 40 }, (_, i) => ({
      id: `report-${i}`, url: `https://news.example/${i}`, title: `Embassy report ${i}`, outlet: 'News', author: null, published: '2025-12-20', language: 'en',
      text: Array.from({ length: 12 }, () => words).join(' '), sources: [],
    }));
    await importPack(crowded, { format: PACK_FORMAT, formatVersion: 1, id: 'crowd', title: 'Crowd', publisher: 'Tests', revision: 1, created: '2025-12-24', expires: null, documents });
    await importPack(crowded, factCheckPack());
    const claim = await checkClaim(crowded, 'All of Russia’s diplomats have been evacuated from the embassy in Caracas.', { articleDate: '2025-12-23' });
    expect(claim.factChecks?.[0]).toMatchObject({ publisher: 'Sample Checks', normalizedRating: 'false' });
  });

  it('keeps a typed claim’s report evidence when many long reviews repeat its words', async () => {
    const crowded = await seededDB();
    const claimText = 'Russia has evacuated the families of its diplomats from Venezuela.';
    const reviews = Array.from({ length: 60 }, (_, i) => ({
      '@type': 'ClaimReview', url: `https://checks.example/families-${i}`, datePublished: '2025-12-23', author: { '@type': 'Organization', name: 'Crowd Checks' },
      claimReviewed: `Russia evacuated families of diplomats from Venezuela on day ${i + 1} of the crisis.`, reviewRating: { '@type': 'Rating', alternateName: 'Unproven' },
      // A review's text is its whole article, as on a fact-check page: long, and full of the claim's words.
      reviewBody: Array.from({ length: 15 }, () => 'Posts say Russia evacuated the families of its diplomats from Venezuela; we looked at the evacuation claims.').join(' '),
    }));
    const { documents } = readClaimReviews({ '@context': 'https://schema.org', '@graph': reviews });
    await importPack(crowded, { format: PACK_FORMAT, formatVersion: 2, id: 'crowd-checks', title: 'Crowd', publisher: 'Tests', revision: 1, created: '2025-12-24', expires: null, documents });
    const claim = await checkClaim(crowded, claimText, { articleDate: '2025-12-23' });
    expect(claim.evidence.map((e) => e.packId)).toContain('seed-venezuela-russia');
  });
});
