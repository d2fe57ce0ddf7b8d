// The page-DOM module of lib/: it reads a Document (the live page in the
// content script, linkedom in the CLI) and never writes to it.
import Readability from '@mozilla/readability/Readability.js';
import type { ArticleSnapshot } from '../analysis/types.ts';
import { clean, meta } from './text.ts';

/** Pages with more elements than this are not parsed (Readability would take seconds). */
export const MAX_ELEMENTS = 60_000;
/** Article text beyond this many characters is cut: claims deep in a book-length page are not worth the wait. */
export const MAX_TEXT = 400_000;

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, dd, td';

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
