/**
 * The calendar's words, once for every module that reads dates: claim
 * selection, the conflict rules, the verifier and the fact-check matcher.
 */

/** Month names, lower case, January first. */
export const MONTH_NAMES: readonly string[] = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Spanish month names, lower case, January first (read by the cross-language date and number readers). */
export const ES_MONTH_NAMES: readonly string[] = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'];

/** Russian month names as a day's date writes them (genitive, "16 декабря"), lower case, January first. */
export const RU_MONTH_NAMES: readonly string[] = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

/** Weekday names, lower case, Monday first. */
export const WEEKDAY_NAMES: readonly string[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/**
 * Month names and their usual abbreviations ("Jan", "Sept"), as an alternation for a larger
 * expression (no groups that capture).
 */
export function monthAlternation(): string {
  const names = MONTH_NAMES.map((m) => (m.length > 3 ? `${m.slice(0, 3)}(?:${m.slice(3)})?` : m));
  return `(?:sept(?:ember)?|${names.join('|')})`;
}

/** A weekday name as a whole word, any case (a fresh expression: callers may use it with `g`). */
export function weekdayPattern(flags = 'i'): RegExp {
  return new RegExp(`\\b(${WEEKDAY_NAMES.join('|')})\\b`, flags);
}
