/**
 * The words that change what a sentence asserts, once per concept, for every module that reads
 * them: claim selection, the conflict rules and the verifier. (The stance model's cue lists in
 * lib/stance/lexicon.ts are part of that trained model's inputs and change only with a retrain.)
 */

/** Denial words and phrases: the speaker says something is not so ("denied", "a provocation", "no evidence"). */
export const DENIAL_CUES: readonly string[] = [
  'den(?:y|ies|ied|ying)', 'dismiss(?:ed|es)?', 'reject(?:ed|s)?', 'refut(?:ed|es)', 'not true', 'untrue',
  'false(?:ly)?', 'fake', 'baseless', 'fabricat\\w+', 'provocations?', 'hoax', 'no evidence', 'debunk\\w*',
];

/** Denial as an act of someone, the verbs alone (not "a false flag", which DENIAL_CUES also counts). */
export const DENIAL_VERBS: readonly string[] = ['den(?:y|ies|ied|ying|ial|ials)', 'dismiss(?:ed|es|ing)?', 'reject(?:ed|s|ing)?', 'refut(?:ed|es|ing)?', 'rebutt?(?:ed|s)?'];

/** Hearsay: the report passes a statement on without standing behind it ("reportedly", "claims"). */
export const HEARSAY_CUES: readonly string[] = ['reportedly', 'allegedly', 'unconfirmed', 'claims?'];

/** Attribution verbs: who passed the statement on ("said", "told", "according to"); a date beside one dates the saying. */
export const ATTRIBUTION_CUES: readonly string[] = ['said', 'says', 'say', 'told', 'tells', 'reported', 'according', 'citing', 'cited', 'stated', 'added', 'quoted'];

/** Hedges: the statement itself is uncertain ("may", "appears to", "rumours"). */
export const HEDGE_CUES: readonly string[] = [
  'reportedly', 'allegedly', 'unconfirmed', 'may', 'might', 'could', 'possibly', 'appear(?:s|ed)? to',
  'seem(?:s|ed)? to', 'suggests?', 'rumou?rs?', 'speculat\\w+', 'unverified',
];

/** Confirmation: the speaker says something is so. */
export const CONFIRM_CUES: readonly string[] = ['confirm(?:ed|s)?', 'acknowledg(?:ed|es)?', 'admit(?:ted|s)?', 'announc(?:ed|es)?', 'verified'];

/** Grammatical negation, as whole words. */
export const NEGATION_WORDS: readonly string[] = [
  'not', 'no', 'never', 'none', 'neither', 'nor', 'without', "n't", "didn't", "hasn't", "haven't", "wasn't",
  "weren't", "isn't", "aren't", "won't", "doesn't", "don't", 'cannot', "can't", 'nothing', 'nobody', 'nowhere',
];

/** An expression finding any of `cues` as whole words, any case (fresh: callers may add `g`). */
export function cuePattern(cues: readonly string[], flags = 'i'): RegExp {
  return new RegExp(`\\b(?:${cues.join('|')})\\b`, flags);
}

/** Denial words anywhere in a text. */
export const DENIAL = cuePattern(DENIAL_CUES);
/** A denial by someone, or the word "provocation" news copy gives one with. */
export const DENYING = cuePattern([...DENIAL_VERBS, 'provocations?']);
/** A denial whose object is the news itself: "denied the Journal's report", "dismissed the claims". */
export const DENIED_NEWS = new RegExp(`\\b(?:${DENIAL_VERBS.join('|')})\\s+(?:(?:the|these|those|such|all|any)\\s+)?(?:[\\p{Lu}][\\p{L}]*['’]s\\s+|[\\p{L}]+\\s+)?(?:claims?|reports?|information|allegations?|story|stories|rumou?rs|news)\\b`, 'u');
/** A denial said not to have come ("not denied", "far from denying", Russian word order "denied not"), but not "do not fall for". */
export const NOT_DENIED = new RegExp(`\\b(?:not|no|never|without|far from)\\s+(?:\\S+\\s+)?(?:${DENIAL_VERBS.join('|')})\\b|\\b(?:${DENIAL_VERBS.join('|')})\\s+(?:not|no)\\b(?!\\s+(?:fall|believ|trust|listen))`, 'i');
/** Hearsay markers anywhere in a text. */
export const HEARSAY = cuePattern(HEARSAY_CUES);
/** One attribution verb, the whole word. */
export const ATTRIBUTION_WORD = new RegExp(`^(?:${ATTRIBUTION_CUES.join('|')})$`, 'i');
/** Hedges anywhere in a text. */
export const HEDGE = cuePattern(HEDGE_CUES);
/** Confirmation words anywhere in a text. */
export const CONFIRM = cuePattern(CONFIRM_CUES);
/** A negation word anywhere in a text. */
export const NEGATION = cuePattern(NEGATION_WORDS);

const NEGATION_SET = new Set(NEGATION_WORDS);
/** True if `word` (one token, lower case) is a negation word. */
export function isNegationWord(word: string): boolean {
  return NEGATION_SET.has(word);
}
