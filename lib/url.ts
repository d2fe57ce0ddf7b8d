/**
 * A URL fit to become a link: http(s) only, normalised. A pack's `url` is any
 * string, and a `javascript:` or `data:` link would run or show content when
 * clicked (in the reader page, or in an exported Markdown file).
 */
export function webUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
