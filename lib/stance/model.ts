/**
 * The stance model: a two-stage classifier of (claim, body) pairs.
 *
 * 1. A boosted-tree binary model decides related vs unrelated from overlap
 *    features (term coverage, TF-IDF cosine, BM25, best-sentence coverage...).
 * 2. A boosted-tree 3-class model decides agree / disagree / discuss for
 *    related pairs from cue features (refuting, hedging, negation, quotes)
 *    measured over the body and over the sentences that match the claim.
 *
 * @example
 * ```ts
 * const model = loadStanceModel(json); // json: parsed lib/stance/model.json
 * const body = prepareBody(passageText); // cache this per passage
 * const { stance, confidence } = model.predict('Claim sentence.', body);
 * ```
 */
import { Ensemble, softmax, type EnsembleJson } from './gbdt.ts';
import { LexicalModel, type LexicalJson } from './lexical.ts';
import {
  FEATURE_COUNT,
  FEATURE_NAMES,
  pairFeatures,
  prepareBody,
  prepareClaim,
  type PreparedBody,
  type PreparedClaim,
  type TermWeights,
} from './features.ts';

/** The four FNC-1 stances, in the order used by the model. */
export const STANCES = ['agree', 'disagree', 'discuss', 'unrelated'] as const;

/** A stance of a body towards a claim. */
export type Stance = (typeof STANCES)[number];

/** Result of {@link StanceModel.predict}. */
export interface StancePrediction {
  /** The predicted stance. */
  stance: Stance;
  /** Probability the model gives to `stance`, in [0, 1]. */
  confidence: number;
  /** Probability of each stance (sums to 1). */
  probabilities: Record<Stance, number>;
}

/** Below this P(related), the stance trees are not run (see predict). */
const SKIP_BELOW = 1e-3;

/** Version of the weights format this code reads. */
export const MODEL_FORMAT_VERSION = 1;

/** The weights JSON (`lib/stance/model.json`). */
export interface StanceModelJson {
  formatVersion: number;
  /** Must equal {@link FEATURE_NAMES}: guards against code/weights drift. */
  featureNames: string[];
  /** IDF of terms (terms seen in at least two training bodies). */
  idf: Record<string, number>;
  unknownIdf: number;
  avgTermCount: number;
  /** Body-level bag-of-words agree/disagree/discuss scores (features `lex_*`). */
  lexical: LexicalJson;
  /** Binary model: P(related). */
  related: EnsembleJson;
  /** 3-class model over agree, disagree, discuss for related pairs. */
  stance: EnsembleJson;
  /** A pair is related when P(related) >= this. */
  relatedThreshold: number;
  /** Added to the log-probabilities of agree, disagree, discuss before the argmax. */
  stanceBias: [number, number, number];
  /** Free-form description of how the weights were made. */
  meta?: unknown;
}

/** A loaded stance model. */
export interface StanceModel {
  /**
   * Classifies the stance of `body` towards `claim`. `body` may be a string,
   * but pass a {@link PreparedBody} from {@link prepareBody} when the same body
   * is compared with several claims. `claim` may likewise be prepared with
   * {@link prepareClaim}.
   */
  predict(claim: string | PreparedClaim, body: string | PreparedBody): StancePrediction;
  /** The feature vector of a pair (for debugging and training). */
  features(claim: string | PreparedClaim, body: string | PreparedBody): Float64Array;
  /** IDF weights and corpus statistics of the model. */
  readonly weights: TermWeights;
}

function fail(msg: string): never {
  throw new Error(`loadStanceModel: ${msg}`);
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Validates a parsed weights JSON and returns a model. Throws an Error with a
 * `loadStanceModel:` message if `json` is not a model of
 * {@link MODEL_FORMAT_VERSION} for this feature set.
 */
export function loadStanceModel(json: unknown): StanceModel {
  if (!isObject(json)) fail('not an object');
  if (json.formatVersion !== MODEL_FORMAT_VERSION) {
    fail(`formatVersion ${String(json.formatVersion)} is not ${MODEL_FORMAT_VERSION}`);
  }
  const names = json.featureNames;
  if (
    !Array.isArray(names) || names.length !== FEATURE_COUNT ||
    names.some((n, i) => n !== FEATURE_NAMES[i])
  ) {
    fail('featureNames do not match this code');
  }
  if (!isObject(json.idf)) fail('idf must be an object');
  const idf = new Map<string, number>();
  for (const [t, v] of Object.entries(json.idf)) {
    if (typeof v !== 'number' || !Number.isFinite(v)) fail(`bad idf for "${t}"`);
    idf.set(t, v);
  }
  const unknownIdf = json.unknownIdf;
  const avgTermCount = json.avgTermCount;
  if (typeof unknownIdf !== 'number' || !Number.isFinite(unknownIdf)) fail('bad unknownIdf');
  if (typeof avgTermCount !== 'number' || !(avgTermCount > 0)) fail('bad avgTermCount');
  const threshold = json.relatedThreshold;
  if (typeof threshold !== 'number' || !(threshold >= 0 && threshold <= 1)) fail('bad relatedThreshold');
  const bias = json.stanceBias;
  if (!Array.isArray(bias) || bias.length !== 3 || !bias.every((b) => typeof b === 'number' && Number.isFinite(b))) {
    fail('bad stanceBias');
  }
  let related: Ensemble;
  let stance: Ensemble;
  let lexical: LexicalModel;
  try {
    lexical = new LexicalModel(json.lexical as LexicalJson);
    related = new Ensemble(json.related as EnsembleJson, FEATURE_COUNT);
    stance = new Ensemble(json.stance as EnsembleJson, FEATURE_COUNT);
  } catch (e) {
    fail(e instanceof Error ? e.message : String(e));
  }
  if (related.outputs !== 1) fail('related model must be binary');
  if (stance.outputs !== 3) fail('stance model must have 3 outputs');
  if (lexical.classes !== 3) fail('lexical model must have 3 classes');
  const weights: TermWeights = { idf, unknownIdf, avgTermCount, lexical };
  const b = bias as number[];
  const stancePrior = softmax(Float64Array.from((json.stance as EnsembleJson).base));
  const x = new Float64Array(FEATURE_COUNT);
  // Scratch outputs of the two ensembles (predict copies what it returns).
  const relatedOut = new Float64Array(2);
  const stanceOut = new Float64Array(3);

  const features = (claim: string | PreparedClaim, body: string | PreparedBody): Float64Array => {
    const c = typeof claim === 'string' ? prepareClaim(claim) : claim;
    const d = typeof body === 'string' ? prepareBody(body) : body;
    return pairFeatures(c, d, weights, x);
  };

  const predict = (claim: string | PreparedClaim, body: string | PreparedBody): StancePrediction => {
    const v = features(claim, body);
    const pRel = related.probabilities(v, relatedOut)[1]!;
    // Early exit: when the pair is almost surely unrelated, the split of the
    // tiny related mass among agree/disagree/discuss uses the stance model's
    // prior instead of running its trees (saves most of the scoring time on
    // the typical, mostly unrelated workload; changes probabilities < SKIP_BELOW).
    const q = pRel < SKIP_BELOW ? stancePrior : stance.probabilities(v, stanceOut);
    const probabilities: Record<Stance, number> = {
      agree: pRel * q[0]!,
      disagree: pRel * q[1]!,
      discuss: pRel * q[2]!,
      unrelated: 1 - pRel,
    };
    let label: Stance = 'unrelated';
    if (pRel >= threshold) {
      let best = -Infinity;
      for (let k = 0; k < 3; k++) {
        const s = Math.log(Math.max(q[k]!, 1e-12)) + b[k]!;
        if (s > best) {
          best = s;
          label = STANCES[k]!;
        }
      }
    }
    return { stance: label, confidence: probabilities[label], probabilities };
  };

  return { predict, features, weights };
}
