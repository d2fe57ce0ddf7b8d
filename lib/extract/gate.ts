// The page-DOM gate of lib/: run on every page the content script sees, so it
// is kept apart from Readability's full parser (snapshot.ts), which only pages
// that pass the screen load. It reads the Document and never writes to it.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { SCREEN_CHARS } from '../analysis/thresholds.ts';
import type { ScreenSample } from '../analysis/types.ts';
import { clean, meta, pageLanguage } from './text.ts';

/**
 * The cheap gate run on every page before any extraction: is this probably
 * an article? Readability's own heuristic, visibility included, and when it
 * says no, the short-paragraph check (tabloids, live blogs, wire briefs).
 */
export function looksLikeArticle(doc: Document): boolean {
  return gate(doc) !== null;
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
 * check alone. A page that fails it (it counts only paragraphs over 140
 * characters) gets the short-paragraph check, over the paragraphs the first
 * check already found; if that passes, the lead is the story's own short
 * paragraphs. Null when the page does not look like an article.
 */
export function screenSample(doc: Document, url: string): ScreenSample | null {
  const passed = gate(doc);
  if (!passed) return null;
  const lead = passed.kind === 'readerable' ? readerableLead(passed.visited) : joinShort(passed.paragraphs);
  const title = clean(meta(doc, 'meta[property="og:title"]') ?? doc.title ?? '').slice(0, 500);
  const description = meta(doc, 'meta[name="description"]') ?? meta(doc, 'meta[property="og:description"]');
  return {
    url,
    title,
    lead: [...(description ? [description.slice(0, 500)] : []), ...lead].join('\n\n'),
    language: pageLanguage(doc),
  };
}

type GateResult = { kind: 'readerable'; visited: Element[] } | { kind: 'short-paragraphs'; paragraphs: string[] };

/** Readability's check, then the short-paragraph check on the nodes it visited. */
function gate(doc: Document): GateResult | null {
  if (!doc.body) return null;
  const visited: Element[] = [];
  const readerable = isProbablyReaderable(doc, {
    visibilityChecker: (node: Node) => {
      const visible = isNodeVisible(node as Element);
      if (visible) visited.push(node as Element);
      return visible;
    },
  });
  if (readerable) return { kind: 'readerable', visited };
  // Not readerable: `visited` now holds every visible <p>, <pre> and <article> of the page.
  const paragraphs = shortParagraphStory(visited);
  return paragraphs ? { kind: 'short-paragraphs', paragraphs } : null;
}

/** The lead of a readerable page: the opening paragraphs the check visited, short ones dropped. */
function readerableLead(visited: Element[]): string[] {
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
  return lead;
}

/** Consecutive paragraphs shorter than MIN_LEAD_PARAGRAPH joined into one, up to SCREEN_CHARS in all. */
function joinShort(texts: string[]): string[] {
  const out: string[] = [];
  let pending = '';
  let chars = 0;
  for (const raw of texts) {
    if (chars + pending.length >= SCREEN_CHARS) break;
    // Cut before cleaning, as for readerable pages.
    const t = clean(raw.slice(0, 2 * SCREEN_CHARS));
    pending = pending ? `${pending} ${t}` : t;
    if (pending.length >= MIN_LEAD_PARAGRAPH) {
      out.push(pending.slice(0, SCREEN_CHARS - chars));
      chars += out.at(-1)!.length;
      pending = '';
    }
  }
  if (pending && chars < SCREEN_CHARS) out.push(pending.slice(0, SCREEN_CHARS - chars));
  return out;
}

// ── The short-paragraph check ───────────────────────────────────────────────
// `isProbablyReaderable` scores only paragraphs over 140 characters, so a
// story told in one-sentence paragraphs (tabloids, live blogs, wire briefs)
// fails it. This second look runs only on pages that failed, over the <p>
// elements the first one already collected (no new query of the document),
// looks at no more than MAX_PARAGRAPHS of them and stops at the first
// container that holds a story. Whether the story is one the corpus covers is
// the screen's business, not the gate's.

/** At most this many <p> elements are read. */
const MAX_PARAGRAPHS = 400;
/** A story: at least this many sentence paragraphs in one container… */
const MIN_PARAGRAPHS = 5;
/** …holding at least this many characters of text. */
const MIN_STORY_CHARS = 500;
/** A sentence paragraph has at least this many characters (half for CJK text)… */
const MIN_SENTENCE_CHARS = 40;
/** …and this many words. */
const MIN_SENTENCE_WORDS = 6;
/** Link text over this share of the stretch of the container the paragraphs span: a listing, a menu or a results page. */
const MAX_LINK_DENSITY = 0.3;
/** The sentence paragraphs of a run are at least this share of the text of the stretch they span. */
const MIN_RUN_PROSE_SHARE = 0.3;
/** Paragraphs that are each in an entry of their own (a live blog) need timestamps, fewer links… */
const MAX_ENTRY_LINK_DENSITY = 0.2;
/** …and the sentences must be most of the stretch's text (not the snippets of cards with titles and prices). */
const MIN_ENTRY_PROSE_SHARE = 0.6;
/** Entries are a live blog with at least this many timestamps. */
const MIN_TIMESTAMPS = 3;

// Readability's own patterns (copied from Readability.js, which drops these nodes as unlikely to be content).
const UNLIKELY = /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE_CANDIDATE = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog', 'search', 'banner', 'contentinfo']);
/** Not a story, whatever else the name says: threads, shops, results, promotions. */
const NOT_STORY = /(?:^|[^a-z])(?:comment|discuss|repl(?:y|ies)|forum|product|basket|cart\b|checkout|search|teaser|promo|listing|catalog|newsletter|cookie|consent|modal|dialog)/i;
/** Elements whose paragraphs are never the story. */
const NOT_STORY_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'DIALOG', 'A', 'BUTTON', 'LABEL', 'BLOCKQUOTE', 'FIGCAPTION', 'TEMPLATE', 'NOSCRIPT']);

/** Ends like a sentence: a full stop, question or exclamation mark or colon, maybe in quotes, not an ellipsis. */
const SENTENCE_END = /[.!?:;。！？]["'”’»)\]]*$/;
const ELLIPSIS_END = /(?:\.\.\.|…)["'”’»)\]]*$/;
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g;
/** Clock times (10:42, 10.42am, 10.42 GMT) and relative ones (5 min ago): what the entries of a live blog carry. */
const TIMESTAMP =
  /\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:[01]?\d|2[0-3])\.[0-5]\d\s?(?:[ap]\.?m\b|GMT|BST|UTC|CET|CEST|ET|EST|EDT|PT|PST|PDT|MSK)|\b\d{1,2}\s?(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago\b/gi;

interface Tally {
  /** Sentence paragraphs under the container, within three levels. */
  paragraphs: number;
  /** Of those, the ones that are its children (or wrapped alone in a child): a run of prose. */
  direct: number;
  chars: number;
  texts: string[];
  /** The container's children that hold the first and the latest of those paragraphs. */
  first: Element;
  last: Element;
  /** Paragraph count at which the container is judged (again): MIN_PARAGRAPHS, doubled after each no. */
  nextCheck: number;
}

/**
 * The texts of the sentence paragraphs of the first container that holds a
 * story told in short paragraphs, or null. `visited` are the nodes
 * `isProbablyReaderable` found visible, in document order.
 */
function shortParagraphStory(visited: Element[]): string[] | null {
  const blocked = new Map<Element, boolean>();
  const tallies = new Map<Element, Tally>();
  let seen = 0;
  let story: Tally | null = null;
  let storyContainer: Element | null = null;
  for (const p of visited) {
    if (p.tagName !== 'P') continue;
    if (++seen > MAX_PARAGRAPHS) break;
    const text = sentence(p);
    if (text === null || isBlocked(p, blocked) || linkDominated(p, text.length)) continue;
    if (story) {
      // Found: read on for the lead, within the same container.
      if (!storyContainer!.contains(p)) continue;
      story.texts.push(text);
      if ((story.chars += text.length) >= SCREEN_CHARS) break;
      continue;
    }
    // A paragraph wrapped alone in an element or two is still a paragraph of the run.
    let child: Element = p;
    for (let k = 0; k < 2; k++) {
      const parent = child.parentElement;
      if (!parent || parent.childElementCount !== 1 || parent.tagName === 'BODY') break;
      child = parent;
    }
    let container = child.parentElement;
    for (let level = 0; level < 3 && container && container.tagName !== 'HTML'; level++) {
      let tally = tallies.get(container);
      if (!tally) tallies.set(container, (tally = { paragraphs: 0, direct: 0, chars: 0, texts: [], first: child, last: child, nextCheck: MIN_PARAGRAPHS }));
      tally.paragraphs++;
      if (level === 0) tally.direct++;
      tally.chars += text.length;
      tally.texts.push(text);
      tally.last = child;
      if (tally.paragraphs >= tally.nextCheck && tally.chars >= MIN_STORY_CHARS) {
        if (holdsStory(tally)) {
          story = tally;
          storyContainer = container;
          break;
        }
        // A "read more" box among the first paragraphs is not the end of the story: look again
        // at twice as many (so the stretch is read at most about twice in all).
        tally.nextCheck = 2 * tally.paragraphs;
      }
      child = container;
      container = container.parentElement;
    }
  }
  return story ? story.texts : null;
}

/**
 * Whether the paragraphs counted make their container a story: a run of
 * prose, or the timestamped entries of a live blog. Judged on the stretch of
 * the container they span (not the whole of it: the work stays proportional
 * to what the check has read).
 */
function holdsStory(tally: Tally): boolean {
  const run = tally.direct >= MIN_PARAGRAPHS;
  // Past this much text the paragraphs are too small a part of the stretch: stop reading.
  const maxChars = tally.chars / (run ? MIN_RUN_PROSE_SHARE : MIN_ENTRY_PROSE_SHARE);
  let chars = 0;
  let linkChars = 0;
  let times = 0;
  const texts: string[] = [];
  for (let e: Element | null = tally.first; e; e = e.nextElementSibling) {
    const text = clean(e.textContent ?? '');
    if ((chars += text.length) > maxChars) return false;
    if (e.tagName === 'A') linkChars += text.length;
    else {
      const links = e.getElementsByTagName('a');
      for (let i = 0; i < links.length; i++) linkChars += clean(links[i]!.textContent ?? '').length;
    }
    if (!run) {
      times += e.tagName === 'TIME' ? 1 : e.getElementsByTagName('time').length;
      texts.push(text);
    }
    if (e === tally.last) break;
  }
  if (run) return linkChars <= MAX_LINK_DENSITY * chars;
  if (linkChars > MAX_ENTRY_LINK_DENSITY * chars) return false;
  if (times < MIN_TIMESTAMPS) times += texts.join('\n').match(TIMESTAMP)?.length ?? 0;
  return times >= MIN_TIMESTAMPS;
}

/** The paragraph's text (trimmed, not yet cleaned) if it reads like a sentence of a story, else null. */
function sentence(p: Element): string | null {
  const raw = p.textContent ?? '';
  if (raw.length < MIN_SENTENCE_CHARS / 2) return null;
  const text = raw.trim();
  // Only the end and the first few words are looked at: a paragraph can be long.
  const tail = text.slice(-6);
  if (!SENTENCE_END.test(tail) || ELLIPSIS_END.test(tail)) return null;
  if (text.length >= MIN_SENTENCE_CHARS && text.split(/\s+/, MIN_SENTENCE_WORDS).length >= MIN_SENTENCE_WORDS) return text;
  // Chinese and Japanese put no spaces between words.
  return (text.slice(0, MIN_SENTENCE_CHARS).match(CJK)?.length ?? 0) >= MIN_SENTENCE_CHARS / 2 ? text : null;
}

/** Mostly link text: a menu item, a headline or a "read more". */
function linkDominated(p: Element, chars: number): boolean {
  const links = p.getElementsByTagName('a');
  let linkChars = 0;
  for (let i = 0; i < links.length; i++) linkChars += (links[i]!.textContent ?? '').trim().length;
  return linkChars > chars / 2;
}

/** Whether the element or an ancestor is navigation, a form, a comment thread, hidden… (memoized per element). */
function isBlocked(el: Element, memo: Map<Element, boolean>): boolean {
  const chain: Element[] = [];
  let blocked = false;
  for (let e: Element | null = el; e; e = e.parentElement) {
    const known = memo.get(e);
    if (known !== undefined) {
      blocked = known;
      break;
    }
    chain.push(e);
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const e = chain[i]!;
    blocked ||= blocks(e);
    memo.set(e, blocked);
  }
  return blocked;
}

function blocks(e: Element): boolean {
  if (NOT_STORY_TAGS.has(e.tagName)) return true;
  const role = e.getAttribute('role');
  if (role && UNLIKELY_ROLES.has(role)) return true;
  if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' || (e as HTMLElement).style?.display === 'none') return true;
  if (e.tagName === 'BODY' || e.tagName === 'HTML') return false;
  const name = `${e.getAttribute('class') ?? ''} ${e.id}`;
  if (name.length < 2) return false;
  return (UNLIKELY.test(name) && !MAYBE_CANDIDATE.test(name)) || NOT_STORY.test(name);
}
