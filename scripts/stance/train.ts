/**
 * Trains the stance model on the train split of the FNC-1 training data and
 * writes `lib/stance/model.json`. See docs/stance-evaluation.md.
 *
 * Usage: npx tsx scripts/stance/train.ts [DATA_DIR] [--out PATH] [--no-cv] [--quiet]
 *          [--dev-report] [--folds story|content] [--no-lex] [hyper-parameter options, see below]
 *   DATA_DIR defaults to ../shared/datasets/fnc-1
 *   --dev-report    also print the dev-split metrics (dev is for tuning: compare
 *                   hyper-parameters on it; the test split is never read here,
 *                   see `npm run eval:stance -- --test`)
 *   --folds content CV folds disjoint by body content (identical / near-identical
 *                   bodies together) instead of by story
 *
 * Steps (all seeded, so the output is deterministic):
 *  1. split FNC-1 into train / dev / test by whole stories (data.ts splitFnc);
 *     only train is fitted on, dev is for choosing hyper-parameters, test is held out;
 *  2. IDF from the train bodies;
 *  3. 5-fold cross-validation on train, disjoint by story, to choose the related
 *     threshold and the agree/disagree/discuss biases on out-of-fold scores;
 *  4. final fit of both stages on all of train.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import {
  FEATURE_COUNT,
  FEATURE_NAMES,
  pairFeatures,
  prepareBody,
  prepareClaim,
  type PreparedBody,
  type PreparedClaim,
  type TermWeights,
} from '../../lib/stance/features.ts';
import { Ensemble, type EnsembleJson } from '../../lib/stance/gbdt.ts';
import { MODEL_FORMAT_VERSION, type StanceModelJson } from '../../lib/stance/model.ts';
import {
  DEFAULT_DATA_DIR,
  DEV_SHARE,
  SPLIT_SEED,
  TEST_SHARE,
  bodyGroups,
  describeSplit,
  formatMetrics,
  labelIndex,
  metrics,
  readFnc,
  splitFnc,
  type Pair,
} from './data.ts';
import { DEFAULT_GBDT, rng, trainGbdt, type GbdtOptions } from './gbdt-train.ts';
import { LexicalModel, bagOfTerms, type LexicalJson } from '../../lib/stance/lexical.ts';
import { trainLexical, type LexicalOptions, type SparseRow } from './lexical-train.ts';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const flag = (name: string): boolean => args.includes(name);
const option = (name: string, def: string): string => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] !== undefined ? args[i + 1]! : def;
};
const positional: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i]!;
  if (!a.startsWith('--')) positional.push(a);
  else if (!['--no-cv', '--quiet', '--dev-report', '--no-lex'].includes(a)) i++; // skip the option's value
}
const dataDir = positional[0] ?? DEFAULT_DATA_DIR;
const outPath = option('--out', join(here, '../../lib/stance/model.json'));
const quiet = flag('--quiet');
const log = (...m: unknown[]) => {
  if (!quiet) console.error(...m);
};

/**
 * Hyper-parameters, chosen on the dev split (docs/stance-evaluation.md lists the
 * runs); the related threshold and the stance biases are chosen by CV on train.
 */
const RELATED_OPTS: GbdtOptions = {
  ...DEFAULT_GBDT,
  rounds: Number(option('--rel-rounds', '150')),
  maxDepth: Number(option('--rel-depth', '4')),
  learningRate: 0.1,
  minChildWeight: 2,
  seed: 11,
};
const STANCE_OPTS: GbdtOptions = {
  ...DEFAULT_GBDT,
  rounds: Number(option('--st-rounds', '150')),
  maxDepth: Number(option('--st-depth', '4')),
  learningRate: Number(option('--st-lr', '0.05')),
  minChildWeight: Number(option('--st-mcw', '10')),
  lambda: Number(option('--st-lambda', '10')),
  colsample: Number(option('--st-colsample', '0.8')),
  seed: 23,
};
/** Class-weight exponent for the stance stage: weight = (n_max / n_k) ** CLASS_WEIGHT_POWER. */
const CLASS_WEIGHT_POWER = Number(option('--cw', '0.5'));
const FOLDS = 5;
/** Lexical model: vocabulary = stems in at least this share of train bodies. */
const LEX_MIN_DF = Number(option('--lex-df', '0.01'));
/** ... and in bodies of at least this share of stories (keeps style words, drops story topics). */
const LEX_MIN_SPREAD = Number(option('--lex-spread', '0.1'));
const LEX_OPTS: LexicalOptions = {
  epochs: Number(option('--lex-epochs', '150')),
  learningRate: 0.05,
  l2: Number(option('--lex-l2', '0.001')),
};
const LEX_COLUMNS = ['lex_agree', 'lex_disagree', 'lex_discuss'].map((n) => FEATURE_NAMES.indexOf(n as never));

const t0 = performance.now();
const data = readFnc(dataDir);
const split = splitFnc(data);
// The test split is not used below: it is read only by eval.ts --test.
const trainPairs = split.train;
const devPairs = split.dev;
log(describeSplit(data, split));

const isTrain = (id: string) => split.splitOf.get(id) === 'train';
const prepared = new Map<string, PreparedBody>();
for (const [id, text] of data.bodies) {
  if (split.splitOf.get(id) !== 'test') prepared.set(id, prepareBody(text));
}

// IDF over the train bodies.
const df = new Map<string, number>();
let nDocs = 0;
let lenSum = 0;
for (const [id, body] of prepared) {
  if (!isTrain(id)) continue;
  nDocs++;
  lenSum += body.termCount;
  for (const t of body.tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
}
const idfJson: Record<string, number> = {};
const idf = new Map<string, number>();
for (const [t, n] of [...df].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
  if (n < 2) continue;
  const v = Number((Math.log((nDocs + 1) / (n + 1)) + 1).toFixed(2));
  idfJson[t] = v;
  idf.set(t, v);
}
const unknownIdf = Number((Math.log((nDocs + 1) / 2) + 1).toFixed(2));
const avgTermCount = Math.round(lenSum / nDocs);
const weights: TermWeights = { idf, unknownIdf, avgTermCount };
log(`idf terms: ${idf.size}, unknownIdf ${unknownIdf}, avgTermCount ${avgTermCount}`);

const claimCache = new Map<string, PreparedClaim>();
function featurize(pairs: Pair[]): Float64Array[] {
  return pairs.map((p) => {
    let c = claimCache.get(p.headline);
    if (!c) {
      c = prepareClaim(p.headline);
      claimCache.set(p.headline, c);
    }
    return pairFeatures(c, prepared.get(p.bodyId)!, weights);
  });
}
const Xtrain = featurize(trainPairs);
const ytrain = trainPairs.map((p) => labelIndex(p.stance!));
log(`features: ${FEATURE_COUNT} (${((performance.now() - t0) / 1000).toFixed(1)} s so far)`);

// Folds of the train part (lexical stacking and CV), disjoint like the splits.
const trainBodies = [...new Set(trainPairs.map((p) => p.bodyId))].sort((a, b) => Number(a) - Number(b));
const trainData = { bodies: new Map(trainBodies.map((id) => [id, data.bodies.get(id)!])), pairs: trainPairs };
// Stories: connected components of the graph of related (headline, body)
// pairs, with identical / near-identical bodies joined; each is one claim of
// the original Emergent data set. Computed from train alone.
const storyOf = bodyGroups(trainData);
const stories = [...new Set(storyOf.values())].sort();
const foldRandom = rng(SPLIT_SEED + 1);
const foldBy = option('--folds', 'story');
if (foldBy !== 'story' && foldBy !== 'content') throw new Error(`--folds: expected story or content, got ${foldBy}`);
const foldGroupOf = foldBy === 'story' ? storyOf : bodyGroups(trainData, { stories: false });
const foldGroups = [...new Set(foldGroupOf.values())].sort();
const groupFold = new Map(foldGroups.map((g) => [g, Math.floor(foldRandom() * FOLDS)]));
const foldOf = new Map(trainBodies.map((id) => [id, groupFold.get(foldGroupOf.get(id)!)!]));
log(`stories in train: ${stories.length}; CV folds by ${foldBy} (${foldGroups.length} groups)`);

// Lexical model: vocabulary, then out-of-fold scores as the lex_* features of
// the training rows, then the final model on all of train.
// Spread of a term: share of stories with a train body containing it.
const storiesWith = new Map<string, Set<string>>();
for (const id of trainBodies) {
  for (const t of prepared.get(id)!.tf.keys()) {
    let set = storiesWith.get(t);
    if (!set) storiesWith.set(t, (set = new Set()));
    set.add(storyOf.get(id)!);
  }
}
const lexTerms = flag('--no-lex')
  ? []
  : [...df]
      .filter(([t, n]) => n >= LEX_MIN_DF * nDocs && storiesWith.get(t)!.size >= LEX_MIN_SPREAD * stories.length)
      .map(([t]) => t)
      .sort();
const lexVocab = new Map(lexTerms.map((t, i) => [t, i]));
const bags = new Map<string, SparseRow>();
for (const id of trainBodies) bags.set(id, bagOfTerms(prepared.get(id)!, lexVocab));
function fitLexical(pairIdx: number[]): LexicalJson {
  const rel = pairIdx.filter((i) => ytrain[i] !== 3);
  const counts = [0, 0, 0];
  for (const i of rel) counts[ytrain[i]!]!++;
  const maxCount = Math.max(...counts);
  const cw = counts.map((c) => (maxCount / Math.max(1, c)) ** CLASS_WEIGHT_POWER);
  return trainLexical(
    lexTerms,
    rel.map((i) => bags.get(trainPairs[i]!.bodyId)!),
    rel.map((i) => ytrain[i]!),
    rel.map((i) => cw[ytrain[i]!]!),
    3,
    LEX_OPTS,
  );
}
for (let k = 0; k < FOLDS; k++) {
  const inFold: number[] = [];
  trainPairs.forEach((p, i) => {
    if (foldOf.get(p.bodyId) !== k) inFold.push(i);
  });
  const lm = new LexicalModel(fitLexical(inFold));
  trainPairs.forEach((p, i) => {
    if (foldOf.get(p.bodyId) !== k) return;
    const sc = lm.scores(prepared.get(p.bodyId)!);
    LEX_COLUMNS.forEach((c, j) => (Xtrain[i]![c] = sc[j]!));
  });
}
const lexicalJson = fitLexical(trainPairs.map((_, i) => i));
weights.lexical = new LexicalModel(lexicalJson);
log(`lexical: ${lexTerms.length} terms (${((performance.now() - t0) / 1000).toFixed(1)} s so far)`);

interface Fitted {
  related: EnsembleJson;
  stance: EnsembleJson;
}

function fit(idx: number[]): Fitted {
  const rows = idx.map((i) => Xtrain[i]!);
  const relY = idx.map((i) => (ytrain[i] === 3 ? 0 : 1));
  const related = trainGbdt(rows, relY, new Float64Array(rows.length).fill(1), 2, RELATED_OPTS);
  const relIdx = idx.filter((i) => ytrain[i] !== 3);
  const counts = [0, 0, 0];
  for (const i of relIdx) counts[ytrain[i]!]!++;
  const maxCount = Math.max(...counts);
  const cw = counts.map((c) => (maxCount / Math.max(1, c)) ** CLASS_WEIGHT_POWER);
  const stance = trainGbdt(
    relIdx.map((i) => Xtrain[i]!),
    relIdx.map((i) => ytrain[i]!),
    relIdx.map((i) => cw[ytrain[i]!]!),
    3,
    STANCE_OPTS,
  );
  return { related, stance };
}

/** P(related) and the 3 stance probabilities of rows. */
function scoreRows(f: Fitted, rows: Float64Array[]): { pRel: Float64Array; q: Float64Array[] } {
  const rel = new Ensemble(f.related, FEATURE_COUNT);
  const st = new Ensemble(f.stance, FEATURE_COUNT);
  return {
    pRel: Float64Array.from(rows.map((x) => rel.probabilities(x)[1]!)),
    q: rows.map((x) => st.probabilities(x)),
  };
}

function decide(pRel: Float64Array, q: Float64Array[], threshold: number, bias: number[]): number[] {
  return Array.from(pRel, (p, i) => {
    if (p < threshold) return 3;
    let best = 0;
    let bestS = -Infinity;
    for (let k = 0; k < 3; k++) {
      const s = Math.log(Math.max(q[i]![k]!, 1e-12)) + bias[k]!;
      if (s > bestS) {
        bestS = s;
        best = k;
      }
    }
    return best;
  });
}

/** Objective for choosing the decision rule: FNC share + macro-F1. */
const objective = (gold: number[], pred: number[]) => {
  const m = metrics(gold, pred);
  return m.fncShare + m.macroF1;
};

let threshold = 0.5;
let bias = [0, 0, 0];
if (!flag('--no-cv')) {
  const oofRel = new Float64Array(trainPairs.length);
  const oofQ: Float64Array[] = new Array(trainPairs.length);
  for (let k = 0; k < FOLDS; k++) {
    const inFold: number[] = [];
    const outFold: number[] = [];
    trainPairs.forEach((p, i) => (foldOf.get(p.bodyId) === k ? outFold : inFold).push(i));
    const f = fit(inFold);
    const s = scoreRows(f, outFold.map((i) => Xtrain[i]!));
    outFold.forEach((i, j) => {
      oofRel[i] = s.pRel[j]!;
      oofQ[i] = s.q[j]!;
    });
    log(`  fold ${k + 1}/${FOLDS} done (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  }
  // Coordinate search over the threshold and biases on out-of-fold scores.
  let best = objective(ytrain, decide(oofRel, oofQ, threshold, bias));
  log(`train CV, out of fold, threshold 0.5 and no biases:\n${formatMetrics(metrics(ytrain, decide(oofRel, oofQ, threshold, bias)))}`);
  for (let pass = 0; pass < 3; pass++) {
    for (let t = 0.2; t <= 0.8001; t += 0.025) {
      const v = objective(ytrain, decide(oofRel, oofQ, t, bias));
      if (v > best + 1e-9) {
        best = v;
        threshold = Number(t.toFixed(3));
      }
    }
    for (const k of [0, 1]) {
      for (let b = -1.5; b <= 2.5001; b += 0.1) {
        const trial = bias.slice();
        trial[k] = Number(b.toFixed(2));
        const v = objective(ytrain, decide(oofRel, oofQ, threshold, trial));
        if (v > best + 1e-9) {
          best = v;
          bias = trial;
        }
      }
    }
  }
  log(`CV tuned: threshold ${threshold}, bias ${JSON.stringify(bias)}`);
  log(
    'train CV, out of fold, with the tuned threshold and biases (tuned on these very predictions: optimistic, not a result):\n' +
      formatMetrics(metrics(ytrain, decide(oofRel, oofQ, threshold, bias))),
  );
}

const all = trainPairs.map((_, i) => i);
const final = fit(all);
log(`trained (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

if (flag('--dev-report')) {
  const Xdev = featurize(devPairs);
  const s = scoreRows(final, Xdev);
  const gold = devPairs.map((p) => labelIndex(p.stance!));
  log(
    `dev (used for tuning), ${devPairs.length} pairs:\n` + formatMetrics(metrics(gold, decide(s.pRel, s.q, threshold, bias))),
  );
}

const model: StanceModelJson = {
  formatVersion: MODEL_FORMAT_VERSION,
  featureNames: [...FEATURE_NAMES],
  idf: idfJson,
  unknownIdf,
  avgTermCount,
  lexical: lexicalJson,
  related: final.related,
  stance: final.stance,
  relatedThreshold: threshold,
  stanceBias: bias as [number, number, number],
  meta: {
    data: 'FNC-1 train_stances.csv / train_bodies.csv, train split only',
    split: {
      by: split.by,
      seed: split.seed,
      devShareOfPairs: DEV_SHARE,
      testShareOfPairs: TEST_SHARE,
      trainPairs: trainPairs.length,
      devPairs: devPairs.length,
      testPairs: split.test.length,
    },
    folds: foldBy,
    relatedOptions: RELATED_OPTS,
    stanceOptions: STANCE_OPTS,
    classWeightPower: CLASS_WEIGHT_POWER,
    lexical: { minDf: LEX_MIN_DF, minStorySpread: LEX_MIN_SPREAD, ...LEX_OPTS },
  },
};
writeFileSync(outPath, JSON.stringify(model) + '\n');
log(`wrote ${outPath} (${(JSON.stringify(model).length / 1024).toFixed(0)} KB) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
