/**
 * Time per article claim against 20,000 reviewed claims in Node: the 310
 * labelled reviews plus synthetic ones (labelled sentences with names,
 * figures and words exchanged, so the screen sees realistic overlaps).
 *
 * Usage: npx tsx scripts/factchecks/bench.ts [--reviews N]
 */
import { performance } from 'node:perf_hooks';
import { buildFactCheckIndex, matchFactChecks, type ReviewedClaim } from '../../lib/factcheck/match.ts';
import { mulberry32 } from '../../lib/random.ts';
import { readFactCheckSet } from './data.ts';

const args = process.argv.slice(2);
const n = Number(args[args.indexOf('--reviews') + 1] ?? 0) || 20_000;
const set = readFactCheckSet();
const rand = mulberry32(7);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const vocab = set.reviews.flatMap((r) => r.claimReviewed.replace(/[.“”",]/g, '').split(' ')).filter((w) => w.length > 3);
const reviews: ReviewedClaim[] = [...set.reviews];
while (reviews.length < n) {
  const base = pick(set.reviews).claimReviewed.split(' ');
  // Exchange a third of the words: same shapes and vocabulary, other assertions.
  const words = base.map((w) => (rand() < 0.33 ? pick(vocab) : w));
  reviews.push({ id: `syn${reviews.length}`, claimReviewed: words.join(' ') });
}
let t = performance.now();
const ix = buildFactCheckIndex(reviews);
const build = performance.now() - t;
const claims = set.claims.map((c) => c.text);
matchFactChecks(claims[0]!, ix); // warm the vector cache
t = performance.now();
for (const c of claims) matchFactChecks(c, ix);
const per = (performance.now() - t) / claims.length;
console.log(`${reviews.length} reviews: index built in ${build.toFixed(0)} ms; ${per.toFixed(2)} ms per claim (${claims.length} claims)`);
