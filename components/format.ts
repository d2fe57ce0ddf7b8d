/** "22 Dec 2025", "Nov 2025", "2019" from a partial ISO date; the raw string if unparseable. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'undated';
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  const month = mo ? new Date(Date.UTC(2000, Number(mo) - 1, 1)).toLocaleString('en', { month: 'short', timeZone: 'UTC' }) : '';
  return [d ? String(Number(d)) : '', month, y].filter(Boolean).join(' ');
}
