/**
 * Claim matching against published fact-checks (schema.org ClaimReview): does
 * a sentence of the article make the same assertion as a reviewed claim? A
 * paraphrase matches (other words, other order, passive, shortened names,
 * numbers written otherwise); the same topic with another assertion does not
 * (another figure, date, place or person, the negation, the opposite direction).
 *
 * Two stages: a cheap screen (shared weighted words and the sentence centroid
 * of word vectors) keeps a few candidates out of many thousands; each is then
 * compared both ways with lib/verify's `compare`, checked for differing facts
 * (any one rules the pair out) and scored by a small logistic model fitted on
 * the dev split (scripts/factchecks/train.ts, weights in weights.json).
 */
import { compare, prepareText, type Comparison, type PreparedText } from '../verify/features.ts';
import { wordVectors } from '../verify/shared-vectors.ts';
import { assertionText } from './normalize.ts';
import { collectNames, readFacts, type Facts, type NumberFact } from './facts.ts';
import weightsJson from './weights.json';

/** A reviewed claim as the matcher needs it. */
export interface ReviewedClaim {
  id: string;
  claimReviewed: string;
}

/** A reviewed claim that makes the same assertion as the article's claim. */
export interface FactCheckMatch {
  id: string;
  /** Probability-like score (0..1) that the assertion is the same. */
  score: number;
  /** Readable reasons: what matched, how much of each side the other says. */
  why: string[];
}

export interface MatchOptions {
  /** Score at which a candidate is a match (default: tuned on dev, in weights.json). */
  threshold?: number;
  /** Candidates kept by the screen for the full comparison (default 25). */
  candidates?: number;
  /** Most matches returned (default 5). */
  limit?: number;
}

interface Weights {
  features: string[];
  weights: number[];
  bias: number;
  threshold: number;
}
const MODEL = weightsJson as Weights;

/**
 * Screen score under which a candidate is not compared in full: on dev, no
 * match scored under 1.25 on the screen (shared words plus centroid cosine),
 * and four in five screened candidates score under 1.0. The full comparison is
 * most of the matcher's time.
 */
const SCREEN_FLOOR = 1.0;

/** Names of the pair features, in the model's order. */
export const PAIR_FEATURES = [
  'softForward', 'softBackward', 'strictForward', 'strictBackward', 'exactForward', 'exactBackward',
  'keyForward', 'keyBackward', 'centroid', 'bigrams', 'unmatchedClaimNames', 'unmatchedReviewNames', 'numbersOneSided',
  'unmatchedMaxForward', 'unmatchedMaxBackward',
] as const;

interface Prepared {
  assertion: string;
  prepared: PreparedText;
  facts: Facts;
  /** Stem → weight of the content words (screen). */
  terms: Map<string, number>;
  norm: number;
  /** Words this text capitalises inside the sentence: names, also where the other side opens with them. */
  own: Set<string>;
}

/** Reviewed claims prepared once for many article claims. */
export interface FactCheckIndex {
  ids: string[];
  items: Prepared[];
  /** Stem → rows holding it. */
  postings: Map<string, number[]>;
  /** Row-major centroids (dims per row), zero rows for none. */
  centroids: Float32Array;
  dims: number;
}

// A country, its capital, people and government stand for one another in news ("Beijing" for China).
const SAME_GROUPS = [
  'russia russian russians moscow kremlin', 'venezuela venezuelan venezuelans caracas', 'us u.s american americans washington america united states',
  'china chinese beijing', 'cuba cuban havana', 'ukraine ukrainian kyiv kiev', 'britain british uk london england english', 'france french paris',
  'israel israeli', 'eu european brussels union', 'india indian', 'nasa space agency', 'who world health organization', 'fed federal reserve',
  'labor labour', 'd.c washington', 'texas texan',
].map((g) => new Set(g.split(' ')));

// Countries are names even where a text only has them opening its sentence.
const BASE_NAMES: ReadonlySet<string> = new Set<string>(
  SAME_GROUPS.flatMap((g) => [...g]).filter((w) => /^[a-z]{4,}$/.test(w) && !['labor', 'labour', 'space', 'agency', 'union', 'federal', 'reserve', 'world', 'health', 'organization', 'united', 'states'].includes(w)),
);

function prepareAssertion(raw: string): Prepared {
  const assertion = assertionText(raw);
  const own = new Set<string>();
  collectNames(assertion.slice(0, 1000), own);
  const names = new Set([...BASE_NAMES, ...own]);
  const first = /^[\p{L}'’-]+/u.exec(assertion)?.[0]?.toLowerCase().replace(/['’]s$/, '');
  // lib/verify never reads a sentence's first word as a name; "China sent warships" must keep China a name.
  const text = first && names.has(first) ? `That ${assertion}` : assertion;
  const prepared = prepareText(text, wordVectors());
  const terms = new Map<string, number>();
  for (const w of prepared.words) if (w.closed !== 'number') terms.set(w.stem, Math.max(terms.get(w.stem) ?? 0, w.weight));
  let norm = 0;
  for (const v of terms.values()) norm += v;
  return { assertion, prepared, facts: readFacts(assertion, names), terms, norm, own };
}

/**
 * The facts of `a` as read beside `b`: a word `a` opens its sentence with is a
 * name when `b` writes it as one ("Machado declined…" beside "Says Machado
 * refused…"). Names are decided pair by pair, never from the other reviews
 * installed: with thousands of them, common words that open a sentence
 * ("Flames engulfed…") would become names because some title capitalises them.
 */
function factsBeside(a: Prepared, b: Prepared): Facts {
  const first = /^[\p{L}'’-]+/u.exec(a.assertion)?.[0]?.toLowerCase().replace(/['’]s$/, '');
  if (!first || !b.own.has(first) || a.own.has(first) || BASE_NAMES.has(first)) return a.facts;
  return readFacts(a.assertion, new Set([...BASE_NAMES, ...a.own, first]));
}

/**
 * Reviews prepared lately, by text (a preparation depends on nothing else):
 * the background builds an index of each article's candidates, and articles
 * on one story meet the same reviews. Bounded; the oldest go first.
 */
const recent = new Map<string, Prepared>();
const RECENT_MAX = 1000;
function preparedReview(text: string): Prepared {
  let p = recent.get(text);
  if (p) {
    recent.delete(text);
  } else {
    p = prepareAssertion(text);
    if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  }
  recent.set(text, p);
  return p;
}

/** Prepares reviewed claims for {@link matchFactChecks} and {@link screenFactChecks}. */
export function buildFactCheckIndex(reviews: readonly ReviewedClaim[]): FactCheckIndex {
  const dims = wordVectors().dims;
  const items: Prepared[] = [];
  const centroids = new Float32Array(reviews.length * dims);
  const postings = new Map<string, number[]>();
  reviews.forEach((r, i) => {
    const p = preparedReview(r.claimReviewed);
    items.push(p);
    if (p.prepared.centroid) centroids.set(p.prepared.centroid, i * dims);
    for (const t of p.terms.keys()) {
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push(i);
    }
  });
  return { ids: reviews.map((r) => r.id), items, postings, centroids, dims };
}

const indexes = new WeakMap<readonly ReviewedClaim[], FactCheckIndex>();
function indexOf(reviews: readonly ReviewedClaim[] | FactCheckIndex): FactCheckIndex {
  if (!Array.isArray(reviews)) return reviews as FactCheckIndex;
  const list = reviews as readonly ReviewedClaim[];
  let ix = indexes.get(list);
  if (!ix) indexes.set(list, (ix = buildFactCheckIndex(list)));
  return ix;
}

function prepareClaim(claim: string): Prepared | null {
  const p = prepareAssertion(claim);
  // One content word says nothing checkable: "Vaccines." or "Breaking".
  return p.terms.size >= 2 ? p : null;
}

/**
 * The cheap screen: rows of the index sharing weighted words with the claim
 * or close to it in meaning (centroid cosine), best first. Linear in the
 * index size with a small constant (one 100-dimension dot product a row).
 */
export function screenFactChecks(claim: string, reviews: readonly ReviewedClaim[] | FactCheckIndex, limit = 25): { id: string; score: number }[] {
  const ix = indexOf(reviews);
  const p = prepareClaim(claim);
  if (!p) return [];
  return screen(p, ix, limit).map((r) => ({ id: ix.ids[r.row]!, score: r.score }));
}

function screen(p: Prepared, ix: FactCheckIndex, limit: number): { row: number; score: number }[] {
  const n = ix.items.length;
  const overlap = new Float32Array(n);
  for (const [t, w] of p.terms) {
    const rows = ix.postings.get(t);
    if (rows) for (const r of rows) overlap[r]! += w;
  }
  const c = p.prepared.centroid;
  const scores: { row: number; score: number }[] = [];
  const d = ix.dims;
  const cent = ix.centroids;
  for (let r = 0; r < n; r++) {
    let cos = 0;
    if (c) {
      const o = r * d;
      for (let k = 0; k < d; k++) cos += c[k]! * cent[o + k]!;
    }
    const share = p.norm ? overlap[r]! / Math.sqrt(p.norm * (ix.items[r]!.norm || 1)) : 0;
    const s = share + cos;
    if (s > 0.5) scores.push({ row: r, score: s });
  }
  scores.sort((a, b) => b.score - a.score);
  return scores.slice(0, limit);
}

function nameMatches(a: string, b: string): boolean {
  if (a === b) return true;
  // "AI-controlled" names AI.
  if (a.includes('-') && a.split('-').some((x) => x.length >= 2 && nameMatches(x, b))) return true;
  if (b.includes('-') && b.split('-').some((x) => x.length >= 2 && nameMatches(a, x))) return true;
  if (a.length >= 4 && b.length >= 4 && (a.startsWith(b.slice(0, Math.max(4, b.length - 2))) || b.startsWith(a.slice(0, Math.max(4, a.length - 2))))) return true;
  return SAME_GROUPS.some((g) => g.has(a) && g.has(b));
}

/** Name runs of `a` with no word named in `b` (directly, as a capital or an acronym). */
function unmatchedRuns(a: Facts, b: Facts, bText: string, aText: string): string[] {
  const bWords = b.names.flat();
  const initials = b.names.map((run) => run.map((w) => w[0]).join(''));
  const lower = bText.toLowerCase();
  const out: string[] = [];
  for (const run of a.names) {
    // "Venezuela's president", "Zelensky's wife": a role standing for a person the other side may name.
    const role = new RegExp(`\\b${run[run.length - 1]!.replace(/[^\\p{L}\\d]/gu, '.')}'s (?:president|leader|wife|husband|son|daughter|government|army|first lady|prime minister|foreign minister)\\b`, 'iu');
    if (role.test(aText)) continue;
    const ok = run.some((w) => bWords.some((x) => nameMatches(w, x)) || initials.includes(w.replace(/\./g, '')) || lower.includes(w));
    if (!ok) out.push(run.join(' '));
  }
  return out;
}

function rangesMeet(x: NumberFact, y: NumberFact): boolean {
  // The same bound on both sides states its figure: "under $100,000" is not "under $200,000".
  if (x.bound === y.bound && (x.bound === 'above' || x.bound === 'below')) return Math.abs(x.value - y.value) <= 0.005 * Math.max(x.value, y.value);
  return Math.min(x.hi, y.hi) >= Math.max(x.lo, y.lo);
}

// "will no longer be sold" / "end sales", "no longer charge tuition" / "made tuition free".
function endsEquivalent(negatedText: string, otherText: string): boolean {
  return /\bno longer\b/i.test(negatedText) && /\b(?:end|ends|ended|stop\w*|halt\w*|ban\w*|abolish\w*|scrap\w*|ceas\w*|quit\w*|free)\b/i.test(otherText);
}

/** Facts that make the two assertions different, as readable reasons (empty when none). */
function differences(c: Prepared, r: Prepared, fwd: Comparison, back: Comparison): string[] {
  // fwd/back entity differences are not used: their swap rule reads roles ("Venezuela's president") as names.
  const out: string[] = [];
  const a = c.facts;
  const b = r.facts;
  if (a.numbers.length && b.numbers.length) {
    const lonelyA = a.numbers.filter((x) => !b.numbers.some((y) => rangesMeet(x, y)));
    const lonelyB = b.numbers.filter((y) => !a.numbers.some((x) => rangesMeet(x, y)));
    if (lonelyA.length && lonelyB.length) out.push(`Differs: “${lonelyA[0]!.raw}” here, “${lonelyB[0]!.raw}” in the fact-check`);
  }
  if (a.years.size && b.years.size && ![...a.years].some((y) => b.years.has(y))) out.push(`Differs: ${[...a.years].join(', ')} here, ${[...b.years].join(', ')} in the fact-check`);
  if ((a.relativeYear && b.years.size && !a.years.size) || (b.relativeYear && a.years.size && !b.years.size)) out.push('Differs: a relative year on one side, a stated year on the other');
  if (a.months.size && b.months.size && ![...a.months].some((m) => b.months.has(m))) out.push('Differs: another month');
  if (a.negated !== b.negated && !endsEquivalent(a.negated ? c.assertion : r.assertion, a.negated ? r.assertion : c.assertion)) out.push(a.negated ? 'Differs: the claim is negated here' : 'Differs: the fact-check states the negation');
  if (c.prepared.denial !== r.prepared.denial) out.push('Differs: one side reports a denial');
  const flips = a.polarity.some((p, i) => p !== 0 && b.polarity[i] !== 0 && p !== b.polarity[i]);
  if (flips) out.push('Differs: the opposite direction');
  const ua = unmatchedRuns(a, b, r.assertion, c.assertion);
  const ub = unmatchedRuns(b, a, c.assertion, r.assertion);
  if (ua.length && ub.length) out.push(`Differs: ${ua[0]} here, ${ub[0]} in the fact-check`);
  for (const d of [...fwd.differing, ...back.differing]) if (d.kind === 'denial') out.push(`Differs: “${d.claim}” / “${d.report}”`);
  return out;
}

/** The pair features of {@link PAIR_FEATURES}, with the differences that rule the pair out. */
export function pairFeatures(claim: Prepared, review: Prepared): { x: number[]; differ: string[]; fwd: Comparison } {
  const c = { ...claim, facts: factsBeside(claim, review) };
  const r = { ...review, facts: factsBeside(review, claim) };
  const v = wordVectors();
  const fwd = compare(c.prepared, r.prepared, v);
  const back = compare(r.prepared, c.prepared, v);
  const ua = unmatchedRuns(c.facts, r.facts, r.assertion, c.assertion).length;
  const ub = unmatchedRuns(r.facts, c.facts, c.assertion, r.assertion).length;
  const oneSided = (c.facts.numbers.length > 0) !== (r.facts.numbers.length > 0) ? 1 : 0;
  const x = [
    fwd.softCoverage, back.softCoverage, fwd.strictCoverage, back.strictCoverage, fwd.exactCoverage, back.exactCoverage,
    fwd.keyCoverage, back.keyCoverage, fwd.features[33]!, Math.max(fwd.features[34]!, back.features[34]!), Math.min(ua, 2), Math.min(ub, 2), oneSided,
    fwd.features[4]! / 12, back.features[4]! / 12,
  ];
  return { x, differ: differences(c, r, fwd, back), fwd };
}

function logistic(x: readonly number[]): number {
  let z = MODEL.bias;
  for (let i = 0; i < x.length; i++) z += (MODEL.weights[i] ?? 0) * x[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Every screened candidate with its score and reasons, ruled-out ones included (for evaluation and training). */
export function scoreCandidates(
  claim: string,
  reviews: readonly ReviewedClaim[] | FactCheckIndex,
  candidates = 25,
  screenFloor = 0,
): { id: string; score: number; x: number[]; differ: string[]; why: string[] }[] {
  const ix = indexOf(reviews);
  const p = prepareClaim(claim);
  if (!p) return [];
  return screen(p, ix, candidates).filter((r) => r.score >= screenFloor).map(({ row }) => {
    const r = ix.items[row]!;
    const { x, differ, fwd } = pairFeatures(p, r);
    const score = differ.length ? 0 : logistic(x);
    const said = `Said in the fact-check: ${Math.round(x[0]! * 100)}% of the claim; in the claim: ${Math.round(x[1]! * 100)}% of the fact-check`;
    const matched = [...new Set(fwd.matched)];
    const why = differ.length ? differ : [said, ...(matched.length ? [`Matches: ${matched.slice(0, 6).join(', ')}`] : [])];
    return { id: ix.ids[row]!, score, x, differ, why };
  });
}

/**
 * Reviewed claims that make the same assertion as `claim`, best first (only
 * those scoring at least the threshold). `reviews` may be a plain list (its
 * index is built on first use and cached for that array) or an index from
 * {@link buildFactCheckIndex}. Input beyond a sentence's length is ignored.
 */
export function matchFactChecks(claim: string, reviews: readonly ReviewedClaim[] | FactCheckIndex, options: MatchOptions = {}): FactCheckMatch[] {
  const threshold = options.threshold ?? MODEL.threshold;
  return scoreCandidates(claim, reviews, options.candidates ?? 25, SCREEN_FLOOR)
    .filter((c) => c.score >= threshold)
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit ?? 5)
    .map(({ id, score, why }) => ({ id, score, why }));
}
