/**
 * Synthetic fact-check packs for the benches: the 310 labelled reviewed claims
 * of tests/fixtures/factchecks, then variants of them with a third of their
 * words exchanged (same shapes and vocabulary, other assertions), so the
 * index and the matcher see realistic overlaps rather than random words.
 * Deterministic: the same `n` and seed always give the same pack.
 */
import { PACK_FORMAT, type FactCheckDocument, type Pack } from '../../lib/packs/format.ts';
import { mulberry32 } from '../../lib/random.ts';
import { readFactCheckSet } from './data.ts';

const RATINGS = [
  ['False', 'false'],
  ['Mostly False', 'mostly-false'],
  ['Half True', 'mixed'],
  ['Mostly True', 'mostly-true'],
  ['True', 'true'],
  ['Unproven', 'other'],
] as const;

/** `n` reviewed claims: the labelled ones first, then synthetic variants. */
export function syntheticReviewedClaims(n: number, seed = 11): string[] {
  const set = readFactCheckSet();
  const rand = mulberry32(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const vocab = set.reviews.flatMap((r) => r.claimReviewed.replace(/[.“”",]/g, '').split(' ')).filter((w) => w.length > 3);
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    out.push(i < set.reviews.length ? set.reviews[i]!.claimReviewed : pick(set.reviews).claimReviewed.split(' ').map((w) => (rand() < 0.33 ? pick(vocab) : w)).join(' '));
  }
  return out;
}

/** A format-2 pack of `n` fact-check documents (pack id `id`). */
export function syntheticFactCheckPack(n: number, id = 'bench-checks', seed = 11): Pack {
  const documents: FactCheckDocument[] = syntheticReviewedClaims(n, seed).map((claim, i) => {
    const [alternateName, normalizedRating] = RATINGS[i % RATINGS.length]!;
    const day = String(1 + (i % 28)).padStart(2, '0');
    return {
      kind: 'fact-check',
      id: `r${i}`,
      url: `https://checks.example/${i}`,
      title: `Fact check: ${claim.slice(0, 80)}`,
      outlet: `Bench Checks ${i % 7}`,
      author: null,
      published: `2025-11-${day}`,
      language: 'en',
      text: claim,
      sources: [],
      review: {
        claimReviewed: claim,
        claimant: i % 3 ? `Speaker ${i % 50}` : null,
        claimDate: i % 2 ? `2025-10-${day}` : null,
        appearanceUrl: null,
        rating: { alternateName, ratingValue: null, bestRating: null, worstRating: null },
        normalizedRating,
        claimGroup: null,
      },
    };
  });
  return { format: PACK_FORMAT, formatVersion: 2, id, title: `Bench fact-checks (${n})`, publisher: 'bench', revision: 1, created: '2025-12-01', expires: null, documents };
}
