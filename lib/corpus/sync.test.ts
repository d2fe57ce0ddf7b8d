import { beforeAll, describe, expect, it } from 'vitest';
import { docById } from './docstore.ts';
import { freshDB, seedPack } from '../../tests/support/unit.ts';
import { sha256Hex, utf8 } from '../packs/bytes.ts';
import { diffPacks } from '../packs/delta.ts';
import { signFeed, type Feed } from '../packs/feed.ts';
import type { Pack } from '../packs/format.ts';
import { generateKeyPair, type KeyPair } from '../packs/signature.ts';
import { readStats, type CorpusDB } from './db.ts';
import { nextSyncAt, previewFeed, syncSubscription, type Fetch, type Subscription } from './sync.ts';

const BASE = 'https://packs.example/seed/';
let keys: KeyPair;
let other: KeyPair;
const r1: Pack = seedPack();
const r2: Pack = {
  ...r1,
  revision: 2,
  documents: [
    ...r1.documents,
    { ...r1.documents[0]!, id: 'new-report', title: 'A new report on the evacuation', text: 'Russia flew the families of its diplomats out of Caracas on a government plane, officials said on Wednesday.' },
  ],
};

/** An in-memory static server: path → body, with optional faults. */
function server(files: Record<string, string>, faults: { status?: Record<string, number>; hang?: string[] } = {}): Fetch & { requests: string[] } {
  const requests: string[] = [];
  const fn = (async (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => {
    requests.push(url);
    const path = url.slice(BASE.length);
    if (faults.hang?.includes(path)) {
      return new Promise<Response>((_, reject) => init.signal.addEventListener('abort', () => reject(init.signal.reason)));
    }
    const status = faults.status?.[path];
    if (status) return new Response('error', { status });
    if (!(path in files)) return new Response('not found', { status: 404 });
    const etag = `"${path}:${files[path]!.length}:${[...files[path]!].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)}"`;
    if (init.headers['If-None-Match'] === etag) return new Response(null, { status: 304 });
    return new Response(files[path], { status: 200, headers: { ETag: etag } });
  }) as Fetch & { requests: string[] };
  fn.requests = requests;
  return fn;
}

/** A body that delivers its first `at` bytes, then fails as a dropped connection does. */
function cutBody(bytes: Uint8Array, at: number): ReadableStream<Uint8Array> {
  let sent = false;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent) return controller.error(new TypeError('network error'));
      sent = true;
      controller.enqueue(bytes.slice(0, at));
    },
  });
}

interface RangeFaults {
  /** How many responses of `path` break off halfway (default 1). */
  cuts?: number;
  /** Answer Range requests with the whole file (200), as servers without range support do. */
  ignoreRange?: boolean;
  /** The file's content once the first response broke off (a new ETag). */
  changedTo?: string;
}

/**
 * A static server for `files` whose `path` responses break off halfway,
 * honouring `Range` and `If-Range` (RFC 9110) like a file server with ETags.
 */
function rangeServer(files: Record<string, string>, path: string, faults: RangeFaults = {}): Fetch & { requests: { path: string; headers: Record<string, string> }[] } {
  const requests: { path: string; headers: Record<string, string> }[] = [];
  let cuts = faults.cuts ?? 1;
  let version = 1;
  const fn = (async (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => {
    const p = url.slice(BASE.length);
    requests.push({ path: p, headers: { ...init.headers } });
    if (p !== path) return server(files)(url, init);
    const body = utf8(version === 1 ? files[p]! : faults.changedTo!);
    const etag = `"v${version}"`;
    const range = /^bytes=(\d+)-$/.exec(init.headers.Range ?? '');
    const ifRange = init.headers['If-Range'];
    const partial = range && !faults.ignoreRange && (ifRange === undefined || ifRange === etag);
    const start = partial ? Number(range[1]) : 0;
    const rest = body.slice(start);
    const headers: Record<string, string> = { ETag: etag, 'Accept-Ranges': 'bytes', 'Content-Length': String(rest.length) };
    if (partial) headers['Content-Range'] = `bytes ${start}-${body.length - 1}/${body.length}`;
    let stream: ReadableStream<Uint8Array> | Uint8Array = rest;
    if (cuts > 0) {
      cuts -= 1;
      stream = cutBody(rest, Math.floor(rest.length / 2));
      if (faults.changedTo !== undefined) version = 2;
    }
    return new Response(stream as BodyInit, { status: partial ? 206 : 200, headers });
  }) as Fetch & { requests: { path: string; headers: Record<string, string> }[] };
  fn.requests = requests;
  return fn;
}

async function entry(kind: 'full' | 'delta', name: string, body: string, revision: number, baseRevision?: number) {
  const bytes = utf8(body);
  return { kind, revision, ...(baseRevision ? { baseRevision } : {}), url: name, size: bytes.length, sha256: await sha256Hex(bytes) };
}

async function publish(revision: number, files: Awaited<ReturnType<typeof entry>>[], key = keys, expires: string | null = '2099-01-01'): Promise<string> {
  const feed: Feed = { format: 'fact-compare-feed', formatVersion: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, revision, created: '2026-01-01', expires, files };
  return JSON.stringify(await signFeed(feed, key));
}

/** Changes the signed payload after signing, as a man in the middle would. */
function tamper(envelope: string): string {
  const e = JSON.parse(envelope) as { payload: string };
  const feed = JSON.parse(e.payload) as { publisher: string };
  feed.publisher = 'Someone else';
  return JSON.stringify({ ...e, payload: JSON.stringify(feed) });
}

function subscription(): Subscription {
  return {
    version: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, feedUrl: `${BASE}feed.json`, publicKey: keys.publicKey, fingerprint: '',
    periodHours: 24, lastAttempt: null, lastSuccess: null, status: 'out-of-date', error: null, failures: 0, etag: null, lastModified: null,
  };
}

async function corpusHash(db: CorpusDB): Promise<string> {
  const docs = (await db.chunks.toArray()).flatMap((c) => c.docs);
  return sha256Hex(utf8(JSON.stringify(docs.map((d) => [d.packId, d.id, d.text]).sort())));
}

/** A fresh database with `pack` installed through a feed. */
async function installed(pack: Pack): Promise<CorpusDB> {
  const db = freshDB();
  const body = JSON.stringify(pack);
  const result = await syncSubscription(db, subscription(), { fetch: server({ 'feed.json': await publish(pack.revision, [await entry('full', 'i.json', body, pack.revision)]), 'i.json': body }) });
  expect(result.installed).toBe(pack.revision);
  return db;
}

beforeAll(async () => {
  keys = await generateKeyPair();
  other = await generateKeyPair();
});

describe('syncSubscription', () => {
  it('installs revision 1, then reaches revision 2 through a delta, then is up to date', async () => {
    const db = freshDB();
    const full1 = JSON.stringify(r1);
    const delta = JSON.stringify(diffPacks(r1, r2));
    const files1 = { 'feed.json': await publish(1, [await entry('full', 'seed-r1.json', full1, 1)]), 'seed-r1.json': full1 };
    // Open pages follow a sync through its notes: the attempt (then any download progress), the outcome.
    const notes: { status: string; progress: boolean }[] = [];
    const first = await syncSubscription(db, subscription(), { fetch: server(files1), onChange: (s) => notes.push({ status: s.status, progress: !!s.progress }) });
    expect(first).toMatchObject({ installed: 1, subscription: { status: 'up-to-date', error: null } });
    expect(notes[0]).toEqual({ status: 'updating', progress: false });
    expect(notes[notes.length - 1]).toEqual({ status: 'up-to-date', progress: false });

    const full2 = JSON.stringify(r2);
    const files2 = {
      'feed.json': await publish(2, [await entry('full', 'seed-r2.json', full2, 2), await entry('delta', 'seed-r1-r2.delta.json', delta, 2, 1)]),
      'seed-r2.json': full2,
      'seed-r1-r2.delta.json': delta,
    };
    const net = server(files2);
    const second = await syncSubscription(db, first.subscription, { fetch: net });
    expect(second.installed).toBe(2);
    expect(net.requests.map((u) => u.slice(BASE.length))).toEqual(['feed.json', 'seed-r1-r2.delta.json']);
    expect(await docById(db, r1.id, 'new-report')).toBeDefined();

    const third = await syncSubscription(db, second.subscription, { fetch: server(files2) });
    expect(third).toMatchObject({ installed: null, subscription: { status: 'up-to-date' } });
  });

  describe('refuses bad updates, keeping the revision in use', () => {
    let db: CorpusDB;
    let before: string;
    const full1 = JSON.stringify(r1);
    beforeAll(async () => {
      db = freshDB();
      await syncSubscription(db, subscription(), { fetch: server({ 'feed.json': await publish(1, [await entry('full', 'seed-r1.json', full1, 1)]), 'seed-r1.json': full1 }) });
      before = await corpusHash(db);
    });
    const full2 = () => JSON.stringify(r2);
    const cases: [string, () => Promise<Record<string, string>>, RegExp, { status?: Record<string, number>; hang?: string[] }?][] = [
      ['a tampered file (hash)', async () => ({ 'feed.json': await publish(2, [await entry('full', 'p.json', full2(), 2)]), 'p.json': full2().replace('new report', 'NEW REPORT') }), /does not match the SHA-256/],
      ['a pack file that changed on the server after the feed was written', async () => {
        const r3 = JSON.stringify({ ...r2, revision: 3 });
        return { 'feed.json': await publish(2, [await entry('full', 'p.json', full2(), 2)]), 'p.json': r3 };
      }, /bytes but the feed says|does not match the SHA-256/],
      ['a download larger than the feed announced', async () => ({ 'feed.json': await publish(2, [await entry('full', 'p.json', full2(), 2)]), 'p.json': `${full2()}${' '.repeat(300_000)}` }), /larger than the \d+ bytes the feed announced/],
      ['a truncated file', async () => ({ 'feed.json': await publish(2, [await entry('full', 'p.json', full2(), 2)]), 'p.json': full2().slice(0, 100) }), /truncated/],
      ['a feed signed by another key', async () => ({ 'feed.json': await publish(2, [await entry('full', 'p.json', full2(), 2)], other), 'p.json': full2() }), /unknown key/],
      ['a feed with a broken signature', async () => ({ 'feed.json': tamper(await publish(2, [await entry('full', 'p.json', full2(), 2)])), 'p.json': full2() }), /signature is not valid/],
      ['an expired feed', async () => ({ 'feed.json': await publish(2, [await entry('full', 'p.json', full2(), 2)], keys, '2020-01-01'), 'p.json': full2() }), /expired/],
      ['a delta against another base', async () => {
        const d = JSON.stringify({ ...diffPacks(r1, r2), baseRevision: 7, revision: 8 });
        return { 'feed.json': await publish(2, [await entry('delta', 'd.json', d, 2, 1), await entry('full', 'p.json', full2(), 2)]), 'd.json': d };
      }, /revision 8, not .* revision 2 as the feed says/],
      ['HTTP 404 for the pack', async () => ({ 'feed.json': await publish(2, [await entry('full', 'missing.json', full2(), 2)]) }), /HTTP 404/],
      ['HTTP 500 for the feed', async () => ({}), /HTTP 500/, { status: { 'feed.json': 500 } }],
      ['invalid JSON in the pack', async () => ({ 'feed.json': await publish(2, [await entry('full', 'p.json', '{"format": nope', 2)]), 'p.json': '{"format": nope' }), /not valid JSON/],
      ['a server that hangs', async () => ({}), /did not answer in time/, { hang: ['feed.json'] }],
    ];
    it.each(cases)('%s', async (_name, files, message, faults) => {
      const result = await syncSubscription(db, { ...subscription(), etag: null }, { fetch: server(await files(), faults), feedTimeoutMs: 200 });
      const text = `${result.subscription.status} ${result.subscription.error ?? ''}`;
      expect(text).toMatch(message);
      expect(result.installed).toBeNull();
      expect(await corpusHash(db)).toBe(before);
      expect((await db.packs.get(r1.id))!.revision).toBe(1);
    });
  });

  it('refuses a feed that offers an older revision than the installed one (rollback)', async () => {
    const db = freshDB();
    const full2 = JSON.stringify(r2);
    await syncSubscription(db, subscription(), { fetch: server({ 'feed.json': await publish(2, [await entry('full', 'p2.json', full2, 2)]), 'p2.json': full2 }) });
    const full1 = JSON.stringify(r1);
    const result = await syncSubscription(db, subscription(), { fetch: server({ 'feed.json': await publish(1, [await entry('full', 'p1.json', full1, 1)]), 'p1.json': full1 }) });
    expect(result.subscription).toMatchObject({ status: 'failed' });
    expect(result.subscription.error).toMatch(/Refused an older revision: the feed offers revision 1, but revision 2 is installed/);
    expect((await db.packs.get(r1.id))!.revision).toBe(2);
  });

  it('uses conditional requests and backs off after failures', async () => {
    const db = freshDB();
    const full1 = JSON.stringify(r1);
    const files = { 'feed.json': await publish(1, [await entry('full', 'seed-r1.json', full1, 1)]), 'seed-r1.json': full1 };
    const first = await syncSubscription(db, subscription(), { fetch: server(files) });
    expect(first.subscription.etag).toMatch(/^"feed.json:/);
    const net = server(files);
    const again = await syncSubscription(db, first.subscription, { fetch: net });
    expect(again.subscription.status).toBe('up-to-date');
    expect(net.requests).toHaveLength(1);
    const failed = { ...again.subscription, failures: 3, lastAttempt: 1_000_000 };
    expect(nextSyncAt(failed) - 1_000_000).toBe(8 * 60_000);
    expect(nextSyncAt({ ...failed, failures: 0 }) - 1_000_000).toBe(24 * 3_600_000);
    expect((await readStats(db)).documents).toBe(5);
  });

  it('previews a feed for trust on first use', async () => {
    const full1 = JSON.stringify(r1);
    const p = await previewFeed(`${BASE}feed.json`, { fetch: server({ 'feed.json': await publish(1, [await entry('full', 'seed-r1.json', full1, 1)]) }) });
    expect(p).toMatchObject({ packId: r1.id, revision: 1, publicKey: keys.publicKey });
    expect(p.fingerprint).toMatch(/^SHA256:/);
  });

  describe('resumes a download that breaks off', () => {
    const full1 = JSON.stringify(r1);
    const size = utf8(full1).length;
    const feed = async () => ({ 'feed.json': await publish(1, [await entry('full', 'p.json', full1, 1)]), 'p.json': full1 });
    const fast = { resumeDelayMs: 0 };

    it('asks for the rest with one Range request from where it stopped, and installs the whole file', async () => {
      const db = freshDB();
      const net = rangeServer(await feed(), 'p.json');
      const result = await syncSubscription(db, subscription(), { fetch: net, ...fast });
      expect(result).toMatchObject({ installed: 1, subscription: { status: 'up-to-date', error: null, progress: null } });
      const ranged = net.requests.filter((r) => r.headers.Range !== undefined);
      expect(ranged).toEqual([{ path: 'p.json', headers: { Range: `bytes=${Math.floor(size / 2)}-`, 'If-Range': '"v1"' } }]);
      expect(await corpusHash(db)).toBe(await corpusHash(await installed(r1)));
    });

    it('starts over when the server ignores Range and sends the whole file again', async () => {
      const db = freshDB();
      const net = rangeServer(await feed(), 'p.json', { ignoreRange: true });
      const result = await syncSubscription(db, subscription(), { fetch: net, ...fast });
      expect(result).toMatchObject({ installed: 1, subscription: { status: 'up-to-date' } });
      expect(net.requests.map((r) => r.path)).toEqual(['feed.json', 'p.json', 'p.json']);
      expect(await corpusHash(db)).toBe(await corpusHash(await installed(r1)));
    });

    it('takes the new whole file, never a splice, when the file changed between requests (If-Range)', async () => {
      // The server still had an old copy when the download began, and the published one when it resumed.
      const old = JSON.stringify({ ...r1, title: 'An older copy of the pack, with other bytes' });
      const db = freshDB();
      const files = { ...(await feed()), 'p.json': old };
      const net = rangeServer(files, 'p.json', { changedTo: full1 });
      const result = await syncSubscription(db, subscription(), { fetch: net, ...fast });
      expect(result).toMatchObject({ installed: 1, subscription: { status: 'up-to-date' } });
      expect(net.requests.at(-1)!.headers).toMatchObject({ Range: `bytes=${Math.floor(utf8(old).length / 2)}-`, 'If-Range': '"v1"' });
      expect((await db.packs.get(r1.id))!.title).toBe(r1.title);
    });

    it('refuses by hash, keeping the revision in use, when the file changed to something unpublished', async () => {
      const db = await installed(r1);
      const before = await corpusHash(db);
      const full2 = JSON.stringify(r2);
      const files = { 'feed.json': await publish(2, [await entry('full', 'p.json', full2, 2)]), 'p.json': full2 };
      const net = rangeServer(files, 'p.json', { changedTo: full2.replace('new report', 'NEW REPORT') });
      const result = await syncSubscription(db, { ...subscription(), etag: null }, { fetch: net, ...fast });
      expect(result.subscription).toMatchObject({ status: 'failed', error: expect.stringMatching(/does not match the SHA-256/) });
      expect(result.installed).toBeNull();
      expect(await corpusHash(db)).toBe(before);
      expect((await db.packs.get(r1.id))!.revision).toBe(1);
    });

    it('gives up after three resumes with a clear reason, keeping the revision in use', async () => {
      const db = await installed(r1);
      const before = await corpusHash(db);
      const full2 = JSON.stringify(r2);
      const files = { 'feed.json': await publish(2, [await entry('full', 'p.json', full2, 2)]), 'p.json': full2 };
      const net = rangeServer(files, 'p.json', { cuts: Infinity });
      const result = await syncSubscription(db, { ...subscription(), etag: null }, { fetch: net, ...fast });
      expect(result.subscription.status).toBe('failed');
      expect(result.subscription.error).toMatch(/^The download of \S+p\.json kept breaking off \(.* of .* after 3 resumes: network error\); will retry$/);
      expect(net.requests.filter((r) => r.path === 'p.json')).toHaveLength(4);
      expect(await corpusHash(db)).toBe(before);
      expect((await db.packs.get(r1.id))!.revision).toBe(1);
    });
  });

  it('refuses a feed announcing a file over the size limit before downloading it', async () => {
    const db = await installed(r1);
    const full2 = JSON.stringify(r2);
    const huge = { ...(await entry('full', 'p.json', full2, 2)), size: 250 * 1024 * 1024 };
    const net = server({ 'feed.json': await publish(2, [huge]), 'p.json': full2 });
    const result = await syncSubscription(db, { ...subscription(), etag: null }, { fetch: net });
    expect(result.subscription).toMatchObject({ status: 'failed', error: 'The update is 250.0 MB, more than the 200.0 MB this version can download, so it was not downloaded' });
    expect(net.requests.map((u) => u.slice(BASE.length))).toEqual(['feed.json']);
    expect((await db.packs.get(r1.id))!.revision).toBe(1);
  });
});

describe('a sync cut off by the browser', () => {
  it('counts as a failure, so an update that never finishes backs off instead of retrying at every start', async () => {
    const db = freshDB();
    const full2 = JSON.stringify(r2);
    const files = { 'feed.json': await publish(2, [await entry('full', 'p2.json', full2, 2)]) };
    // As a worker stopped mid-sync leaves it: still 'updating'.
    const cutOff = { ...subscription(), status: 'updating' as const, failures: 2 };
    const failed = await syncSubscription(db, cutOff, { fetch: server(files) });
    expect(failed.subscription).toMatchObject({ status: 'failed', failures: 4 });
    expect(nextSyncAt(failed.subscription)).toBeGreaterThan(failed.subscription.lastAttempt! + 60_000 * 8);
    const ok = await syncSubscription(db, { ...cutOff }, { fetch: server({ ...files, 'p2.json': full2 }) });
    expect(ok.subscription).toMatchObject({ status: 'up-to-date', failures: 0 });
  });
});
