import { TextDecodeError, TooLargeError, decodeText, readBodyLimited } from '../packs/bytes.ts';
import { MAX_FEED_BYTES, chooseFile, feedExpired, openFeed } from '../packs/feed.ts';
import { quote } from '../packs/fields.ts';
import { PackError } from '../packs/format.ts';
import { parsePackFile } from '../packs/delta.ts';
import { canonicalPublicKey, keyFingerprint } from '../packs/signature.ts';
import { SUBSCRIPTION_PREFIX, type CorpusDB } from './db.ts';
import { downloadFile, type Fetch } from './download.ts';
import { applyDelta, identityConflict, importPack, noteRevisionSeen } from './import.ts';

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
  /** Validators of the last feed verified, sent as If-None-Match / If-Modified-Since. */
  etag: string | null;
  lastModified: string | null;
  /**
   * The last feed verified for this subscription: what a 304 Not Modified
   * stands for. Its expiry is checked on every sync, so a server that keeps
   * answering 304 cannot make an expired feed look up to date. Absent in
   * records written before it existed: then no conditional request is sent.
   */
  feed?: VerifiedFeed | null;
  /** While a file downloads: bytes received and expected, and how often it was resumed. */
  progress?: { received: number; total: number; resumes?: number } | null;
}

/** What a subscription keeps of the last feed it verified. */
export interface VerifiedFeed {
  revision: number;
  created: string;
  expires: string | null;
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
  /** Told each time the subscription's stored state changes (attempt, progress, outcome), so open pages follow it. */
  onChange?: (sub: Subscription) => void;
}

export interface SyncResult {
  subscription: Subscription;
  /** Revision installed by this sync, if one was. */
  installed: number | null;
}

const KEY = (packId: string) => `${SUBSCRIPTION_PREFIX}${packId}`;

/** All subscriptions. */
export async function listSubscriptions(db: CorpusDB): Promise<Subscription[]> {
  const rows = await db.meta.where('key').startsWith(SUBSCRIPTION_PREFIX).toArray();
  return rows.map((r) => r.value as Subscription);
}

/**
 * Saves a subscription: a new one (after the user accepted its key's
 * fingerprint), or changes to one (its period). One pack id has one publisher
 * key: a record for the same pack with another key than the stored
 * subscription's, or than the key the installed pack came from, is refused
 * with a {@link PackError} naming both fingerprints, and the stored record is
 * kept. A new subscription must carry a valid key.
 */
export async function saveSubscription(db: CorpusDB, sub: Subscription): Promise<void> {
  const key = canonicalPublicKey(sub.publicKey);
  const stored = (await db.meta.get(KEY(sub.packId)))?.value as Subscription | undefined;
  const storedKey = stored ? canonicalPublicKey(stored.publicKey) : null;
  if (!stored || storedKey !== key) {
    if (storedKey !== null) {
      throw new PackError(
        `You already subscribe to the pack ${quote(sub.packId, 40)} with key ${await keyFingerprint(storedKey)}; this feed is signed by key ${key ? await keyFingerprint(key) : 'none'}. ` +
          'One pack id has one key: unsubscribe first if the publisher changed keys',
      );
    }
    if (!key) throw new PackError('This subscription has no valid publisher key, so it was not saved');
    const conflict = await identityConflict(db, sub.packId, key, await db.packs.get(sub.packId));
    if (conflict) throw new PackError(conflict);
  }
  await store(db, sub);
}

/** Writes a subscription record as it is (sync's own status updates). */
async function store(db: CorpusDB, sub: Subscription): Promise<void> {
  await db.meta.put({ key: KEY(sub.packId), value: sub });
}

export async function removeSubscription(db: CorpusDB, packId: string): Promise<void> {
  await db.meta.delete(KEY(packId));
}

/** Reads a feed for the first time: what the user is asked to trust (title, publisher, key fingerprint). */
export async function previewFeed(feedUrl: string, options: SyncOptions): Promise<{ packId: string; title: string; publisher: string; revision: number; publicKey: string; fingerprint: string; stale: boolean }> {
  let res: Response;
  try {
    res = await get(options.fetch, feedUrl, {}, options.feedTimeoutMs ?? 30_000);
  } catch (e) {
    throw e instanceof PackError ? e : new PackError(fetchFailure(e, feedUrl));
  }
  const opened = await openFeed(await readFeed(res), { now: options.now });
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
  const result = await syncOnce(db, sub, options);
  options.onChange?.(result.subscription);
  return result;
}

async function syncOnce(db: CorpusDB, sub: Subscription, options: SyncOptions): Promise<SyncResult> {
  const now = options.now ?? new Date();
  // Still 'updating' from an earlier attempt: that sync was cut off (the browser stopped the worker).
  // It counts as a failure, so an update that never fits in a worker's lifetime backs off instead of
  // being retried at every start.
  const interrupted = sub.status === 'updating';
  const attempt: Subscription = { ...sub, lastAttempt: now.getTime(), status: 'updating', failures: sub.failures + (interrupted ? 1 : 0) };
  await store(db, attempt);
  options.onChange?.(attempt);
  // The feed the client last verified, for the expiry note on failures.
  let known = sub.feed ?? null;
  try {
    // Fail closed: without the pinned key any feed would verify against the key it names itself.
    const key = canonicalPublicKey(sub.publicKey);
    if (!key) {
      throw new PackError("This subscription has no valid publisher key on record, so no feed can be checked and nothing was synced. Unsubscribe, then subscribe again to accept the publisher's key");
    }
    if (sub.fingerprint && sub.fingerprint !== (await keyFingerprint(key))) {
      throw new PackError(`This subscription's key does not match its recorded fingerprint ${quote(sub.fingerprint, 60)}: the record is damaged, so nothing was synced. Unsubscribe, then subscribe again`);
    }
    const installed = await db.packs.get(sub.packId);
    const conflict = await identityConflict(db, sub.packId, key, installed);
    if (conflict) throw new PackError(conflict);
    // Only a pack this key installed counts: an unsigned copy of the same id is replaced, never a base or a floor.
    const installedRevision = installed?.publicKey === key ? installed.revision : null;
    const highest = (await db.identities.get([sub.packId, key]))?.highestRevision ?? 0;
    const timeoutMs = options.feedTimeoutMs ?? 30_000;
    // A 304 only means something next to the feed it confirms: ask conditionally only when that feed is on record.
    const last = sub.feed ?? null;
    const headers: Record<string, string> = {};
    if (last && sub.etag) headers['If-None-Match'] = sub.etag;
    if (last && sub.lastModified) headers['If-Modified-Since'] = sub.lastModified;
    let res = await get(options.fetch, sub.feedUrl, headers, timeoutMs);
    if (res.status === 304) {
      await res.body?.cancel().catch(() => undefined);
      if (!last || Object.keys(headers).length === 0) throw notModifiedUnasked();
      // Nothing new on the server is no news about freshness: the feed it confirms may have expired (a freeze).
      if (feedExpired(last.expires, now)) return done(db, attempt, 'stale', null, staleReason(last.expires!, true));
      if (installedRevision !== null && installedRevision >= Math.max(last.revision, highest)) return done(db, attempt, 'up-to-date', null);
      // The feed did not change, but what it offers is not installed (the pack was removed, or its
      // download failed), or this key already published something newer: read the feed whole again.
      res = await get(options.fetch, sub.feedUrl, {}, timeoutMs);
      if (res.status === 304) {
        await res.body?.cancel().catch(() => undefined);
        throw notModifiedUnasked();
      }
    }
    const opened = await openFeed(await readFeed(res), {
      pinnedKey: key,
      packId: sub.packId,
      minRevision: installedRevision ?? undefined,
      now,
    });
    if (opened.feed.revision < highest) {
      throw new PackError(`Refused an older revision: the feed offers revision ${opened.feed.revision}, but this publisher already published revision ${highest} (a rollback)`);
    }
    await noteRevisionSeen(db, sub.packId, key, opened.feed.revision);
    const verified: VerifiedFeed = { revision: opened.feed.revision, created: opened.feed.created, expires: opened.feed.expires };
    known = verified;
    const cache = { etag: res.headers.get('ETag'), lastModified: res.headers.get('Last-Modified'), feed: verified };
    if (opened.stale) return done(db, { ...attempt, ...cache }, 'stale', null, staleReason(opened.feed.expires!, false));
    const entry = chooseFile(opened.feed, installedRevision);
    if (!entry) return done(db, { ...attempt, ...cache }, 'up-to-date', null);
    const fileUrl = new URL(entry.url, sub.feedUrl).href;
    const bytes = await downloadFile(fileUrl, entry, {
      fetch: options.fetch,
      // Five minutes would cut off a 100 MB pack on a slow line: allow at least 100 KB/s.
      timeoutMs: options.fileTimeoutMs ?? Math.max(300_000, Math.ceil(entry.size / 100)),
      maxResumes: options.maxResumes,
      resumeDelayMs: options.resumeDelayMs,
      onProgress: async (progress) => {
        const now = { ...attempt, progress };
        await store(db, now);
        options.onChange?.(now);
      },
    });
    const parsed = parsePackFile(decoded(bytes, 'The downloaded file'));
    const got = parsed.kind === 'pack' ? parsed.pack : parsed.delta;
    if (got.id !== sub.packId || got.revision !== entry.revision) {
      throw new PackError(`The downloaded file is ${got.id} revision ${got.revision}, not ${sub.packId} revision ${entry.revision} as the feed says`);
    }
    const result = parsed.kind === 'pack' ? await importPack(db, parsed.pack, { refuseOlder: true, publicKey: key }) : await applyDelta(db, parsed.delta, { publicKey: key });
    return done(db, { ...attempt, ...cache, title: opened.feed.title, publisher: opened.feed.publisher }, 'up-to-date', result.revision);
  } catch (e) {
    const reason = e instanceof PackError ? e.message : networkReason(e);
    // Whatever went wrong, an expired feed on record is said too: nothing newer could be verified.
    const expired = known && feedExpired(known.expires, now) ? ` (the last feed verified expired on ${known.expires})` : '';
    return done(db, { ...attempt, failures: attempt.failures + 1 }, 'failed', null, `${reason}${expired}`);
  }
}

function staleReason(expires: string, notModified: boolean): string {
  return notModified
    ? `The feed expired on ${expires} and the server still sends that copy (304 Not Modified): updates may be held back, so the pack may be out of date`
    : `The feed expired on ${expires}: it may be an old copy, so it was not used`;
}

function notModifiedUnasked(): PackError {
  return new PackError('The server answered 304 Not Modified to a request for the whole feed, so no feed was received');
}

/**
 * Reads a feed body: at most MAX_FEED_BYTES (reading stops there, whatever
 * the server streams), decoded strictly (bytes that are not UTF-8 are refused
 * with their offset, never turned into U+FFFD). A 304 is never read as a feed.
 */
async function readFeed(res: Response): Promise<string> {
  if (res.status === 304) {
    await res.body?.cancel().catch(() => undefined);
    throw notModifiedUnasked();
  }
  let bytes: Uint8Array;
  try {
    bytes = await readBodyLimited(res, MAX_FEED_BYTES);
  } catch (e) {
    if (e instanceof TooLargeError) throw feedTooLarge();
    throw e;
  }
  if (bytes.length > MAX_FEED_BYTES) throw feedTooLarge();
  return decoded(bytes, 'The feed');
}

function feedTooLarge(): PackError {
  return new PackError(`The feed is larger than ${MAX_FEED_BYTES.toLocaleString('en-US')} bytes, too large to be a feed; it was not read further`);
}

/** Strict text of feed or pack bytes; a TextDecodeError becomes the PackError users see. */
function decoded(bytes: Uint8Array, what: string): string {
  try {
    return decodeText(bytes, what);
  } catch (e) {
    if (e instanceof TextDecodeError) throw new PackError(e.message);
    throw e;
  }
}

async function done(db: CorpusDB, sub: Subscription, status: Subscription['status'], installed: number | null, error: string | null = null): Promise<SyncResult> {
  const ok = status === 'up-to-date';
  const next: Subscription = { ...sub, progress: null, status, error, failures: ok ? 0 : sub.failures, lastSuccess: ok ? sub.lastAttempt : sub.lastSuccess };
  await store(db, next);
  return { subscription: next, installed };
}

async function get(fetchFn: Fetch, url: string, headers: Record<string, string>, timeoutMs: number): Promise<Response> {
  const res = await fetchFn(url, { headers, signal: AbortSignal.timeout(timeoutMs) });
  if (res.status === 304) return res;
  if (!res.ok) throw new PackError(`The server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${url}`);
  return res;
}

function networkReason(e: unknown): string {
  return `${fetchFailure(e, null)}; will retry`;
}

/**
 * What a failed request means, in words that say what to do: "Failed to fetch" (Chromium) and
 * "fetch failed" (Node) hide whether the machine is offline, the host is unknown, refused the
 * connection or does not allow extensions to read it (CORS), so the likely causes are named.
 */
export function fetchFailure(e: unknown, url: string | null, online: boolean = (globalThis as { navigator?: { onLine?: boolean } }).navigator?.onLine ?? true): string {
  const err = e as { name?: string; message?: string; cause?: unknown };
  const where = url ? ` ${url}` : ' the server';
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return `Could not read${where}: the server did not answer in time`;
  if (!online) return `Could not read${where}: this computer is offline`;
  const cause = err.cause as { code?: string; errors?: { code?: string }[] } | undefined;
  const code = cause?.code ?? cause?.errors?.find((x) => x.code)?.code;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `Could not read${where}: the host name was not found (check the address)`;
  if (code === 'ECONNREFUSED') return `Could not read${where}: the server refused the connection (is it running?)`;
  if (err.name === 'TypeError' && /fetch/i.test(err.message ?? '')) {
    return `Could not read${where}: the host could not be reached, or it does not allow browser extensions to read it (the server must send Access-Control-Allow-Origin); check the address in a browser tab`;
  }
  return `Could not read${where} (${err.message ?? String(e)})`;
}
