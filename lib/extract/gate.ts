// The page-DOM gate of lib/: run on every page the content script sees, so it
// is kept apart from Readability's full parser (snapshot.ts), which only pages
// that pass the screen load. It reads the Document and never writes to it.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { SCREEN_CHARS } from '../analysis/screen.ts';
import type { ScreenSample } from '../analysis/types.ts';
import { clean, meta } from './text.ts';

/**
 * The cheap gate run on every page before any extraction: is this probably
 * an article? Readability's own heuristic, visibility included.
 */
export function looksLikeArticle(doc: Document): boolean {
  if (!doc.body) return false;
  return isProbablyReaderable(doc);
}

/** Readability's own visibility rule (not exported by the package). */
function isNodeVisible(node: Element): boolean {
  const el = node as HTMLElement;
  return (
    (!el.style || el.style.display !== 'none') &&
    !el.hasAttribute('hidden') &&
    (!el.hasAttribute('aria-hidden') || el.getAttribute('aria-hidden') !== 'true' || String(el.className).includes('fallback-image'))
  );
}

/** Paragraphs shorter than this are bylines, captions and buttons, not the story. */
const MIN_LEAD_PARAGRAPH = 60;

/**
 * The gate and the screen sample in one pass: runs Readability's
 * `isProbablyReaderable` and, if the page passes, returns its title and the
 * opening paragraphs that check already looked at (up to SCREEN_CHARS), for
 * the background to screen against the corpus before any extraction. Reads
 * only the few nodes the check visited, so it costs little more than the
 * check alone. Null when the page does not look like an article.
 */
export function screenSample(doc: Document, url: string): ScreenSample | null {
  if (!doc.body) return null;
  const visited: Element[] = [];
  const readerable = isProbablyReaderable(doc, {
    visibilityChecker: (node: Node) => {
      const visible = isNodeVisible(node as Element);
      if (visible) visited.push(node as Element);
      return visible;
    },
  });
  if (!readerable) return null;
  const lead: string[] = [];
  const taken = new Set<Element>();
  let chars = 0;
  const take = (el: Element): void => {
    if (chars >= SCREEN_CHARS || taken.has(el)) return;
    taken.add(el);
    // Cut before cleaning: a <div> of <br>-separated text can hold a whole book.
    const text = clean((el.textContent ?? '').slice(0, 2 * SCREEN_CHARS)).slice(0, SCREEN_CHARS - chars);
    if (text.length < MIN_LEAD_PARAGRAPH) return;
    lead.push(text);
    chars += text.length;
  };
  for (const node of visited) {
    if (chars >= SCREEN_CHARS) break;
    // An <article>, or a <div> of <br>-separated text, comes before its own paragraphs: read those.
    const inner = node.tagName === 'P' || node.tagName === 'PRE' ? null : node.getElementsByTagName('p');
    if (inner?.length) for (let i = 0; i < inner.length && i < 12; i++) take(inner[i]!);
    else take(node);
  }
  const title = clean(meta(doc, 'meta[property="og:title"]') ?? doc.title ?? '').slice(0, 500);
  const description = meta(doc, 'meta[name="description"]') ?? meta(doc, 'meta[property="og:description"]');
  return {
    url,
    title,
    lead: [...(description ? [description.slice(0, 500)] : []), ...lead].join('\n\n'),
    language: doc.documentElement.getAttribute('lang')?.trim() || null,
  };
}

