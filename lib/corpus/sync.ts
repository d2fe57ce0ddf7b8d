import { chooseFile, openFeed } from '../packs/feed.ts';
import { PackError } from '../packs/format.ts';
import { parsePackFile } from '../packs/delta.ts';
import type { CorpusDB } from './db.ts';
import { downloadFile, type Fetch } from './download.ts';
import { applyDelta, importPack } from './import.ts';

/** A feed the user subscribed to, stored in `meta` under `subscription:<packId>` (version 1). */
export interface Subscription {
  version: 1;
  packId: string;
  title: string;
  publisher: string;
  feedUrl: string;
  /** The publisher key accepted on first use; every later feed must be signed by it. */
  publicKey: string;
  fingerprint: string;
  periodHours: number;
  lastAttempt: number | null;
  lastSuccess: number | null;
  status: 'up-to-date' | 'updating' | 'out-of-date' | 'failed' | 'stale';
  error: string | null;
  failures: number;
  etag: string | null;
  lastModified: string | null;
  /** While a file downloads: bytes received and expected, and how often it was resumed. */
  progress?: { received: number; total: number; resumes?: number } | null;
}

export type { Fetch };

export interface SyncOptions {
  fetch: Fetch;
  now?: Date;
  /** Time allowed for the feed request. */
  feedTimeoutMs?: number;
  /** Time allowed for a pack download, resumes included (default: 5 minutes, or the time at 100 KB/s if longer). */
  fileTimeoutMs?: number;
  /** Range requests allowed after a download breaks off (default 3). */
  maxResumes?: number;
  /** Pause before the n-th resume: n times this (default 1,000 ms). */
  resumeDelayMs?: number;
}

export interface SyncResult {
  subscription: Subscription;
  /** Revision installed by this sync, if one was. */
  installed: number | null;
}

const KEY = (packId: string) => `subscription:${packId}`;

/** All subscriptions. */
export async function listSubscriptions(db: CorpusDB): Promise<Subscription[]> {
  const rows = await db.meta.where('key').startsWith('subscription:').toArray();
  return rows.map((r) => r.value as Subscription);
}

export async function saveSubscription(db: CorpusDB, sub: Subscription): Promise<void> {
  await db.meta.put({ key: KEY(sub.packId), value: sub });
}

export async function removeSubscription(db: CorpusDB, packId: string): Promise<void> {
  await db.meta.delete(KEY(packId));
}

/** Reads a feed for the first time: what the user is asked to trust (title, publisher, key fingerprint). */
export async function previewFeed(feedUrl: string, options: SyncOptions): Promise<{ packId: string; title: string; publisher: string; revision: number; publicKey: string; fingerprint: string; stale: boolean }> {
  const res = await get(options.fetch, feedUrl, {}, options.feedTimeoutMs ?? 30_000);
  const opened = await openFeed(await res.text(), { now: options.now });
  const { feed } = opened;
  return { packId: feed.packId, title: feed.title, publisher: feed.publisher, revision: feed.revision, publicKey: opened.publicKey, fingerprint: opened.fingerprint, stale: opened.stale };
}

/** When the next sync of a subscription is due: its period, or sooner with backoff after failures. */
export function nextSyncAt(sub: Subscription): number {
  const period = sub.periodHours * 3_600_000;
  if (sub.lastAttempt === null) return 0;
  if (sub.failures > 0) return sub.lastAttempt + Math.min(period, 60_000 * 2 ** Math.min(sub.failures, 10));
  return sub.lastAttempt + period;
}

/**
 * Brings one subscribed pack up to date. Every check happens before the
 * corpus is touched: the feed's signature against the pinned key, rollback,
 * expiry, the announced size against the limit, the file's size and SHA-256
 * (on the whole file, however many times its download was resumed), the
 * pack schema; then the update is applied in one transaction. On any
 * failure the revision in use stays in use and the subscription records the
 * reason.
 */
export async function syncSubscription(db: CorpusDB, sub: Subscription, options: SyncOptions): Promise<SyncResult> {
  const now = options.now ?? new Date();
  // Still 'updating' from an earlier attempt: that sync was cut off (the browser stopped the worker).
  // It counts as a failure, so an update that never fits in a worker's lifetime backs off instead of
  // being retried at every start.
  const interrupted = sub.status === 'updating';
  const attempt: Subscription = { ...sub, lastAttempt: now.getTime(), status: 'updating', failures: sub.failures + (interrupted ? 1 : 0) };
  await saveSubscription(db, attempt);
  try {
    const headers: Record<string, string> = {};
    if (sub.etag) headers['If-None-Match'] = sub.etag;
    if (sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;
    const res = await get(options.fetch, sub.feedUrl, headers, options.feedTimeoutMs ?? 30_000);
    const installedRevision = (await db.packs.get(sub.packId))?.revision ?? null;
    if (res.status === 304 && installedRevision !== null) return done(db, attempt, 'up-to-date', null);
    const opened = await openFeed(await res.text(), {
      pinnedKey: sub.publicKey,
      packId: sub.packId,
      minRevision: installedRevision ?? undefined,
      now,
    });
    const cache = { etag: res.headers.get('ETag'), lastModified: res.headers.get('Last-Modified') };
    if (opened.stale) {
      return done(db, { ...attempt, ...cache }, 'stale', null, `The feed expired on ${opened.feed.expires}: it may be an old copy, so it was not used`);
    }
    const entry = chooseFile(opened.feed, installedRevision);
    if (!entry) return done(db, { ...attempt, ...cache }, 'up-to-date', null);
    const fileUrl = new URL(entry.url, sub.feedUrl).href;
    const bytes = await downloadFile(fileUrl, entry, {
      fetch: options.fetch,
      // Five minutes would cut off a 100 MB pack on a slow line: allow at least 100 KB/s.
      timeoutMs: options.fileTimeoutMs ?? Math.max(300_000, Math.ceil(entry.size / 100)),
      maxResumes: options.maxResumes,
      resumeDelayMs: options.resumeDelayMs,
      onProgress: (progress) => saveSubscription(db, { ...attempt, progress }),
    });
    const parsed = parsePackFile(new TextDecoder().decode(bytes));
    const got = parsed.kind === 'pack' ? parsed.pack : parsed.delta;
    if (got.id !== sub.packId || got.revision !== entry.revision) {
      throw new PackError(`The downloaded file is ${got.id} revision ${got.revision}, not ${sub.packId} revision ${entry.revision} as the feed says`);
    }
    const result = parsed.kind === 'pack' ? await importPack(db, parsed.pack, { refuseOlder: true }) : await applyDelta(db, parsed.delta);
    return done(db, { ...attempt, ...cache, title: opened.feed.title, publisher: opened.feed.publisher }, 'up-to-date', result.revision);
  } catch (e) {
    const reason = e instanceof PackError ? e.message : networkReason(e);
    return done(db, { ...attempt, failures: attempt.failures + 1 }, 'failed', null, reason);
  }
}

async function done(db: CorpusDB, sub: Subscription, status: Subscription['status'], installed: number | null, error: string | null = null): Promise<SyncResult> {
  const ok = status === 'up-to-date';
  const next: Subscription = { ...sub, progress: null, status, error, failures: ok ? 0 : sub.failures, lastSuccess: ok ? sub.lastAttempt : sub.lastSuccess };
  await saveSubscription(db, next);
  return { subscription: next, installed };
}

async function get(fetchFn: Fetch, url: string, headers: Record<string, string>, timeoutMs: number): Promise<Response> {
  const res = await fetchFn(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
  if (res.status === 304) return res;
  if (!res.ok) throw new PackError(`The server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${url}`);
  return res;
}

function networkReason(e: unknown): string {
  const err = e as { name?: string; message?: string };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'The server did not answer in time; will retry';
  return `Could not reach the server (${err.message ?? String(e)}); will retry`;
}
