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
