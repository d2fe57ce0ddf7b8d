/**
 * Fact-check matching as the extension runs it: the labelled reviews (and,
 * with --reviews N, synthetic ones up to N) installed as a fact-check pack in
 * a corpus beside the seed reports, and each article's claims looked up
 * together through the index (lib/analysis/factchecks.ts), as the sidebar
 * does. Top-match precision and recall per split, and the time per article.
 * A synthetic review matched counts as a false match.
 *
 * Usage: npm run eval:factchecks:corpus -- [--reviews 20000] [--synthetic] [--split dev|test] [--candidates N]
 */
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findFactChecks } from '../../lib/analysis/factchecks.ts';
import { openCorpusDB } from '../../lib/corpus/db.ts';
import { importPack } from '../../lib/corpus/import.ts';
import { readSeedPack } from '../seed-pack.ts';
import { readFactCheckSet, type Split } from './data.ts';
import { distractorReviewedClaims, factCheckPackOf, syntheticFactCheckPack } from './synthetic.ts';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const set = readFactCheckSet();
const n = Math.max(Number(opt('--reviews') ?? set.reviews.length), set.reviews.length);
const candidates = opt('--candidates') ? Number(opt('--candidates')) : undefined;
const only = opt('--split');
if (only && only !== 'dev' && only !== 'test') throw new Error('--split dev|test');

const db = openCorpusDB({}, `eval-factchecks-${process.pid}`);
await importPack(db, await readSeedPack(join(import.meta.dirname, '../..')));
// Distractors: VitaminC's Wikipedia claims (realistic: other assertions, some on the same topics), or
// with --synthetic the labelled reviews with a third of their words exchanged (garbled near-copies
// that often keep the assertion: a stress test of speed, not a fair test of precision).
const synthetic = args.includes('--synthetic');
const real = synthetic ? null : distractorReviewedClaims(n);
if (!synthetic && n > set.reviews.length && !real) console.log('VitaminC is not at ../shared/datasets/vitaminc: synthetic distractors instead');
const pack = real ? factCheckPackOf(real, 'eval-checks') : syntheticFactCheckPack(n, 'eval-checks');
await importPack(db, pack);
// The synthetic pack's first documents are the labelled reviews, in order.
const labelled = (docId: string): string | null => {
  const i = Number(docId.slice(1));
  return i < set.reviews.length ? set.reviews[i]!.id : null;
};
console.log(`${n} reviewed claims (${n > set.reviews.length ? (real ? 'VitaminC distractors' : 'synthetic distractors') : 'labelled only'}) in the corpus beside the seed reports (${set.reviews.length} labelled), ${set.claims.length} article claims${candidates ? `, ${candidates} candidates per claim` : ''}`);
for (const split of (only ? [only] : ['dev', 'test']) as Split[]) {
  const claims = set.claims.filter((c) => c.split === split);
  const byArticle = new Map<string, typeof claims>();
  for (const c of claims) byArticle.set(c.article, [...(byArticle.get(c.article) ?? []), c]);
  let predicted = 0;
  let correct = 0;
  const times: number[] = [];
  for (const group of byArticle.values()) {
    const t = performance.now();
    const found = await findFactChecks(db, group.map((c, i) => ({ id: String(i), text: c.text })), null, { candidates });
    times.push(performance.now() - t);
    group.forEach((c, i) => {
      const top = found.get(String(i))?.[0];
      if (!top) return;
      predicted++;
      if (labelled(top.docId) === c.match && c.match !== null) correct++;
    });
  }
  const gold = claims.filter((c) => c.match).length;
  times.sort((a, b) => a - b);
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;
  console.log(
    `${split}: precision ${pct(predicted ? correct / predicted : 1)} (${correct}/${predicted}), recall ${pct(gold ? correct / gold : 1)} (${correct}/${gold}); ` +
      `${times.length} articles, median ${times[Math.floor(times.length / 2)]!.toFixed(0)} ms, max ${times[times.length - 1]!.toFixed(0)} ms per article (Node, fake-indexeddb)`,
  );
}
