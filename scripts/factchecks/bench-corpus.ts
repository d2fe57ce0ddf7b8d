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
import { readSeedPack } from '../seed-pack.ts';
import { syntheticFactCheckPack } from './synthetic.ts';

const root = join(import.meta.dirname, '../..');
const args = process.argv.slice(2);
const n = Number(args[args.indexOf('--reviews') + 1] ?? 0) || 20_000;
const pack = syntheticFactCheckPack(n);
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
