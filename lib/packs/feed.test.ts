import { beforeAll, describe, expect, it } from 'vitest';
import { fixture, seedPack } from '../../tests/support/unit.ts';
import { utf8 } from './bytes.ts';
import { applyDeltaToPack, parseDelta } from './delta.ts';
import {
  FEED_FORMAT,
  FEED_FORMAT_VERSION,
  checkFile,
  chooseFile,
  openFeed,
  sha256Hex,
  signFeed,
  validateFeed,
  type Feed,
  type FeedFile,
} from './feed.ts';
import { PackError } from './format.ts';
import { generateKeyPair, keyFingerprint, type KeyPair } from './signature.ts';

const NOW = new Date('2026-12-15T00:00:00Z');
const hash = (c: string) => c.repeat(64);

function feed(over: Partial<Feed> = {}): Feed {
  return {
    format: FEED_FORMAT,
    formatVersion: FEED_FORMAT_VERSION,
    packId: 'news',
    title: 'News pack',
    publisher: 'Example',
    revision: 3,
    created: '2026-12-01T00:00:00Z',
    expires: '2027-01-01T00:00:00Z',
    files: [
      { kind: 'full', revision: 3, url: 'news-r3.json', size: 1000, sha256: hash('a') },
      { kind: 'delta', revision: 3, baseRevision: 2, url: 'news-r2-r3.delta.json', size: 100, sha256: hash('b') },
      { kind: 'delta', revision: 3, baseRevision: 1, url: 'news-r1-r3.delta.json', size: 200, sha256: hash('c') },
    ],
    ...over,
  };
}

let keys: KeyPair;
let other: KeyPair;
const signed = async (f: Feed = feed(), k: KeyPair = keys) => JSON.stringify(await signFeed(f, k));

beforeAll(async () => {
  keys = await generateKeyPair();
  other = await generateKeyPair();
});

describe('signed feeds', () => {
  it('opens a feed signed by the pinned key, given as key or fingerprint', async () => {
    const text = await signed();
    const fp = await keyFingerprint(keys.publicKey);
    for (const pinnedKey of [keys.publicKey, fp]) {
      const opened = await openFeed(text, { pinnedKey, now: NOW });
      expect(opened).toMatchObject({ publicKey: keys.publicKey, fingerprint: fp, stale: false });
      expect(opened.feed).toEqual(feed());
    }
  });

  it('opens an unpinned feed and returns the key to pin (trust on first use)', async () => {
    const opened = await openFeed(await signed(), { now: NOW });
    expect(opened.publicKey).toBe(keys.publicKey);
    expect(opened.fingerprint).toBe(await keyFingerprint(keys.publicKey));
  });

  it('refuses a feed signed by another key than the pinned one, naming both fingerprints', async () => {
    const text = await signed(feed(), other);
    const expected = await keyFingerprint(keys.publicKey);
    const actual = await keyFingerprint(other.publicKey);
    await expect(openFeed(text, { pinnedKey: keys.publicKey, now: NOW })).rejects.toThrow(
      `signed by an unknown key (fingerprint ${actual}); expected fingerprint ${expected}`,
    );
    await expect(openFeed(text, { pinnedKey: expected, now: NOW })).rejects.toThrow(PackError);
  });

  it('refuses a tampered payload, a swapped key and a missing or garbage signature', async () => {
    const env = JSON.parse(await signed()) as Record<string, unknown>;
    const tampered = { ...env, payload: (env.payload as string).replace('"revision": 3', '"revision": 4') };
    expect(tampered.payload).not.toBe(env.payload);
    await expect(openFeed(JSON.stringify(tampered))).rejects.toThrow(/signature is not valid: it was altered/);
    await expect(openFeed(JSON.stringify({ ...env, publicKey: other.publicKey }))).rejects.toThrow(/signature is not valid/);
    await expect(openFeed(JSON.stringify({ ...env, signature: undefined }))).rejects.toThrow(/not signed: its signature is missing/);
    await expect(openFeed(JSON.stringify({ ...env, signature: '%%%garbage' }))).rejects.toThrow(/signature is not valid/);
    await expect(openFeed(JSON.stringify({ ...env, publicKey: 'abc' }))).rejects.toThrow(/public key is malformed/);
    await expect(openFeed(JSON.stringify({ ...env, publicKey: undefined }))).rejects.toThrow(/does not say which key signed it/);
    await expect(openFeed(JSON.stringify({ ...env, payload: 5 }))).rejects.toThrow(/no payload/);
  });

  it('explains truncated JSON, a wrong format and an unsigned feed', async () => {
    const text = await signed();
    await expect(openFeed(text.slice(0, text.length - 20))).rejects.toThrow(/The feed is not valid JSON.*truncated/);
    await expect(openFeed('')).rejects.toThrow(/not valid JSON/);
    await expect(openFeed('[]')).rejects.toThrow(/Not a signed feed: expected a JSON object/);
    await expect(openFeed(fixture('formats/pack-v1-seed.json'))).rejects.toThrow(/Not a signed feed: "format" must be "fact-compare-signed"/);
    await expect(openFeed(JSON.stringify(feed()))).rejects.toThrow(/The feed is not signed/);
    const env = JSON.parse(text) as Record<string, unknown>;
    await expect(openFeed(JSON.stringify({ ...env, formatVersion: 2 }))).rejects.toThrow(/Unsupported signed envelope format version 2/);
  });

  it('refuses a validly signed payload that is not a valid feed', async () => {
    const env = await signFeed(feed(), keys);
    const { sign } = await import('./signature.ts');
    const payload = JSON.stringify({ ...feed(), formatVersion: 9 });
    const bad = { ...env, payload, signature: await sign(utf8(payload), keys.secretKey) };
    await expect(openFeed(JSON.stringify(bad))).rejects.toThrow(/Unsupported feed format version 9/);
  });

  it('marks a feed past its expiry as stale without refusing it', async () => {
    const text = await signed(feed({ expires: '2026-12-10' }));
    expect((await openFeed(text, { now: NOW })).stale).toBe(true);
    expect((await openFeed(text, { now: new Date('2026-12-09T00:00:00Z') })).stale).toBe(false);
    expect((await openFeed(await signed(feed({ expires: null })), { now: NOW })).stale).toBe(false);
  });

  it('refuses a rollback to an older revision, accepts the installed one and newer', async () => {
    const text = await signed();
    await expect(openFeed(text, { minRevision: 4, now: NOW })).rejects.toThrow(
      /Refused an older revision: the feed offers revision 3, but revision 4 is installed \(a rollback\)/,
    );
    expect((await openFeed(text, { minRevision: 3, now: NOW })).feed.revision).toBe(3);
    expect((await openFeed(text, { minRevision: 1, now: NOW })).feed.revision).toBe(3);
  });

  it('refuses a feed for another pack when asked', async () => {
    await expect(openFeed(await signed(), { packId: 'sports' })).rejects.toThrow(/for the pack "news", not "sports"/);
  });

  it('checks the key file it signs with', async () => {
    await expect(signFeed(feed(), { secretKey: keys.secretKey, publicKey: other.publicKey })).rejects.toThrow(/key file is inconsistent/);
    await expect(signFeed(feed({ files: [] }), keys)).rejects.toThrow(/does not list a full pack of its latest revision 3/);
  });
});

describe('validateFeed', () => {
  const file = (over: Partial<FeedFile> & Record<string, unknown>) => feed({ files: [feed().files[0]!, over as FeedFile] });
  it.each([
    ['no full pack of the latest revision', feed({ files: [feed().files[1]!] }), /does not list a full pack of its latest revision 3/],
    ['a file newer than the feed', file({ kind: 'full', revision: 4, url: 'x', size: 1, sha256: hash('d') }), /latest revision is 3, but it lists the full pack of revision 4/],
    ['a file listed twice', file({ ...feed().files[0]! }), /lists the full pack of revision 3 twice/],
    ['an unknown kind', file({ kind: 'zip' as 'full', revision: 3, url: 'x', size: 1, sha256: hash('d') }), /Feed file 2 kind must be "full" or "delta"/],
    ['a delta without base', file({ kind: 'delta', revision: 3, url: 'x', size: 1, sha256: hash('d') }), /Feed file 2 base revision must be a positive integer/],
    ['a delta going backwards', file({ kind: 'delta', revision: 3, baseRevision: 3, url: 'x', size: 1, sha256: hash('d') }), /revision 3 must be greater than its base revision 3/],
    ['a full pack with a base', file({ kind: 'full', revision: 2, baseRevision: 1, url: 'x', size: 1, sha256: hash('d') }), /full pack and cannot have a base revision/],
    ['a bad hash', file({ kind: 'full', revision: 2, url: 'x', size: 1, sha256: 'ABC' }), /sha256 must be 64 lower-case hex digits/],
    ['a negative size', file({ kind: 'full', revision: 2, url: 'x', size: -1, sha256: hash('d') }), /size must be a whole number of bytes/],
    ['a javascript: url', file({ kind: 'full', revision: 2, url: 'javascript:alert(1)', size: 1, sha256: hash('d') }), /url must be an http\(s\) URL or a relative path/],
    ['a bad pack id', feed({ packId: 'a/b' }), /Feed pack id may only contain/],
    ['files not a list', { ...feed(), files: {} }, /Feed files must be a list/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => validateFeed(value)).toThrow(message);
    expect(() => validateFeed(value)).toThrow(PackError);
  });
});

describe('checkFile', () => {
  it('accepts the right bytes and refuses a size or hash mismatch', async () => {
    const bytes = utf8('{"format":"fact-compare-pack"}');
    const entry = { size: bytes.length, sha256: await sha256Hex(bytes) };
    expect(entry.sha256).toMatch(/^[0-9a-f]{64}$/);
    await expect(checkFile(bytes, entry)).resolves.toBeUndefined();
    await expect(checkFile(bytes.subarray(0, 10), entry)).rejects.toThrow(/has 10 bytes but the feed says 30: it is truncated/);
    const altered = bytes.slice();
    altered[3] = 0x41;
    await expect(checkFile(altered, entry)).rejects.toThrow(/does not match the SHA-256 hash in the feed/);
    await expect(checkFile(altered, entry)).rejects.toThrow(PackError);
  });
  it('computes the standard SHA-256', async () => {
    expect(await sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});

describe('chooseFile', () => {
  it('picks the delta from the installed revision to the latest', () => {
    expect(chooseFile(feed(), 2)).toMatchObject({ kind: 'delta', baseRevision: 2, url: 'news-r2-r3.delta.json' });
    expect(chooseFile(feed(), 1)).toMatchObject({ kind: 'delta', baseRevision: 1 });
  });
  it('falls back to the full pack with nothing installed or no matching delta', () => {
    expect(chooseFile(feed(), null)).toMatchObject({ kind: 'full', revision: 3 });
    expect(chooseFile(feed({ files: feed().files.slice(0, 2) }), 1)).toMatchObject({ kind: 'full', revision: 3 });
  });
  it('ignores deltas into older revisions', () => {
    const f = feed({ files: [...feed().files, { kind: 'delta', revision: 2, baseRevision: 1, url: 'old', size: 1, sha256: hash('e') }] });
    f.files = f.files.filter((x) => x.url !== 'news-r1-r3.delta.json');
    expect(chooseFile(f, 1)).toMatchObject({ kind: 'full' });
  });
  it('returns null when the latest revision (or a newer one) is installed', () => {
    expect(chooseFile(feed(), 3)).toBeNull();
    expect(chooseFile(feed(), 5)).toBeNull();
  });
});

describe('frozen version-1 fixtures', () => {
  const testKey = JSON.parse(fixture('packs/test-key.json')) as { publicKey: string; fingerprint: string };
  it('opens the signed feed fixture with the pinned test key', async () => {
    const opened = await openFeed(fixture('packs/feed-v1-signed.json'), { pinnedKey: testKey.fingerprint, now: NOW, minRevision: 1 });
    expect(opened).toMatchObject({ publicKey: testKey.publicKey, fingerprint: testKey.fingerprint, stale: false });
    expect(opened.feed).toMatchObject({ packId: 'seed-venezuela-russia', revision: 2 });
    expect((await openFeed(fixture('packs/feed-v1-signed.json'), { now: new Date('2028-01-01') })).stale).toBe(true);
  });
  it('lists files whose sizes and hashes match the delta fixture and the pack it gives', async () => {
    const { feed: f } = await openFeed(fixture('packs/feed-v1-signed.json'), { now: NOW });
    const delta = chooseFile(f, 1)!;
    expect(delta).toMatchObject({ kind: 'delta', baseRevision: 1, url: 'seed-venezuela-russia-r1-r2.delta.json' });
    const deltaText = fixture('packs/delta-v1.json');
    await checkFile(utf8(deltaText), delta);
    const full = chooseFile(f, null)!;
    await checkFile(utf8(JSON.stringify(applyDeltaToPack(seedPack(), parseDelta(deltaText)))), full);
  });
});
