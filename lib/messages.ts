/**
 * The message protocol: every request one extension context sends another,
 * with its response type. Content scripts, popup and options use `send` in
 * utils/messaging.ts; the background dispatches on `type` after
 * {@link parseMessage} has checked the shape, since a content script runs
 * next to untrusted page code and its messages are input, not trusted calls.
 */
import type { ArticleReport } from './analysis/analyze.ts';
import type { ClaimReport } from './analysis/evidence.ts';
import type { ScreenResult } from './analysis/related.ts';
import type { ArticleSnapshot, ScreenSample } from './analysis/types.ts';
import { isTranslation } from './crosslang/translate.ts';

export interface CorpusStatus {
  ready: boolean;
  documents: number;
  packs: { id: string; title: string; revision: number; documents: number }[];
  revision: number;
  /** Set when installing the default corpus failed. */
  error: string | null;
  /** The user removed the built-in corpus: the options page offers to restore it. */
  defaultRemoved: boolean;
}

/** A corpus report in full, for the reader page. */
export interface CorpusDocument {
  packId: string;
  docId: string;
  title: string;
  outlet: string;
  author: string | null;
  published: string | null;
  url: string | null;
  sources: string[];
  text: string;
}

export interface DocRef {
  packId: string;
  docId: string;
}

export interface Protocol {
  /** Content script → background: is this page's opening close enough to the corpus to extract the article? */
  screen: { request: ScreenSample; response: ScreenResult };
  /** Content script → background: analyse the page's article. */
  analyze: { request: ArticleSnapshot; response: ArticleReport };
  /** Content script → background: check one selected or typed claim against the corpus. */
  checkClaim: { request: { text: string; articleDate: string | null }; response: ClaimReport };
  /** Any context → background: a corpus report, whole. */
  getDocument: { request: DocRef; response: CorpusDocument };
  /** Content script → background: open the reader page on a report, passage highlighted. */
  openReport: { request: DocRef & { start: number; end: number }; response: null };
  /** Content script → background: "Not a match" — never show this report for this claim again. */
  dismiss: { request: DocRef & { claim: string }; response: null };
  /** Any extension context → background: the corpus state. */
  corpusStatus: { request: null; response: CorpusStatus };
  /** Extension pages only → background: sync a subscribed pack now (the background keeps going if the page closes). */
  syncNow: { request: { packId: string }; response: { status: string; error: string | null; installed: number | null } };
  /** Extension pages only → background: install the built-in corpus again after the user removed it. */
  restoreDefaultPack: { request: null; response: { revision: number; documents: number } };
}

/** Requests that change the corpus; the background accepts them only from the extension's own pages. */
export const PRIVILEGED: ReadonlySet<MessageType> = new Set<MessageType>(['syncNow', 'restoreDefaultPack']);

/** What the content script reports to the popup about its page. */
export interface PageStatus {
  /** The page was analysed (automatically or on request). */
  analysed: boolean;
  /** Why it was not analysed automatically, if it was not. */
  skipped: 'not-an-article' | 'screened-out' | 'detection-off' | 'site-disabled' | null;
  related: boolean;
  reports: number;
  conflicts: number;
  open: boolean;
}

/** Requests that the background and popup send to a tab's content script. */
export interface TabProtocol {
  /** Check the selection (given by the context menu, or read from the page). */
  checkSelection: { request: { text: string | null }; response: null };
  toggleSidebar: { request: { open: boolean }; response: null };
  /** Analyse this page even though the gate or the settings skipped it. */
  checkPage: { request: null; response: PageStatus };
  pageStatus: { request: null; response: PageStatus };
}

export type TabMessageType = keyof TabProtocol;
export type TabMessage = { [K in TabMessageType]: { type: K; payload: TabProtocol[K]['request'] } }[TabMessageType];

/** Returns the message if `raw` is a well-formed tab message, else null. */
export function parseTabMessage(raw: unknown): TabMessage | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as { type?: unknown; payload?: unknown };
  const p = (m.payload ?? {}) as Record<string, unknown>;
  switch (m.type) {
    case 'checkSelection':
      return p.text === null || p.text === undefined || isStr(p.text, 100_000) ? { type: 'checkSelection', payload: { text: (p.text as string) ?? null } } : null;
    case 'toggleSidebar':
      return typeof p.open === 'boolean' ? { type: 'toggleSidebar', payload: { open: p.open } } : null;
    case 'checkPage':
    case 'pageStatus':
      return { type: m.type, payload: null };
    default:
      return null;
  }
}

export type MessageType = keyof Protocol;
export type Message = { [K in MessageType]: { type: K; payload: Protocol[K]['request'] } }[MessageType];
export type Reply<K extends MessageType> = { ok: true; value: Protocol[K]['response'] } | { ok: false; error: string };

/**
 * Longest paragraph of a snapshot, in characters. The extraction splits longer ones (lib/extract/
 * snapshot.ts): claim extraction's sentence splitting is quadratic in a paragraph's length.
 */
export const MAX_PARAGRAPH = 10_000;

/** Upper bounds on what a content script may send (a snapshot is already capped at extraction). */
const LIMITS = { url: 8192, title: 2000, meta: 1000, text: 600_000, paragraphs: 20_000, paragraph: MAX_PARAGRAPH };

function isStr(v: unknown, max: number): v is string {
  return typeof v === 'string' && v.length <= max;
}
function isOptStr(v: unknown, max: number): v is string | null {
  return v === null || isStr(v, max);
}

/** Checks an article snapshot received from a content script. */
export function isSnapshot(v: unknown): v is ArticleSnapshot {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return (
    isPageUrl(s.url) &&
    isStr(s.title, LIMITS.title) &&
    isOptStr(s.byline, LIMITS.meta) &&
    isOptStr(s.siteName, LIMITS.meta) &&
    isOptStr(s.publishedTime, LIMITS.meta) &&
    isOptStr(s.language, 64) &&
    isStr(s.text, LIMITS.text) &&
    isParagraphs(s.paragraphs) &&
    (s.translation === undefined || isTranslation(s.translation, s.paragraphs))
  );
}

/**
 * At most 20,000 strings of at most {@link MAX_PARAGRAPH} characters, no more than the text's bound in
 * all, and no holes: every() skips the holes of a sparse list, which would pass and then throw in the analysis.
 */
function isParagraphs(v: unknown): v is string[] {
  if (!Array.isArray(v) || v.length > LIMITS.paragraphs) return false;
  let total = 0;
  for (let i = 0; i < v.length; i++) {
    const p: unknown = v[i];
    if (!isStr(p, LIMITS.paragraph)) return false;
    total += p.length;
    if (total > LIMITS.text) return false;
  }
  return true;
}

function isPageUrl(v: unknown): v is string {
  return isStr(v, LIMITS.url) && /^(https?|file):/i.test(v);
}

/** Checks a screen sample received from a content script. */
export function isScreenSample(v: unknown): v is ScreenSample {
  if (typeof v !== 'object' || v === null) return false;
  const s = v as Record<string, unknown>;
  return isPageUrl(s.url) && isStr(s.title, LIMITS.title) && isStr(s.lead, 10_000) && isOptStr(s.language, 64);
}

/** Returns the message if `raw` is a well-formed protocol message, else null. */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as { type?: unknown; payload?: unknown };
  switch (m.type) {
    case 'analyze':
      return isSnapshot(m.payload) ? { type: 'analyze', payload: m.payload } : null;
    case 'screen': {
      const p = m.payload as ScreenSample;
      return isScreenSample(p) ? { type: 'screen', payload: { url: p.url, title: p.title, lead: p.lead, language: p.language } } : null;
    }
    case 'corpusStatus':
      return { type: 'corpusStatus', payload: null };
    case 'restoreDefaultPack':
      return { type: 'restoreDefaultPack', payload: null };
    case 'checkClaim': {
      const p = m.payload as Record<string, unknown> | null;
      return p && isStr(p.text, 100_000) && isOptStr(p.articleDate ?? null, 64)
        ? { type: 'checkClaim', payload: { text: p.text, articleDate: (p.articleDate as string | null) ?? null } }
        : null;
    }
    case 'getDocument':
      return isDocRef(m.payload) ? { type: 'getDocument', payload: { packId: m.payload.packId, docId: m.payload.docId } } : null;
    case 'openReport': {
      const p = m.payload as Record<string, unknown> | null;
      return isDocRef(p) && Number.isSafeInteger(p.start) && Number.isSafeInteger(p.end)
        ? { type: 'openReport', payload: { packId: p.packId, docId: p.docId, start: p.start as number, end: p.end as number } }
        : null;
    }
    case 'syncNow': {
      const p = m.payload as Record<string, unknown> | null;
      return p && isStr(p.packId, 200) ? { type: 'syncNow', payload: { packId: p.packId } } : null;
    }
    case 'dismiss': {
      const p = m.payload as Record<string, unknown> | null;
      return isDocRef(p) && isStr(p.claim, 5000) ? { type: 'dismiss', payload: { packId: p.packId, docId: p.docId, claim: p.claim } } : null;
    }
    default:
      return null;
  }
}

/**
 * A pack and document id as packs allow them. A lone surrogate is refused here too: no installed
 * document has one (pack validation refuses it), and the reader's URL would turn it into U+FFFD.
 */
function isDocRef(v: unknown): v is DocRef {
  const p = v as Record<string, unknown> | null;
  return !!p && typeof p === 'object' && isStr(p.packId, 200) && isStr(p.docId, 300) && !LONE_SURROGATE.test(p.docId) && !LONE_SURROGATE.test(p.packId);
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Key under which a "Not a match" choice is remembered: the claim's words and the report, as a JSON
 * list. The former `claim|pack/doc` let two choices share a key ("a|p/x" with report q/d, and "a"
 * with report p/"x|q/d"), so dismissing one report could hide another.
 */
export function dismissalKey(claim: string, ref: DocRef): string {
  return JSON.stringify([claim.toLowerCase().replace(/\s+/g, ' ').trim(), ref.packId, ref.docId]);
}

/** "Not a match" choices kept; adding one more forgets the oldest (each is up to 5 KB of claim text). */
export const MAX_DISMISSALS = 2_000;

/**
 * The stored "Not a match" keys, oldest first: strings only, at most {@link MAX_DISMISSALS} (the
 * newest), and keys of the former `claim|pack/doc` form rewritten as {@link dismissalKey} makes them
 * (split at the last "|" followed by a pack id and "/": pack ids hold neither character).
 */
export function readDismissals(stored: unknown): string[] {
  const keys = (Array.isArray(stored) ? stored : []).filter((k): k is string => typeof k === 'string').map(legacyKey);
  return [...new Set(keys)].slice(-MAX_DISMISSALS);
}

/** The stored keys with `key` added as the newest (moved there if already present), the oldest dropped past the bound. */
export function addDismissal(stored: unknown, key: string): string[] {
  return [...readDismissals(stored).filter((k) => k !== key), key].slice(-MAX_DISMISSALS);
}

function legacyKey(key: string): string {
  if (key.startsWith('[')) return key;
  const m = /^([\s\S]*)\|([\w.-]{1,200})\/([\s\S]+)$/.exec(key);
  return m ? JSON.stringify([m[1], m[2], m[3]]) : key;
}
