/**
 * Fact-checks in the corpus, in Node (fake-indexeddb, slower than a browser's IndexedDB): import
 * time of N fact-check documents next to the seed corpus, and the time to analyse the demo article
 * (claims, reports' evidence and fact-check matching), before and after they are installed, in one run.
 *
 * Usage: npx tsx scripts/factchecks/bench-corpus.ts [--reviews N]
 */
import 'fake-indexeddb/auto';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { readFileSync } from 'node:fs';
import { analyzeArticle } from '../../lib/analysis/analyze.ts';
import { openCorpusDB } from '../../lib/corpus/db.ts';
import { importPack } from '../../lib/corpus/import.ts';
import { extractSnapshot } from '../../lib/extract/snapshot.ts';
import { PACK_FORMAT, type FactCheckDocument, type Pack } from '../../lib/packs/format.ts';
import { mulberry32 } from '../../lib/random.ts';
import { readSeedPack } from '../seed-pack.ts';
import { readFactCheckSet } from './data.ts';

const root = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const n = Number(args[args.indexOf('--reviews') + 1] ?? 0) || 20_000;
const set = readFactCheckSet();
const rand = mulberry32(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
const vocab = set.reviews.flatMap((r) => r.claimReviewed.replace(/[.“”",]/g, '').split(' ')).filter((w) => w.length > 3);
const documents: FactCheckDocument[] = [];
for (let i = 0; i < n; i++) {
  const base = i < set.reviews.length ? set.reviews[i]!.claimReviewed : pick(set.reviews).claimReviewed.split(' ').map((w) => (rand() < 0.33 ? pick(vocab) : w)).join(' ');
  documents.push({
    kind: 'fact-check', id: `r${i}`, url: `https://checks.example/${i}`, title: `Fact check ${i}`, outlet: 'Bench Checks', author: null, published: '2025-12-01', language: 'en', text: base, sources: [],
    review: { claimReviewed: base, claimant: null, claimDate: null, appearanceUrl: null, rating: { alternateName: 'False', ratingValue: null, bestRating: null, worstRating: null }, normalizedRating: 'false', claimGroup: null },
  });
}
const pack: Pack = { format: PACK_FORMAT, formatVersion: 2, id: 'bench-checks', title: 'Bench fact-checks', publisher: 'bench', revision: 1, created: '2025-12-01', expires: null, documents };
const db = openCorpusDB({}, `bench-${Date.now()}`);
await importPack(db, await readSeedPack(root));
const { document } = parseHTML(readFileSync(join(root, 'tests/fixtures/pages/demo-russia-evacuation.html'), 'utf8'));
const snapshot = extractSnapshot(document as unknown as Document, 'https://example.org/')!;
const time = async (label: string): Promise<void> => {
  await analyzeArticle(db, snapshot); // warm caches
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await analyzeArticle(db, snapshot);
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  console.log(`${label}: analyse the demo article, median ${runs[2]!.toFixed(0)} ms, max ${runs[4]!.toFixed(0)} ms`);
};
await time('seed corpus only');
const t = performance.now();
await importPack(db, pack);
const s = (performance.now() - t) / 1000;
console.log(`imported ${n} fact-checks in ${s.toFixed(1)} s: ${Math.round(n / s)} reviews/s (fake-indexeddb)`);
await time(`seed corpus + ${n} fact-checks`);
