/**
 * Time per article claim against 20,000 reviewed claims in Node: the 310
 * labelled reviews plus synthetic ones (scripts/factchecks/synthetic.ts).
 *
 * Usage: npx tsx scripts/factchecks/bench.ts [--reviews N]
 */
import { performance } from 'node:perf_hooks';
import { buildFactCheckIndex, matchFactChecks, type ReviewedClaim } from '../../lib/factcheck/match.ts';
import { readFactCheckSet } from './data.ts';
import { syntheticReviewedClaims } from './synthetic.ts';

const args = process.argv.slice(2);
const n = Number(args[args.indexOf('--reviews') + 1] ?? 0) || 20_000;
const set = readFactCheckSet();
const reviews: ReviewedClaim[] = syntheticReviewedClaims(n, 7).map((claimReviewed, i) => ({ id: i < set.reviews.length ? set.reviews[i]!.id : `syn${i}`, claimReviewed }));
let t = performance.now();
const ix = buildFactCheckIndex(reviews);
const build = performance.now() - t;
const claims = set.claims.map((c) => c.text);
matchFactChecks(claims[0]!, ix); // warm the vector cache
t = performance.now();
for (const c of claims) matchFactChecks(c, ix);
const per = (performance.now() - t) / claims.length;
console.log(`${reviews.length} reviews: index built in ${build.toFixed(0)} ms; ${per.toFixed(2)} ms per claim (${claims.length} claims)`);
