/**
 * Fact-check matching evaluation: every article claim of tests/fixtures/
 * factchecks matched against ALL reviewed claims; the top match counts.
 * A prediction is correct when it is the labelled review; any prediction for a
 * claim labelled none is a false positive.
 *
 * Usage: npm run eval:factchecks -- [--split dev|test] [--verbose] [--threshold X]
 *
 * Dev is for tuning; test is held out (report it, do not tune on it).
 */
import { buildFactCheckIndex, matchFactChecks, scoreCandidates, type FactCheckIndex } from '../../lib/factcheck/match.ts';
import weights from '../../lib/factcheck/weights.json';
import { readFactCheckSet, type ArticleClaim, type Split } from './data.ts';

export interface SplitResult {
  split: Split;
  claims: number;
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  misses: { claim: ArticleClaim; predicted: string | null; score: number; why: string[]; goldNote: string }[];
}

/** Top-match precision and recall on one split at one threshold. */
export function evaluate(claims: readonly ArticleClaim[], ix: FactCheckIndex, split: Split, threshold: number): SplitResult {
  const mine = claims.filter((c) => c.split === split);
  let predicted = 0;
  let correct = 0;
  const misses: SplitResult['misses'] = [];
  for (const c of mine) {
    const top = matchFactChecks(c.text, ix, { threshold, limit: 1 })[0];
    if (top) predicted++;
    if (top && top.id === c.match) correct++;
    else if (top || c.match) {
      const gold = c.match ? scoreCandidates(c.text, ix).find((x) => x.id === c.match) : undefined;
      const goldNote = !c.match ? '' : gold ? `gold ${c.match} scored ${gold.score.toFixed(2)}${gold.differ.length ? ` (${gold.differ.join('; ')})` : ''}` : `gold ${c.match} not screened`;
      misses.push({ claim: c, predicted: top?.id ?? null, score: top?.score ?? 0, why: top?.why ?? [], goldNote });
    }
  }
  const gold = mine.filter((c) => c.match).length;
  return { split, claims: mine.length, gold, predicted, correct, precision: predicted ? correct / predicted : 1, recall: gold ? correct / gold : 1, misses };
}

function main(): void {
  const args = process.argv.slice(2);
  const opt = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const verbose = args.includes('--verbose');
  const only = opt('--split');
  if (only && only !== 'dev' && only !== 'test') throw new Error('--split dev|test');
  const threshold = opt('--threshold') ? Number(opt('--threshold')) : weights.threshold;
  const set = readFactCheckSet();
  const byId = new Map(set.reviews.map((r) => [r.id, r.claimReviewed]));
  const ix = buildFactCheckIndex(set.reviews);
  console.log(`${set.reviews.length} reviewed claims, ${set.claims.length} article claims; threshold ${threshold}`);
  for (const split of (only ? [only] : ['dev', 'test']) as Split[]) {
    const r = evaluate(set.claims, ix, split, threshold);
    const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
    console.log(`${split}: precision ${pct(r.precision)} (${r.correct}/${r.predicted}), recall ${pct(r.recall)} (${r.correct}/${r.gold}), ${r.claims} claims`);
    if (!verbose) continue;
    for (const m of r.misses) {
      const what = !m.claim.match ? 'FALSE POSITIVE' : m.predicted ? 'WRONG' : 'MISSED';
      console.log(`  ${what} [${m.claim.kind}] ${m.claim.text}`);
      if (m.predicted) console.log(`    predicted ${m.predicted} (${m.score.toFixed(2)}): ${byId.get(m.predicted)} — ${m.why.join('; ')}`);
      if (m.claim.match) console.log(`    gold ${m.claim.match}: ${byId.get(m.claim.match)} — ${m.goldNote}`);
    }
  }
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/scripts\//, 'scripts/'))) main();
