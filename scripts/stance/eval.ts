/**
 * Evaluates lib/stance/model.json on a split of FNC-1 (the same seeded
 * train / dev / test split as train.ts, by whole stories): FNC score,
 * macro-F1, per-class F1, confusion matrix and single-thread throughput.
 *
 * Usage: npx tsx scripts/stance/eval.ts [DATA_DIR] [--model PATH] [--test]
 *   default: the dev split, which hyper-parameters were chosen on (a tuned figure)
 *   --test:  the test split, held out from training and tuning; run it once per
 *            model change and report that figure (see docs/stance-evaluation.md)
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { prepareBody, type PreparedBody } from '../../lib/stance/features.ts';
import { loadStanceModel, STANCES } from '../../lib/stance/model.ts';
import {
  DEFAULT_DATA_DIR,
  describeSplit,
  formatMetrics,
  labelIndex,
  metrics,
  normaliseText,
  readFnc,
  splitFnc,
  trainedBodyIds,
} from './data.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const mi = args.indexOf('--model');
const modelPath = mi >= 0 && args[mi + 1] ? args[mi + 1]! : join(here, '../../lib/stance/model.json');
const dataDir = args.filter((a, i) => !a.startsWith('--') && !(mi >= 0 && i === mi + 1))[0] ?? DEFAULT_DATA_DIR;
const which = args.includes('--test') ? 'test' : 'dev';
const label = which === 'test' ? 'test (held out, report once per model change)' : 'dev (used for tuning)';

const modelJson = JSON.parse(readFileSync(modelPath, 'utf8')) as { meta?: unknown };
const model = loadStanceModel(modelJson);
const data = readFnc(dataDir);
const split = splitFnc(data);
const pairs = split[which];
const bodyIds = new Set(pairs.map((p) => p.bodyId));
const gold = pairs.map((p) => labelIndex(p.stance!));
const distinctHeadlines = new Set(pairs.map((p) => p.headline)).size;

// Warm-up pass (JIT, stemmer cache) on a copy of the bodies, not timed.
{
  const warm = new Map<string, PreparedBody>();
  for (const p of pairs) {
    let b = warm.get(p.bodyId);
    if (!b) warm.set(p.bodyId, (b = prepareBody(data.bodies.get(p.bodyId)!)));
    model.predict(p.headline, b);
  }
}

// Timed: prepare each body of the split once, then predict every pair from the raw
// headline string (claim tokenisation and all features included).
const tPrep0 = performance.now();
const prepared = new Map<string, PreparedBody>();
for (const id of bodyIds) prepared.set(id, prepareBody(data.bodies.get(id)!));
const tPrep = performance.now() - tPrep0;

const pred: number[] = new Array(pairs.length);
const runs = 3;
const times: number[] = [];
for (let r = 0; r < runs; r++) {
  const t = performance.now();
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i]!;
    pred[i] = STANCES.indexOf(model.predict(p.headline, prepared.get(p.bodyId)!).stance);
  }
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const tPredict = times[Math.floor(runs / 2)]!;

const m = metrics(gold, pred);
console.error(describeSplit(data, split));
console.log(`model: ${modelPath}`);
console.log(
  `${label}: ${pairs.length} pairs, ${bodyIds.size} bodies, ${new Set(pairs.map((p) => split.groupOf.get(p.bodyId))).size} stories, ` +
    `${distinctHeadlines} distinct headlines (whole stories, disjoint from train and from the other held-out split)`,
);
console.log(formatMetrics(m));

// A model trained on another split (an older model.json) may have trained on
// bodies of this one: say how many, and score the pairs it never saw apart.
{
  const trained = trainedBodyIds(modelJson.meta, data);
  if (!trained) {
    console.log('note: the model does not record its split; cannot check which of these bodies it was trained on');
  } else {
    const seenText = new Set([...trained].map((id) => normaliseText(data.bodies.get(id)!)));
    const unseen = pairs.map((_, i) => i).filter((i) => !seenText.has(normaliseText(data.bodies.get(pairs[i]!.bodyId)!)));
    if (unseen.length === pairs.length) {
      console.log(`the model was trained on none of these bodies (checked by normalised text)`);
    } else {
      const mu = metrics(unseen.map((i) => gold[i]!), unseen.map((i) => pred[i]!));
      console.log(
        `WARNING: the model was trained on the bodies of ${pairs.length - unseen.length} of these ${pairs.length} pairs ` +
          `(its meta records another split): the figures above are not held out for it. On the ${unseen.length} pairs ` +
          `whose body it never saw: FNC ${(100 * mu.fncShare).toFixed(2)} %, macro-F1 ${mu.macroF1.toFixed(4)}, ` +
          `F1 agree/disagree/discuss/unrelated ${mu.f1.map((v) => v.toFixed(3)).join(' / ')}`,
      );
    }
  }
}

// Related pairs only: the agree / disagree / discuss decision given gold relatedness.
{
  const rel = pairs.map((_, i) => i).filter((i) => gold[i] !== 3);
  const mr = metrics(rel.map((i) => gold[i]!), rel.map((i) => pred[i]!));
  console.log(
    `related pairs (${rel.length}): F1 agree/disagree/discuss ` + mr.f1.slice(0, 3).map((v) => v.toFixed(3)).join(' / '),
  );
}

const perSec = pairs.length / (tPredict / 1000);
const amortised = pairs.length / ((tPredict + tPrep) / 1000);
console.log(
  `throughput (one thread, Node ${process.version}): ${Math.round(perSec)} pairs/s for predict(headline string, prepared body) ` +
    `incl. claim tokenisation + feature extraction + tree models (stance trees skipped when P(related) < 0.001) (median of ${runs} passes over the ${pairs.length} ${which} pairs, after a warm-up pass);`,
);
console.log(
  `  body preparation: ${bodyIds.size} bodies in ${tPrep.toFixed(0)} ms (${(tPrep / bodyIds.size).toFixed(2)} ms/body); ` +
    `with it amortised once per body: ${Math.round(amortised)} pairs/s end to end`,
);
