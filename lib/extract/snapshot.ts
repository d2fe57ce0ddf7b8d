// The page-DOM module of lib/: it reads a Document (the live page in the
// content script, linkedom in the CLI) and never writes to it.
import Readability from '@mozilla/readability/Readability.js';
import type { ArticleSnapshot } from '../analysis/types.ts';
import { MAX_PARAGRAPH } from '../messages.ts';
import { clean, meta, pageLanguage } from './text.ts';

export { MAX_PARAGRAPH };

/** Pages with more elements than this are not parsed (Readability would take seconds). */
export const MAX_ELEMENTS = 60_000;
/** Article text beyond this many characters is cut: claims deep in a book-length page are not worth the wait. */
export const MAX_TEXT = 400_000;

const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, pre, dd, td';

/** Paragraph texts of the extracted article, innermost blocks only, in order. */
function paragraphsOf(root: Element): string[] {
  const blocks = [...root.querySelectorAll(BLOCKS)];
  // In document order a block's descendants follow it at once, so a block holds another block exactly
  // when it contains the next one: no selector per block (linkedom compiles one per call, 1 s on 59,000).
  const picked = blocks.filter((b, i) => !(i + 1 < blocks.length && b.contains(blocks[i + 1]!)));
  const texts = (picked.length ? picked : [root]).flatMap((b) =>
    picked.length ? [clean(b.textContent ?? '')] : (b.textContent ?? '').split(/\n\s*\n|\n/).map(clean),
  );
  return texts.filter((t) => t.length > 0);
}

/**
 * Paragraphs as the analysis takes them: any longer than {@link MAX_PARAGRAPH} split at a sentence end
 * (else a space) before the bound, and the whole cut at {@link MAX_TEXT}. A page without block
 * structure can give one 300,000-character "paragraph"; sentence splitting is quadratic in a
 * paragraph's length (1.8 s for that one, 70 ms as ten), and the background refuses longer ones.
 */
export function boundParagraphs(paragraphs: readonly string[]): { paragraphs: string[]; fullLength: number } {
  const out: string[] = [];
  let total = -2;
  let kept = -2;
  let cut = false;
  for (const p of paragraphs) {
    total += p.length + 2;
    // Once one piece does not fit, none after it is kept: the text stays a prefix of the article.
    for (const piece of cut ? [] : splitLong(p)) {
      if (kept + piece.length + 2 > MAX_TEXT) {
        cut = true;
        break;
      }
      kept += piece.length + 2;
      out.push(piece);
    }
  }
  return { paragraphs: out, fullLength: Math.max(0, total) };
}

function splitLong(p: string): string[] {
  const pieces: string[] = [];
  let rest = p;
  while (rest.length > MAX_PARAGRAPH) {
    let cut = 0;
    for (let i = MAX_PARAGRAPH; i > MAX_PARAGRAPH / 2 && !cut; i--) {
      if (/\s/.test(rest[i]!) && /[.!?]["'”’)\]]?$/.test(rest.slice(i - 2, i))) cut = i;
    }
    if (!cut) cut = rest.lastIndexOf(' ', MAX_PARAGRAPH);
    if (cut <= MAX_PARAGRAPH / 2) cut = MAX_PARAGRAPH;
    // Not between the halves of a surrogate pair.
    if (/[\ud800-\udbff]/.test(rest[cut - 1] ?? '')) cut--;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces.filter((x) => x.length > 0);
}

/** Elements whose content is text to a parser, so a "<" inside them starts no tag. */
const RAW_TEXT = /(script|style|textarea|title|xmp|noembed|noframes|plaintext)[\s/>]/iy;

/**
 * Elements an HTML text would give, counted by a scan of its start tags without parsing it (comments
 * and the content of scripts, styles and other raw-text elements skipped). In Node, linkedom builds the
 * whole tree before {@link MAX_ELEMENTS} can be checked on it: 24 s and 1.9 GB for a 400,000-element
 * page. Linear in the text, with no backtracking; stops once the count passes `stopAfter`.
 */
export function countStartTags(html: string, stopAfter = Infinity): number {
  let n = 0;
  let i = 0;
  while (n <= stopAfter) {
    i = html.indexOf('<', i);
    if (i < 0) break;
    const c = html.charCodeAt(i + 1) | 0x20;
    if (html.startsWith('!--', i + 1)) {
      const end = html.indexOf('-->', i + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    i++;
    if (c < 0x61 || c > 0x7a) continue;
    n++;
    RAW_TEXT.lastIndex = i;
    const raw = RAW_TEXT.exec(html);
    if (!raw) continue;
    const close = new RegExp(`</${raw[1]}`, 'ig');
    close.lastIndex = i;
    if (!close.exec(html)) break;
    i = close.lastIndex;
  }
  return n;
}

/** Elements under `root`; linkedom (the CLI's DOM) answers 0 to `getElementsByTagName('*')`. */
function countElements(root: Document | Element): number {
  return root.getElementsByTagName('*').length || root.querySelectorAll('*').length;
}

/** Readability's own patterns, so pruning removes only what its first pass would remove. */
const READABILITY = (Readability as unknown as { prototype: { REGEXPS: { unlikelyCandidates: RegExp; okMaybeItsACandidate: RegExp }; UNLIKELY_ROLES: string[] } }).prototype;
/** Unlikely subtrees smaller than this are left to Readability, which may keep them on a retry. */
const PRUNE_MIN_ELEMENTS = 2_000;
/** Readability's default `charThreshold`: below it, it retries without stripping unlikely subtrees. */
const CHAR_THRESHOLD = 500;

/**
 * Removes from the clone the large subtrees Readability's first pass would strip as unlikely (comment
 * threads, footers, menus). Readability still walks a stripped subtree several times before stripping
 * it, which on a page with a 50,000-element comment thread is most of its work. Returns how many
 * subtrees were removed.
 */
function pruneUnlikely(clone: Document): number {
  const { unlikelyCandidates, okMaybeItsACandidate } = READABILITY.REGEXPS;
  const body = clone.body;
  if (!body || countElements(body) < PRUNE_MIN_ELEMENTS) return 0;
  const removed: Element[] = [];
  for (const el of [...body.querySelectorAll('[id], [class], [role]')]) {
    // Not `isConnected`: linkedom reports every element of a cloned document as disconnected.
    if (el.tagName === 'A' || el.closest('table, code') || removed.some((r) => r.contains(el))) continue;
    const match = `${el.getAttribute('class') ?? ''} ${el.id}`;
    const unlikely =
      (unlikelyCandidates.test(match) && !okMaybeItsACandidate.test(match)) || READABILITY.UNLIKELY_ROLES.includes(el.getAttribute('role') ?? '');
    if (unlikely && countElements(el) >= PRUNE_MIN_ELEMENTS) {
      el.remove();
      removed.push(el);
    }
  }
  return removed.length;
}

function parse(clone: Document): ReturnType<Readability<Element>['parse']> {
  return new Readability<Element>(clone, { serializer: (node) => node as Element, maxElemsToParse: MAX_ELEMENTS }).parse();
}

/** Readability on a pruned clone; on the full clone when pruning left too little (its own retry needs it). */
function readClone(doc: Document, clone: Document): ReturnType<typeof parse> {
  const pruned = pruneUnlikely(clone) > 0;
  const article = parse(clone);
  if (pruned && (article?.textContent ?? '').trim().length < CHAR_THRESHOLD) return parse(doc.cloneNode(true) as Document);
  return article;
}

/**
 * Extracts an article snapshot with Readability, run on a clone so the page
 * itself is never modified. Returns null when the page has no article.
 */
export function extractSnapshot(doc: Document, url: string): ArticleSnapshot | null {
  return extractArticle(doc, url).snapshot;
}

/**
 * {@link extractSnapshot}, and how many characters the article had before {@link MAX_TEXT} cut it
 * (the snapshot's own length when it was not cut), so a tool that keeps the text can say it was cut.
 */
export function extractArticle(doc: Document, url: string): { snapshot: ArticleSnapshot | null; fullLength: number } {
  if (!doc.documentElement || countElements(doc) > MAX_ELEMENTS) return { snapshot: null, fullLength: 0 };
  return snapshotOf(doc, url, readClone(doc, doc.cloneNode(true) as Document));
}

/**
 * {@link extractSnapshot} for the live page: the clone and the parse run in separate tasks, so neither
 * holds the page's main thread for their sum on a very large page.
 */
export async function extractSnapshotSliced(doc: Document, url: string, pause: () => Promise<void>): Promise<ArticleSnapshot | null> {
  if (!doc.documentElement || countElements(doc) > MAX_ELEMENTS) return null;
  const clone = doc.cloneNode(true) as Document;
  await pause();
  return snapshotOf(doc, url, readClone(doc, clone)).snapshot;
}


function snapshotOf(doc: Document, url: string, article: ReturnType<typeof parse>): { snapshot: ArticleSnapshot | null; fullLength: number } {
  if (!article?.content) return { snapshot: null, fullLength: 0 };
  const { paragraphs, fullLength: full } = boundParagraphs(paragraphsOf(article.content));
  const text = paragraphs.join('\n\n');
  if (!text) return { snapshot: null, fullLength: Math.max(0, full) };
  const snapshot: ArticleSnapshot = {
    url,
    title: clean(article.title ?? doc.title ?? ''),
    byline: article.byline ? clean(article.byline) : null,
    siteName: article.siteName ? clean(article.siteName) : null,
    publishedTime: article.publishedTime ?? meta(doc, 'meta[property="article:published_time"]'),
    language: pageLanguage(doc, article.lang),
    text,
    paragraphs,
  };
  return { snapshot, fullLength: full };
}
