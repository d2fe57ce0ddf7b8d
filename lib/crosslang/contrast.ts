/**
 * "не X, а Y", "no X, sino Y": a sentence that sets one account aside for another. A report that
 * states the account set aside (X) is what the sentence corrects, never what it agrees with.
 */
import type { PreparedText } from '../verify/features.ts';
import type { SourceLanguage } from './detect.ts';

// (Not "не только X, но и Y" / "no solo X, sino también Y": those add Y to X, they set nothing aside;
// nor "не менее 14" / "no menos de 14", a figure's floor. The part set aside follows the last "не".)
const CONTRAST: Record<SourceLanguage, RegExp> = {
  ru: /(?<![\p{L}])не\s+(?!только|просто|столько|лишь|так\s|менее|более|больше|меньше)((?:(?!(?<![\p{L}])не\s)[^.;:!?«»"]){3,120}?),?\s+а\s+/iu,
  es: /(?<![\p{L}])no\s+(?!s[oó]lo\s|solamente|[uú]nicamente|tanto\s|menos\s|m[aá]s\s)((?:(?!(?<![\p{L}])no\s)[^.;:!?]){3,160}?),?\s+sino\s+(?!que\s+tambi|tambi)/iu,
};

// "Y en lugar de X", "Y, вместо того чтобы X": the account set aside follows, to the clause's end.
// (Not "вместо него", the flight put in another's place: that sets no account aside.)
const INSTEAD: Record<SourceLanguage, RegExp> = {
  // (…or «вместо» and what it replaces, "о новых самолетах вместо ремонта старых".)
  ru: /(?<![\p{L}])вместо\s+(?:того,?\s+чтобы\s+)?(?!(?:того|него|неё|нее|них|этого|им)(?![\p{L}]))([^.;:!?,()«»"]{3,120})/iu,
  es: /(?<![\p{L}])en\s+(?:lugar|vez)\s+de\s+([^.;:!?,()«»"]{3,120})/iu,
};

/** The part of a Spanish or Russian sentence set aside by "не … , а …" / "no … sino …" / "en lugar de …", with where it is, or null. */
export function setAside(sentence: string, lang: SourceLanguage): { text: string; start: number; end: number } | null {
  const m = CONTRAST[lang].exec(sentence) ?? INSTEAD[lang].exec(sentence);
  if (!m) return null;
  const start = m.index + m[0].indexOf(m[1]!);
  return { text: m[1]!, start, end: start + m[1]!.length };
}

/**
 * The stems only the part set aside has (`aside`, glossed), not the rest of the sentence (`rest`)
 * nor the story's countries (`generic`): what a report must not state for the sentence to agree.
 */
export function setAsideStems(aside: PreparedText, rest: PreparedText, generic: ReadonlySet<string>): Set<string> {
  return new Set([...aside.stems].filter((s) => s.length >= 3 && !rest.stems.has(s) && !generic.has(s)));
}

/**
 * The words of a report sentence that state what the sentence set aside (`stems`), as the report
 * writes them, or null: none, or the report denies it too ("not signing new contracts").
 */
export function statesSetAside(stems: ReadonlySet<string> | undefined, sentence: PreparedText): string | null {
  if (!stems?.size || sentence.negations > 0) return null;
  const words = sentence.words.filter((w) => stems.has(w.stem)).map((w) => w.surface);
  return words.length ? [...new Set(words)].slice(0, 4).join(' ') : null;
}
