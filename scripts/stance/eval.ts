/**
 * Evaluates lib/stance/model.json on a split of FNC-1 (the same seeded
 * train / dev / test split as train.ts, by whole stories): FNC score,
 * macro-F1, per-class F1, confusion matrix and single-thread throughput.
 *
 * Usage: npx tsx scripts/stance/eval.ts [DATA_DIR] [--model PATH] [--test] [--baseline PATH]
 *   default:    the dev split, which hyper-parameters were chosen on (a tuned figure)
 *   --test:     the test split, held out from training and tuning; run it once per
 *               model change and report that figure (see docs/stance-evaluation.md)
 *   --baseline  also score another model.json (e.g. the previous one, from
 *               `git show HEAD:lib/stance/model.json`) on the same pairs, and both
 *               on the pairs neither was trained on (from the split in each meta)
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
const optionValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const modelPath = optionValue('--model') ?? join(here, '../../lib/stance/model.json');
const baselinePath = optionValue('--baseline');
const dataDir =
  args.filter((a, i) => !a.startsWith('--') && !['--model', '--baseline'].includes(args[i - 1] ?? ''))[0] ??
  DEFAULT_DATA_DIR;
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

const summary = (idx: number[], p: number[]): string => {
  const mu = metrics(idx.map((i) => gold[i]!), idx.map((i) => p[i]!));
  return (
    `FNC ${(100 * mu.fncShare).toFixed(2)} %, macro-F1 ${mu.macroF1.toFixed(4)}, ` +
    `F1 agree/disagree/discuss/unrelated ${mu.f1.map((v) => v.toFixed(3)).join(' / ')}`
  );
};
const allIdx = pairs.map((_, i) => i);
/** Indices of the pairs whose body text the model with this meta was not trained on (undefined: unknown). */
const unseenBy = (meta: unknown): number[] | undefined => {
  const trained = trainedBodyIds(meta, data);
  if (!trained) return undefined;
  const seenText = new Set([...trained].map((id) => normaliseText(data.bodies.get(id)!)));
  return allIdx.filter((i) => !seenText.has(normaliseText(data.bodies.get(pairs[i]!.bodyId)!)));
};
/** Says whether a model trained on any of these bodies (an older model.json may record another split). */
const trainedOnReport = (unseen: number[] | undefined, p: number[]): string => {
  if (!unseen) return 'the model does not record its split: cannot check which of these bodies it was trained on';
  if (unseen.length === pairs.length) return 'the model was trained on none of these bodies (checked by normalised text)';
  return (
    `WARNING: the model was trained on the bodies of ${pairs.length - unseen.length} of these ${pairs.length} pairs ` +
    `(its meta records another split), so these figures are not held out for it; on the ${unseen.length} pairs ` +
    `whose body it never saw: ${summary(unseen, p)}`
  );
};
const unseen = unseenBy(modelJson.meta);
console.log(trainedOnReport(unseen, pred));

// Related pairs only: how well agree / disagree / discuss are told apart
// (a related pair predicted unrelated counts as a miss).
console.log(
  `on the ${gold.filter((g) => g !== 3).length} related pairs: F1 agree/disagree/discuss ` +
    metrics(gold.filter((g) => g !== 3), pred.filter((_, i) => gold[i] !== 3))
      .f1.slice(0, 3)
      .map((v) => v.toFixed(3))
      .join(' / '),
);

if (baselinePath) {
  const baseJson = JSON.parse(readFileSync(baselinePath, 'utf8')) as { meta?: unknown };
  const base = loadStanceModel(baseJson);
  const basePred = pairs.map((p) => STANCES.indexOf(base.predict(p.headline, prepared.get(p.bodyId)!).stance));
  const baseUnseen = unseenBy(baseJson.meta);
  console.log(`\nbaseline model: ${baselinePath}`);
  console.log(formatMetrics(metrics(gold, basePred)));
  console.log(trainedOnReport(baseUnseen, basePred));
  if (unseen && baseUnseen) {
    const inBase = new Set(baseUnseen);
    const both = unseen.filter((i) => inBase.has(i));
    console.log(`on the ${both.length} pairs whose body neither model was trained on:`);
    console.log(`  model:    ${summary(both, pred)}`);
    console.log(`  baseline: ${summary(both, basePred)}`);
  }
  console.log('');
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
