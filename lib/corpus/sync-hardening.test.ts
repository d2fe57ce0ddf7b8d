/**
 * Sync as a user sees it when the server misbehaves: a freeze (304 Not
 * Modified long after the feed expired), a 304 after the pack was removed,
 * feed bodies too large to read whole, and bytes that are not UTF-8. The
 * identity checks (id with its publisher key) are in identity.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDB, seedPack } from '../../tests/support/unit.ts';
import { sha256Hex, utf8 } from '../packs/bytes.ts';
import { signFeed, type Feed } from '../packs/feed.ts';
import type { Pack } from '../packs/format.ts';
import { generateKeyPair, type KeyPair } from '../packs/signature.ts';
import type { CorpusDB } from './db.ts';
import { removePack } from './import.ts';
import { fetchFailure, listSubscriptions, previewFeed, saveSubscription, syncSubscription, type Fetch, type Subscription } from './sync.ts';

const BASE = 'https://packs.example/seed/';
const r1: Pack = seedPack();
let keys: KeyPair;

beforeAll(async () => {
  keys = await generateKeyPair();
});

type Body = string | Uint8Array | (() => BodyInit);

/** A static host: path → body; ETags on every answer, 304 to a matching If-None-Match, or to everything with `always304`. */
function host(files: Record<string, Body>, opts: { always304?: boolean } = {}): Fetch & { requests: { path: string; headers: Record<string, string> }[] } {
  const requests: { path: string; headers: Record<string, string> }[] = [];
  const fn = (async (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => {
    const path = url.slice(BASE.length);
    requests.push({ path, headers: { ...init.headers } });
    if (opts.always304) return new Response(null, { status: 304 });
    const body = files[path];
    if (body === undefined) return new Response('not found', { status: 404 });
    const etag = `"${path}:${typeof body === 'function' ? 'stream' : body.length}"`;
    if (init.headers['If-None-Match'] === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
    return new Response((typeof body === 'function' ? body() : body) as BodyInit, { status: 200, headers: { ETag: etag } });
  }) as Fetch & { requests: { path: string; headers: Record<string, string> }[] };
  fn.requests = requests;
  return fn;
}

async function entry(name: string, body: string | Uint8Array, revision: number) {
  const bytes = typeof body === 'string' ? utf8(body) : body;
  return { kind: 'full' as const, revision, url: name, size: bytes.length, sha256: await sha256Hex(bytes) };
}

async function feedText(revision: number, files: Awaited<ReturnType<typeof entry>>[], opts: { key?: KeyPair; expires?: string | null; publisher?: string } = {}): Promise<string> {
  const feed: Feed = {
    format: 'fact-compare-feed', formatVersion: 1, packId: r1.id, title: r1.title, publisher: opts.publisher ?? r1.publisher, revision, created: '2026-01-01',
    expires: opts.expires === undefined ? '2099-01-01' : opts.expires, files,
  };
  return JSON.stringify(await signFeed(feed, opts.key ?? keys));
}

/** A feed serving `pack` whole, and the pack file. */
async function site(pack: Pack, opts: { key?: KeyPair; expires?: string | null } = {}): Promise<Record<string, Body>> {
  const body = JSON.stringify(pack);
  return { 'feed.json': await feedText(pack.revision, [await entry(`p${pack.revision}.json`, body, pack.revision)], opts), [`p${pack.revision}.json`]: body };
}

function subscription(over: Partial<Subscription> = {}): Subscription {
  return {
    version: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, feedUrl: `${BASE}feed.json`, publicKey: keys.publicKey, fingerprint: '',
    periodHours: 24, lastAttempt: null, lastSuccess: null, status: 'out-of-date', error: null, failures: 0, etag: null, lastModified: null, ...over,
  };
}

/** Subscribes as the options page does and runs the first sync. */
async function subscribed(db: CorpusDB, files: Record<string, Body>, over: Partial<Subscription> = {}): Promise<Subscription> {
  await saveSubscription(db, subscription(over));
  const first = await syncSubscription(db, subscription(over), { fetch: host(files) });
  expect(first.subscription).toMatchObject({ status: 'up-to-date', error: null });
  return first.subscription;
}

/** Latin-1 bytes of text whose characters are all below U+0100 (what a misconfigured server sends). */
function latin1(text: string): Uint8Array {
  return Uint8Array.from(text, (c) => {
    if (c.charCodeAt(0) > 0xff) throw new Error('not Latin-1');
    return c.charCodeAt(0);
  });
}

/** A streamed body of `total` bytes of spaces, counting what the reader pulled. */
function spaces(total: number, counter: { pulled: number }): () => ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(64 * 1024).fill(0x20);
  return () =>
    new ReadableStream<Uint8Array>({
      pull(c) {
        if (counter.pulled >= total) return c.close();
        counter.pulled += chunk.length;
        c.enqueue(chunk);
      },
    });
}

describe('freeze: a feed that expired is reported whatever the server answers', () => {
  it('shows "stale" with the expiry date, not "up to date", when the server answers 304 after the feed expired', async () => {
    const db = freshDB();
    const files = await site(r1, { expires: '2027-01-01' });
    const first = await syncSubscription(db, subscription(), { fetch: host(files), now: new Date('2026-06-01T00:00:00Z') });
    expect(first.subscription).toMatchObject({ status: 'up-to-date' });
    expect(first.subscription.etag).toBeTruthy();
    // Months later an attacker (or a stuck mirror) keeps answering "not modified" to the conditional request.
    const net = host(files);
    const later = await syncSubscription(db, first.subscription, { fetch: net, now: new Date('2027-06-01T00:00:00Z') });
    expect(net.requests[0]!.headers['If-None-Match']).toBe(first.subscription.etag);
    expect(later.subscription.status).toBe('stale');
    expect(later.subscription.error).toMatch(/expired on 2027-01-01/);
  });

  it('is still up to date after a 304 while the feed has not expired', async () => {
    const db = freshDB();
    const files = await site(r1, { expires: '2027-01-01' });
    const first = await syncSubscription(db, subscription(), { fetch: host(files), now: new Date('2026-06-01T00:00:00Z') });
    const net = host(files);
    const again = await syncSubscription(db, first.subscription, { fetch: net, now: new Date('2026-07-01T00:00:00Z') });
    expect(again.subscription).toMatchObject({ status: 'up-to-date', error: null });
    expect(net.requests).toHaveLength(1);
  });
});

describe('an expired feed on record is named when a sync fails', () => {
  it('says the last verified feed expired, with its date, when the server then fails', async () => {
    const db = freshDB();
    const files = await site(r1, { expires: '2027-01-01' });
    const first = await syncSubscription(db, subscription(), { fetch: host(files), now: new Date('2026-06-01T00:00:00Z') });
    const down: Fetch = async () => new Response('unavailable', { status: 503 });
    const later = await syncSubscription(db, first.subscription, { fetch: down, now: new Date('2027-06-01T00:00:00Z') });
    expect(later.subscription.status).toBe('failed');
    expect(later.subscription.error).toMatch(/HTTP 503.*\(the last feed verified expired on 2027-01-01\)/);
  });
});

describe('sync after a subscribed pack is removed', () => {
  it('fetches the whole feed again and reinstalls the pack, instead of failing on the empty 304 body', async () => {
    const db = freshDB();
    const files = await site(r1);
    const sub = await subscribed(db, files);
    expect(sub.etag).toBeTruthy();
    expect(await removePack(db, r1.id)).toBe(true);
    const [stored] = await listSubscriptions(db);
    expect(stored).toMatchObject({ etag: null, lastModified: null });
    const result = await syncSubscription(db, stored!, { fetch: host(files) });
    expect(result.subscription).toMatchObject({ status: 'up-to-date', error: null });
    expect(result.installed).toBe(1);
    expect((await db.packs.get(r1.id))?.revision).toBe(1);
    // Later syncs keep working.
    const again = await syncSubscription(db, result.subscription, { fetch: host(files) });
    expect(again.subscription).toMatchObject({ status: 'up-to-date', error: null });
  });

  it('reads the feed whole when a 304 confirms a feed whose pack is not installed (an ETag kept from before the removal)', async () => {
    const db = freshDB();
    const files = await site(r1);
    const sub = await subscribed(db, files);
    await removePack(db, r1.id);
    // A record that still carries the ETag, as one written before the removal does.
    const net = host(files);
    const result = await syncSubscription(db, sub, { fetch: net });
    expect(net.requests.map((r) => [r.path, r.headers['If-None-Match'] ?? null])).toEqual([['feed.json', sub.etag], ['feed.json', null], ['p1.json', null]]);
    expect(result.subscription).toMatchObject({ status: 'up-to-date', error: null });
    expect(result.installed).toBe(1);
  });

  it('never parses a 304 as a feed: a server answering 304 to a plain request gets a clear refusal', async () => {
    const db = freshDB();
    const result = await syncSubscription(db, subscription(), { fetch: host({}, { always304: true }) });
    expect(result.subscription.status).toBe('failed');
    expect(result.subscription.error).toMatch(/304 Not Modified/);
    expect(result.subscription.error).not.toMatch(/JSON/);
    await expect(previewFeed(`${BASE}feed.json`, { fetch: host({}, { always304: true }) })).rejects.toThrow(/304 Not Modified/);
  });
});

describe('feed bodies: bounded and strictly decoded', () => {
  it('stops reading a 64 MB streamed feed at the limit and says the feed is too large (sync)', async () => {
    const db = freshDB();
    const counter = { pulled: 0 };
    const result = await syncSubscription(db, subscription(), { fetch: host({ 'feed.json': spaces(64 * 1024 * 1024, counter) }) });
    expect(result.subscription.status).toBe('failed');
    expect(result.subscription.error).toMatch(/feed is (larger than 1,000,000 bytes|too large)/);
    expect(counter.pulled).toBeLessThan(2_000_000);
  });

  it('stops reading a 64 MB streamed feed at the limit and says the feed is too large (subscribe preview)', async () => {
    const counter = { pulled: 0 };
    await expect(previewFeed(`${BASE}feed.json`, { fetch: host({ 'feed.json': spaces(64 * 1024 * 1024, counter) }) })).rejects.toThrow(/feed is (larger than 1,000,000 bytes|too large)/);
    expect(counter.pulled).toBeLessThan(2_000_000);
  });

  it('refuses a Latin-1 feed naming the byte offset, instead of decoding it to U+FFFD (sync and preview)', async () => {
    const db = freshDB();
    const text = await feedText(1, [await entry('p1.json', JSON.stringify(r1), 1)], { publisher: 'Agencia Periodística' });
    const offset = text.indexOf('í');
    const files = { 'feed.json': latin1(text), 'p1.json': JSON.stringify(r1) };
    const result = await syncSubscription(db, subscription(), { fetch: host(files) });
    expect(result.subscription.status).toBe('failed');
    expect(result.subscription.error).toMatch(new RegExp(`feed is not UTF-8: byte 0xed at byte ${offset}\\b`));
    expect(await db.packs.count()).toBe(0);
    await expect(previewFeed(`${BASE}feed.json`, { fetch: host(files) })).rejects.toThrow(`byte 0xed at byte ${offset}`);
  });

  it('refuses a Latin-1 pack file naming the byte offset, installing nothing', async () => {
    const db = freshDB();
    const doc = { id: 'es-1', url: null, title: 'Evacuation', outlet: 'Agencia', author: null, published: '2025-12-20', language: 'es', sources: [], text: 'Caracas, según la agencia.' };
    const pack: Pack = { ...r1, title: 'Seed', publisher: 'Seed', documents: [doc] };
    const text = JSON.stringify(pack);
    const bytes = latin1(text);
    const files = { 'feed.json': await feedText(1, [await entry('p1.json', bytes, 1)]), 'p1.json': bytes };
    const result = await syncSubscription(db, subscription(), { fetch: host(files) });
    expect(result.subscription.status).toBe('failed');
    expect(result.subscription.error).toMatch(new RegExp(`not UTF-8: byte 0xfa at byte ${text.indexOf('ú')}\\b`));
    expect(await db.packs.count()).toBe(0);
  });
});

describe('network failures say what to do', () => {
  it('names the address and the likely causes instead of "Failed to fetch"', () => {
    const failed = new TypeError('Failed to fetch');
    expect(fetchFailure(failed, 'https://pub.example/feed.json', true)).toMatch(/Could not read https:\/\/pub\.example\/feed\.json: .*could not be reached, or it does not allow browser extensions .*Access-Control-Allow-Origin/);
    expect(fetchFailure(failed, 'https://pub.example/feed.json', false)).toBe('Could not read https://pub.example/feed.json: this computer is offline');
    const dns = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } });
    expect(fetchFailure(dns, 'https://nowhere.example/f.json', true)).toMatch(/host name was not found/);
    expect(fetchFailure(Object.assign(new Error('x'), { name: 'TimeoutError' }), 'https://slow.example/f.json', true)).toMatch(/did not answer in time/);
  });
  it('the subscribe preview reports them with the address', async () => {
    const fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(previewFeed('https://pub.example/feed.json', { fetch })).rejects.toThrow(/Could not read https:\/\/pub\.example\/feed\.json: .*Access-Control-Allow-Origin/);
  });
});
