// HTML files in Node (`check`, `pack build`): bounded before linkedom parses them, because linkedom
// builds the whole tree first (a 17 MB, 400,000-element page took 24 s and 1.9 GB; 50 MB of HTML
// several minutes), and parsed so that an empty or tag-less file never reaches code that expects
// a root element.
import { parseHTML } from 'linkedom';
import { MAX_ELEMENTS, countStartTags } from '../../lib/extract/snapshot.ts';
import { formatBytes } from '../../lib/packs/format.ts';

/** Largest HTML file read: far above real article pages (a few MB), far below what exhausts memory. */
export const MAX_HTML_BYTES = 20 * 1024 * 1024;

/**
 * Why `html` (of `bytes` bytes) is not parsed, or null: more elements than the extraction reads
 * ({@link MAX_ELEMENTS}), counted on the raw text in a few milliseconds per MB.
 */
export function tooManyElements(html: string, bytes: number): string | null {
  const n = countStartTags(html);
  if (n <= MAX_ELEMENTS) return null;
  return `too many elements to read: about ${n.toLocaleString('en-US')} in ${formatBytes(bytes)} of HTML (the limit is ${MAX_ELEMENTS.toLocaleString('en-US')})`;
}

/** The DOM of `html`; text without a root element (linkedom gives none) is read as a page body. */
export function parsePage(html: string): Document {
  const { document } = parseHTML(html);
  if (document.documentElement) return document as unknown as Document;
  return parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
}
