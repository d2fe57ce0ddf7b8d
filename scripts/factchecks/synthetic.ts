/**
 * Synthetic fact-check packs for the benches: the 310 labelled reviewed claims
 * of tests/fixtures/factchecks, then variants of them with a third of their
 * words exchanged (same shapes and vocabulary, other assertions), so the
 * index and the matcher see realistic overlaps rather than random words.
 * Deterministic: the same `n` and seed always give the same pack.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

export const VITAMINC_DIR = join(import.meta.dirname, '../../../shared/datasets/vitaminc');

/**
 * `n` reviewed claims: the labelled ones first, then distinct claims of the
 * VitaminC test sets (../shared/datasets/vitaminc, CC BY-SA 3.0; real and
 * synthetic Wikipedia claims, many on COVID-19 figures and public figures, so
 * on the labelled set's topics too), detokenised. Null when the data is not there
 * or holds too few. Used as distractors: none of them is a labelled match.
 */
export function distractorReviewedClaims(n: number): string[] | null {
  const files = ['vitaminc_real_test.jsonl', 'vitaminc_synthetic_test.jsonl'].map((f) => join(VITAMINC_DIR, f));
  if (!files.every(existsSync)) return null;
  const out = readFactCheckSet().reviews.map((r) => r.claimReviewed);
  const seen = new Set<string>();
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      if (out.length >= n) return out;
      if (!line.trim()) continue;
      const claim = (JSON.parse(line) as { claim: string }).claim
        .replace(/ -LRB- /g, ' (').replace(/ -RRB-/g, ')').replace(/ ([.,;:%'])/g, '$1').replace(/\s+/g, ' ').trim();
      if (seen.has(claim)) continue;
      seen.add(claim);
      out.push(claim);
    }
  }
  return out.length >= n ? out : null;
}

/** A format-2 pack of `n` synthetic fact-check documents (pack id `id`). */
export function syntheticFactCheckPack(n: number, id = 'bench-checks', seed = 11): Pack {
  return factCheckPackOf(syntheticReviewedClaims(n, seed), id);
}

/** A format-2 pack holding one fact-check document per reviewed claim, with varied ratings and dates. */
export function factCheckPackOf(claims: readonly string[], id: string): Pack {
  const n = claims.length;
  const documents: FactCheckDocument[] = claims.map((claim, i) => {
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
