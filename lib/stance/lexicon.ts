/**
 * Cue-word lists used by the stance features. They are matched on the raw,
 * lower-cased output of `words()` (stopwords kept, no stemming), because most
 * negation words ("not", "no", "never", "didn't") are stopwords for indexing.
 *
 * Multi-word cues ("not true", "no evidence") are matched as consecutive words.
 */

/** Words that refute or debunk a claim. */
export const REFUTE_WORDS: ReadonlySet<string> = new Set([
  'fake', 'fakes', 'faked', 'fraud', 'fraudulent', 'hoax', 'hoaxes', 'hoaxer', 'false', 'falsely', 'deny',
  'denies', 'denied', 'denying', 'denial', 'denials', 'bogus', 'debunk', 'debunks', 'debunked', 'debunking',
  'prank', 'pranks', 'prankster', 'retract', 'retracts', 'retracted', 'retraction', 'untrue', 'fabricated',
  'fabrication', 'fabricate', 'myth', 'myths', 'satire', 'satirical', 'parody', 'spoof', 'misleading',
  'incorrect', 'wrong', 'refute', 'refutes', 'refuted', 'rebut', 'rebuts', 'rebutted', 'baseless',
  'unfounded', 'scam', 'phony', 'phoney', 'fictional', 'fiction', 'nonsense', 'rubbish', 'dismissed',
  'dismisses', 'dismiss', 'rejected', 'rejects', 'disputed', 'disputes', 'dispute', 'contradict',
  'contradicts', 'contradicted', 'staged', 'doctored', 'photoshopped', 'invented', 'mistaken',
  'erroneous', 'erroneously', 'misreported', 'misinformation', 'disinformation', 'lie', 'lies', 'lied',
  'lying', 'debunker', 'clarified', 'clarification', 'correction',
]);

/** Multi-word refuting cues, as word sequences. */
export const REFUTE_PHRASES: readonly (readonly string[])[] = [
  ['not', 'true'], ['no', 'evidence'], ['no', 'truth'], ['made', 'up'], ['not', 'real'],
  ['never', 'happened'], ['did', 'not', 'happen'], ['didn\'t', 'happen'], ['no', 'proof'],
  ['not', 'the', 'case'], ['turned', 'out'], ['urban', 'legend'], ['internet', 'rumor'],
];

/** Words that report a claim without endorsing it (hedging, attribution). */
export const HEDGE_WORDS: ReadonlySet<string> = new Set([
  'reportedly', 'allegedly', 'alleged', 'alleges', 'allege', 'allegation', 'allegations', 'claim',
  'claims', 'claimed', 'claiming', 'rumor', 'rumors', 'rumour', 'rumours', 'rumored', 'rumoured',
  'unconfirmed', 'unverified', 'could', 'might', 'may', 'possibly', 'possible', 'apparently',
  'apparent', 'purportedly', 'purported', 'supposedly', 'supposed', 'speculation', 'speculate',
  'speculated', 'suggests', 'suggested', 'suggest', 'appears', 'appear', 'appeared', 'seems',
  'seem', 'seemed', 'believed', 'believe', 'believes', 'reports', 'reported', 'report', 'sources',
  'source', 'unclear', 'uncertain', 'unknown', 'perhaps', 'likely', 'unlikely', 'probably',
  'questions', 'question', 'whether', 'if', 'would', 'viral', 'circulating', 'hoping',
  'investigating', 'investigation', 'verify', 'authenticity', 'authenticate',
]);

/** Multi-word hedging cues. */
export const HEDGE_PHRASES: readonly (readonly string[])[] = [
  ['according', 'to'], ['if', 'true'], ['it', 'is', 'not', 'clear'], ['not', 'yet', 'confirmed'],
  ['could', 'not', 'be', 'confirmed'], ['could', 'not', 'confirm'], ['has', 'not', 'been', 'confirmed'],
  ['not', 'been', 'verified'], ['cannot', 'confirm'], ['can\'t', 'confirm'], ['not', 'independently'],
];

/** Words that assert a claim as established. */
export const SUPPORT_WORDS: ReadonlySet<string> = new Set([
  'confirmed', 'confirms', 'confirm', 'confirming', 'confirmation', 'officially', 'official',
  'announced', 'announces', 'announce', 'revealed', 'reveals', 'indeed', 'true', 'proof', 'proved',
  'proves', 'proven', 'admitted', 'admits', 'admit', 'acknowledged', 'acknowledges', 'verified',
  'genuine', 'authentic', 'real', 'actually', 'definitely', 'certainly', 'evidence', 'shows', 'showed',
  'footage', 'video', 'photos', 'witnesses', 'statement',
]);

/** Words that negate what follows. Words ending in "n't" count too. */
export const NEGATION_WORDS: ReadonlySet<string> = new Set([
  'not', 'no', 'never', 'none', 'nothing', 'nobody', 'neither', 'nor', 'without', 'cannot',
  'nowhere', 'hardly', 'barely', 'denied', 'denies', 'deny', 'false', 'fake', 'hoax',
]);

/** True if the lower-cased word is a negation cue. */
export function isNegation(word: string): boolean {
  return NEGATION_WORDS.has(word) || word.endsWith("n't");
}
