/**
 * What the sentence model said about a report, as features for the report
 * model: the best sentence for each reading (supports, refutes with a
 * readable difference, related at all) and the facts that matched or differ.
 */
import { DENIAL } from '../text/cues.ts';
import { compare, type Comparison, type PreparedText } from './features.ts';
import type { WordVectors } from './vectors.ts';

/** Sentences per report read by the sentence model (the best by the cheap pre-score). */
export const CANDIDATES = 4;

export const REPORT_FEATURE_NAMES = [
  'maxSupports', 'maxRefutesReadable', 'maxRefutes', 'minUnrelated', 'maxNeutral',
  'supportCoverage', 'supportExact', 'maxCoverage', 'maxExact', 'topPreScore', 'candidates',
  'figuresSame', 'figuresCompatible', 'figuresConflict', 'datesSame', 'datesConflict', 'weekdaysConflict',
  'entitySwaps', 'negationMismatch', 'denialMismatch', 'claimDenial', 'passageDenial', 'unmatchedNames', 'claimNames',
  'claimFigures', 'claimLength', 'maxCentroid', 'agreedElsewhere', 'claimHedged',
  'supportStrict', 'supportKey', 'supportNames', 'maxStrict', 'maxKey', 'maxNames', 'pairStrict', 'pairKey',
] as const;
export const REPORT_FEATURE_COUNT = REPORT_FEATURE_NAMES.length;

export interface SentenceReading {
  /** Index among the report's sentences. */
  i: number;
  comparison: Comparison;
  /** Sentence model probabilities: supports, refutes, neutral, unrelated. */
  p: Float64Array;
  readable: boolean;
}

export interface ReportReading {
  features: Float64Array;
  /** Every sentence read, best pre-score first. */
  read: SentenceReading[];
  /** Strict coverage of the claim by its two best sentences read together. */
  pairStrict: number;
  bySupport: SentenceReading;
  byConflict: SentenceReading | null;
  byRelated: SentenceReading;
}

/** Two prepared sentences read as one passage. */
function joinPrepared(a: PreparedText, b: PreparedText): PreparedText {
  return {
    ...a,
    text: `${a.text} ${b.text}`,
    words: [...a.words, ...b.words],
    stems: new Set([...a.stems, ...b.stems]),
    figures: [...a.figures, ...b.figures],
    dates: [...a.dates, ...b.dates],
    years: new Set([...a.years, ...b.years]),
    negations: a.negations + b.negations,
    denial: a.denial || b.denial,
    confirm: a.confirm || b.confirm,
    hedged: a.hedged || b.hedged,
    stances: [...a.stances, ...b.stances],
  };
}

/** Cheap relevance of a sentence to a claim: shared stems by weight, plus meaning overlap. */
export function preScore(claim: PreparedText, s: PreparedText): number {
  let total = 0;
  let shared = 0;
  for (const w of claim.words) {
    total += w.weight;
    if (s.stems.has(w.stem)) shared += w.weight;
  }
  let cos = 0;
  if (claim.centroid && s.centroid) for (let d = 0; d < claim.centroid.length; d++) cos += claim.centroid[d]! * s.centroid[d]!;
  // A sentence with the same kind of figure or the same date is where a difference would show.
  let bonus = 0;
  for (const a of claim.figures) if (s.figures.some((b) => b.unit === a.unit || b.units.some((u) => a.units.includes(u)))) bonus = 0.2;
  for (const d of claim.dates) if (s.dates.some((x) => x.kind === d.kind && [...d.context].some((t) => x.context.has(t)))) bonus = 0.2;
  return (total ? shared / total : 0) + 0.5 * cos + bonus;
}

/** A difference a reader can check: a figure, date or name, or a denial or negation of the same statement. */
// Negation and denial words anywhere in two sentences are no such difference: "no personnel
// were seen" and "nobody was seen" agree. Only a speaker's confirm-or-deny counts (features.ts).
function readableConflict(c: Comparison, _claim: PreparedText, _s: PreparedText): boolean {
  return c.differing.length > 0;
}

/**
 * Reads a claim against the sentences of one report (those marked in `skip`
 * are furniture, never read). Null when no sentence is close enough to read.
 */
export function readReport(
  claim: PreparedText,
  sentences: readonly PreparedText[],
  skip: readonly boolean[],
  sentenceModel: (x: Float64Array) => Float64Array,
  vectors: WordVectors | null,
): ReportReading | null {
  const order = sentences
    .map((s, i) => ({ i, score: skip[i] ? -1 : preScore(claim, s) }))
    .filter((x) => x.score > 0.25)
    .sort((a, b) => b.score - a.score)
    .slice(0, CANDIDATES);
  if (order.length === 0) return null;
  const read: SentenceReading[] = order.map(({ i }) => {
    const comparison = compare(claim, sentences[i]!, vectors);
    return { i, comparison, p: sentenceModel(comparison.features), readable: readableConflict(comparison, claim, sentences[i]!) };
  });
  const bySupport = read.reduce((a, b) => (b.p[0]! > a.p[0]! ? b : a));
  // A figure or date the report also states the same way elsewhere is not in conflict.
  // (Only sentences about the same thing count: a weekday elsewhere may date another event.)
  const agreeing = new Set(read.filter((r) => r.comparison.softCoverage >= 0.5).flatMap((r) => r.comparison.matched));
  let agreedElsewhere = 0;
  let byConflict: SentenceReading | null = null;
  for (const r of read) {
    if (!r.readable) continue;
    if (r.comparison.differing.length > 0 && r.comparison.differing.every((d) => agreeing.has(d.claim))) {
      agreedElsewhere = 1;
      continue;
    }
    if (r.comparison.softCoverage < 0.4) continue;
    if (!byConflict || r.comparison.softCoverage > byConflict.comparison.softCoverage) byConflict = r;
  }
  // The claim reports a denial of what this report states as fact, and nothing in the report denies it.
  if (!byConflict && claim.denial && !read.some((r) => sentences[r.i]!.denial) && bySupport.comparison.softCoverage >= 0.5 && bySupport.p[0]! >= 0.5) {
    const word = DENIAL.exec(claim.text)?.[0] ?? 'a denial';
    const passage = sentences[bySupport.i]!.text;
    bySupport.comparison.differing.push({ kind: 'denial', claim: word, report: passage.length > 90 ? `${passage.slice(0, 87)}…` : passage });
    byConflict = bySupport;
  }
  const byRelated = read.reduce((a, b) => (b.p[3]! < a.p[3]! ? b : a));
  // A claim often joins two facts a report states in two sentences: the two best read together.
  const top2 = [...read].sort((a, b) => b.comparison.strictCoverage - a.comparison.strictCoverage).slice(0, 2);
  const pair = top2.length === 2 ? compare(claim, joinPrepared(sentences[top2[0]!.i]!, sentences[top2[1]!.i]!), vectors) : top2[0]!.comparison;
  const sum = (f: (r: SentenceReading) => number): number => Math.max(...read.map(f));
  const cf = (k: number): number => sum((r) => r.comparison.features[k]!);
  const conflictF = byConflict?.comparison.features;
  const f = new Float64Array(REPORT_FEATURE_COUNT);
  const v = [
    bySupport.p[0]!, byConflict?.p[1] ?? 0, sum((r) => r.p[1]!), byRelated.p[3]!, sum((r) => r.p[2]!),
    bySupport.comparison.softCoverage, bySupport.comparison.exactCoverage, sum((r) => r.comparison.softCoverage), sum((r) => r.comparison.exactCoverage), order[0]!.score, order.length,
    cf(11), cf(12), conflictF?.[13] ?? 0, cf(15), conflictF?.[16] ?? 0, conflictF?.[18] ?? 0,
    conflictF?.[9] ?? 0, conflictF?.[23] ?? 0, conflictF?.[26] ?? 0, claim.denial ? 1 : 0, sum((r) => r.comparison.features[25]!), bySupport.comparison.features[7]!, bySupport.comparison.features[6]!,
    claim.figures.length, claim.words.length, cf(33), agreedElsewhere, claim.hedged ? 1 : 0,
    bySupport.comparison.strictCoverage, bySupport.comparison.keyCoverage, bySupport.comparison.nameCoverage,
    sum((r) => r.comparison.strictCoverage), sum((r) => r.comparison.keyCoverage), sum((r) => r.comparison.nameCoverage),
    pair.strictCoverage, pair.keyCoverage,
  ];
  v.forEach((x, i) => (f[i] = x));
  return { features: f, read, pairStrict: pair.strictCoverage, bySupport, byConflict, byRelated };
}
