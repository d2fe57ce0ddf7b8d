/**
 * Stance classification of (claim, body-or-passage) pairs into agree /
 * disagree / discuss / unrelated. See `model.ts` for the model and
 * `features.ts` for the features. Weights: `lib/stance/model.json`, made by
 * `scripts/stance/train.ts` from FNC-1.
 */
export {
  loadStanceModel,
  MODEL_FORMAT_VERSION,
  STANCES,
  type Stance,
  type StanceModel,
  type StanceModelJson,
  type StancePrediction,
} from './model.ts';
export {
  FEATURE_COUNT,
  FEATURE_NAMES,
  countCues,
  pairFeatures,
  prepareBody,
  prepareClaim,
  type CueCounts,
  type PreparedBody,
  type PreparedClaim,
  type TermWeights,
} from './features.ts';
