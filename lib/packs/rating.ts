/**
 * Fact-checkers publish verdicts on scales of their own ("Pants on Fire",
 * "Four Pinocchios", "Engañoso", 2 of 5). The UI and the analysis need one
 * scale to compare and colour them, so every fact-check document also
 * carries a normalized rating computed here. The table is in FORMAT.md.
 */

/** The common scale every published rating maps to; "other" when it does not say how true the claim is. */
export type NormalizedRating = 'false' | 'mostly-false' | 'mixed' | 'mostly-true' | 'true' | 'other';

/** Every value of {@link NormalizedRating}, from false to true, then "other". */
export const NORMALIZED_RATINGS: readonly NormalizedRating[] = ['false', 'mostly-false', 'mixed', 'mostly-true', 'true', 'other'];

/** A rating as published: text and, on some scales, a number. */
export interface PublishedRating {
  alternateName: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
}

/** The scale schema.org assumes when a Rating states no bounds. */
const DEFAULT_BEST = 5;
const DEFAULT_WORST = 1;

/**
 * Whole ratings, after {@link normalizeText}. Matched first, so a scale's own
 * wording wins over the keyword rules below ("mostly false" is not "false").
 */
// A Map, not an object: a rating reading "constructor" must not find Object.prototype's.
const EXACT = new Map<string, NormalizedRating>();
function add(rating: NormalizedRating, names: string[]): void {
  // Keys are stored as normalizeText gives them, so "Engañoso" and "ENGANOSO" find the same entry.
  for (const n of names) EXACT.set(normalizeText(n), rating);
}
add('false', [
  'false', 'pants on fire', 'four pinocchios', '4 pinocchios', 'fake', 'fake news', 'hoax', 'fabricated', 'incorrect', 'wrong',
  'not true', 'untrue', 'totally false', 'completely false', 'scam', 'misattributed', 'false headline',
  'falso', 'falsa', 'totalmente falso', 'completamente falso', 'bulo', 'mentira', 'fraude', 'faux', 'falsch', 'errado', 'incorrecto',
]);
add('mostly-false', [
  'mostly false', 'misleading', 'three pinocchios', '3 pinocchios', 'false context', 'out of context', 'miscaptioned', 'distorted',
  'mostly fake', 'largely false', 'mostly inaccurate', 'engañoso', 'enganoso', 'engañosa', 'enganosa', 'mayormente falso',
  'en su mayoria falso', 'casi falso', 'fuera de contexto', 'sacado de contexto', 'trompeur', 'irrefuhrend',
]);
add('mixed', [
  'half true', 'half-true', 'half false', 'mixture', 'mixed', 'two pinocchios', '2 pinocchios', 'partly true', 'partly false',
  'partially true', 'partially false', 'missing context', 'needs context', 'exaggerated', 'exaggeration', 'cherry picks',
  'verdad a medias', 'media verdad', 'a medias', 'medio verdadero', 'parcialmente falso', 'parcialmente verdadero',
  'parcialmente cierto', 'exagerado', 'exagerada', 'discutible', 'impreciso', 'imprecisa', 'sin contexto', 'falta contexto',
]);
add('mostly-true', [
  'mostly true', 'one pinocchio', '1 pinocchio', 'mostly correct', 'mostly accurate', 'largely true', 'largely accurate',
  'mayormente verdadero', 'mayormente cierto', 'en su mayoria verdadero', 'casi verdadero', 'verdadero pero', 'cierto pero',
]);
add('true', [
  'true', 'correct', 'accurate', 'geppetto checkmark', 'correct attribution', 'confirmed', 'verified', 'verdadero', 'verdadera',
  'cierto', 'cierta', 'verdad', 'correcto', 'correcta', 'confirmado', 'vrai', 'wahr', 'verdadeiro',
]);
add('other', [
  'satire', 'labeled satire', 'originated as satire', 'unproven', 'unverified', 'unsupported', 'no evidence', 'unfounded',
  'research in progress', 'outdated', 'legend', 'opinion', 'disputed', 'not rated', 'insostenible', 'no verificable',
  'sin evidencia', 'sin pruebas', 'satira', 'inchequeable',
]);

/**
 * Keyword rules for ratings that are a sentence ("False: the video is from
 * 2019", "Rated mostly true"), tried in order: qualified verdicts and
 * negations before the bare words they contain.
 */
const RULES: [RegExp, NormalizedRating][] = [
  [/\bpants on fire\b|\b(four|4) pinocchios\b/, 'false'],
  [/\b(three|3) pinocchios\b/, 'mostly-false'],
  [/\b(two|2) pinocchios\b/, 'mixed'],
  [/\b(one|1) pinocchio\b|\bgeppetto\b/, 'mostly-true'],
  [/\b(mostly|largely|mainly) (false|fake|inaccurate|wrong)\b|\b(mayormente|mayoritariamente|casi) fals[oa]\b|\bmisleading\b|\benga[nñ]os[oa]\b|\bout of context\b|\bfuera de contexto\b/, 'mostly-false'],
  [/\b(mostly|largely|mainly) (true|correct|accurate)\b|\b(mayormente|mayoritariamente|casi) (verdader[oa]|ciert[oa])\b|\b(verdader[oa]|ciert[oa]) pero\b/, 'mostly-true'],
  [/\bhalf[ -](true|false)\b|\b(partly|partially) (true|false|correct)\b|\bmixture\b|\bmissing context\b|\bexaggerat|\bverdad a medias\b|\bmedia verdad\b|\bparcialmente\b|\bexagerad[oa]\b/, 'mixed'],
  [/\bnot true\b|\bno es (verdad|cierto)\b|\buntrue\b/, 'false'],
  [/\bsatir|\bunprove[dn]\b|\bunverified\b|\bno evidence\b|\bsin (pruebas|evidencia)\b/, 'other'],
  [/\bfalse\b|\bfake\b|\bhoax\b|\bfabricated\b|\bfals[oa]\b|\bbulo\b|\bincorrect\b/, 'false'],
  [/\btrue\b|\bcorrect\b|\baccurate\b|\bverdader[oa]\b|\bciert[oa]\b/, 'true'],
];

/** Lower case, accents dropped, punctuation and runs of spaces made single spaces. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim();
}

/** The normalized rating a published rating's text states, or null when the text says nothing this table knows. */
export function ratingFromText(text: string | null): NormalizedRating | null {
  if (!text) return null;
  const n = normalizeText(text);
  if (!n) return null;
  const exact = EXACT.get(n);
  if (exact) return exact;
  // "False. The photo is from 2019": the verdict usually comes first, before the explanation.
  const lead = normalizeText(text.split(/[.:;!(\u2014\u2013]|\s-\s/)[0] ?? '');
  const byLead = lead ? EXACT.get(lead) : undefined;
  if (byLead) return byLead;
  for (const [re, rating] of RULES) if (re.test(n)) return rating;
  return null;
}

/**
 * The normalized rating a number states on its scale, or null. Bounds not
 * given are schema.org's defaults (worst 1, best 5); a value outside the
 * scale, or a scale of one point, states nothing. Scales may run either
 * way (some publishers rate 1 as best).
 */
export function ratingFromValue(value: number | null, best: number | null, worst: number | null): NormalizedRating | null {
  if (value === null || !Number.isFinite(value)) return null;
  const hi = best ?? DEFAULT_BEST;
  const lo = worst ?? DEFAULT_WORST;
  if (hi === lo || value < Math.min(hi, lo) || value > Math.max(hi, lo)) return null;
  const steps: NormalizedRating[] = ['false', 'mostly-false', 'mixed', 'mostly-true', 'true'];
  return steps[Math.round(((value - lo) / (hi - lo)) * 4)]!;
}

/**
 * The normalized rating of a published one: from its text when the text is
 * one this module knows (English, Spanish, and the common fact-checker
 * scales), else from its number on its scale, else "other".
 */
export function normalizeRating(rating: PublishedRating): NormalizedRating {
  return ratingFromText(rating.alternateName) ?? ratingFromValue(rating.ratingValue, rating.bestRating, rating.worstRating) ?? 'other';
}
