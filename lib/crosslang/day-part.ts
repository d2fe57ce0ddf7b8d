/**
 * Parts of the day a sentence gives ("в понедельник около полудня", "el lunes por la tarde" /
 * "on Monday morning"): two sentences of one day that put their act at different times of it are
 * not the same account.
 */
import type { SourceLanguage } from './detect.ts';

export type DayPart = 'morning' | 'noon' | 'afternoon' | 'evening';

// (Spanish "mañana" alone is tomorrow and "tarde" alone is late: only with an article or a
// preposition are they a part of the day.)
const SOURCE_PARTS: Record<SourceLanguage, [DayPart, RegExp][]> = {
  ru: [
    ['morning', /(?<![\p{L}])(?:утр(?:ом|а|о|у)|с\s+утра|утренн\p{L}*|до\s+полудня|рано\s+утром|на\s+рассвете)(?![\p{L}])/iu],
    ['noon', /(?<![\p{L}])(?:(?:около|в|к|после)\s+)?(?:полдень|полудня)(?![\p{L}])/iu],
    ['afternoon', /(?<![\p{L}])(?:днем|днём|во\s+второй\s+половине\s+дня|после\s+обеда)(?![\p{L}])/iu],
    ['evening', /(?<![\p{L}])(?:вечер(?:ом|а|у)?|ближе\s+к\s+вечеру|вечерн\p{L}*|ноч(?:ью|ь|и)|ночн\p{L}*|в\s+ночь)(?![\p{L}])/iu],
  ],
  es: [
    ['morning', /(?<![\p{L}])(?:(?:la|esta|por\s+la|en\s+la|a\s+la|de\s+la|toda\s+la|media)\s+mañana|matutin\p{L}*|madrugada|primera\s+hora)(?![\p{L}])/iu],
    ['noon', /(?<![\p{L}])mediod[ií]a(?![\p{L}])/iu],
    ['afternoon', /(?<![\p{L}])(?:(?:la|esta|por\s+la|en\s+la|a\s+la|de\s+la|toda\s+la|media)\s+tarde|vespertin\p{L}*)(?![\p{L}])/iu],
    ['evening', /(?<![\p{L}])(?:(?:la|esta|por\s+la|en\s+la|a\s+la|de\s+la|toda\s+la)\s+noche|anoche|nocturn\p{L}*)(?![\p{L}])/iu],
  ],
};

// The English words for each, as a gloss or a report writes them (compare.ts reads them too).
const ENGLISH_PART: Record<string, DayPart> = {
  morning: 'morning', dawn: 'morning', daybreak: 'morning',
  noon: 'noon', midday: 'noon',
  afternoon: 'afternoon',
  evening: 'evening', night: 'evening', overnight: 'evening', tonight: 'evening',
};

// ("до полудня", before noon, is the morning; the noon pattern must not take it as well.)
const BEFORE_NOON = /(?<![\p{L}])до\s+полудня(?![\p{L}])/iu;

/** The parts of the day a Spanish or Russian sentence names. */
export function sourceDayParts(sentence: string, lang: SourceLanguage): Set<DayPart> {
  const text = sentence.replace(BEFORE_NOON, 'утром');
  return new Set(SOURCE_PARTS[lang].filter(([, re]) => re.test(text)).map(([part]) => part));
}

/** The part of the day an English word names ("morning", "Night"), or null. */
export function englishDayPart(word: string): DayPart | null {
  return ENGLISH_PART[word.toLowerCase()] ?? null;
}

/** The parts of the day an English report sentence names. */
export function englishDayParts(sentence: string): Set<DayPart> {
  const parts = new Set<DayPart>();
  for (const w of sentence.match(/\p{L}+/gu) ?? []) {
    const part = englishDayPart(w);
    if (part) parts.add(part);
  }
  return parts;
}

/**
 * Whether the sentence (its parts of the day, `mine`) and the report's text name a part of the day
 * each and none is the same. The report's text is read only when the sentence names one.
 */
export function otherTimeOfDay(mine: ReadonlySet<DayPart> | undefined, reportText: () => string): boolean {
  if (!mine?.size) return false;
  const theirs = englishDayParts(reportText());
  if (!theirs.size) return false;
  for (const p of mine) if (theirs.has(p)) return false;
  return true;
}
