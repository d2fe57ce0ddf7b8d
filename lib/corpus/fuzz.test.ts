/**
 * Fuzz test of the paths that touch the corpus: importing a pack or update
 * file as the options page does (parsePackFile, then importPack or
 * applyDelta), and sync end to end (syncSubscription with a fake fetch
 * serving mutated feeds and files). Every refusal must leave the corpus
 * exactly as it was (checked by corpusDigest); every acceptance must
 * install the revision it names, whole. The reader-only fuzz test is
 * lib/packs/fuzz.test.ts.
 *
 * Reproduce a failure with FUZZ_SEED=<seed printed> npx vitest run lib/corpus/fuzz.test.ts
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixture, seedPack, seededDB } from '../test-support.ts';
import { sha256Hex, utf8 } from '../packs/bytes.ts';
import { applyDeltaToPack, parseDelta, parsePackFile } from '../packs/delta.ts';
import type { Feed } from '../packs/feed.ts';
import type { Pack } from '../packs/format.ts';
import { fuzzSeed, hasInvisible, mutate, mutateDelta, outcome, rng, serialize, Tally, unclear, type Mutant, type Rng } from '../packs/fuzz-support.ts';
import { sign } from '../packs/signature.ts';
import { readStats, type CorpusDB } from './db.ts';
import { corpusDigest } from './digest.ts';
import { countDocs, packDocs } from './docstore.ts';
import { applyDelta, importPack } from './import.ts';
import { syncSubscription, type Fetch, type Subscription } from './sync.ts';

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

let db: CorpusDB;
/** The seeded database's rows, to put back after an accepted case changed it. */
let snapshot: { table: string; rows: unknown[] }[];
let baseline: string;
const TABLES = ['packs', 'chunks', 'idmaps', 'blocks', 'meta'] as const;

async function takeSnapshot(): Promise<void> {
  snapshot = await Promise.all(TABLES.map(async (table) => ({ table, rows: await db.table(table).toArray() })));
  baseline = await corpusDigest(db);
}

/** Puts the seeded corpus back (cheaper than indexing the seed pack again), and proves it by digest. */
async function restore(): Promise<void> {
  await db.transaction('rw', [...TABLES], async () => {
    for (const { table, rows } of snapshot) {
      await db.table(table).clear();
      await db.table(table).bulkAdd(rows);
    }
  });
  if ((await corpusDigest(db)) !== baseline) throw new Error('could not restore the seeded corpus');
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
  db = await seededDB();
  await takeSnapshot();
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
      await restore();
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
        await restore();
        continue;
      }
      if (sub.status === 'failed') {
        const error = sub.error ?? '';
        // The fake server never fails at the network level: such a reason means a non-PackError escaped.
        if (/^Could not reach the server|did not answer in time/.test(error)) fail(category, i, m, `an internal error surfaced as a network failure: ${error}`);
        await checkRefused(category, i, m, error);
        continue;
      }
      // Up to date (a feed of the installed revision) or stale: nothing installed, nothing changed.
      if ((await corpusDigest(db)) !== baseline) fail(category, i, m, `status ${sub.status} but the corpus changed`);
      tally.add(category, 'unchanged');
    }
  });
});
