import { describe, expect, it } from 'vitest';
import { countDocs, docById } from './docstore.ts';
import Dexie from 'dexie';
import { analyzeArticle } from '../analysis/analyze.ts';
import { fixture, seededDB } from '../../tests/support/unit.ts';
import { DB_SCHEMA_VERSION, openCorpusDB, readStats } from './db.ts';
import { exportPack, removePack } from './import.ts';
import { sha256Hex, utf8 } from '../packs/bytes.ts';
import { signFeed, type Feed } from '../packs/feed.ts';
import { listSubscriptions, syncSubscription, type Fetch } from './sync.ts';
import { fetchPostings } from './search.ts';

interface Dump {
  schemaVersion: number;
  stores: Record<string, string>;
  tables: Record<string, unknown[]>;
}

/** Revives typed arrays the fixture stores as {$u8: base64} and {$u32: [...]}. */
function revive(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(revive);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$u8 === 'string') return new Uint8Array(Buffer.from(o.$u8, 'base64'));
    if (Array.isArray(o.$u32)) return Uint32Array.from(o.$u32 as number[]);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, revive(x)]));
  }
  return v;
}

let n = 0;
/** Writes a frozen database of an older schema into fake-indexeddb, as that version of the extension left it. */
async function restore(file: string): Promise<string> {
  const dump = JSON.parse(fixture(file)) as Dump;
  const name = `migrate-${process.pid}-${++n}`;
  const g = globalThis as unknown as { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange };
  const old = new Dexie(name, { indexedDB: g.indexedDB, IDBKeyRange: g.IDBKeyRange });
  old.version(dump.schemaVersion).stores(dump.stores);
  await old.open();
  for (const [table, rows] of Object.entries(dump.tables)) await old.table(table).bulkAdd(revive(rows) as object[]);
  old.close();
  return name;
}

const article = {
  title: "Russia begins pulling diplomats' families out of Venezuela",
  text: 'Russia has begun evacuating the families of its diplomats from Venezuela, a European intelligence official told the Associated Press. Women and children left first, on Friday, as the mood in the Russian Foreign Ministry about Caracas was described as very grim. Moscow denied it; Maria Zakharova called the reports Western provocations.',
};

describe('database schema upgrades', () => {
  it('upgrades a schema-1 database: every pack kept, re-indexed, settings kept', async () => {
    expect(DB_SCHEMA_VERSION).toBe(4);
    const db = openCorpusDB({}, await restore('formats/db-v1.json'));
    const packs = await db.packs.toArray();
    expect(packs.map((p) => [p.id, p.revision, p.enabled, p.publicKey]).sort()).toEqual([
      ['seed-venezuela-russia', 1, true, null],
      ['user-notes', 3, false, null],
    ]);
    expect(await countDocs(db)).toBe(6);
    const docs = (await db.chunks.toArray()).flatMap((c) => c.docs);
    expect(docs.every((d) => !('spans' in d) && d.length > 0)).toBe(true);
    expect((await docById(db, 'user-notes', 'note-1'))?.title).toBe('Note on the evacuation');
    expect((await db.meta.get('dismissed'))?.value).toEqual(['x|seed|000']);
    const stats = await readStats(db);
    expect(stats).toMatchObject({ documents: 6, revision: 3 });
    // The re-indexed corpus answers as a freshly installed one does.
    const fresh = await seededDB();
    const [upgraded, reference] = await Promise.all([analyzeArticle(db, article), analyzeArticle(fresh, article)]);
    expect(upgraded.related).toBe(true);
    expect(upgraded.reports.map((r) => [r.docId, r.score])).toEqual(reference.reports.map((r) => [r.docId, r.score]));
    expect(upgraded.claims.map((c) => c.verdict)).toEqual(reference.claims.map((c) => c.verdict));
    // The disabled user pack is indexed too, ready when it is enabled again.
    await db.packs.update('user-notes', { enabled: true });
    expect((await fetchPostings(db, ['maiquetía'])).get('maiquetía')?.df).toBe(1);
    expect((await exportPack(db, 'user-notes')).documents[0]!.title).toBe('Note on the evacuation');
  });

  it('upgrades a schema-2 database: the pack a subscription installed is attributed to its key, which keeps its rollback floor', async () => {
    const testKey = JSON.parse(fixture('packs/test-key.json')) as { publicKey: string; secretKey: string; fingerprint: string };
    const db = openCorpusDB({}, await restore('formats/db-v2.json'));
    const packs = await db.packs.toArray();
    // feed-pack came from its subscription's feed; the default pack and the user's file are unsigned.
    expect(packs.map((p) => [p.id, p.revision, p.enabled, p.publicKey]).sort()).toEqual([
      ['feed-pack', 2, true, testKey.publicKey],
      ['seed-venezuela-russia', 1, true, null],
      ['user-notes', 3, false, null],
    ]);
    expect(await db.identities.toArray()).toEqual([{ packId: 'feed-pack', publicKey: testKey.publicKey, highestRevision: 2, removedAt: null }]);
    expect(await countDocs(db)).toBe(8);
    expect((await readStats(db)).documents).toBe(8);
    expect((await db.meta.get('dismissed'))?.value).toEqual(['x|seed|000']);
    const subs = await listSubscriptions(db);
    expect(subs.map((s) => [s.packId, s.status, s.etag]).sort()).toEqual([
      ['feed-pack', 'up-to-date', '"feed-r2"'],
      ['gone-pack', 'failed', null],
    ]);

    // The record from before has an ETag but no verified feed: no conditional request, the feed is read whole.
    const sub = subs.find((s) => s.packId === 'feed-pack')!;
    const feedPack = await exportPack(db, 'feed-pack');
    const older = JSON.stringify({ ...feedPack, revision: 1 });
    const feed: Feed = {
      format: 'fact-compare-feed', formatVersion: 1, packId: 'feed-pack', title: 'Feed pack', publisher: 'Feed publisher', revision: 1, created: '2026-10-01', expires: '2027-10-01',
      files: [{ kind: 'full', revision: 1, url: 'feed-pack-r1.json', size: utf8(older).length, sha256: await sha256Hex(utf8(older)) }],
    };
    const envelope = JSON.stringify(await signFeed(feed, testKey));
    const requests: Record<string, string>[] = [];
    const fetch: Fetch = async (url, init) => {
      requests.push(init.headers);
      return url.endsWith('.feed.json') ? new Response(envelope, { headers: { ETag: '"feed-r1"' } }) : new Response(older);
    };
    // A replayed revision 1 is refused, the pack removed or not: the floor came over from schema 2.
    const replay = await syncSubscription(db, sub, { fetch, now: new Date('2026-12-15T00:00:00Z') });
    expect(replay.subscription.error).toMatch(/Refused an older revision: the feed offers revision 1/);
    expect(requests[0]).toEqual({});
    await removePack(db, 'feed-pack');
    const afterRemoval = await syncSubscription(db, replay.subscription, { fetch, now: new Date('2026-12-15T00:00:00Z') });
    expect(afterRemoval.subscription.error).toMatch(/Refused an older revision: the feed offers revision 1, but this publisher already published revision 2/);
    expect(await db.packs.get('feed-pack')).toBeUndefined();
  });

  it('upgrades a schema-3 database: the fact-checks a pack holds are found again, the reports are not searched as reviews', async () => {
    const db = openCorpusDB({}, await restore('formats/db-v3.json'));
    const packs = new Map((await db.packs.toArray()).map((p) => [p.id, p]));
    expect([...packs.keys()].sort()).toEqual(['factcheck-format-v2', 'seed-venezuela-russia']);
    expect(packs.get('seed-venezuela-russia')!.factCheckRanges).toEqual([]);
    // One report, then three fact-checks: one range of three numbers.
    const ranges = packs.get('factcheck-format-v2')!.factCheckRanges;
    expect(ranges).toHaveLength(2);
    expect(ranges[1]! - ranges[0]!).toBe(3);
    const report = await analyzeArticle(db, {
      ...article,
      text: `${article.text} A lawmaker claimed that Russia had withdrawn all of its embassy staff from Caracas.`,
    });
    const checked = report.claims.flatMap((c) => c.factChecks ?? []);
    expect(checked.map((f) => [f.claimReviewed, f.normalizedRating])).toContainEqual(['Russia evacuated its entire embassy staff from Caracas.', 'false']);
  });
});
