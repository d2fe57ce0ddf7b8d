/**
 * Claim against report: finds the report's sentences that speak to a claim
 * (shared words, or the same meaning in other words), reads each with the
 * sentence model, and lets the report model decide corroborates / conflicts
 * / discusses / nothing, with the facts that matched and those that differ.
 */
import modelJson from './model.json';
import { prepareText, type Comparison, type PreparedText } from './features.ts';
import { loadVerifyModel, REPORT_CLASSES, type VerifyModel, type VerifyModelJson } from './model.ts';
import { readReport, type SentenceReading } from './report-features.ts';
import { wordVectors } from './shared-vectors.ts';

/** P(same statement) at which a readable difference makes a "discusses" reading a conflict (tuned on dev). */
const CONFLICT_SAME = 0.35;
/** Strict coverage below which "the same statement" is only the same topic (tuned on dev). */
const MIN_STRICT = 0.3;

export type VerifyStance = 'corroborates' | 'conflicts' | 'discusses';

export interface Verification {
  stance: VerifyStance | null;
  /** Index of the deciding sentence among those given. */
  sentence: number;
  confidence: number;
  comparison: Comparison;
  /** "Matches: …", "Differs: …" facts for the card. */
  why: string[];
}

let model: VerifyModel | undefined;
/** The shipped verifier models (compiled on first use). */
export function verifier(): VerifyModel {
  model ??= loadVerifyModel(modelJson as unknown as VerifyModelJson);
  return model;
}

/** Prepares a claim or a report sentence for {@link verify}. */
export function prepare(text: string): PreparedText {
  return prepareText(text, wordVectors());
}

/** Readable facts of a comparison, for the card's "why" line. */
export function explain(c: Comparison): string[] {
  const out: string[] = [];
  const uniq = [...new Set(c.matched)];
  if (uniq.length) out.push(`Matches: ${uniq.slice(0, 6).join(', ')}`);
  for (const d of c.differing) out.push(`Differs: “${d.claim}” here, “${d.report}” in the report`);
  for (const d of c.lessPrecise) out.push(`Less precise in the report: “${d.claim}” here, “${d.report}” there`);
  return out;
}

/**
 * Verifies a claim against the sentences of one report; `skip` marks
 * sentences that must never be evidence (furniture). Null when nothing in
 * the report is close enough to read.
 */
export function verify(claim: PreparedText, sentences: readonly PreparedText[], skip: readonly boolean[] = []): Verification | null {
  const m = verifier();
  const reading = readReport(claim, sentences, skip, m.sentence, wordVectors());
  if (!reading) return null;
  const p = m.report(reading.features);
  let best = 0;
  for (let k = 1; k < p.length; k++) if (p[k]! > p[best]!) best = k;
  let cls = REPORT_CLASSES[best]!;
  // The report model says whether the report speaks to the same statement; it
  // conflicts when that statement differs in a way the reader can check (a
  // figure, a date, a name, a denial), else it corroborates.
  const same = p[0]! + p[1]!;
  if (cls === 'conflicts' || cls === 'corroborates') cls = reading.byConflict ? 'conflicts' : 'corroborates';
  // A passage that differs on a checkable fact of the same statement: the model's doubt whether it
  // is the same statement (rather than a discussion of it) is settled by the shared subject.
  else if (cls === 'discusses' && reading.byConflict && same >= CONFLICT_SAME) cls = 'conflicts';
  // Figures the report gives less precisely ("more than 10" for "about 30") confirm nothing.
  const c = reading.bySupport.comparison;
  let pick: SentenceReading = cls === 'conflicts' ? reading.byConflict! : cls === 'corroborates' ? reading.bySupport : reading.byRelated;
  const anySame = reading.read.some((r) => r.comparison.features[11]! > 0);
  const lessPrecise = reading.read.find((r) => r.comparison.lessPrecise.length > 0);
  if (cls === 'corroborates' && !anySame && lessPrecise) {
    cls = 'discusses';
    pick = lessPrecise;
  }
  // Corroboration needs the claim said, not only its topic: most of its words, exactly or by close synonyms.
  if (cls === 'corroborates' && Math.max(c.strictCoverage, reading.pairStrict) < MIN_STRICT) cls = c.exactCoverage >= 0.2 ? 'discusses' : 'none';
  // "Discusses" needs the claim's own words in the passage, not only its topic's.
  if (cls === 'discusses' && pick.comparison.exactCoverage < 0.2) cls = 'none';
  return {
    stance: cls === 'none' ? null : cls,
    sentence: pick.i,
    confidence: cls === 'conflicts' || cls === 'corroborates' ? same : p[REPORT_CLASSES.indexOf(cls)]!,
    comparison: pick.comparison,
    why: explain(pick.comparison),
  };
}
