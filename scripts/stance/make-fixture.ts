/**
 * Writes tests/fixtures/fnc-slice/: a small, seeded slice of the FNC-1 dev
 * split (never trained on; whole stories apart from train) for the regression
 * test in lib/stance/stance.test.ts. Not from test: test is read once per model change.
 *
 * Usage: npx tsx scripts/stance/make-fixture.ts [DATA_DIR]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { STANCES } from '../../lib/stance/model.ts';
import { DEFAULT_DATA_DIR, csvField, readFnc, splitFnc, type Pair } from './data.ts';
import { rng } from './gbdt-train.ts';

const here = dirname(fileURLToPath(import.meta.url));
const outDir = join(here, '../../tests/fixtures/fnc-slice');
const data = readFnc(process.argv[2] ?? DEFAULT_DATA_DIR);
const devPairs = splitFnc(data).dev;

/** Bodies: every dev body with a disagree pair, at most MAX_BODIES of them. */
const MAX_BODIES = 45;
/** Pairs per stance taken from those bodies (all disagree pairs are kept). */
const QUOTA = { agree: 110, disagree: Infinity, discuss: 140, unrelated: 170 };

const random = rng(4242);
const shuffled = devPairs.slice();
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = Math.floor(random() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
}
const bodyIds = [...new Set(shuffled.filter((p) => p.stance === 'disagree').map((p) => p.bodyId))].slice(0, MAX_BODIES);
const chosenBodies = new Set(bodyIds);
const taken = { agree: 0, disagree: 0, discuss: 0, unrelated: 0 };
const picked: Pair[] = [];
for (const p of shuffled) {
  if (!chosenBodies.has(p.bodyId) || taken[p.stance!] >= QUOTA[p.stance!]) continue;
  taken[p.stance!]++;
  picked.push(p);
}
// Keep the original file order.
const order = new Map(data.pairs.map((p, i) => [p, i]));
picked.sort((a, b) => order.get(a)! - order.get(b)!);

mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, 'stances.csv'),
  ['Headline,Body ID,Stance', ...picked.map((p) => `${csvField(p.headline)},${p.bodyId},${p.stance}`)].join('\n') + '\n',
);
const usedBodies = [...new Set(picked.map((p) => p.bodyId))].sort((a, b) => Number(a) - Number(b));
writeFileSync(
  join(outDir, 'bodies.csv'),
  ['Body ID,articleBody', ...usedBodies.map((id) => `${id},${csvField(data.bodies.get(id)!)}`)].join('\n') + '\n',
);
console.log(
  `wrote ${picked.length} pairs (${STANCES.map((s) => `${s} ${taken[s]}`).join(', ')}) over ${usedBodies.length} bodies to ${outDir}`,
);
