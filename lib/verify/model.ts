/**
 * The verifier's two models, boosted trees both:
 * - the sentence model reads a claim and one sentence (features of
 *   ./features.ts) and gives P(supports, refutes, neutral, unrelated);
 *   trained on VitaminC sentence pairs;
 * - the report model reads what the sentence model said about a report's
 *   best sentences (./report-features.ts) and gives the card's verdict:
 *   corroborates, conflicts, discusses or none; trained on the dev split of
 *   the project's own labelled news claims.
 */
import { Ensemble, type EnsembleJson } from '../stance/gbdt.ts';
import { FEATURE_COUNT, FEATURE_NAMES } from './features.ts';
import { REPORT_FEATURE_COUNT, REPORT_FEATURE_NAMES } from './report-features.ts';

export const VERIFY_CLASSES = ['supports', 'refutes', 'neutral', 'unrelated'] as const;
export const REPORT_CLASSES = ['corroborates', 'conflicts', 'discusses', 'none'] as const;
export type ReportClass = (typeof REPORT_CLASSES)[number];
/** Version of lib/verify/model.json. */
export const VERIFY_MODEL_FORMAT_VERSION = 2;

export interface VerifyModelJson {
  formatVersion: number;
  features: string[];
  reportFeatures: string[];
  trainedOn: string;
  sentence: EnsembleJson;
  report: EnsembleJson;
}

export interface VerifyModel {
  /** Sentence model: probabilities in VERIFY_CLASSES order. */
  sentence(features: Float64Array): Float64Array;
  /** Report model: probabilities in REPORT_CLASSES order. */
  report(features: Float64Array): Float64Array;
}

/** Compiles the models; throws if they were trained on other features. */
export function loadVerifyModel(json: VerifyModelJson): VerifyModel {
  if (json.formatVersion !== VERIFY_MODEL_FORMAT_VERSION) throw new Error(`verifier model: format ${json.formatVersion}, this version reads ${VERIFY_MODEL_FORMAT_VERSION}`);
  if (json.features.join() !== FEATURE_NAMES.join() || json.reportFeatures.join() !== REPORT_FEATURE_NAMES.join()) {
    throw new Error('verifier model: trained on other features; retrain with npm run train:claims');
  }
  const sentence = new Ensemble(json.sentence, FEATURE_COUNT);
  const report = new Ensemble(json.report, REPORT_FEATURE_COUNT);
  return { sentence: (x) => sentence.probabilities(x), report: (x) => report.probabilities(x) };
}
