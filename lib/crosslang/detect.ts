/**
 * The language an article is written in, read from its text: a page's `lang` attribute is often
 * a site-wide default ("en" on a Spanish section) or missing. franc-min's trigram model, limited to
 * the languages a news reader here meets, so that short texts are not read as a rare language.
 */
import { franc } from 'franc-min';

/** Languages read across languages by the anchor path. */
export type SourceLanguage = 'es' | 'ru';

const ISO3: Record<string, string> = {
  eng: 'en', spa: 'es', rus: 'ru', ukr: 'uk', bel: 'be', por: 'pt', fra: 'fr', deu: 'de', ita: 'it', cat: 'ca',
  bul: 'bg', srp: 'sr', pol: 'pl', nld: 'nl',
};
const LATIN = ['eng', 'spa', 'por', 'fra', 'deu', 'ita', 'cat', 'pol', 'nld'];
const CYRILLIC = ['rus', 'ukr', 'bel', 'bul', 'srp'];
/** Below this many letters the text says too little; the page's declared language is used. */
const MIN_LETTERS = 60;

/**
 * The article's language as an ISO 639-1 code ("en", "es", "ru", "uk", …): from the text when it
 * is long enough, else from `declared` (the page's tag, e.g. "es-VE"); null when neither tells.
 */
export function detectLanguage(text: string, declared: string | null): string | null {
  const sample = text.slice(0, 4000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  const fromTag = declared ? declared.toLowerCase().split(/[-_]/)[0]! : null;
  if (letters < MIN_LETTERS) return fromTag;
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
  // Another script (Arabic, Hebrew, Chinese…): whatever the page's tag claims, not a language read here.
  if (cyrillic <= letters / 2 && latin <= letters / 2) return fromTag && !['en', 'es', 'ru'].includes(fromTag) ? fromTag : 'und';
  const only = cyrillic > letters / 2 ? CYRILLIC : LATIN;
  const code = franc(sample, { only, minLength: 10 });
  if (only === CYRILLIC && code !== 'rus' && readsAsRussian(sample)) return 'ru';
  return ISO3[code] ?? fromTag;
}

/**
 * The Cyrillic alphabets differ in letters, which trigrams over a short text can miss (franc-min
 * reads some Russian news as Bulgarian): ы, э and ё are Russian (and Belarusian) only, Bulgarian and
 * Serbian have neither; і, ї, є, ґ are Ukrainian, ў Belarusian, ј, љ, њ, ђ, ћ, џ Serbian. A text
 * with several of the first and hardly any of the rest is Russian, whatever the trigrams say.
 */
function readsAsRussian(sample: string): boolean {
  const russian = sample.match(/[ыэёЫЭЁ]/g)?.length ?? 0;
  const others = sample.match(/[іїєґўјљњђћџІЇЄҐЎЈЉЊЂЋЏ]/g)?.length ?? 0;
  return russian >= 2 && others * 20 <= russian;
}

/** The anchor path's language for a detected code, or null when it reads neither. */
export function sourceLanguage(code: string | null): SourceLanguage | null {
  return code === 'es' || code === 'ru' ? code : null;
}
