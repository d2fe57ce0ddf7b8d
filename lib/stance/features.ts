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
import { SpanTable } from '../text/span-table.ts';
import { forEachSurface, forEachWordSpan, term } from '../text/tokens.ts';
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
 *
 * Per-term statistics are arrays indexed by the term's position in
 * `termIndex`, so that a claim term costs one Map lookup per pair.
 */
export interface PreparedBody {
  /** Term frequencies over the whole body (stemmed, stopwords removed), in first-occurrence order. */
  tf: Map<string, number>;
  /** Index of each term in the per-term arrays, in first-occurrence order (the order of `tf`). */
  termIndex: Map<string, number>;
  /** `tfByIndex[i]`: frequency of term i (the values of `tf`, by index). */
  tfByIndex: number[];
  /** `negatedTf[i]`: occurrences of term i within a negation cue's scope. */
  negatedTf: number[];
  /** Total number of index terms. */
  termCount: number;
  /**
   * Sentences containing each term, flattened (two arrays rather than one
   * array per term): those of term i are `postingSentences[k]` for
   * `postingStart[i] <= k < postingStart[i + 1]`, ascending and unique.
   */
  postingStart: number[];
  /** See {@link PreparedBody.postingStart}. */
  postingSentences: number[];
  /**
   * Adjacent index-term pairs within sentences, flattened like the postings:
   * the terms that follow term i somewhere are `bigramNext[k]` for
   * `bigramStart[i] <= k < bigramStart[i + 1]` (in text order, possibly
   * repeated). A term is followed by few distinct terms, so a scan is quick.
   */
  bigramStart: number[];
  /** See {@link PreparedBody.bigramStart}. */
  bigramNext: number[];
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
  /** Unique adjacent index-term pairs ("a b"). */
  bigrams: string[];
  /** The bigrams as indices into `terms`: bigram k is `(terms[bigramTerms[2k]], terms[bigramTerms[2k + 1]])`. */
  bigramTerms: number[];
  /** `numeric[i]`: whether `terms[i]` contains a digit. */
  numeric: boolean[];
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

/**
 * Lower-cased words of `text`, stopwords kept: the `word` fields of
 * `words(text)` from lib/text/tokens.ts, computed faster.
 */
export function rawWords(text: string): string[] {
  const out: string[] = [];
  scanWords(text, out);
  return out;
}

let scanOut: string[] = [];
const pushScanned = (w: string): void => {
  scanOut.push(w);
};

/**
 * Appends the lower-cased words of `text` to `out` (as {@link rawWords}).
 * The whole text is lower-cased once and scanned with `forEachSurface`, the
 * character scanner equivalent to the `words()` regex, which is much faster
 * than running the Unicode regex. Curly apostrophes are straightened before
 * scanning: both are word joiners, so the word boundaries do not change.
 */
function scanWords(text: string, out: string[]): void {
  let lower = text.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  scanOut = out;
  forEachSurface(lower, pushScanned);
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

/** Whether `phrase` starts at word `i` of the first `n` words of `ws`. */
function matchesAt(ws: readonly string[], n: number, i: number, phrase: readonly string[]): boolean {
  if (i + phrase.length > n) return false;
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

/** Adds the cues of word `i` of the first `n` words of `ws`, whose flags are `f`, to `c`. */
function addWordCues(c: CueCounts, ws: readonly string[], n: number, i: number, f: number): void {
  if (f & REFUTE) c.refute++;
  if (f & HEDGE) c.hedge++;
  if (f & SUPPORT) c.support++;
  if (f & NEGATION) c.negation++;
  if (f & REFUTE_START) for (const p of REFUTE_BY_FIRST.get(ws[i]!)!) if (matchesAt(ws, n, i, p)) c.refute++;
  if (f & HEDGE_START) for (const p of HEDGE_BY_FIRST.get(ws[i]!)!) if (matchesAt(ws, n, i, p)) c.hedge++;
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
    if (f) addWordCues(c, ws, ws.length, i, f);
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
 * An index term, shared by all the words with that term. While a body is
 * prepared, `body` and `id` give the term's index in that body, so that
 * repeated terms need no Map lookup.
 */
interface TermSlot {
  term: string;
  /** Number of the last body (see `bodySerial`) that contained the term. */
  body: number;
  /** Index of the term in that body. */
  id: number;
}

/** What a prepared text needs of one lower-cased word. */
interface WordInfo {
  /** The word (lower-cased, straight apostrophes). */
  word: string;
  /** Its index term, null if none. */
  term: TermSlot | null;
  /** Its cue flags. */
  flags: number;
}

/**
 * Lower-cased words seen so far, with their stem slot and cue flags: one
 * probe of the span table replaces the slice, the stem-cache lookup and the
 * cue-flag lookup. Emptied, with the term slots, by `trim` (called between
 * bodies, never while one is prepared) once past the size of the stem cache.
 */
class WordTable {
  private terms = new Map<string, TermSlot>();
  private words = new SpanTable<WordInfo>((word) => ({ word, term: this.slotOf(term(word)), flags: cueFlags(word) }));

  /** The info of the word `text.slice(start, end)`, whose FNV hash is `hash`. */
  get(text: string, start: number, end: number, hash: number): WordInfo {
    return this.words.get(text, start, end, hash);
  }

  /** Empties the table if it has grown past the size of the stem cache. */
  trim(): void {
    if (this.words.size < 200_000) return;
    this.words.clear();
    this.terms.clear();
  }

  private slotOf(t: string | null): TermSlot | null {
    if (t === null) return null;
    let slot = this.terms.get(t);
    if (slot === undefined) this.terms.set(t, (slot = { term: t, body: 0, id: 0 }));
    return slot;
  }
}

const wordTable = new WordTable();

// The sentence being prepared: its lower-cased text, and its words and their
// infos in the first `sentenceLength` slots of two arrays that are reused
// across sentences and bodies (filled by the `forEachWordSpan` callback).
let scanText = '';
let sentenceLength = 0;
const sentenceWords: string[] = [];
const sentenceInfos: WordInfo[] = [];
const onWordSpan = (start: number, end: number, hash: number): void => {
  const info = wordTable.get(scanText, start, end, hash);
  sentenceInfos[sentenceLength] = info;
  sentenceWords[sentenceLength++] = info.word;
};

/**
 * Fills `sentenceWords` and `sentenceInfos` with the words of `text` and
 * returns their number: the words of {@link rawWords}, found by the same
 * scanner (`forEachWordSpan` gives the spans of `forEachSurface`) on the same
 * lower-cased text.
 */
function scanSentence(text: string): number {
  let lower = text.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  sentenceLength = 0;
  scanText = lower;
  forEachWordSpan(lower, onWordSpan);
  scanText = '';
  return sentenceLength;
}

// Scratch of prepareBody, grown as needed: (term, sentence) occurrences, one
// per term per sentence containing it, and (term, next term) bigram
// occurrences, both in text order; and each term's last such sentence.
let occTerms: Int32Array = new Int32Array(1024);
let occSentences: Int32Array = new Int32Array(1024);
let bigramFirst: Int32Array = new Int32Array(1024);
let bigramSecond: Int32Array = new Int32Array(1024);
let lastSentence: Int32Array = new Int32Array(256);
/** Number of bodies prepared so far (stamps `TermSlot.body`). */
let bodySerial = 0;

/**
 * Prepares a body or passage: sentences, term statistics, negation scopes and
 * cue counts. Call once per body and reuse the result for every claim.
 */
export function prepareBody(text: string): PreparedBody {
  wordTable.trim();
  const serial = ++bodySerial;
  const terms: string[] = [];
  const tfByIndex: number[] = [];
  const negatedTf: number[] = [];
  const sentenceCues: CueCounts[] = [];
  const cues = emptyCues();
  let termCount = 0;
  let occCount = 0;
  let bigramCount = 0;
  const spans = sentences(text);
  const ws = sentenceWords;
  const infos = sentenceInfos;
  for (let si = 0; si < spans.length; si++) {
    const s = spans[si]!;
    const nWords = scanSentence(s.text);
    const sc = emptyCues();
    sc.words = nWords;
    countMarks(sc, s.text);
    let negUntil = -1;
    let prev = -1;
    for (let i = 0; i < nWords; i++) {
      const info = infos[i]!;
      const f = info.flags;
      if (f) {
        addWordCues(sc, ws, nWords, i, f);
        if (f & NEGATION) negUntil = i + NEGATION_SCOPE;
      }
      const slot = info.term;
      if (slot === null) continue;
      termCount++;
      let id: number;
      if (slot.body !== serial) {
        id = terms.length;
        slot.body = serial;
        slot.id = id;
        terms.push(slot.term);
        tfByIndex.push(1);
        negatedTf.push(0);
        if (id === lastSentence.length) lastSentence = grow(lastSentence);
        lastSentence[id] = -1;
      } else {
        id = slot.id;
        tfByIndex[id]!++;
      }
      if (lastSentence[id] !== si) {
        lastSentence[id] = si;
        if (occCount === occTerms.length) {
          occTerms = grow(occTerms);
          occSentences = grow(occSentences);
        }
        occTerms[occCount] = id;
        occSentences[occCount++] = si;
      }
      if (i <= negUntil) negatedTf[id]!++;
      if (prev >= 0) {
        if (bigramCount === bigramFirst.length) {
          bigramFirst = grow(bigramFirst);
          bigramSecond = grow(bigramSecond);
        }
        bigramFirst[bigramCount] = prev;
        bigramSecond[bigramCount++] = id;
      }
      prev = id;
    }
    sentenceCues.push(sc);
    addCues(cues, sc);
  }
  const nTerms = terms.length;
  const tf = new Map<string, number>();
  const termIndex = new Map<string, number>();
  for (let id = 0; id < nTerms; id++) {
    tf.set(terms[id]!, tfByIndex[id]!);
    termIndex.set(terms[id]!, id);
  }
  const [postingStart, postingSentences] = groupByKey(occTerms, occSentences, occCount, nTerms);
  const [bigramStart, bigramNext] = groupByKey(bigramFirst, bigramSecond, bigramCount, nTerms);
  return {
    tf,
    termIndex,
    tfByIndex,
    negatedTf,
    termCount,
    postingStart,
    postingSentences,
    bigramStart,
    bigramNext,
    sentenceCues,
    cues,
  };
}

/** A copy of `a` twice as long. */
function grow(a: Int32Array): Int32Array {
  const b = new Int32Array(2 * a.length);
  b.set(a);
  return b;
}

/**
 * Groups the first `n` (key, value) pairs by key (keys below `keyCount`), as
 * `[start, values]`: the values of key i are `values[start[i] .. start[i + 1] - 1]`,
 * in their original order (a stable counting sort).
 */
function groupByKey(keys: Int32Array, vals: Int32Array, n: number, keyCount: number): [number[], number[]] {
  const start = new Array<number>(keyCount + 1).fill(0);
  for (let k = 0; k < n; k++) start[keys[k]! + 1]!++;
  for (let i = 0; i < keyCount; i++) start[i + 1]! += start[i]!;
  const values = new Array<number>(n).fill(0);
  if (lastSentence.length < keyCount) lastSentence = new Int32Array(keyCount);
  const next = lastSentence; // scratch: each key's next free slot
  for (let i = 0; i < keyCount; i++) next[i] = start[i]!;
  for (let k = 0; k < n; k++) values[next[keys[k]!]!++] = vals[k]!;
  return [start, values];
}

/** Whether term `b` follows term `a` (body term indices) somewhere in `body`. */
function hasBigram(body: PreparedBody, a: number, b: number): boolean {
  const next = body.bigramNext;
  for (let k = body.bigramStart[a]!, end = body.bigramStart[a + 1]!; k < end; k++) if (next[k] === b) return true;
  return false;
}

/** Prepares a claim (headline or sentence). */
export function prepareClaim(text: string): PreparedClaim {
  const ws = rawWords(text);
  const tf = new Map<string, number>();
  const index = new Map<string, number>();
  const ordered: string[] = [];
  const bigramSet = new Set<string>();
  const bigramTerms: number[] = [];
  let prev: string | null = null;
  for (const w of ws) {
    const t = term(w);
    if (!t) continue;
    if (!tf.has(t)) {
      index.set(t, ordered.length);
      ordered.push(t);
    }
    tf.set(t, (tf.get(t) ?? 0) + 1);
    if (prev) {
      const bg = prev + ' ' + t;
      if (!bigramSet.has(bg)) {
        bigramSet.add(bg);
        bigramTerms.push(index.get(prev)!, index.get(t)!);
      }
    }
    prev = t;
  }
  return {
    terms: ordered,
    tf,
    bigrams: [...bigramSet],
    bigramTerms,
    numeric: ordered.map((t) => /\d/.test(t)),
    cues: countCues(ws, text),
  };
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

const rate = (n: number, d: number): number => (d > 0 ? (100 * n) / d : 0);

/**
 * The parts of a claim's features that do not depend on the body, computed
 * once per (claim, weights) instead of once per pair. Sums are accumulated in
 * claim-term order, exactly as the per-pair loop used to, so every feature
 * keeps its bit pattern.
 */
interface ClaimStats {
  weights: TermWeights;
  /** IDF of each claim term. */
  idf: Float64Array;
  /** `1 + log(tf)` of each claim term. */
  ctf: Float64Array;
  /** Sum over terms of `(ctf * w) ^ 2` (squared TF-IDF norm). */
  normSq: number;
  /** Sum of the terms' IDF. */
  wTotal: number;
  /** Number of terms with a digit. */
  numbers: number;
  /** The 3 highest IDFs of the terms, highest first (earliest term on ties); -1 past the end. */
  topIdf: Float64Array;
  /** Index of the term of each `topIdf` slot (-1 for an empty slot). */
  top: Int32Array;
  /** Sum of the IDF of the `top` terms. */
  topTotal: number;
}

const claimStatsCache = new WeakMap<PreparedClaim, ClaimStats>();
// Pairs usually come claim by claim: remember the last claim before the WeakMap.
let lastClaim: PreparedClaim | undefined;
let lastClaimStats: ClaimStats | undefined;

function claimStats(claim: PreparedClaim, weights: TermWeights): ClaimStats {
  if (claim === lastClaim && lastClaimStats!.weights === weights) return lastClaimStats!;
  let st = claimStatsCache.get(claim);
  if (st === undefined || st.weights !== weights) {
    const n = claim.terms.length;
    const idf = new Float64Array(n);
    const ctf = new Float64Array(n);
    let normSq = 0;
    let wTotal = 0;
    let numbers = 0;
    const topIdf = new Float64Array(3).fill(-1);
    const top = new Int32Array(3).fill(-1);
    for (let j = 0; j < n; j++) {
      const t = claim.terms[j]!;
      const w = idfOf(weights, t);
      const c = 1 + Math.log(claim.tf.get(t)!);
      idf[j] = w;
      ctf[j] = c;
      normSq += c * w * c * w;
      wTotal += w;
      if (claim.numeric[j]) numbers++;
      // Insert into the top-3 by IDF.
      for (let k = 0; k < 3; k++) {
        if (w > topIdf[k]!) {
          for (let i = 2; i > k; i--) {
            topIdf[i] = topIdf[i - 1]!;
            top[i] = top[i - 1]!;
          }
          topIdf[k] = w;
          top[k] = j;
          break;
        }
      }
    }
    let topTotal = 0;
    for (let k = 0; k < 3 && topIdf[k]! >= 0; k++) topTotal += topIdf[k]!;
    st = { weights, idf, ctf, normSq, wTotal, numbers, topIdf, top, topTotal };
    claimStatsCache.set(claim, st);
  }
  lastClaim = claim;
  lastClaimStats = st;
  return st;
}

/** Scratch buffers of {@link pairFeatures}, grown as needed (one pair at a time, no re-entry). */
let sentScoreBuf = new Float64Array(64);
let claimHitBuf = new Int32Array(32);

const EMPTY_CUES: Readonly<CueCounts> = Object.freeze(emptyCues());

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
  if (sentScoreBuf.length < nSent) sentScoreBuf = new Float64Array(Math.max(nSent, 2 * sentScoreBuf.length));
  const sentScore = sentScoreBuf;
  sentScore.fill(0, 0, nSent);
  const k1 = 1.2;
  const b = 0.75;
  const lenNorm = k1 * (1 - b + (b * body.termCount) / Math.max(1, weights.avgTermCount));
  const cst = claimStats(claim, weights);
  const nTerms = claim.terms.length;
  if (claimHitBuf.length < nTerms) claimHitBuf = new Int32Array(Math.max(nTerms, 2 * claimHitBuf.length));
  // For each claim term, its index in the body's per-term arrays, or -1.
  const hit = claimHitBuf;

  let wFound = 0;
  let nFound = 0;
  let dot = 0;
  let bm25 = 0;
  let leadW = 0;
  let matchedTf = 0;
  let negShared = 0;
  let negSharedCount = 0;
  let numbersMissing = 0;
  let maxMissingIdf = 0;

  for (let j = 0; j < nTerms; j++) {
    const w = cst.idf[j]!;
    const id = body.termIndex.get(claim.terms[j]!);
    if (id === undefined) {
      hit[j] = -1;
      if (claim.numeric[j]) numbersMissing++;
      if (w > maxMissingIdf) maxMissingIdf = w;
      continue;
    }
    hit[j] = id;
    const btf = body.tfByIndex[id]!;
    const ctf = cst.ctf[j]!;
    nFound++;
    wFound += w;
    dot += ctf * w * (1 + Math.log(btf)) * w;
    bm25 += (w * (btf * (k1 + 1))) / (btf + lenNorm);
    matchedTf += Math.log(1 + btf);
    const neg = body.negatedTf[id]!;
    if (neg > 0) {
      negShared += (w * neg) / btf;
      negSharedCount++;
    }
    const from = body.postingStart[id]!;
    const to = body.postingStart[id + 1]!;
    if (body.postingSentences[from]! < LEAD_SENTENCES) leadW += w;
    for (let p = from; p < to; p++) sentScore[body.postingSentences[p]!]! += w;
  }

  const wTotal = cst.wTotal;
  const claimNormSq = cst.normSq;
  const claimNumbers = cst.numbers;
  const wDen = wTotal > 0 ? wTotal : 1;
  // Sentence-level coverage: best, second best, mean of top 3.
  let s1 = 0;
  let s2 = 0;
  let s3 = 0;
  let best = -1;
  let half = 0;
  let covSum = 0;
  let wRefute = 0;
  let wHedge = 0;
  let wSupport = 0;
  let wNegation = 0;
  let wQuotes = 0;
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
      wRefute += v * c.refute;
      wHedge += v * c.hedge;
      wSupport += v * c.support;
      wNegation += v * c.negation;
      wQuotes += v * c.quotes;
    }
  }
  const cs = covSum > 0 ? covSum : 1;
  const bestCues = best >= 0 ? body.sentenceCues[best]! : EMPTY_CUES;
  let leadRefute = 0;
  let leadHedge = 0;
  for (let i = 0; i < Math.min(LEAD_SENTENCES, nSent); i++) {
    leadRefute += body.sentenceCues[i]!.refute;
    leadHedge += body.sentenceCues[i]!.hedge;
  }

  // A claim bigram is in the body only if both its terms are.
  let bigramHits = 0;
  const bt = claim.bigramTerms;
  for (let k = 0; k < bt.length; k += 2) {
    const a = hit[bt[k]!]!;
    const c = hit[bt[k + 1]!]!;
    if (a >= 0 && c >= 0 && hasBigram(body, a, c)) bigramHits++;
  }

  const top3Total = cst.topTotal;
  let top3Found = 0;
  for (let k = 0; k < 3; k++) {
    if (cst.topIdf[k]! < 0) break;
    top3Found += cst.topIdf[k]! * (hit[cst.top[k]!]! >= 0 ? 1 : 0);
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
  out[i++] = wRefute / cs;
  out[i++] = wHedge / cs;
  out[i++] = wSupport / cs;
  out[i++] = wNegation / cs;
  out[i++] = wQuotes / cs;
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
