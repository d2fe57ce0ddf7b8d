/**
 * A day of the month the sentence writes out ("el martes 16", "10 de diciembre"), or a year ("desde la
 * invasión de Panamá, en 1989"), that no related report gives: the sentence dates what the reports
 * leave undated, so a report can discuss it but not confirm it.
 */
import { ES_MONTH_NAMES, MONTH_NAMES, RU_MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import type { SourceDate } from './dates.ts';

const DAY_MONTH = new RegExp(`\\b(\\d{1,2}) (${MONTH_NAMES.join('|')})\\b`, 'i');
const DAY_MS = 86_400_000;
// "не", "no", "ni" just before a date: the sentence denies that day.
const NEGATED = /(?:^|[\s,(])(?:не|ни|no|ni)\s+(?:(?:el|la|del|в|на)\s+)?$/iu;
/** Whether the sentence denies what begins at `at` ("не 10 ноября", "no en 2014"). */
const deniedAt = (sentence: string, at: number): boolean => NEGATED.test(sentence.slice(Math.max(0, at - 16), at));
// A month the sentence writes (in words or figures), not one the article's date lends a bare "martes 22".
const MONTH_WRITTEN = new RegExp(`(?<![\\p{L}])(?:${[...ES_MONTH_NAMES, 'setiembre', ...RU_MONTH_NAMES].join('|')})(?![\\p{L}])|\\d{1,2}[./]\\d{1,2}`, 'iu');

/**
 * Whether a report, published on `published` (ISO), gives the day `day` of month `month` (0-based; null
 * where the sentence names only a weekday and a day, "el martes 22", whose month the article's date may
 * not tell): written out, or by its weekday within the week of its publication.
 */
function reportGives(text: string, published: string | undefined, day: number, month: number | null): boolean {
  const names = month === null ? MONTH_NAMES : [MONTH_NAMES[month]!];
  const months = names.map((n) => `${n}|${n.slice(0, 3)}\\.?`).join('|');
  if (new RegExp(`\\b(?:${months})\\s+${day}\\b|\\b${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${months})`, 'i').test(text)) return true;
  if (!published) return false;
  const at = Date.parse(published.slice(0, 10));
  if (Number.isNaN(at)) return false;
  // The days of the report's week around its publication that are the day asked for.
  for (let gap = -7; gap <= 7; gap++) {
    const when = new Date(at - gap * DAY_MS);
    if (when.getUTCDate() !== day || (month !== null && when.getUTCMonth() !== month)) continue;
    if (gap === 0 && /\b(?:today|this (?:morning|afternoon|evening))\b/i.test(text)) return true;
    const weekday = WEEKDAY_NAMES[(when.getUTCDay() + 6) % 7]!;
    if (new RegExp(`\\b${weekday}\\b`, 'i').test(text)) return true;
  }
  return false;
}

/**
 * The first day of the month the sentence writes out that none of the reports gives, as the sentence
 * writes it; undefined when every such day is in some report (or the sentence writes none). A day the
 * sentence denies is not asked for (`sentence` is the text the dates' offsets point into).
 */
export function unstatedDay(dates: readonly SourceDate[], reports: readonly { text: string; published?: string | null }[], sentence = ''): string | undefined {
  for (const d of dates) {
    if (!d.explicit || d.season || d.days || d.aside) continue;
    // (A day the sentence denies, "10 декабря, а не 10 ноября", is one it does not claim.)
    if (deniedAt(sentence, d.start)) continue;
    const m = DAY_MONTH.exec(d.english);
    if (!m) continue;
    const day = Number(m[1]);
    // (A holiday, "la semana de Navidad", is no day the sentence writes; nor is a month the sentence
    // leaves to the article's date.)
    if (!/\d/.test(d.source)) continue;
    const month = MONTH_WRITTEN.test(d.source) ? MONTH_NAMES.indexOf(m[2]!.toLowerCase()) : null;
    if (!reports.some((r) => reportGives(r.text, r.published ?? undefined, day, month))) return d.source;
  }
  return undefined;
}

// A year as a time, after a preposition or before «год»: "en 1989", "desde 2014", "в 2014 году".
const YEAR = /(?<![\p{L}\d])(?:(?:en|desde|hasta|de|del|año|в|с|до|к)\s+(1[89]\d\d|20\d\d)(?![\d.,]\d)|(1[89]\d\d|20\d\d)\s*(?:год|г\.))/giu;

const LAST_MONTH = new RegExp(`\\blast (${MONTH_NAMES.join('|')})\\b`, 'i');

// "más de 2000 pasajeros": a count, not a year.
const QUANTITY = /(?:más|menos|cerca|alrededor|total|casi|apenas|unos|unas|hasta)\s+de$/iu;

/** Whether a report writes the year, or names it from its own ("last year's presidential election"), or was published in it. */
function givesYear(text: string, published: string | null | undefined, year: number): boolean {
  if (new RegExp(`(?<!\\d)${year}(?!\\d)`).test(text)) return true;
  const own = Number(published?.slice(0, 4));
  if (!own) return false;
  if (own === year || (own - 1 === year && /\b(?:last|previous) year\b/i.test(text)) || (own + 1 === year && /\bnext year\b/i.test(text))) return true;
  // "reelected … last May" in a January 2019 report: May 2018.
  const month = LAST_MONTH.exec(text);
  return !!month && own - 1 === year && MONTH_NAMES.indexOf(month[1]!.toLowerCase()) > Number(published!.slice(5, 7)) - 1;
}

/** The years the sentence gives as a time ("en 1989", «в 2014 году»), not one it denies nor a count ("más de 2000"). */
export function yearsIn(sentence: string): string[] {
  return [...sentence.matchAll(YEAR)]
    .filter((m) => !deniedAt(sentence, m.index) && !QUANTITY.test(sentence.slice(Math.max(0, m.index - 16), m.index) + m[0].split(/\s+/)[0]))
    .map((m) => m[1] ?? m[2]!);
}

/**
 * The first of the sentence's years (`years`, yearsIn) that no report writes and none was published
 * in; undefined when there is none.
 */
export function unstatedYear(years: readonly string[], reports: readonly { text: string; published?: string | null }[]): string | undefined {
  return years.find((year) => !reports.some((r) => givesYear(r.text, r.published, Number(year))));
}
