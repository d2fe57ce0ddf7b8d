/** Where a report sits in time relative to the article. */
export interface TimeContext {
  /** `same`: the same period; `earlier`/`later`: another period; `unknown`: a date is missing. */
  period: 'same' | 'earlier' | 'later' | 'unknown';
  /** Readable gap, e.g. "6 years earlier", "2 days later"; null when unknown. */
  label: string | null;
}

/** Reports further apart than this from the article belong to another period. */
export const PERIOD_DAYS = 365;

/** Parses a full or partial ISO date ("2025", "2025-11", "2025-12-22T…") to a UTC time; the middle of the partial span. */
export function parseDate(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso.trim());
  if (!m) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? null : t;
  }
  const [, y, mo, d] = m;
  if (d) {
    const t = Date.parse(iso);
    return Number.isNaN(t) ? Date.UTC(Number(y), Number(mo) - 1, Number(d)) : t;
  }
  if (mo) return Date.UTC(Number(y), Number(mo) - 1, 15);
  return Date.UTC(Number(y), 6, 1);
}

const YEAR = 0;
const MONTH = 1;
const DAY = 2;
/** How much of a date is known: "2025" a year, "2025-11" a month, anything longer a day. */
function precision(iso: string): number {
  const m = /^\d{4}(-\d{2})?(-\d{2})?/.exec(iso.trim());
  if (!m) return DAY;
  return m[2] ? DAY : m[1] ? MONTH : YEAR;
}

/** Compares a report's date with the article's. */
export function timeContext(articleDate: string | null, reportDate: string | null): TimeContext {
  // A date without a time of day is a calendar day: compare days, not instants across time zones.
  const dayOnly = (s: string | null): boolean => !!s && !/T\d/.test(s);
  const day = (s: string | null): string | null => (s && dayOnly(articleDate) !== dayOnly(reportDate) ? s.slice(0, 10) : s);
  const a = parseDate(day(articleDate));
  const r = parseDate(day(reportDate));
  if (a === null || r === null) return { period: 'unknown', label: null };
  const days = Math.round((r - a) / 86_400_000);
  const abs = Math.abs(days);
  const dir = days < 0 ? 'earlier' : 'later';
  // A date known only to the month or year is not "38 days earlier": say no more than the dates know.
  const known = Math.min(precision(articleDate ?? ''), precision(reportDate ?? ''));
  const months = Math.round(abs / 30.4);
  const years = Math.round(abs / 365.25);
  const calendarYears = Math.abs(new Date(r).getUTCFullYear() - new Date(a).getUTCFullYear());
  const about = (n: number, unit: string): string => `about ${n === 1 ? `a ${unit}` : `${n} ${unit}s`} ${dir}`;
  const label =
    known === YEAR
      ? calendarYears === 0 ? 'the same year' : about(calendarYears, 'year')
      : known === MONTH
        ? months === 0 ? 'the same month' : months < 24 ? about(months, 'month') : about(years, 'year')
        : abs < 1
          ? 'same day'
          : `${abs < 60 ? `${abs} day${abs === 1 ? '' : 's'}` : abs < 700 ? `${Math.round(abs / 30.4)} months` : `${Math.round(abs / 365.25)} years`} ${dir}`;
  if (abs <= PERIOD_DAYS) return { period: 'same', label };
  return { period: days < 0 ? 'earlier' : 'later', label };
}

const ALIASES: [RegExp, string][] = [
  [/\b(associated press|ap)\b/i, 'Associated Press'],
  [/\b(reuters)\b/i, 'Reuters'],
  [/\b(agence france-presse|afp)\b/i, 'AFP'],
  [/\b(wall street journal|wsj)\b/i, 'The Wall Street Journal'],
  [/\b(washington post)\b/i, 'The Washington Post'],
  [/\b(new york times|nyt)\b/i, 'The New York Times'],
  [/\b(bloomberg)\b/i, 'Bloomberg'],
];

/**
 * The original source a report rests on, as a group key: reports whose first
 * cited source is the same agency or paper are not independent confirmations.
 * Returns null when a report cites nothing.
 */
export function primarySource(sources: readonly string[]): string | null {
  const first = sources[0];
  if (!first) return null;
  for (const [re, name] of ALIASES) if (re.test(first)) return name;
  return first.split(/,|\(| citing /)[0]!.trim() || null;
}
