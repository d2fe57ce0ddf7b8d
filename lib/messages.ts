/**
 * The message protocol: every request one extension context sends another,
 * with its response type. Content scripts, popup and options use `send` in
 * utils/messaging.ts; the background dispatches on `type` after
 * {@link parseMessage} has checked the shape, since a content script runs
 * next to untrusted page code and its messages are input, not trusted calls.
 */
import type { ArticleReport } from './analysis/analyze.ts';
import type { ArticleSnapshot } from './analysis/types.ts';

export interface CorpusStatus {
  ready: boolean;
  documents: number;
  packs: { id: string; title: string; revision: number; documents: number }[];
  revision: number;
  /** Set when installing the default corpus failed. */
  error: string | null;
}

export interface Protocol {
  /** Content script → background: analyse the page's article. */
  analyze: { request: ArticleSnapshot; response: ArticleReport };
  /** Any extension context → background: the corpus state. */
  corpusStatus: { request: null; response: CorpusStatus };
}

export type MessageType = keyof Protocol;
export type Message = { [K in MessageType]: { type: K; payload: Protocol[K]['request'] } }[MessageType];
export type Reply<K extends MessageType> = { ok: true; value: Protocol[K]['response'] } | { ok: false; error: string };

/** Upper bounds on what a content script may send (a snapshot is already capped at extraction). */
const LIMITS = { url: 8192, title: 2000, meta: 1000, text: 600_000, paragraphs: 20_000 };

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
    isStr(s.url, LIMITS.url) &&
    /^(https?|file):/i.test(s.url) &&
    isStr(s.title, LIMITS.title) &&
    isOptStr(s.byline, LIMITS.meta) &&
    isOptStr(s.siteName, LIMITS.meta) &&
    isOptStr(s.publishedTime, LIMITS.meta) &&
    isOptStr(s.language, 64) &&
    isStr(s.text, LIMITS.text) &&
    Array.isArray(s.paragraphs) &&
    s.paragraphs.length <= LIMITS.paragraphs &&
    s.paragraphs.every((p) => typeof p === 'string')
  );
}

/** Returns the message if `raw` is a well-formed protocol message, else null. */
export function parseMessage(raw: unknown): Message | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const m = raw as { type?: unknown; payload?: unknown };
  switch (m.type) {
    case 'analyze':
      return isSnapshot(m.payload) ? { type: 'analyze', payload: m.payload } : null;
    case 'corpusStatus':
      return { type: 'corpusStatus', payload: null };
    default:
      return null;
  }
}
