/**
 * A day of the month the sentence writes out ("el martes 16", "10 de diciembre") that no related report
 * gives: the sentence dates what the reports leave undated, so a report can discuss it but not confirm it.
 */
import { ES_MONTH_NAMES, MONTH_NAMES, RU_MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import type { SourceDate } from './dates.ts';

const DAY_MONTH = new RegExp(`\\b(\\d{1,2}) (${MONTH_NAMES.join('|')})\\b`, 'i');
const DAY_MS = 86_400_000;
// "не", "no", "ni" just before a date: the sentence denies that day.
const NEGATED = /(?:^|[\s,(])(?:не|ни|no|ni)\s+(?:(?:el|la|del|в|на)\s+)?$/iu;
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
    if (NEGATED.test(sentence.slice(Math.max(0, d.start - 16), d.start))) continue;
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
