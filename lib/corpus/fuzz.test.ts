/**
 * Fuzz test of the paths that touch the corpus: importing a pack or update
 * file as the options page does (parsePackFile, then importPack or
 * applyDelta), and sync end to end (syncSubscription with a fake fetch
 * serving mutated feeds and files). Every refusal must leave the corpus
 * exactly as it was (checked by corpusDigest); every acceptance must
 * install the revision it names, whole. The reader-only fuzz test is
 * lib/packs/fuzz.test.ts.
 *
 * The sync cases run on a corpus whose seed pack was installed by its
 * publisher's key (so deltas apply); the import cases on an unsigned one
 * (files from disk never touch a signed pack). The hardening classes add:
 * key substitution, replay after removal, 304 Not Modified paths, feed and
 * pack bytes that are not UTF-8, and oversized streamed bodies.
 *
 * Reproduce a failure with FUZZ_SEED=<seed printed> npx vitest run lib/corpus/fuzz.test.ts
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixture, freshDB, seedPack, seededDB } from '../../tests/support/unit.ts';
import { decodeText, sha256Hex, toBase64, utf8 } from '../packs/bytes.ts';
import { applyDeltaToPack, parseDelta, parsePackFile } from '../packs/delta.ts';
import { MAX_FEED_BYTES, type Feed } from '../packs/feed.ts';
import type { Pack } from '../packs/format.ts';
import { fuzzSeed, hasInvisible, mutate, mutateDelta, outcome, rng, serialize, Tally, unclear, type Mutant, type Rng } from '../../tests/support/fuzz.ts';
import { keyFingerprint, publicKeyOf, sign } from '../packs/signature.ts';
import { readStats, type CorpusDB } from './db.ts';
import { corpusDigest } from './digest.ts';
import { countDocs, packDocs } from './docstore.ts';
import { applyDelta, importPack, noteRevisionSeen, removePack } from './import.ts';
import { listSubscriptions, previewFeed, removeSubscription, saveSubscription, syncSubscription, type Fetch, type Subscription, type SyncResult } from './sync.ts';

const SEED = fuzzSeed(20_261_216);
/** Per-case bound: indexing a mutated pack with a 1 MB text in fake-indexeddb takes a few seconds at most. */
const CASE_MS = 20_000;
const NOW = new Date('2026-12-15T00:00:00Z');
const BASE = 'https://packs.example/seed/';
const testKey = JSON.parse(fixture('packs/test-key.json')) as { publicKey: string; secretKey: string; fingerprint: string };

const r1: Pack = seedPack();
const deltaText = fixture('packs/delta-v1.json');
const deltaValue = JSON.parse(deltaText) as unknown;
const r2: Pack = applyDeltaToPack(r1, parseDelta(deltaText));
const r2Text = JSON.stringify(r2);
const baseIds = r1.documents.map((d) => d.id);
const tally = new Tally();

const TABLES = ['packs', 'chunks', 'idmaps', 'blocks', 'meta', 'identities'] as const;

/** A seeded database and its rows, put back before every case (cheaper than indexing the seed pack again). */
class Corpus {
  private rows: { table: string; rows: unknown[] }[] = [];
  /** corpusDigest of the seeded state. */
  baseline = '';
  constructor(readonly db: CorpusDB) {}

  async freeze(): Promise<void> {
    this.rows = await Promise.all(TABLES.map(async (table) => ({ table, rows: await this.db.table(table).toArray() })));
    this.baseline = await corpusDigest(this.db);
  }

  /** Puts the seeded state back, and proves it by digest. */
  async restore(): Promise<void> {
    await this.db.transaction('rw', [...TABLES], async () => {
      for (const { table, rows } of this.rows) {
        await this.db.table(table).clear();
        await this.db.table(table).bulkAdd(rows);
      }
    });
    if ((await corpusDigest(this.db)) !== this.baseline) throw new Error('could not restore the seeded corpus');
  }
}

/** The seed pack imported from a file (unsigned): what file imports run against. */
let unsigned: Corpus;
/** The seed pack installed by its publisher's key (the test key): what sync runs against. */
let signed: Corpus;
/** The corpus the current case runs on, and its digest before the case (after any setup). */
let db: CorpusDB;
let baseline: string;

function use(c: Corpus): void {
  db = c.db;
  baseline = c.baseline;
}

/** After a case's own setup changed the corpus: refusals are measured against this state. */
async function rebase(): Promise<void> {
  baseline = await corpusDigest(db);
}

async function restore(): Promise<void> {
  await unsigned.restore();
  await signed.restore();
  use(unsigned);
}

function fail(category: string, i: number, m: Mutant, why: string): never {
  throw new Error(`[fuzz seed ${SEED}, ${category} case ${i}] ${m.mutation}: ${why}\ninput (first 300 chars): ${JSON.stringify(m.text.slice(0, 300))}`);
}

/** After an acceptance: the pack record, its documents and the corpus statistics agree. */
async function checkInstalled(category: string, i: number, m: Mutant, packId: string, revision: number, expectedIds: readonly string[] | null): Promise<void> {
  const rec = await db.packs.get(packId);
  if (!rec || rec.revision !== revision) fail(category, i, m, `accepted, but revision ${rec?.revision} of ${packId} is installed, not ${revision}`);
  const docs = await packDocs(db, packId);
  if (docs.length !== rec.documentCount) fail(category, i, m, `pack record says ${rec.documentCount} documents, the store has ${docs.length}`);
  if (expectedIds && [...docs.map((d) => d.id)].sort().join('\n') !== [...expectedIds].sort().join('\n')) {
    fail(category, i, m, `installed documents differ from the revision's (${docs.length} vs ${expectedIds.length})`);
  }
  const stats = await readStats(db);
  if (stats.documents !== (await countDocs(db))) fail(category, i, m, `statistics count ${stats.documents} documents, the store has ${await countDocs(db)}`);
}

/** A refusal: clear, and the corpus unchanged to the byte. */
async function checkRefused(category: string, i: number, m: Mutant, message: string): Promise<void> {
  const why = unclear(message, m.text);
  if (why) fail(category, i, m, `unclear refusal (${why}): ${JSON.stringify(message.slice(0, 400))}`);
  if ((await corpusDigest(db)) !== baseline) fail(category, i, m, `the corpus changed although the file was refused (${message})`);
  tally.add(category, 'rejected', hasInvisible(message));
}

beforeAll(async () => {
  unsigned = new Corpus(await seededDB());
  await unsigned.freeze();
  const sdb = freshDB();
  await importPack(sdb, r1, { publicKey: testKey.publicKey });
  signed = new Corpus(sdb);
  await signed.freeze();
  use(unsigned);
});

// A failed test may stop between an acceptance and its restore.
beforeEach(restore);


afterAll(() => {
  console.log(`Corpus fuzz (fake-indexeddb), seed ${SEED}: ${tally.total()} cases`);
  console.table(tally.table());
});

describe(`fuzz: importing files into the corpus (seed ${SEED})`, () => {
  /** What the options page does with a file's text. */
  const importText = async (text: string) => {
    const parsed = parsePackFile(text);
    return parsed.kind === 'pack'
      ? { parsed, result: await importPack(db, parsed.pack, { refuseOlder: true }) }
      : { parsed, result: await applyDelta(db, parsed.delta) };
  };

  it('refuses without changing the corpus, or installs whole, 300 mutated packs and deltas', async () => {
    const r = rng(SEED);
    for (let i = 0; i < 300; i++) {
      const kind = r.int(3);
      const m = kind === 0 ? mutate(r2, r) : kind === 1 ? mutate(deltaValue, r) : mutateDelta(deltaValue, baseIds, r);
      const category = kind === 0 ? 'import: full pack' : kind === 1 ? 'import: delta' : 'import: delta vs base';
      let o;
      try {
        o = await outcome(() => importText(m.text), CASE_MS);
      } catch (e) {
        fail(category, i, m, (e as Error).message);
      }
      if (o.kind === 'rejected') {
        await checkRefused(category, i, m, o.message);
        continue;
      }
      const { parsed, result } = o.value;
      if (parsed.kind === 'pack') {
        await checkInstalled(category, i, m, parsed.pack.id, parsed.pack.revision, parsed.pack.documents.map((d) => d.id));
      } else {
        // The database applies deltas itself; the pure reference must agree on the documents.
        let expected: string[] = [];
        try {
          expected = applyDeltaToPack(r1, parsed.delta).documents.map((d) => d.id);
        } catch (e) {
          fail(category, i, m, `the corpus accepted a delta the reference refuses: ${(e as Error).message}`);
        }
        await checkInstalled(category, i, m, parsed.delta.id, parsed.delta.revision, expected);
        if (result.documents !== expected.length) fail(category, i, m, `import reports ${result.documents} documents, the revision has ${expected.length}`);
      }
      tally.add(category, 'accepted');
      await unsigned.restore();
    }
    expect(tally.total()).toBeGreaterThanOrEqual(300);
  });
});

describe(`fuzz: sync end to end with a fake server (seed ${SEED})`, () => {
  interface Site {
    files: Record<string, string | Uint8Array>;
    mutation: string;
    /** The file text the feed points at, for the report. */
    text: string;
  }

  const entry = async (kind: 'full' | 'delta', url: string, body: string | Uint8Array, revision = 2, baseRevision?: number) => {
    const bytes = typeof body === 'string' ? utf8(body) : body;
    return { kind, revision, ...(baseRevision !== undefined ? { baseRevision } : {}), url, size: bytes.length, sha256: await sha256Hex(bytes) };
  };
  const feedOf = (files: unknown[], over: Partial<Record<keyof Feed, unknown>> = {}) => ({
    format: 'fact-compare-feed', formatVersion: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, revision: 2, created: '2026-12-01', expires: '2027-12-01', files, ...over,
  });
  /** The publisher signs whatever payload text it is given. */
  const envelope = async (payload: string) =>
    JSON.stringify({ format: 'fact-compare-signed', formatVersion: 1, publicKey: testKey.publicKey, signature: await sign(utf8(payload), testKey.secretKey), payload });

  /** A fake static host: the feed and its files, with mutations of one of them. */
  async function site(r: Rng): Promise<{ category: string; site: Site }> {
    const full = await entry('full', 'p-r2.json', r2Text);
    const delta = await entry('delta', 'p-r1-r2.delta.json', deltaText, 2, 1);
    const honest = { 'p-r2.json': r2Text, 'p-r1-r2.delta.json': deltaText };
    const listDelta = r.chance(0.6);
    const listed = listDelta ? [full, delta] : [full];
    const served = listDelta ? 'p-r1-r2.delta.json' : 'p-r2.json';
    const servedText = listDelta ? deltaText : r2Text;
    switch (r.int(5)) {
      case 0: {
        // Damaged in transit: the feed is right, the bytes served are not.
        const bytes = utf8(servedText);
        const how = r.int(5);
        const at = r.int(bytes.length);
        const damaged =
          how === 0 ? bytes.slice(0, at)
          : how === 1 ? Uint8Array.from(bytes, (b, k) => (k === at ? b ^ (1 << r.int(8)) : b))
          : how === 2 ? new Uint8Array([...bytes, ...utf8(r.pick([' ', '\n', '{}', 'x'.repeat(1000)]))])
          : how === 3 ? new Uint8Array(0)
          : utf8(listDelta ? r2Text : deltaText);
        const mutation = ['truncated', 'one bit flipped', 'bytes appended', 'empty body', 'the other file served'][how]!;
        return { category: 'sync: damaged file', site: { files: { ...honest, [served]: damaged, 'feed.json': await envelope(serialize(feedOf(listed), 2)) }, mutation: `${served} ${mutation}`, text: servedText } };
      }
      case 1:
      case 2: {
        // A publisher who signs garbage: the mutated file's size and hash are in the signed feed.
        const m = listDelta ? (r.chance(0.5) ? mutateDelta(deltaValue, baseIds, r) : mutate(deltaValue, r)) : mutate(r2, r);
        const e = await entry(listDelta ? 'delta' : 'full', served, m.text, 2, listDelta ? 1 : undefined);
        const files = listDelta ? [full, e] : [e];
        return { category: `sync: signed garbage ${listDelta ? 'delta' : 'pack'}`, site: { files: { ...honest, [served]: m.text, 'feed.json': await envelope(serialize(feedOf(files), 2)) }, mutation: m.mutation, text: m.text } };
      }
      case 3: {
        // The feed itself mutated and then signed.
        const m = mutate(feedOf(listed), r);
        return { category: 'sync: signed garbage feed', site: { files: { ...honest, 'feed.json': await envelope(m.text) }, mutation: m.mutation, text: m.text } };
      }
      default: {
        // The envelope damaged after signing, or HTTP failures.
        const env = JSON.parse(await envelope(serialize(feedOf(listed), 2))) as Record<string, unknown>;
        const m = mutate(env, r);
        const status = r.chance(0.15) ? r.pick([404, 500, 403]) : null;
        const files: Record<string, string | Uint8Array> = status ? { ...honest, 'feed.json': JSON.stringify(env) } : { ...honest, 'feed.json': m.text };
        if (status) delete files[served];
        return { category: 'sync: damaged envelope / HTTP', site: { files, mutation: status ? `${served} answers HTTP 404` : `envelope: ${m.mutation}`, text: status ? '' : m.text } };
      }
    }
  }

  const server = (files: Record<string, string | Uint8Array>): Fetch =>
    async (url) => {
      const path = url.slice(BASE.length);
      const body = files[path];
      if (body === undefined) return new Response('not found', { status: 404, statusText: 'Not Found' });
      return new Response(body as BodyInit, { status: 200 });
    };

  /** The sorted document ids of each revision `revision` a served file gives (a full pack, or a delta applied to revision 1). */
  const servedRevisions = (files: Record<string, string | Uint8Array>, revision: number): string[] => {
    const out: string[] = [];
    for (const [path, body] of Object.entries(files)) {
      if (path === 'feed.json') continue;
      try {
        const parsed = parsePackFile(typeof body === 'string' ? body : new TextDecoder().decode(body));
        const pack = parsed.kind === 'pack' ? parsed.pack : applyDeltaToPack(r1, parsed.delta);
        if (pack.revision === revision) out.push(pack.documents.map((d) => d.id).sort().join('\n'));
      } catch {
        // Not a file that could have been installed.
      }
    }
    return out;
  };

  const subscription = (): Subscription => ({
    version: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, feedUrl: `${BASE}feed.json`, publicKey: testKey.publicKey, fingerprint: testKey.fingerprint,
    periodHours: 24, lastAttempt: null, lastSuccess: null, status: 'up-to-date', error: null, failures: 0, etag: null, lastModified: null,
  });

  it('refuses without changing the corpus, or installs whole, 200 mutated feeds and files', async () => {
    const r = rng(SEED + 1);
    for (let i = 0; i < 200; i++) {
      use(signed);
      const { category, site: s } = await site(r);
      const m = { mutation: s.mutation, text: s.text };
      let o;
      try {
        o = await outcome(() => syncSubscription(db, subscription(), { fetch: server(s.files), now: NOW, resumeDelayMs: 0, maxResumes: 0 }), CASE_MS);
      } catch (e) {
        fail(category, i, m, `syncSubscription threw: ${(e as Error).message}`);
      }
      if (o.kind === 'rejected') fail(category, i, m, `syncSubscription threw a PackError instead of recording it: ${o.message}`);
      const { subscription: sub, installed } = o.value;
      if (installed !== null) {
        await checkInstalled(category, i, m, r1.id, installed, null);
        const ids = (await packDocs(db, r1.id)).map((d) => d.id).sort().join('\n');
        if (!servedRevisions(s.files, installed).includes(ids)) fail(category, i, m, `revision ${installed} installed, but its documents are not those of any file served`);
        if (sub.status !== 'up-to-date') fail(category, i, m, `installed ${installed} but status ${sub.status}`);
        tally.add(category, 'accepted');
        await signed.restore();
        continue;
      }
      if (sub.status === 'failed') {
        const error = sub.error ?? '';
        // The fake server never fails at the network level: such a reason means a non-PackError escaped.
        if (/^Could not read the server|did not answer in time/.test(error)) fail(category, i, m, `an internal error surfaced as a network failure: ${error}`);
        await checkRefused(category, i, m, error);
        continue;
      }
      // Up to date (a feed of the installed revision) or stale: nothing installed, nothing changed.
      if ((await corpusDigest(db)) !== baseline) fail(category, i, m, `status ${sub.status} but the corpus changed`);
      tally.add(category, 'unchanged');
    }
  });
});

describe(`fuzz: sync hardening — keys, replays, 304s, bytes, sizes (seed ${SEED})`, () => {
  const FEED_URL = `${BASE}feed.json`;
  const FEED_ETAG = '"feed.json"';
  type Key = { publicKey: string; secretKey: string; fingerprint: string };
  /** Keys other than the publisher's, made from the seed so that a case reproduces. */
  const strangers: Key[] = [];
  beforeAll(async () => {
    const r = rng(SEED + 9);
    for (let k = 0; k < 3; k++) {
      const secretKey = toBase64(Uint8Array.from({ length: 32 }, () => r.int(256)));
      const publicKey = await publicKeyOf(secretKey);
      strangers.push({ publicKey, secretKey, fingerprint: await keyFingerprint(publicKey) });
    }
  });
  beforeEach(() => use(signed));

  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

  const sub = (over: Partial<Subscription> = {}): Subscription => ({
    version: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, feedUrl: FEED_URL, publicKey: testKey.publicKey, fingerprint: testKey.fingerprint,
    periodHours: 24, lastAttempt: null, lastSuccess: null, status: 'up-to-date', error: null, failures: 0, etag: null, lastModified: null, ...over,
  });
  const entryOf = async (kind: 'full' | 'delta', url: string, bytes: Uint8Array, revision: number, baseRevision?: number) =>
    ({ kind, revision, ...(baseRevision !== undefined ? { baseRevision } : {}), url, size: bytes.length, sha256: await sha256Hex(bytes) });
  const feedValue = (revision: number, files: unknown[], over: Record<string, unknown> = {}) => ({
    format: 'fact-compare-feed', formatVersion: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, revision, created: '2026-12-01', expires: '2027-12-01', files, ...over,
  });
  /** An envelope signed by `key` that names `named` as its key. */
  const envelopeBy = async (payload: string, key: Key = testKey, named = key.publicKey) =>
    JSON.stringify({ format: 'fact-compare-signed', formatVersion: 1, publicKey: named, signature: await sign(utf8(payload), key.secretKey), payload });
  /** The full pack text of a revision (r2's documents), as the publisher serves it. */
  const packAt = (revision: number) => (revision === 2 ? r2Text : JSON.stringify({ ...r2, revision }));
  const idsAt = (revision: number) => (JSON.parse(packAt(revision)) as Pack).documents.map((d) => d.id);

  type Body = string | Uint8Array | (() => ReadableStream<Uint8Array>);
  /** The publisher's site for revision `revision`: its feed (with `over` in the feed), the full pack, and the r1→r2 delta for revision 2. */
  async function honest(revision = 2, over: Record<string, unknown> = {}, key: Key = testKey): Promise<Record<string, Body>> {
    const full = packAt(revision);
    const files = [await entryOf('full', `p-r${revision}.json`, utf8(full), revision)];
    const out: Record<string, Body> = { [`p-r${revision}.json`]: full };
    if (revision === 2) {
      files.push(await entryOf('delta', 'p-r1-r2.delta.json', utf8(deltaText), 2, 1));
      out['p-r1-r2.delta.json'] = deltaText;
    }
    out['feed.json'] = await envelopeBy(serialize(feedValue(revision, files, over), 2), key);
    return out;
  }

  interface HostOptions {
    /** When the feed answers 304: to a matching If-None-Match (as servers do), to every request, or to the first one only. */
    notModified?: 'match' | 'always' | 'first';
    /** A 304 that carries a body anyway (a broken proxy): it must never be read as a feed. */
    bodyOn304?: string;
    /** Extra response headers per path. */
    headers?: Record<string, Record<string, string>>;
  }
  /** A static host with an ETag per path. */
  function host(files: Record<string, Body>, opts: HostOptions = {}): Fetch & { requests: { path: string; headers: Record<string, string> }[] } {
    const requests: { path: string; headers: Record<string, string> }[] = [];
    const fn = (async (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => {
      const path = url.slice(BASE.length);
      requests.push({ path, headers: { ...init.headers } });
      if (path === 'feed.json') {
        const mode = opts.notModified ?? 'match';
        const nth = requests.filter((q) => q.path === 'feed.json').length;
        if (mode === 'always' || (mode === 'first' && nth === 1) || (mode === 'match' && init.headers['If-None-Match'] === FEED_ETAG)) return notModified(opts.bodyOn304);
      }
      const body = files[path];
      if (body === undefined) return new Response('not found', { status: 404, statusText: 'Not Found' });
      return new Response((typeof body === 'function' ? body() : body) as BodyInit, { status: 200, headers: { ETag: `"${path}"`, ...(opts.headers?.[path] ?? {}) } });
    }) as Fetch & { requests: { path: string; headers: Record<string, string> }[] };
    fn.requests = requests;
    return fn;
  }
  function notModified(body?: string): Response {
    if (body === undefined) return new Response(null, { status: 304, headers: { ETag: FEED_ETAG } });
    const res = new Response(body, { status: 200, headers: { ETag: FEED_ETAG } });
    Object.defineProperty(res, 'status', { value: 304 });
    Object.defineProperty(res, 'ok', { value: false });
    return res;
  }
  const syncOpts = (fetch: Fetch) => ({ fetch, now: NOW, resumeDelayMs: 0, maxResumes: 0 });

  type Expect =
    | { kind: 'refused'; error: RegExp | string }
    | { kind: 'installed'; revision: number }
    | { kind: 'status'; status: 'up-to-date' | 'stale'; error?: RegExp }
    | { kind: 'any' };
  const describeExpect = (e: Expect) => (e.kind === 'refused' ? `refusal matching ${String(e.error)}` : e.kind === 'installed' ? `revision ${e.revision} installed` : e.kind === 'status' ? `status ${e.status}` : 'anything');

  /** Runs one sync and checks it against what the user must see; refusals leave the corpus exactly as the case found it. */
  async function judge(category: string, i: number, m: Mutant, run: () => Promise<SyncResult>, expected: Expect): Promise<SyncResult> {
    let o;
    try {
      o = await outcome(run, CASE_MS);
    } catch (e) {
      fail(category, i, m, `syncSubscription threw: ${(e as Error).message}`);
    }
    if (o.kind === 'rejected') fail(category, i, m, `syncSubscription threw a PackError instead of recording it: ${o.message}`);
    const { subscription: s, installed } = o.value;
    const got = installed !== null ? `revision ${installed} installed` : `${s.status}: ${s.error ?? ''}`;
    const wrong = () => fail(category, i, m, `expected ${describeExpect(expected)}, got ${got}`);
    if (installed !== null) {
      if (expected.kind !== 'installed' && expected.kind !== 'any') wrong();
      if (expected.kind === 'installed' && installed !== expected.revision) wrong();
      await checkInstalled(category, i, m, r1.id, installed, idsAt(installed));
      if ((await db.packs.get(r1.id))?.publicKey !== testKey.publicKey) fail(category, i, m, 'installed, but not under the publisher key');
      if (s.status !== 'up-to-date') fail(category, i, m, `installed ${installed} but status ${s.status}`);
      tally.add(category, 'accepted');
      return o.value;
    }
    if (s.status === 'failed') {
      const error = s.error ?? '';
      if (expected.kind === 'installed' || expected.kind === 'status') wrong();
      if (expected.kind === 'refused' && !(typeof expected.error === 'string' ? error === expected.error : expected.error.test(error))) wrong();
      await checkRefused(category, i, m, error);
      return o.value;
    }
    if (expected.kind === 'refused' || expected.kind === 'installed') wrong();
    if (expected.kind === 'status' && (s.status !== expected.status || (expected.error && !expected.error.test(s.error ?? '')))) wrong();
    if ((await corpusDigest(db)) !== baseline) fail(category, i, m, `status ${s.status} but the corpus changed`);
    tally.add(category, 'unchanged');
    return o.value;
  }

  /** A refusal that is not a sync (saving a subscription, importing a file): clear, and nothing changed. */
  async function judgeRefusal(category: string, i: number, m: Mutant, run: () => Promise<unknown>, error: RegExp): Promise<void> {
    let o;
    try {
      o = await outcome(run, CASE_MS);
    } catch (e) {
      fail(category, i, m, (e as Error).message);
    }
    if (o.kind === 'accepted') fail(category, i, m, 'accepted, but it must be refused');
    if (!error.test(o.message)) fail(category, i, m, `refused with ${JSON.stringify(o.message)}, expected ${String(error)}`);
    await checkRefused(category, i, m, o.message);
  }

  /** Another base64 spelling of the same key: the last digit's two unused low bits changed. */
  function respell(key: string, r: Rng): string {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const at = key.length - 2;
    const digit = alphabet.indexOf(key[at]!);
    return `${key.slice(0, at)}${alphabet[(digit & ~3) | r.int(4)]}${key.slice(at + 1)}`;
  }

  it('key substitution: 250 feeds, subscriptions and files under another key are refused with both fingerprints, the corpus unchanged', async () => {
    const r = rng(SEED + 2);
    const category = 'hardening: key substitution';
    for (let i = 0; i < 250; i++) {
      await signed.restore();
      use(signed);
      const stranger = r.pick(strangers);
      const T = esc(testKey.fingerprint);
      const S = esc(stranger.fingerprint);
      switch (r.int(10)) {
        case 0: {
          const files = await honest(2, {}, stranger);
          const m = { mutation: 'feed signed by another key', text: files['feed.json'] as string };
          await judge(category, i, m, () => syncSubscription(db, sub(), syncOpts(host(files))), { kind: 'refused', error: new RegExp(`unknown key \\(fingerprint ${S}\\); expected fingerprint ${T}`) });
          break;
        }
        case 1: {
          const files = await honest();
          const env = JSON.parse(files['feed.json'] as string) as Record<string, unknown>;
          files['feed.json'] = JSON.stringify({ ...env, publicKey: stranger.publicKey });
          const m = { mutation: 'envelope names another key, signature by the publisher', text: files['feed.json'] };
          await judge(category, i, m, () => syncSubscription(db, sub(), syncOpts(host(files))), { kind: 'refused', error: /signature is not valid/ });
          break;
        }
        case 2: {
          const files = await honest();
          const mutant = mutate(feedValue(2, [await entryOf('full', 'p-r2.json', utf8(r2Text), 2)]), r);
          files['feed.json'] = await envelopeBy(mutant.text, stranger);
          const m = { mutation: `re-signed by another key: ${mutant.mutation}`, text: files['feed.json'] };
          await judge(category, i, m, () => syncSubscription(db, sub(), syncOpts(host(files))), { kind: 'refused', error: new RegExp(`unknown key \\(fingerprint ${S}\\)`) });
          break;
        }
        case 3: {
          const bad = r.pick<unknown>([undefined, null, '', ' ', 'not-a-key', testKey.fingerprint, testKey.publicKey.slice(0, -4), `${testKey.publicKey}AAAA`, 42, {}, []]);
          const net = host(await honest());
          const m = { mutation: `subscription key ${JSON.stringify(bad) ?? 'missing'}`, text: '' };
          await judge(category, i, m, () => syncSubscription(db, { ...sub(), publicKey: bad } as unknown as Subscription, syncOpts(net)), { kind: 'refused', error: /^This subscription has no valid publisher key on record/ });
          if (net.requests.length) fail(category, i, m, `fetched ${net.requests.length} URLs without a key to check them`);
          break;
        }
        case 4: {
          const files = await honest(2, {}, stranger);
          const m = { mutation: 'subscription pinned to another key than the one that installed the pack', text: '' };
          await judge(category, i, m, () => syncSubscription(db, sub({ publicKey: stranger.publicKey, fingerprint: stranger.fingerprint }), syncOpts(host(files))), {
            kind: 'refused',
            error: new RegExp(`signed by key ${T}, not by ${S}`),
          });
          break;
        }
        case 5: {
          const spelled = respell(testKey.publicKey, r);
          const m = { mutation: `the publisher key spelled ${spelled}`, text: '' };
          const files = await honest();
          await judge(category, i, m, () => syncSubscription(db, sub({ publicKey: spelled }), syncOpts(host(files))), { kind: 'installed', revision: 2 });
          break;
        }
        case 6: {
          const m = { mutation: "recorded fingerprint is another key's", text: '' };
          const files = await honest();
          await judge(category, i, m, () => syncSubscription(db, sub({ fingerprint: stranger.fingerprint }), syncOpts(host(files))), { kind: 'refused', error: /does not match its recorded fingerprint/ });
          break;
        }
        case 7: {
          await saveSubscription(db, sub());
          await rebase();
          const m = { mutation: 'a second subscription for the pack under another key', text: '' };
          await judgeRefusal(category, i, m, () => saveSubscription(db, sub({ publicKey: stranger.publicKey, fingerprint: stranger.fingerprint, feedUrl: 'https://elsewhere.example/feed.json' })), new RegExp(`${T}.*${S}`));
          const stored = await listSubscriptions(db);
          if (stored.length !== 1 || stored[0]!.publicKey !== testKey.publicKey || stored[0]!.feedUrl !== FEED_URL) fail(category, i, m, 'the stored subscription changed');
          break;
        }
        case 8: {
          const revision = 1 + r.int(999_999);
          const full = r.chance(0.5);
          const m = { mutation: full ? `unsigned file of revision ${revision}` : 'unsigned delta file', text: '' };
          await judgeRefusal(category, i, m, () => (full ? importPack(db, { ...r2, revision }, { refuseOlder: true }) : applyDelta(db, parseDelta(deltaText))), new RegExp(`signed feed \\(key ${T}\\)`));
          break;
        }
        default: {
          // An unsigned copy under the id, at any revision: the publisher's pack replaces it.
          const revision = 1 + r.int(999_999);
          await db.packs.update(r1.id, { publicKey: null, revision });
          await rebase();
          const m = { mutation: `unsigned copy at revision ${revision} holds the id`, text: '' };
          const files = await honest();
          await judge(category, i, m, () => syncSubscription(db, sub(), syncOpts(host(files))), { kind: 'installed', revision: 2 });
        }
      }
    }
  }, 120_000);

  it('replay after removal: 150 older feeds served after the pack was removed, resubscribed or 304-confirmed are refused', async () => {
    const r = rng(SEED + 3);
    const category = 'hardening: replay after removal';
    for (let i = 0; i < 150; i++) {
      await signed.restore();
      use(signed);
      const highest = 2 + r.int(4);
      await noteRevisionSeen(db, r1.id, testKey.publicKey, highest);
      const removed = r.chance(0.7);
      if (removed) await removePack(db, r1.id);
      const how = r.int(3);
      let s = sub();
      if (how === 1) s = sub({ etag: FEED_ETAG, feed: { revision: highest, created: '2026-12-01', expires: '2027-12-01' } });
      if (how === 2) {
        await saveSubscription(db, s);
        await removeSubscription(db, r1.id);
        await saveSubscription(db, s);
      }
      await rebase();
      const served = 1 + r.int(highest + 1);
      const files = await honest(served);
      const m = { mutation: `revision ${served} served after revision ${highest} was published${removed ? ', pack removed' : ''}${['', ', ETag kept', ', resubscribed'][how]}`, text: files['feed.json'] as string };
      await judge(category, i, m, () => syncSubscription(db, s, syncOpts(host(files))), served < highest
        ? { kind: 'refused', error: new RegExp(`^Refused an older revision: the feed offers revision ${served}, but .*revision ${removed ? highest : `(1|${highest})`}.* \\(a rollback\\)`) }
        : { kind: 'installed', revision: served });
    }
  }, 120_000);

  it('304 paths: 250 servers answering Not Modified (expired, removed, replaced, unasked, with a body) never show a stale feed as up to date', async () => {
    const r = rng(SEED + 4);
    const category = 'hardening: 304 Not Modified';
    for (let i = 0; i < 250; i++) {
      await signed.restore();
      use(signed);
      const state = r.pick(['installed', 'removed', 'unsigned copy'] as const);
      if (state === 'removed') await removePack(db, r1.id);
      if (state === 'unsigned copy') await db.packs.update(r1.id, { publicKey: null });
      const cachedRev = r.pick([null, 1, 2, 3]);
      const cachedExpired = r.chance(0.4);
      const etag = r.pick([null, FEED_ETAG, '"an-old-etag"']);
      const lastModified = r.chance(0.2) ? 'Tue, 01 Dec 2026 00:00:00 GMT' : null;
      const mode = r.pick(['match', 'always', 'first'] as const);
      const bodyOn304 = r.chance(0.3) ? r.pick(['', '{"format": nope', 'not a feed at all', '\u0000\u0001']) : undefined;
      const servedExpired = r.chance(0.2);
      const files = await honest(2, servedExpired ? { expires: '2026-01-01' } : {});
      const s = sub({ etag, lastModified, feed: cachedRev === null ? undefined : { revision: cachedRev, created: '2026-11-01', expires: cachedExpired ? '2026-06-01' : '2027-06-01' } });
      await rebase();
      // What the user must see, from the rules: a 304 stands for the feed on record, whose expiry is checked.
      const conditional = cachedRev !== null && (etag !== null || lastModified !== null);
      const first304 = mode !== 'match' || (conditional && etag === FEED_ETAG);
      const fromFeed: Expect = servedExpired ? { kind: 'status', status: 'stale', error: /expired on 2026-01-01/ } : { kind: 'installed', revision: 2 };
      const unasked: Expect = { kind: 'refused', error: /^The server answered 304 Not Modified to a request for the whole feed/ };
      const expected: Expect = !first304
        ? fromFeed
        : !conditional
          ? unasked
          : cachedExpired
            ? { kind: 'status', status: 'stale', error: /expired on 2026-06-01/ }
            : state === 'installed' && 1 >= cachedRev!
              ? { kind: 'status', status: 'up-to-date' }
              : mode === 'always'
                ? unasked
                : fromFeed;
      const m = { mutation: `${state}, feed on record ${cachedRev ?? 'none'}${cachedExpired ? ' (expired)' : ''}, etag ${etag}, server ${mode}${bodyOn304 !== undefined ? ' with a 304 body' : ''}${servedExpired ? ', served feed expired' : ''}`, text: bodyOn304 ?? '' };
      await judge(category, i, m, () => syncSubscription(db, s, syncOpts(host(files, { notModified: mode, bodyOn304 }))), expected);
    }
  }, 120_000);

  /** Bytes of `text` as a misconfigured server sends them, or with bytes that are not UTF-8. */
  function mutateBytes(text: string, r: Rng): { bytes: Uint8Array; mutation: string } {
    const bytes = utf8(text);
    const at = r.int(bytes.length + 1);
    const splice = (insert: number[], drop = 0) => new Uint8Array([...bytes.subarray(0, at), ...insert, ...bytes.subarray(at + drop)]);
    const units = (le: boolean) => {
      const out = new Uint8Array(text.length * 2);
      for (let k = 0; k < text.length; k++) {
        const c = text.charCodeAt(k);
        out[2 * k + (le ? 0 : 1)] = c & 0xff;
        out[2 * k + (le ? 1 : 0)] = c >> 8;
      }
      return out;
    };
    switch (r.int(10)) {
      case 0:
        return { bytes: Uint8Array.from(text, (c) => (c.charCodeAt(0) < 0x100 ? c.charCodeAt(0) : 0x3f)), mutation: 'Latin-1' };
      case 1: {
        const b = r.pick([0x80, 0x9f, 0xa9, 0xbf, 0xc0, 0xc1, 0xf5, 0xf8, 0xfe, 0xff]);
        return { bytes: splice([b]), mutation: `byte 0x${b.toString(16)} inserted at ${at}` };
      }
      case 2: {
        const b = r.pick([0x80, 0xbf, 0xc0, 0xe9, 0xf5, 0xff]);
        return { bytes: splice([b], 1), mutation: `byte ${at} replaced by 0x${b.toString(16)}` };
      }
      case 3: {
        const leads = [...bytes.keys()].filter((k) => bytes[k]! >= 0xc2 && bytes[k]! <= 0xf4);
        if (!leads.length) return { bytes: splice([0xc3]), mutation: `lone lead byte at ${at}` };
        const k = r.pick(leads);
        const n = bytes[k]! >= 0xf0 ? 3 : bytes[k]! >= 0xe0 ? 2 : 1;
        return { bytes: new Uint8Array([...bytes.subarray(0, k + 1), ...bytes.subarray(k + 1 + n)]), mutation: `multi-byte character at ${k} cut after its first byte` };
      }
      case 4:
        return r.chance(0.5) ? { bytes: splice([0xc0, 0xaf]), mutation: `overlong "/" at ${at}` } : { bytes: splice([0xe0, 0x80, 0xaf]), mutation: `three-byte overlong at ${at}` };
      case 5:
        return r.chance(0.5) ? { bytes: splice([0xed, 0xa0, 0x80]), mutation: `encoded surrogate at ${at}` } : { bytes: splice([0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80]), mutation: `CESU-8 pair at ${at}` };
      case 6:
        return { bytes: splice([0]), mutation: `NUL at ${at}` };
      case 7: {
        const how = r.int(3);
        if (how === 0) return { bytes: new Uint8Array([0xff, 0xfe, ...units(true)]), mutation: 'UTF-16LE with byte-order mark' };
        if (how === 1) return { bytes: new Uint8Array([0xfe, 0xff, ...units(false)]), mutation: 'UTF-16BE with byte-order mark' };
        return { bytes: units(true), mutation: 'UTF-16LE without byte-order mark' };
      }
      case 8:
        return { bytes: new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]), mutation: 'UTF-8 byte-order mark' };
      default:
        return { bytes: splice([0xf4, 0x90, 0x80, 0x80]), mutation: `code point above U+10FFFF at ${at}` };
    }
  }

  /** What decodeText says about `bytes`: the refusal users must see, or the text. */
  function decoding(bytes: Uint8Array, what: string): { error: string } | { text: string } {
    try {
      return { text: decodeText(bytes, what) };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }

  it('bytes that are not UTF-8: 250 feeds and pack files refused naming the byte offset (or read exactly, with a byte-order mark)', async () => {
    const r = rng(SEED + 5);
    const category = 'hardening: not UTF-8';
    const last = r2.documents.at(-1)!;
    const packText = JSON.stringify({ ...r2, documents: [...r2.documents.slice(0, -1), { ...last, text: `${last.text} Según la agencia, “todo” está en orden.` }] });
    for (let i = 0; i < 250; i++) {
      await signed.restore();
      use(signed);
      const target = r.chance(0.75) ? 'feed' : 'pack';
      let files: Record<string, Body>;
      let original: string;
      let mutated: { bytes: Uint8Array; mutation: string };
      if (target === 'feed') {
        files = await honest(2, { publisher: 'Agencia Periodística de Caracas' });
        original = files['feed.json'] as string;
        mutated = mutateBytes(original, r);
        files['feed.json'] = mutated.bytes;
      } else {
        original = packText;
        mutated = mutateBytes(original, r);
        const entry = await entryOf('full', 'p-r2.json', mutated.bytes, 2);
        files = { 'feed.json': await envelopeBy(serialize(feedValue(2, [entry]), 2)), 'p-r2.json': mutated.bytes };
      }
      const what = target === 'feed' ? 'The feed' : 'The downloaded file';
      const d = decoding(mutated.bytes, what);
      const m = { mutation: `${target}: ${mutated.mutation}`, text: original.slice(0, 300) };
      if ('error' in d && !/at byte \d+/.test(d.error)) fail(category, i, m, `the refusal does not name the byte offset: ${d.error}`);
      const sameText = 'text' in d && d.text === original;
      if (target === 'feed' && r.chance(0.3)) {
        // The subscribe preview reads feeds the same way.
        let o;
        try {
          o = await outcome(() => previewFeed(FEED_URL, { fetch: host(files), now: NOW }), CASE_MS);
        } catch (e) {
          fail(category, i, m, `previewFeed: ${(e as Error).message}`);
        }
        if ('error' in d) {
          if (o.kind !== 'rejected' || o.message !== d.error) fail(category, i, m, `preview: expected ${JSON.stringify(d.error)}, got ${o.kind === 'rejected' ? JSON.stringify(o.message) : 'a preview'}`);
          await checkRefused(category, i, m, o.message);
        } else if (sameText && o.kind !== 'accepted') {
          fail(category, i, m, `preview refused a feed that decodes exactly: ${o.message}`);
        } else {
          if (o.kind === 'rejected') await checkRefused(category, i, m, o.message);
          else tally.add(category, 'accepted');
        }
        continue;
      }
      const expected: Expect = 'error' in d ? { kind: 'refused', error: d.error } : sameText ? { kind: 'installed', revision: 2 } : { kind: 'any' };
      if (target === 'pack' && sameText) {
        // The installed pack must be the one published: its text came through intact.
        const result = await judge(category, i, m, () => syncSubscription(db, sub(), syncOpts(host(files))), expected);
        if (result.installed !== null && !(await packDocs(db, r1.id)).some((doc) => doc.text.endsWith('“todo” está en orden.'))) fail(category, i, m, 'the installed text differs from the published one');
      } else {
        await judge(category, i, m, () => syncSubscription(db, sub(), syncOpts(host(files))), expected);
      }
    }
  }, 120_000);

  it('oversized streamed bodies: 150 feeds and pack files up to 64 MB stop at the limit with a clear refusal', async () => {
    const r = rng(SEED + 6);
    const category = 'hardening: oversized body';
    const MiB = 1024 * 1024;
    for (let i = 0; i < 150; i++) {
      await signed.restore();
      use(signed);
      const files = await honest();
      const chunk = r.pick([1000, 16 * 1024, 64 * 1024, MiB + 7]);
      const counter = { pulled: 0 };
      const kind = r.int(4);
      const packFile = kind === 3;
      const path = packFile ? 'p-r2.json' : 'feed.json';
      let size: number;
      let head: Uint8Array;
      let fill: number | 'random';
      if (kind === 0) {
        // The publisher's feed padded with whitespace to just under, at or over the limit.
        size = MAX_FEED_BYTES + r.pick([-1000, -1, 0, 1, 2, 1000]);
        head = utf8(files['feed.json'] as string);
        fill = 0x20;
      } else {
        const announced = utf8(r2Text).length;
        const limit = packFile ? announced : MAX_FEED_BYTES;
        size = limit + 1 + Math.floor(Math.exp(r.next() * Math.log(64 * MiB - limit)));
        head = packFile ? utf8(r2Text) : kind === 1 ? utf8('{"format":"fact-compare-signed","formatVersion":1,"payload":"') : new Uint8Array(0);
        fill = kind === 1 ? 0x61 : r.chance(0.5) ? 0x20 : 'random';
      }
      if (packFile) {
        // Only the full pack listed, so the download is the oversized file.
        const entry = await entryOf('full', 'p-r2.json', utf8(r2Text), 2);
        files['feed.json'] = await envelopeBy(serialize(feedValue(2, [entry]), 2));
        delete files['p-r1-r2.delta.json'];
      }
      const block = fill === 'random' ? Uint8Array.from({ length: chunk }, () => r.int(256)) : new Uint8Array(chunk).fill(fill);
      files[path] = () => {
        let sent = 0;
        return new ReadableStream<Uint8Array>({
          pull(c) {
            if (sent >= size) return c.close();
            const n = Math.min(chunk, size - sent);
            const piece = sent < head.length ? head.subarray(sent, sent + n) : block.subarray(0, n);
            sent += piece.length;
            counter.pulled += piece.length;
            c.enqueue(piece);
          },
        });
      };
      const lengthHeader = packFile ? 'none' : r.pick(['none', 'true', 'small', 'large'] as const);
      const contentLength = { none: null, true: size, small: 1000, large: MAX_FEED_BYTES + 1 + r.int(10 * MiB) }[lengthHeader];
      const headers = contentLength === null ? {} : { [path]: { 'Content-Length': String(contentLength) } };
      const net = host(files, { headers });
      const tooLarge = /^The feed is larger than 1,000,000 bytes, too large to be a feed; it was not read further/;
      const refusedForSize = size > MAX_FEED_BYTES || (contentLength !== null && contentLength > MAX_FEED_BYTES);
      const expected: Expect = packFile
        ? { kind: 'refused', error: /^The download is larger than the \d+ bytes the feed announced/ }
        : refusedForSize
          ? { kind: 'refused', error: tooLarge }
          : { kind: 'installed', revision: 2 };
      const m = { mutation: `${path}: ${size.toLocaleString('en-US')} bytes in chunks of ${chunk}, Content-Length ${lengthHeader}`, text: '' };
      if (!packFile && r.chance(0.3)) {
        let o;
        try {
          o = await outcome(() => previewFeed(FEED_URL, { fetch: net, now: NOW }), CASE_MS);
        } catch (e) {
          fail(category, i, m, `previewFeed: ${(e as Error).message}`);
        }
        if (refusedForSize) {
          if (o.kind !== 'rejected' || !tooLarge.test(o.message)) fail(category, i, m, `preview: expected a size refusal, got ${o.kind === 'rejected' ? o.message : 'a preview'}`);
          await checkRefused(category, i, m, o.message);
        } else {
          if (o.kind !== 'accepted') fail(category, i, m, `preview refused a feed within the limit: ${o.message}`);
          tally.add(category, 'accepted');
        }
      } else {
        await judge(category, i, m, () => syncSubscription(db, sub(), syncOpts(net)), expected);
      }
      // Reading stops at the limit, whatever the server streams.
      const bound = (packFile ? utf8(r2Text).length : MAX_FEED_BYTES) + 2 * chunk;
      if (counter.pulled > bound) fail(category, i, m, `read ${counter.pulled.toLocaleString('en-US')} bytes of the body, more than the limit allows (${bound.toLocaleString('en-US')})`);
    }
  }, 120_000);
});
