import type { CorpusDB, DocRecord } from '../corpus/db.ts';
import { docSpans, sentenceCount, sentenceText } from '../corpus/search.ts';
import { getDocs } from '../corpus/docstore.ts';
import { extractClaims, type Claim } from '../claims/extract.ts';
import type { PreparedText } from '../verify/features.ts';
import { furnitureMask } from '../verify/furniture.ts';
import { prepare, verify, type Verification } from '../verify/verify.ts';
import { primarySource, timeContext, type TimeContext } from './context.ts';
import type { RelatedReport } from './types.ts';
import type { FactCheckFinding } from './factchecks.ts';
import { STANCE_ORDER, finishClaim } from './verdict.ts';
import { fnv1a } from '../text/hash.ts';

export { finishClaim };

/** How a report's passage bears on a claim. */
export type EvidenceStance = 'corroborates' | 'conflicts' | 'discusses';

export interface Evidence {
  docId: string;
  packId: string;
  title: string;
  outlet: string;
  published: string | null;
  url: string | null;
  sources: string[];
  /** The report's sentence that speaks to the claim. */
  passage: string;
  /** Character offsets of the passage in the report's text (for highlighting it there). */
  passageStart: number;
  passageEnd: number;
  stance: EvidenceStance;
  confidence: number;
  /** Why, in words: rule findings and the model's reading. */
  reasons: string[];
  /** Differing values, claim vs report, when a number or date rule fired. */
  values: { claim: string; report: string }[];
  /** The facts that matched and those that differ ("Matches: …", "Differs: …"). */
  why: string[];
  /** The report's period relative to the article. */
  time: TimeContext;
  /** The original source the report rests on (same key = not independent). */
  sourceGroup: string | null;
  /** Set when an earlier evidence item of this claim rests on the same original source. */
  sameSourceAs: string | null;
}

export interface ClaimReport extends Claim {
  evidence: Evidence[];
  /** Conflicts from the same period first, then corroboration, then discussion. */
  verdict: EvidenceStance | 'none';
  /** Distinct original sources among corroborating and conflicting evidence. */
  independentSources: number;
  /** Published fact-checks (ClaimReview) of this claim, best match first; absent when none. */
  factChecks?: FactCheckFinding[];
  /** For a translated article: the claim in English, as the browser translated it on the device. */
  rendering?: string;
}

/** Evidence items per claim. */
const MAX_EVIDENCE = 5;
/** Reports each claim is verified against, most related first. */
export const VERIFIED_REPORTS = 8;

// Reports are read afresh from IndexedDB for every analysis; their prepared sentences are kept
// for the most recently used ones (a reader's related articles keep meeting the same reports).
const preparedDocs = new Map<string, { sentences: PreparedText[]; furniture: boolean[] }>();
const PREPARED_DOCS = 64;

/** A report's sentences prepared for the verifier, with its furniture marked (cached for the most recent reports). */
export function preparedSentences(doc: DocRecord): { sentences: PreparedText[]; furniture: boolean[] } {
  // The text's fingerprint: a replaced report (same id, new text) is prepared again.
  const key = `${doc.packId}\u0000${doc.id}\u0000${fnv1a(doc.text)}\u0000${doc.title}`;
  let p = preparedDocs.get(key);
  if (p) {
    preparedDocs.delete(key);
    preparedDocs.set(key, p);
  } else {
    const n = sentenceCount(doc);
    const texts = Array.from({ length: n }, (_, i) => sentenceText(doc, i));
    p = { sentences: texts.map((t) => prepare(t)), furniture: furnitureMask(texts, doc.title) };
    preparedDocs.set(key, p);
    if (preparedDocs.size > PREPARED_DOCS) preparedDocs.delete(preparedDocs.keys().next().value!);
  }
  return p;
}

/**
 * For each check-worthy claim of the article, finds the passages of the
 * related reports that speak to it (in the same or in other words) and reads
 * each with the claim-versus-passage verifier: corroborates, conflicts (with
 * the figure, date, name or denial that differs) or discusses, weighed by
 * time and source independence.
 */
export async function gatherEvidence(
  db: CorpusDB,
  article: { paragraphs: readonly string[]; publishedTime: string | null },
  reports: readonly Pick<RelatedReport, 'docNo'>[],
  _corpusDocs: number,
  options: { maxClaims?: number; claims?: Claim[]; idfs?: ReadonlyMap<string, number>; docs?: ReadonlyMap<number, DocRecord> } = {},
): Promise<ClaimReport[]> {
  const claims = options.claims ?? extractClaims(article.paragraphs, { max: options.maxClaims ?? 12 });
  // Reports the relatedness step already loaded are reused (with their sentences).
  const missing = reports.map((r) => r.docNo).filter((no) => !options.docs?.has(no));
  const fetched = missing.length ? await getDocs(db, missing) : [];
  const docs = reports
    .map((r) => options.docs?.get(r.docNo) ?? fetched[missing.indexOf(r.docNo)])
    .filter((d): d is DocRecord => !!d);
  return claims.map((claim) => {
    const pc = prepare(claim.text);
    const evidence: Evidence[] = [];
    // The closest reports only: a claim's card shows at most MAX_EVIDENCE of them.
    for (const doc of docs.slice(0, VERIFIED_REPORTS)) {
      const { sentences, furniture } = preparedSentences(doc);
      const v = verify(pc, sentences, furniture);
      if (!v?.stance) continue;
      evidence.push(toEvidence(doc, v, article.publishedTime));
    }
    evidence.sort((a, b) => STANCE_ORDER[a.stance] - STANCE_ORDER[b.stance] || b.confidence - a.confidence);
    return finishClaim(claim, evidence.slice(0, MAX_EVIDENCE));
  });
}

/** Why two statements conflict, by the kind of difference. */
export const KIND_REASON: Record<string, string> = {
  number: 'Different figures for the same count',
  date: 'Different dates for the same event',
  entity: 'A different name in the same role',
  denial: 'Denied on one side, stated on the other',
  other: 'The same thing described the opposite way',
};

/**
 * Why a report of another period is shown as context and not as a conflict (it informs, it does not
 * contradict), or null when the report is of the article's period.
 */
export function otherPeriod(time: TimeContext): string | null {
  return time.period === 'earlier' || time.period === 'later' ? `From another period (${time.label}): shown as context, not as a conflict` : null;
}

/** Below this confidence a conflict is shown as "discusses" (a reader acts on red cards). */
const MIN_CONFLICT_CONFIDENCE = 0.5;

function toEvidence(doc: DocRecord, v: Verification, articleDate: string | null): Evidence {
  const sent = v.sentence;
  const c = v.comparison;
  const reasons: string[] = [];
  let stance: EvidenceStance = v.stance!;
  if (stance === 'conflicts') {
    for (const d of c.differing) reasons.push(`${KIND_REASON[d.kind] ?? 'A difference'}: “${d.claim}” here, “${d.report}” in the report`);
  } else if (stance === 'corroborates') {
    reasons.push(`Says the same${c.matched.length ? `: ${[...new Set(c.matched)].slice(0, 4).join(', ')}` : ' in other words'}`);
  } else {
    reasons.push(c.lessPrecise.length ? `Speaks to the same point, less precisely: “${c.lessPrecise[0]!.report}” for “${c.lessPrecise[0]!.claim}”` : 'Reports on the same point without confirming or contradicting it');
  }
  // A red card the model itself doubts would cost the reader more than it tells: below even odds that
  // the report speaks to the same statement, the difference is shown as a discussion of it.
  if (stance === 'conflicts' && v.confidence < MIN_CONFLICT_CONFIDENCE) {
    stance = 'discusses';
    reasons.push('Possibly a different statement, so not counted as a conflict');
  }
  const time = timeContext(articleDate, doc.published);
  if (stance === 'conflicts' && otherPeriod(time)) {
    stance = 'discusses';
    reasons.push(otherPeriod(time)!);
  }
  const values = stance === 'conflicts' ? c.differing.filter((d) => d.kind === 'number' || d.kind === 'date').map((d) => ({ claim: d.claim, report: d.report })) : [];
  return passageEvidence(doc, sent, { stance, confidence: v.confidence, reasons, values, why: v.why }, time);
}

/** An evidence item for sentence `sent` of `doc`, read as `reading` says. */
export function passageEvidence(
  doc: DocRecord,
  sent: number,
  reading: Pick<Evidence, 'stance' | 'confidence' | 'reasons' | 'values' | 'why'>,
  time: TimeContext,
): Evidence {
  const spans = docSpans(doc);
  return {
    docId: doc.id,
    packId: doc.packId,
    title: doc.title,
    outlet: doc.outlet,
    published: doc.published,
    url: doc.url,
    sources: doc.sources,
    passage: sentenceText(doc, sent),
    passageStart: spans[2 * sent]!,
    passageEnd: spans[2 * sent + 1]!,
    ...reading,
    confidence: Math.round(reading.confidence * 100) / 100,
    time,
    sourceGroup: primarySource(doc.sources),
    sameSourceAs: null,
  };
}

