// One date style everywhere the extension shows a date (cards, reader, packs, subscriptions): the
// reader's own locale, month as a word, so "Dec 22, 2025" in the U.S. and "22 Dec 2025" in Britain,
// never a bare "12/3/2026" beside a "22 Dec 2025".

/** "Dec 22, 2025", "Nov 2025", "2019" (in the reader's locale) from a partial ISO date; the raw string if unparseable. */
export function formatDate(iso: string | null, locale?: string): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const at = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  if (Number.isNaN(at.getTime())) return iso;
  const parts: Intl.DateTimeFormatOptions = d ? { day: 'numeric', month: 'short', year: 'numeric' } : mo ? { month: 'short', year: 'numeric' } : { year: 'numeric' };
  return at.toLocaleDateString(locale, { ...parts, timeZone: 'UTC' });
}

/** A moment (install, last sync) in the same style as {@link formatDate}, with the local time. */
export function formatMoment(ms: number | string, locale?: string): string {
  const at = new Date(ms);
  if (Number.isNaN(at.getTime())) return String(ms);
  return at.toLocaleString(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: 'numeric', minute: '2-digit' });
}
