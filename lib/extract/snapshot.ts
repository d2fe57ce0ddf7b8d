// The page-DOM module of lib/: it reads a Document (the live page in the
// content script, linkedom in the CLI) and never writes to it.
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import type { ArticleSnapshot, ScreenSample } from '../analysis/types.ts';
import { SCREEN_CHARS } from '../analysis/screen.ts';

/** Pages with more elements than this are not parsed (Readability would take seconds). */
export const MAX_ELEMENTS = 60_000;
/** Article text beyond this many characters is cut: claims deep in a book-length page are not worth the wait. */
export const MAX_TEXT = 400_000;

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, dd, td';

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

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function meta(doc: Document, selector: string): string | null {
  const v = doc.querySelector<HTMLMetaElement>(selector)?.content;
  return v ? clean(v) : null;
}

/** Paragraph texts of the extracted article, innermost blocks only, in order. */
function paragraphsOf(root: Element): string[] {
  const blocks = [...root.querySelectorAll(BLOCKS)];
  const picked = blocks.filter((b) => !b.querySelector(BLOCKS));
  const texts = (picked.length ? picked : [root]).flatMap((b) =>
    picked.length ? [clean(b.textContent ?? '')] : (b.textContent ?? '').split(/\n\s*\n|\n/).map(clean),
  );
  return texts.filter((t) => t.length > 0);
}

/**
 * Extracts an article snapshot with Readability, run on a clone so the page
 * itself is never modified. Returns null when the page has no article.
 */
export function extractSnapshot(doc: Document, url: string): ArticleSnapshot | null {
  if (!doc.documentElement || doc.getElementsByTagName('*').length > MAX_ELEMENTS) return null;
  const clone = doc.cloneNode(true) as Document;
  const article = new Readability<Element>(clone, {
    serializer: (node) => node as Element,
    maxElemsToParse: MAX_ELEMENTS,
  }).parse();
  if (!article?.content) return null;
  let paragraphs = paragraphsOf(article.content);
  let total = 0;
  paragraphs = paragraphs.filter((p) => (total += p.length + 2) <= MAX_TEXT);
  const text = paragraphs.join('\n\n');
  if (!text) return null;
  const language =
    doc.documentElement.getAttribute('lang') || meta(doc, 'meta[http-equiv="content-language" i]') || article.lang || null;
  return {
    url,
    title: clean(article.title ?? doc.title ?? ''),
    byline: article.byline ? clean(article.byline) : null,
    siteName: article.siteName ? clean(article.siteName) : null,
    publishedTime: article.publishedTime ?? meta(doc, 'meta[property="article:published_time"]'),
    language: language ? language.trim() : null,
    text,
    paragraphs,
  };
}
