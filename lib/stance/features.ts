/**
 * Feature extraction for stance classification of a (claim, body) pair.
 *
 * A body (an article body or a corpus passage) is prepared once with
 * {@link prepareBody}; a claim (a headline or an article sentence) with
 * {@link prepareClaim}. {@link pairFeatures} then computes a fixed-length
 * numeric vector from the two, using IDF weights held by a {@link TermWeights}.
 *
 * Everything here is plain TypeScript with no DOM or Node-only API.
 */
import { term } from '../text/tokens.ts';
import { sentences } from '../text/sentences.ts';
import {
  HEDGE_PHRASES,
  HEDGE_WORDS,
  REFUTE_PHRASES,
  REFUTE_WORDS,
  SUPPORT_WORDS,
  NEGATION_WORDS,
} from './lexicon.ts';
import type { LexicalModel } from './lexical.ts';

/** Counts of cue words in a span of text. */
export interface CueCounts {
  /** Refuting words and phrases ("hoax", "denied", "not true"). */
  refute: number;
  /** Hedging / attribution words and phrases ("reportedly", "according to"). */
  hedge: number;
  /** Asserting words ("confirmed", "officially"). */
  support: number;
  /** Negation words ("not", "never", "didn't"). */
  negation: number;
  /** Double quotation marks. */
  quotes: number;
  /** Question marks. */
  questions: number;
  /** Words in the span (stopwords included). */
  words: number;
}

/**
 * A body or passage prepared for repeated comparison with claims. Independent
 * of the model, so it can be computed once per passage and cached; it holds
 * only Maps, Sets, arrays and numbers (structured-cloneable).
 */
export interface PreparedBody {
  /** Term frequencies over the whole body (stemmed, stopwords removed). */
  tf: Map<string, number>;
  /** Occurrences of each term within a negation cue's scope. */
  negatedTf: Map<string, number>;
  /** Total number of index terms. */
  termCount: number;
  /** Adjacent index-term pairs ("a b"), within sentences. */
  bigrams: Set<string>;
  /** For each term, the indices of the sentences containing it (ascending, unique). */
  postings: Map<string, number[]>;
  /** Cue counts of each sentence, in order. */
  sentenceCues: CueCounts[];
  /** Cue counts of the whole body. */
  cues: CueCounts;
}

/** A claim prepared for comparison with bodies. */
export interface PreparedClaim {
  /** Unique index terms, in first-occurrence order. */
  terms: string[];
  /** Term frequencies. */
  tf: Map<string, number>;
  /** Unique adjacent index-term pairs. */
  bigrams: string[];
  /** Cue counts of the claim. */
  cues: CueCounts;
}

/** IDF weights and corpus statistics used by {@link pairFeatures}. */
export interface TermWeights {
  /** IDF of known terms. */
  idf: Map<string, number>;
  /** IDF given to terms absent from `idf` (rare terms). */
  unknownIdf: number;
  /** Average {@link PreparedBody.termCount} of the training bodies (BM25 length norm). */
  avgTermCount: number;
  /** Body-level bag-of-words stance scores; the `lex_*` features are 0 without it. */
  lexical?: LexicalModel;
}

/** Names of the features returned by {@link pairFeatures}, in order. */
export const FEATURE_NAMES = [
  'cov_unique', 'cov_idf', 'cosine', 'bm25', 'sent_max', 'sent_second', 'sent_top3', 'sent_half_frac',
  'best_pos', 'lead_cov', 'bigram_cov', 'claim_numbers', 'numbers_missing', 'top3_idf_cov',
  'max_missing_idf', 'claim_len', 'body_len', 'matched_tf',
  'b_refute_rate', 'b_hedge_rate', 'b_support_rate', 'b_neg_rate', 'b_quote_rate', 'b_question_rate',
  'w_refute', 'w_hedge', 'w_support', 'w_neg', 'w_quote',
  'best_refute', 'best_hedge', 'best_neg', 'lead_refute', 'lead_hedge',
  'neg_shared', 'c_refute', 'c_hedge', 'c_neg', 'c_question', 'c_support', 'polarity_flip',
  'b_refute_log', 'b_hedge_log', 'sentences_log', 'neg_shared_count',
  'lex_agree', 'lex_disagree', 'lex_discuss',
] as const;

/** Number of features. */
export const FEATURE_COUNT = FEATURE_NAMES.length;

const NEGATION_SCOPE = 5;

// Same pattern as `words()` in lib/text/tokens.ts; applied to lower-cased
// text in one pass, without building token objects (this is on the hot path).
const WORD = /[\p{L}\p{N}]+(?:['’.\-,][\p{L}\p{N}]+)*/gu;

/**
 * Lower-cased words of `text`, stopwords kept: the `word` fields of
 * `words(text)` from lib/text/tokens.ts, computed faster.
 */
export function rawWords(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(lower)) !== null) {
    const w = m[0];
    out.push(w.includes('’') ? w.replace(/’/g, "'") : w);
  }
  return out;
}

function byFirstWord(phrases: readonly (readonly string[])[]): Map<string, (readonly string[])[]> {
  const map = new Map<string, (readonly string[])[]>();
  for (const p of phrases) {
    const list = map.get(p[0]!);
    if (list) list.push(p);
    else map.set(p[0]!, [p]);
  }
  return map;
}
const REFUTE_BY_FIRST = byFirstWord(REFUTE_PHRASES);
const HEDGE_BY_FIRST = byFirstWord(HEDGE_PHRASES);
const LEAD_SENTENCES = 2;

function emptyCues(): CueCounts {
  return { refute: 0, hedge: 0, support: 0, negation: 0, quotes: 0, questions: 0, words: 0 };
}

function matchesAt(ws: readonly string[], i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > ws.length) return false;
  for (let k = 0; k < phrase.length; k++) if (ws[i + k] !== phrase[k]) return false;
  return true;
}

const REFUTE = 1;
const HEDGE = 2;
const SUPPORT = 4;
const NEGATION = 8;
const REFUTE_START = 16;
const HEDGE_START = 32;

/** Cue flags of every listed word, so that each word costs one lookup. */
const CUE_FLAGS = new Map<string, number>();
const flagWords = (ws: Iterable<string>, flag: number) => {
  for (const w of ws) CUE_FLAGS.set(w, (CUE_FLAGS.get(w) ?? 0) | flag);
};
flagWords(REFUTE_WORDS, REFUTE);
flagWords(HEDGE_WORDS, HEDGE);
flagWords(SUPPORT_WORDS, SUPPORT);
flagWords(NEGATION_WORDS, NEGATION);
flagWords(REFUTE_BY_FIRST.keys(), REFUTE_START);
flagWords(HEDGE_BY_FIRST.keys(), HEDGE_START);

/** Cue flags of one lower-cased word; any word ending in "n't" is a negation, as in `isNegation`. */
function cueFlags(w: string): number {
  const f = CUE_FLAGS.get(w) ?? 0;
  return w.length >= 3 && w.charCodeAt(w.length - 1) === 116 && w.endsWith("n't") ? f | NEGATION : f;
}

/** Adds the cues of word `i` of `ws`, whose flags are `f`, to `c`. */
function addWordCues(c: CueCounts, ws: readonly string[], i: number, f: number): void {
  if (f & REFUTE) c.refute++;
  if (f & HEDGE) c.hedge++;
  if (f & SUPPORT) c.support++;
  if (f & NEGATION) c.negation++;
  if (f & REFUTE_START) for (const p of REFUTE_BY_FIRST.get(ws[i]!)!) if (matchesAt(ws, i, p)) c.refute++;
  if (f & HEDGE_START) for (const p of HEDGE_BY_FIRST.get(ws[i]!)!) if (matchesAt(ws, i, p)) c.hedge++;
}

function countMarks(c: CueCounts, text: string): void {
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x22 || ch === 0x201c || ch === 0x201d) c.quotes++;
    else if (ch === 0x3f) c.questions++;
  }
}

/**
 * Counts cue words in a list of lower-cased words (raw `words()` output, so
 * stopwords such as "not" are kept). Quote and question marks are counted on
 * `text` when it is given.
 */
export function countCues(ws: readonly string[], text = ''): CueCounts {
  const c = emptyCues();
  c.words = ws.length;
  for (let i = 0; i < ws.length; i++) {
    const f = cueFlags(ws[i]!);
    if (f) addWordCues(c, ws, i, f);
  }
  countMarks(c, text);
  return c;
}

function addCues(into: CueCounts, c: CueCounts): void {
  into.refute += c.refute;
  into.hedge += c.hedge;
  into.support += c.support;
  into.negation += c.negation;
  into.quotes += c.quotes;
  into.questions += c.questions;
  into.words += c.words;
}

/**
 * Prepares a body or passage: sentences, term statistics, negation scopes and
 * cue counts. Call once per body and reuse the result for every claim.
 */
export function prepareBody(text: string): PreparedBody {
  const tf = new Map<string, number>();
  const negatedTf = new Map<string, number>();
  const bigrams = new Set<string>();
  const postings = new Map<string, number[]>();
  const sentenceCues: CueCounts[] = [];
  const cues = emptyCues();
  let termCount = 0;
  const spans = sentences(text);
  for (let si = 0; si < spans.length; si++) {
    const s = spans[si]!;
    const ws = rawWords(s.text);
    const sc = emptyCues();
    sc.words = ws.length;
    countMarks(sc, s.text);
    let negUntil = -1;
    let prev: string | null = null;
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i]!;
      const f = cueFlags(w);
      if (f) {
        addWordCues(sc, ws, i, f);
        if (f & NEGATION) negUntil = i + NEGATION_SCOPE;
      }
      const t = term(w);
      if (!t) continue;
      termCount++;
      tf.set(t, (tf.get(t) ?? 0) + 1);
      if (i <= negUntil) negatedTf.set(t, (negatedTf.get(t) ?? 0) + 1);
      const list = postings.get(t);
      if (!list) postings.set(t, [si]);
      else if (list[list.length - 1] !== si) list.push(si);
      if (prev) bigrams.add(prev + ' ' + t);
      prev = t;
    }
    sentenceCues.push(sc);
    addCues(cues, sc);
  }
  return { tf, negatedTf, termCount, bigrams, postings, sentenceCues, cues };
}

/** Prepares a claim (headline or sentence). */
export function prepareClaim(text: string): PreparedClaim {
  const ws = rawWords(text);
  const tf = new Map<string, number>();
  const ordered: string[] = [];
  const bigramSet = new Set<string>();
  let prev: string | null = null;
  for (const w of ws) {
    const t = term(w);
    if (!t) continue;
    if (!tf.has(t)) ordered.push(t);
    tf.set(t, (tf.get(t) ?? 0) + 1);
    if (prev) bigramSet.add(prev + ' ' + t);
    prev = t;
  }
  return { terms: ordered, tf, bigrams: [...bigramSet], cues: countCues(ws, text) };
}

/** Cache of TF-IDF norms of bodies, per weight table. */
const normCache = new WeakMap<TermWeights, WeakMap<PreparedBody, number>>();

function idfOf(weights: TermWeights, t: string): number {
  return weights.idf.get(t) ?? weights.unknownIdf;
}

function bodyNorm(weights: TermWeights, body: PreparedBody): number {
  let perBody = normCache.get(weights);
  if (!perBody) {
    perBody = new WeakMap();
    normCache.set(weights, perBody);
  }
  let norm = perBody.get(body);
  if (norm === undefined) {
    let sum = 0;
    for (const [t, n] of body.tf) {
      const v = (1 + Math.log(n)) * idfOf(weights, t);
      sum += v * v;
    }
    norm = Math.sqrt(sum);
    perBody.set(body, norm);
  }
  return norm;
}

const isNumberTerm = (t: string): boolean => /\d/.test(t);
const rate = (n: number, d: number): number => (d > 0 ? (100 * n) / d : 0);

/**
 * Computes the feature vector of a (claim, body) pair into `out` (length
 * {@link FEATURE_COUNT}) and returns it. All features are finite numbers.
 */
export function pairFeatures(
  claim: PreparedClaim,
  body: PreparedBody,
  weights: TermWeights,
  out: Float64Array = new Float64Array(FEATURE_COUNT),
): Float64Array {
  const nSent = body.sentenceCues.length;
  const sentScore = new Float64Array(nSent);
  const k1 = 1.2;
  const b = 0.75;
  const lenNorm = k1 * (1 - b + (b * body.termCount) / Math.max(1, weights.avgTermCount));

  let wTotal = 0;
  let wFound = 0;
  let nFound = 0;
  let dot = 0;
  let claimNormSq = 0;
  let bm25 = 0;
  let leadW = 0;
  let matchedTf = 0;
  let negShared = 0;
  let negSharedCount = 0;
  let claimNumbers = 0;
  let numbersMissing = 0;
  let maxMissingIdf = 0;
  // Top-3 IDF claim terms, for their coverage.
  const topIdf = [-1, -1, -1];
  const topFound = [0, 0, 0];

  for (const t of claim.terms) {
    const w = idfOf(weights, t);
    const ctf = 1 + Math.log(claim.tf.get(t)!);
    claimNormSq += ctf * w * ctf * w;
    wTotal += w;
    const btf = body.tf.get(t) ?? 0;
    const found = btf > 0 ? 1 : 0;
    if (isNumberTerm(t)) {
      claimNumbers++;
      if (!found) numbersMissing++;
    }
    // Insert into the top-3 by IDF.
    for (let k = 0; k < 3; k++) {
      if (w > topIdf[k]!) {
        for (let j = 2; j > k; j--) {
          topIdf[j] = topIdf[j - 1]!;
          topFound[j] = topFound[j - 1]!;
        }
        topIdf[k] = w;
        topFound[k] = found;
        break;
      }
    }
    if (!found) {
      if (w > maxMissingIdf) maxMissingIdf = w;
      continue;
    }
    nFound++;
    wFound += w;
    dot += ctf * w * (1 + Math.log(btf)) * w;
    bm25 += (w * (btf * (k1 + 1))) / (btf + lenNorm);
    matchedTf += Math.log(1 + btf);
    const neg = body.negatedTf.get(t) ?? 0;
    if (neg > 0) {
      negShared += (w * neg) / btf;
      negSharedCount++;
    }
    const post = body.postings.get(t)!;
    if (post[0]! < LEAD_SENTENCES) leadW += w;
    for (const si of post) sentScore[si]! += w;
  }

  const nTerms = claim.terms.length;
  const wDen = wTotal > 0 ? wTotal : 1;
  // Sentence-level coverage: best, second best, mean of top 3.
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let best = -1;
  let half = 0;
  let covSum = 0;
  const wc = emptyCues();
  for (let i = 0; i < nSent; i++) {
    const v = sentScore[i]! / wDen;
    if (v >= 0.5) half++;
    if (v > s1) {
      s3 = s2;
      s2 = s1;
      s1 = v;
      best = i;
    } else if (v > s2) {
      s3 = s2;
      s2 = v;
    } else if (v > s3) s3 = v;
    if (v > 0) {
      const c = body.sentenceCues[i]!;
      covSum += v;
      wc.refute += v * c.refute;
      wc.hedge += v * c.hedge;
      wc.support += v * c.support;
      wc.negation += v * c.negation;
      wc.quotes += v * c.quotes;
    }
  }
  const cs = covSum > 0 ? covSum : 1;
  const bestCues = best >= 0 ? body.sentenceCues[best]! : emptyCues();
  let leadRefute = 0;
  let leadHedge = 0;
  for (let i = 0; i < Math.min(LEAD_SENTENCES, nSent); i++) {
    leadRefute += body.sentenceCues[i]!.refute;
    leadHedge += body.sentenceCues[i]!.hedge;
  }

  let bigramHits = 0;
  for (const bg of claim.bigrams) if (body.bigrams.has(bg)) bigramHits++;

  let top3Total = 0;
  let top3Found = 0;
  for (let k = 0; k < 3; k++) {
    if (topIdf[k]! < 0) break;
    top3Total += topIdf[k]!;
    top3Found += topIdf[k]! * topFound[k]!;
  }

  const bn = bodyNorm(weights, body);
  const cn = Math.sqrt(claimNormSq);
  const bc = body.cues;
  const cc = claim.cues;
  const claimPolar = cc.negation + cc.refute > 0 ? 1 : 0;
  const bestPolar = bestCues.negation + bestCues.refute > 0 ? 1 : 0;

  let i = 0;
  out[i++] = nTerms > 0 ? nFound / nTerms : 0;
  out[i++] = wFound / wDen;
  out[i++] = bn > 0 && cn > 0 ? dot / (bn * cn) : 0;
  out[i++] = bm25 / (wDen * (k1 + 1));
  out[i++] = s1;
  out[i++] = s2;
  out[i++] = (s1 + s2 + s3) / 3;
  out[i++] = nSent > 0 ? half / nSent : 0;
  out[i++] = best >= 0 ? Math.min(best, 20) / 20 : 1;
  out[i++] = leadW / wDen;
  out[i++] = claim.bigrams.length > 0 ? bigramHits / claim.bigrams.length : 0;
  out[i++] = claimNumbers;
  out[i++] = numbersMissing;
  out[i++] = top3Total > 0 ? top3Found / top3Total : 0;
  out[i++] = maxMissingIdf;
  out[i++] = Math.log1p(nTerms);
  out[i++] = Math.log1p(body.termCount);
  out[i++] = nFound > 0 ? matchedTf / nFound : 0;
  out[i++] = rate(bc.refute, bc.words);
  out[i++] = rate(bc.hedge, bc.words);
  out[i++] = rate(bc.support, bc.words);
  out[i++] = rate(bc.negation, bc.words);
  out[i++] = rate(bc.quotes, bc.words);
  out[i++] = nSent > 0 ? bc.questions / nSent : 0;
  out[i++] = wc.refute / cs;
  out[i++] = wc.hedge / cs;
  out[i++] = wc.support / cs;
  out[i++] = wc.negation / cs;
  out[i++] = wc.quotes / cs;
  out[i++] = bestCues.refute;
  out[i++] = bestCues.hedge;
  out[i++] = bestCues.negation;
  out[i++] = leadRefute;
  out[i++] = leadHedge;
  out[i++] = negShared / wDen;
  out[i++] = cc.refute;
  out[i++] = cc.hedge;
  out[i++] = cc.negation;
  out[i++] = cc.questions;
  out[i++] = cc.support;
  out[i++] = claimPolar !== bestPolar ? 1 : 0;
  out[i++] = Math.log1p(bc.refute);
  out[i++] = Math.log1p(bc.hedge);
  out[i++] = Math.log1p(nSent);
  out[i++] = negSharedCount;
  const lex = weights.lexical?.scores(body);
  out[i++] = lex ? lex[0]! : 0;
  out[i++] = lex ? lex[1]! : 0;
  out[i++] = lex ? lex[2]! : 0;
  return out;
}
