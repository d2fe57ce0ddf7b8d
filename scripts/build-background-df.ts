// Builds lib/text/background-df.json: how many documents of a general news
// collection (the FNC-1 training bodies) contain each index term. The
// extension blends it with the corpus' own document frequencies so that IDF
// is meaningful even for a corpus of five reports about one story.
import { readFile, writeFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { termCounts } from '../lib/text/tokens.ts';

const dir = process.argv[2] ?? '../shared/datasets/fnc-1';
const rows: { 'Body ID': string; articleBody: string }[] = parse(await readFile(`${dir}/train_bodies.csv`, 'utf8'), {
  columns: true,
});
const df = new Map<string, number>();
for (const row of rows) for (const t of termCounts(row.articleBody).keys()) df.set(t, (df.get(t) ?? 0) + 1);
// Terms seen in one body only add size but no information over "unseen".
const kept = [...df].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
const out = {
  formatVersion: 1,
  source: 'FNC-1 train_bodies.csv',
  documents: rows.length,
  terms: kept.map(([t]) => t).join(' '),
  df: kept.map(([, n]) => n),
};
await writeFile('lib/text/background-df.json', JSON.stringify(out));
console.log(`${rows.length} bodies, ${df.size} terms, ${kept.length} kept`);
