import type { CorpusDB, DocRecord } from '../corpus/db.ts';
import { docSpans, sentenceTerms, sentenceText } from '../corpus/search.ts';
import { getDocs } from '../corpus/docstore.ts';
import { extractClaims, type Claim } from '../claims/extract.ts';
import { loadStanceModel, prepareBody, prepareClaim, type StanceModel } from '../stance/index.ts';
import { conflictRules, dates, quantities, type RuleFinding } from '../stance/rules.ts';
import modelJson from '../stance/model.json';
import { idf } from '../text/idf.ts';
import { termCounts } from '../text/tokens.ts';
import { primarySource, timeContext, type TimeContext } from './context.ts';
import type { RelatedReport } from './types.ts';
import { finishClaim } from './verdict.ts';

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
}

/** Passages whose share of the claim's term weight is below this are not evidence. */
const MIN_COVERAGE = 0.28;
/** Rules only fire on passages about the same thing. */
const RULE_COVERAGE = 0.3;
/** Evidence items per claim. */
const MAX_EVIDENCE = 5;

let model: StanceModel | undefined;
function stanceModel(): StanceModel {
  model ??= loadStanceModel(modelJson);
  return model;
}

interface Candidate {
  doc: DocRecord;
  sent: number;
  coverage: number;
  /** Other sentences of the same report that also match, best first. */
  alternatives: { sent: number; coverage: number }[];
}

/** Sentences per report the conflict rules look at: the figure may sit in the second-best match. */
const RULE_SENTENCES = 4;
/** Other sentences are checked for differing figures and dates down to this coverage (the rules check context themselves). */
const VALUE_COVERAGE = 0.18;

/**
 * For each check-worthy claim of the article, finds the passages of the
 * related reports that speak to it (sentence-level postings from the index),
 * and classifies each with the stance model and the conflict rules, weighed
 * by time and source independence.
 */
export async function gatherEvidence(
  db: CorpusDB,
  article: { paragraphs: readonly string[]; publishedTime: string | null },
  reports: readonly Pick<RelatedReport, 'docNo'>[],
  corpusDocs: number,
  options: { maxClaims?: number; claims?: Claim[]; idfs?: ReadonlyMap<string, number>; docs?: ReadonlyMap<number, DocRecord> } = {},
): Promise<ClaimReport[]> {
  const claims = options.claims ?? extractClaims(article.paragraphs, { max: options.maxClaims ?? 12 });
  // Reports the relatedness step already loaded are reused (with their sentences and terms).
  const missing = reports.map((r) => r.docNo).filter((no) => !options.docs?.has(no));
  const fetched = missing.length ? await getDocs(db, missing) : [];
  const docs = reports
    .map((r) => options.docs?.get(r.docNo) ?? fetched[missing.indexOf(r.docNo)])
    .filter((d): d is DocRecord => !!d);
  const byNo = new Map(docs.map((d) => [d.no, d]));
  const claimTerms = claims.map((c) => termCounts(c.text));
  const allTerms = new Set<string>();
  for (const c of claimTerms) for (const t of c.keys()) allTerms.add(t);
  // Term weights from the document frequencies already known (the relatedness query's terms),
  // else estimated at the background collection's rate: reading every claim term's postings
  // from the whole corpus would cost more than the rest of the analysis.
  const idfs = new Map<string, number>();
  for (const t of allTerms) idfs.set(t, options.idfs?.get(t) ?? idf(t, corpusDocs));
  // Per claim term: the (report, sentence) pairs that contain it, read from the few related reports themselves.
  const hits = new Map<string, { doc: number; sent: number }[]>();
  for (const doc of docs) {
    const perSentence = sentenceTerms(doc);
    for (let sent = 0; sent < perSentence.length; sent++) {
      for (const t of perSentence[sent]!.keys()) {
        if (!allTerms.has(t)) continue;
        let list = hits.get(t);
        if (!list) hits.set(t, (list = []));
        list.push({ doc: doc.no, sent });
      }
    }
  }
  const m = stanceModel();
  const prepared = new Map<string, ReturnType<typeof prepareBody>>();

  return claims.map((claim, ci) => {
    const counts = claimTerms[ci]!;
    let total = 0;
    for (const t of counts.keys()) total += idfs.get(t)!;
    const score = new Map<string, number>();
    for (const t of counts.keys()) {
      for (const h of hits.get(t) ?? []) {
        const key = `${h.doc}:${h.sent}`;
        score.set(key, (score.get(key) ?? 0) + idfs.get(t)!);
      }
    }
    const bestPerDoc = new Map<number, Candidate>();
    for (const [key, s] of score) {
      const coverage = total ? s / total : 0;
      if (coverage < VALUE_COVERAGE) continue;
      const [docNo, sent] = key.split(':').map(Number) as [number, number];
      const prev = bestPerDoc.get(docNo);
      if (!prev) bestPerDoc.set(docNo, { doc: byNo.get(docNo)!, sent, coverage, alternatives: [] });
      else if (coverage > prev.coverage) {
        prev.alternatives.push({ sent: prev.sent, coverage: prev.coverage });
        prev.sent = sent;
        prev.coverage = coverage;
      } else prev.alternatives.push({ sent, coverage });
    }
    for (const c of bestPerDoc.values()) c.alternatives = c.alternatives.sort((a, b) => b.coverage - a.coverage).slice(0, RULE_SENTENCES - 1);
    const candidates = [...bestPerDoc.values()]
      .filter((c) => c.coverage >= MIN_COVERAGE).sort((a, b) => b.coverage - a.coverage).slice(0, MAX_EVIDENCE);
    const pc = prepareClaim(claim.text);
    const evidence = candidates
      .map((c) => judge(c, claim.text, pc, m, prepared, article.publishedTime))
      .filter((e): e is Evidence => e !== null);
    return finishClaim(claim, evidence);
  });
}

function judge(
  c: Candidate,
  claim: string,
  pc: ReturnType<typeof prepareClaim>,
  m: StanceModel,
  cache: Map<string, ReturnType<typeof prepareBody>>,
  articleDate: string | null,
): Evidence | null {
  const { doc } = c;
  // The best-matching sentence, unless another close match is where a rule finds a conflict.
  let sent = c.sent;
  let findings: RuleFinding[] = [];
  const options = [{ sent: c.sent, coverage: c.coverage }, ...c.alternatives];
  // A figure or date the report also states somewhere among its matches is not in conflict.
  const allMatches = options.map((o) => sentenceText(doc, o.sent)).join('\n');
  const stillDiffers = (f: RuleFinding): boolean =>
    (f.kind !== 'number' && f.kind !== 'date') || conflictRules(claim, allMatches, { valuesOnly: true }).some((g) => g.kind === f.kind);
  for (const [i, option] of options.entries()) {
    if (option.coverage < (i === 0 ? RULE_COVERAGE : VALUE_COVERAGE)) break;
    // Denials and negations are read in the best match only; figures and dates in the close ones too.
    const f = conflictRules(claim, sentenceText(doc, option.sent), { coverage: option.coverage, valuesOnly: i > 0 }).filter(stillDiffers);
    if (f.length) {
      sent = option.sent;
      findings = f;
      break;
    }
  }
  const passage = sentenceText(doc, sent);
  const spans = docSpans(doc);
  const n = spans.length / 2;
  // The model reads a window of three sentences: a passage often needs its neighbour to take a position.
  const from = Math.max(0, sent - 1);
  const to = Math.min(n - 1, sent + 1);
  const key = `${doc.no}:${from}-${to}`;
  let body = cache.get(key);
  if (!body) cache.set(key, (body = prepareBody(doc.text.slice(spans[2 * from], spans[2 * to + 1]))));
  const pred = m.predict(pc, body);
  const reasons: string[] = findings.map((f) => f.reason);
  const values = findings.filter((f) => f.values).map((f) => f.values!);
  let stance: EvidenceStance;
  let confidence: number;
  const p = pred.probabilities;
  if (findings.length > 0) {
    stance = 'conflicts';
    confidence = Math.min(0.95, Math.max(p.disagree, 0.55 + 0.1 * findings.length));
  } else if (pred.stance === 'disagree') {
    stance = 'conflicts';
    confidence = p.disagree;
    reasons.push(`The stance model reads this passage as disputing the claim (${pct(p.disagree)})`);
  } else if (pred.stance === 'agree' || sameValues(claim, passage)) {
    stance = 'corroborates';
    confidence = Math.max(p.agree, sameValues(claim, passage) ? 0.6 : 0);
    reasons.push(
      sameValues(claim, passage)
        ? 'States the same figures or dates'
        : `The stance model reads this passage as supporting the claim (${pct(p.agree)})`,
    );
  } else if (pred.stance === 'discuss' || c.coverage >= 0.5) {
    stance = 'discusses';
    confidence = pred.stance === 'discuss' ? p.discuss : c.coverage / 2;
    reasons.push('Reports on the same point without taking a position on it');
  } else {
    return null;
  }
  const time = timeContext(articleDate, doc.published);
  if (stance === 'conflicts' && (time.period === 'earlier' || time.period === 'later')) {
    stance = 'discusses';
    reasons.push(`From another period (${time.label}): shown as context, not as a conflict`);
  }
  return {
    docId: doc.id,
    packId: doc.packId,
    title: doc.title,
    outlet: doc.outlet,
    published: doc.published,
    url: doc.url,
    sources: doc.sources,
    passage,
    passageStart: spans[2 * sent]!,
    passageEnd: spans[2 * sent + 1]!,
    stance,
    confidence: Math.round(confidence * 100) / 100,
    reasons,
    values,
    time,
    sourceGroup: primarySource(doc.sources),
    sameSourceAs: null,
  };
}

function pct(x: number): string {
  return `${Math.round(x * 100)}%`;
}

/** The claim states figures or dates and the passage has every one of them. */
function sameValues(claim: string, passage: string): boolean {
  const cq = quantities(claim);
  const cd = dates(claim).filter((d) => d.kind === 'monthday');
  if (cq.length + cd.length === 0) return false;
  const pq = quantities(passage);
  const pd = new Set(dates(passage).map((d) => d.key));
  return cq.every((a) => pq.some((b) => b.unit === a.unit && b.value === a.value)) && cd.every((d) => pd.has(d.key));
}

