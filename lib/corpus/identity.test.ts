/**
 * A pack's identity is its id together with its publisher key. Unsigned
 * files (imported from disk, the built-in default pack) live in a namespace
 * of their own and never block or replace a signed pack; one id has one
 * publisher key; the highest revision seen per identity outlives removal;
 * a subscription without its key fails closed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDB, seedPack } from '../../tests/support/unit.ts';
import { CorpusService } from '../service.ts';
import { sha256Hex, utf8 } from '../packs/bytes.ts';
import { signFeed, type Feed } from '../packs/feed.ts';
import type { Pack } from '../packs/format.ts';
import { generateKeyPair, keyFingerprint, type KeyPair } from '../packs/signature.ts';
import type { CorpusDB } from './db.ts';
import { corpusDigest } from './digest.ts';
import { importPack, removePack } from './import.ts';
import { listSubscriptions, removeSubscription, saveSubscription, syncSubscription, type Fetch, type Subscription } from './sync.ts';

const BASE = 'https://packs.example/seed/';
const r1: Pack = seedPack();
const r2: Pack = { ...r1, revision: 2, documents: [...r1.documents, { ...r1.documents[0]!, id: 'r2-report', title: 'A second-revision report', text: 'Officials said the evacuation flights continued on Thursday.' }] };
let keys: KeyPair;
let other: KeyPair;

beforeAll(async () => {
  keys = await generateKeyPair();
  other = await generateKeyPair();
});

/** A static host: path → body, with an ETag on each answer and 304 to a matching If-None-Match. */
function host(files: Record<string, string>): Fetch & { requests: string[] } {
  const requests: string[] = [];
  const fn = (async (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => {
    const path = url.slice(BASE.length);
    requests.push(path);
    const body = files[path];
    if (body === undefined) return new Response('not found', { status: 404 });
    const etag = `"${path}:${[...body].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7)}"`;
    if (init.headers['If-None-Match'] === etag) return new Response(null, { status: 304, headers: { ETag: etag } });
    return new Response(body, { status: 200, headers: { ETag: etag } });
  }) as Fetch & { requests: string[] };
  fn.requests = requests;
  return fn;
}

/** A feed signed by `key` serving `pack` whole, and the pack file. */
async function site(pack: Pack, key: KeyPair = keys): Promise<Record<string, string>> {
  const body = JSON.stringify(pack);
  const name = `p${pack.revision}.json`;
  const feed: Feed = {
    format: 'fact-compare-feed', formatVersion: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, revision: pack.revision, created: '2026-01-01', expires: '2099-01-01',
    files: [{ kind: 'full', revision: pack.revision, url: name, size: utf8(body).length, sha256: await sha256Hex(utf8(body)) }],
  };
  return { 'feed.json': JSON.stringify(await signFeed(feed, key)), [name]: body };
}

function subscription(over: Partial<Subscription> = {}): Subscription {
  return {
    version: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, feedUrl: `${BASE}feed.json`, publicKey: keys.publicKey, fingerprint: '',
    periodHours: 24, lastAttempt: null, lastSuccess: null, status: 'out-of-date', error: null, failures: 0, etag: null, lastModified: null, ...over,
  };
}

/** Subscribes as the options page does and runs the first sync. */
async function subscribed(db: CorpusDB, files: Record<string, string>, over: Partial<Subscription> = {}): Promise<Subscription> {
  await saveSubscription(db, subscription(over));
  const first = await syncSubscription(db, subscription(over), { fetch: host(files) });
  expect(first.subscription).toMatchObject({ status: 'up-to-date', error: null });
  return first.subscription;
}

describe('pack identity: the id together with its publisher key', () => {
  it('(a) an unsigned pack imported from a file at revision 999999 does not block the publisher\'s signed updates', async () => {
    const db = freshDB();
    // As the options page imports a file.
    await importPack(db, { ...r1, revision: 999_999, title: 'A local copy' }, { refuseOlder: true });
    await saveSubscription(db, subscription());
    const result = await syncSubscription(db, subscription(), { fetch: host(await site(r2)) });
    expect(result.subscription).toMatchObject({ status: 'up-to-date', error: null });
    expect(result.installed).toBe(2);
    expect(await db.packs.get(r1.id)).toMatchObject({ revision: 2, title: r1.title });
  });

  it('(a) an unsigned file cannot take the place of a subscribed signed pack, installed or removed', async () => {
    const db = freshDB();
    await subscribed(db, await site(r1));
    const before = await corpusDigest(db);
    await expect(importPack(db, { ...r1, revision: 999_999 }, { refuseOlder: true })).rejects.toThrow(/signed feed .*SHA256:/);
    expect(await corpusDigest(db)).toBe(before);
    await removePack(db, r1.id);
    const removed = await corpusDigest(db);
    await expect(importPack(db, { ...r1, revision: 999_999 }, { refuseOlder: true })).rejects.toThrow(/subscribe .*SHA256:.*Unsubscribe/);
    expect(await corpusDigest(db)).toBe(removed);
  });

  it('(b) refuses a second key for the same pack id, naming both fingerprints, and keeps the first key', async () => {
    const db = freshDB();
    await subscribed(db, await site(r1));
    const [first, second] = [await keyFingerprint(keys.publicKey), await keyFingerprint(other.publicKey)];
    const replacing = saveSubscription(db, subscription({ publicKey: other.publicKey, fingerprint: second, feedUrl: 'https://elsewhere.example/feed.json' }));
    await expect(replacing).rejects.toThrow(first);
    await expect(saveSubscription(db, subscription({ publicKey: other.publicKey, fingerprint: second }))).rejects.toThrow(second);
    const [stored] = await listSubscriptions(db);
    expect(stored).toMatchObject({ publicKey: keys.publicKey, feedUrl: `${BASE}feed.json` });
  });

  it('(b) refuses a subscription whose key differs from the key that installed the pack, even after unsubscribing', async () => {
    const db = freshDB();
    await subscribed(db, await site(r1));
    await removeSubscription(db, r1.id);
    const message = saveSubscription(db, subscription({ publicKey: other.publicKey }));
    await expect(message).rejects.toThrow(await keyFingerprint(keys.publicKey));
    await expect(saveSubscription(db, subscription({ publicKey: other.publicKey }))).rejects.toThrow(await keyFingerprint(other.publicKey));
    expect(await listSubscriptions(db)).toEqual([]);
  });

  it('(c) refuses a replayed older feed after the pack was removed: the highest revision is remembered', async () => {
    const db = freshDB();
    const sub = await subscribed(db, await site(r2));
    await removePack(db, r1.id);
    const before = await corpusDigest(db);
    const replay = await syncSubscription(db, { ...sub, etag: null }, { fetch: host(await site(r1)) });
    expect(replay.subscription.status).toBe('failed');
    expect(replay.subscription.error).toMatch(/Refused an older revision: the feed offers revision 1.*revision 2.*rollback/);
    expect(replay.installed).toBeNull();
    expect(await corpusDigest(db)).toBe(before);
    expect(await db.packs.get(r1.id)).toBeUndefined();
  });

  it('(c) a 304 does not hide that the publisher already published a newer revision than the one installed', async () => {
    const db = freshDB();
    const old = await site(r1);
    const sub = await subscribed(db, old);
    // Revision 2 is published and verified, but its download fails (the file is not there yet).
    const newer = await site(r2);
    delete newer['p2.json'];
    const failed = await syncSubscription(db, sub, { fetch: host(newer) });
    expect(failed.subscription).toMatchObject({ status: 'failed', error: expect.stringMatching(/HTTP 404/) });
    // Then the server goes back to the old feed, whose ETag the subscription still has.
    const net = host(old);
    const replay = await syncSubscription(db, failed.subscription, { fetch: net });
    expect(net.requests).toEqual(['feed.json', 'feed.json']);
    expect(replay.subscription.status).toBe('failed');
    expect(replay.subscription.error).toMatch(/Refused an older revision: the feed offers revision 1, but this publisher already published revision 2 \(a rollback\)/);
    expect((await db.packs.get(r1.id))?.revision).toBe(1);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['malformed', 'not-a-key'],
  ])('(d) fails closed when the stored subscription\'s key is %s: nothing fetched, nothing installed', async (_name, publicKey) => {
    const db = freshDB();
    const net = host(await site(r1));
    const sub = { ...subscription(), publicKey } as unknown as Subscription;
    const result = await syncSubscription(db, sub, { fetch: net });
    expect(result.subscription.status).toBe('failed');
    expect(result.subscription.error).toMatch(/no valid publisher key/);
    expect(result.installed).toBeNull();
    expect(await db.packs.count()).toBe(0);
    expect(net.requests).toHaveLength(0);
  });

  it('the built-in default pack (unsigned) never replaces a signed pack of its id at start-up, nor is restored over it', async () => {
    const db = freshDB();
    await subscribed(db, await site(r1));
    const before = await corpusDigest(db);
    // A later version of the extension ships revision 5 of the default pack under the same id.
    const service = new CorpusService(db, async () => JSON.stringify({ ...r1, revision: 5, title: 'Bundled' }));
    await service.ensureReady();
    expect(await service.status()).toMatchObject({ error: null, packs: [{ id: r1.id, revision: 1, title: r1.title }] });
    expect(await corpusDigest(db)).toBe(before);
    await expect(service.restoreDefaultPack()).rejects.toThrow(/signed feed .*SHA256:/);
    expect(await corpusDigest(db)).toBe(before);
  });
});
