// Small text helpers shared by the gate and the snapshot.

/** Collapses whitespace and trims. */
export function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A meta element's content, cleaned, or null. */
export function meta(doc: Document, selector: string): string | null {
  const v = doc.querySelector<HTMLMetaElement>(selector)?.content;
  return v ? clean(v) : null;
}

/** Longest language tag kept: the pack format's bound, well under what a message may carry (64). */
const MAX_LANGUAGE = 35;

/**
 * A page's language as a tag fit to send and store: BCP 47-shaped (letters, digits, "-" or "_", subtags
 * of 1 to 8 characters), cut to its first subtags when longer than 35 characters, else null. A
 * template placeholder or a paragraph in `lang` would otherwise make the whole snapshot malformed.
 */
export function languageTag(raw: string | null | undefined): string | null {
  const s = raw?.trim();
  if (!s || !/^[a-z]{1,8}([-_][a-z0-9]{1,8})*$/i.test(s)) return null;
  if (s.length <= MAX_LANGUAGE) return s;
  const cut = s.slice(0, MAX_LANGUAGE + 1);
  return cut.slice(0, Math.max(cut.lastIndexOf('-'), cut.lastIndexOf('_')));
}

/** The page's language: its `lang` attribute, else its content-language meta, whichever is a usable tag. */
export function pageLanguage(doc: Document, fallback: string | null = null): string | null {
  return languageTag(doc.documentElement?.getAttribute('lang')) ?? languageTag(meta(doc, 'meta[http-equiv="content-language" i]')) ?? languageTag(fallback);
}
