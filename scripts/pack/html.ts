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

/**
 * The JSON-LD blocks of a page (`<script type="application/ld+json">`), parsed; a block that is
 * not JSON is reported by its number (1-based, in page order) and left out.
 */
export function jsonLdBlocks(doc: Document): { blocks: unknown[]; malformed: { block: number; message: string; text: string }[] } {
  const blocks: unknown[] = [];
  const malformed: { block: number; message: string; text: string }[] = [];
  const scripts = [...doc.querySelectorAll('script')].filter((s) => /^\s*application\/ld\+json\s*(;|$)/i.test(s.getAttribute('type') ?? ''));
  scripts.forEach((s, i) => {
    // Publishers wrap blocks in CDATA markers or HTML comments so old parsers skip them.
    const text = (s.textContent ?? '').trim().replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)\s*|\s*(?:-->|\/\/\s*\]\]>)$/g, '');
    if (!text) return;
    try {
      blocks.push(JSON.parse(text));
    } catch (e) {
      malformed.push({ block: i + 1, message: (e as Error).message, text });
    }
  });
  return { blocks, malformed };
}

/** The page's own URL as it states it (canonical link, then og:url), when it is an http(s) URL. */
export function statedUrl(doc: Document): string | null {
  const raw = doc.querySelector('link[rel~="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  if (!raw) return null;
  try {
    const u = new URL(raw.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
