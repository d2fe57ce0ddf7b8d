import Dexie, { type DexieOptions, type EntityTable, type Transaction } from 'dexie';
import { alignDocNo, idMapRecord, toChunks } from './docstore.ts';
import { SegmentBuilder } from './indexer.ts';
import type { PostingBlock } from './postings.ts';
import type { DocumentFields, FactCheckReview, PackHeader } from '../packs/format.ts';
import { canonicalPublicKey } from '../packs/signature.ts';

/** A pack as installed: its header, without the documents. */
export interface PackRecord extends PackHeader {
  documentCount: number;
  /** Bytes of document text. */
  textBytes: number;
  installedAt: number;
  enabled: boolean;
  /** Index segments holding this pack's postings. */
  segments: number[];
  /** Hash buckets of each segment, in the order of `segments`. */
  segmentBuckets: number[];
  /**
   * The publisher key (base64) whose signed feed installed this revision, or
   * null for an unsigned pack: a file imported from disk, or the built-in
   * default pack. With `id` it is the pack's identity (see IdentityRecord).
   */
  publicKey: string | null;
  /**
   * Document numbers of the pack's fact-checks, as [from, to) pairs: the
   * fact-check search ranks only these (a claim's words also fill long
   * reports), and skips its index reads when no enabled pack has any.
   * Numbers of documents an update removed may remain (they load as absent).
   */
  factCheckRanges: number[];
}

/**
 * What the client remembers about one pack identity: a pack id together with
 * the key that publishes it (`publicKey`, base64; "" for unsigned packs, which
 * are a namespace of their own). Kept when the pack is removed, so that a
 * replayed older feed stays refused and a removed pack stays removed.
 */
export interface IdentityRecord {
  packId: string;
  publicKey: string;
  /** The highest revision this key was seen to publish (a verified feed, or a file installed): older ones are a rollback. */
  highestRevision: number;
  /** When the user removed the pack (ms since the epoch), or null while installed or never removed. */
  removedAt: number | null;
}

/** A stored report (inside a chunk). `no` is the internal number used in posting lists. */
export interface DocRecord extends DocumentFields {
  no: number;
  packId: string;
  /** Number of index terms in the title and text (and, for a fact-check, the reviewed claim). */
  length: number;
  /**
   * Set on a published fact-check (pack format 2), with `review`; absent on a report. Records
   * stored before format 2 have neither. Test with `isFactCheck` (lib/packs/format.ts).
   */
  kind?: 'fact-check';
  /** What the fact-check says about which claim: present exactly when `kind` is "fact-check". */
  review?: FactCheckReview;
}

/** Up to CHUNK_DOCS documents of one pack with consecutive numbers; `no` is the chunk number (see docstore.ts). */
export interface ChunkRecord {
  no: number;
  packId: string;
  docs: DocRecord[];
}

/** A pack's document ids and their numbers, in parallel arrays. */
export interface IdMapRecord {
  packId: string;
  ids: string[];
  nos: Uint32Array;
}

/** Small key-value records: corpus statistics and the corpus revision. */
export interface MetaRecord {
  key: string;
  value: unknown;
}

/** A cached analysis of one page for one corpus revision. */
export interface CacheRecord {
  key: string;
  revision: number;
  at: number;
  value: unknown;
}

/** `meta` keys of feed subscriptions: this prefix and the pack id (lib/corpus/sync.ts). */
export const SUBSCRIPTION_PREFIX = 'subscription:';

/** Corpus-wide statistics kept in `meta` under `stats`. */
export interface CorpusStats {
  documents: number;
  terms: number;
  nextDocNo: number;
  nextSegment: number;
  /** Rises whenever the corpus changes; caches are keyed by it. */
  revision: number;
}

/**
 * Database schema versions (a frozen database of each older one lives in tests/fixtures/formats):
 * 1. `postings` rows per term and segment with (document, sentence, frequency) entries; sentence spans in `docs`.
 * 2. `blocks`: rows per term-hash bucket and segment with (document, frequency) entries (a pack records
 *    each segment's bucket count in `segmentBuckets`); documents in
 *    `chunks` of 32 with an id map per pack in `idmaps`. Passages are found in the few reports an analysis
 *    reads, so neither sentence postings nor stored spans are needed. Writing few, larger rows made
 *    imports several times faster and the database smaller.
 * 3. `identities`: per pack id and publisher key, the highest revision seen and whether the user removed
 *    it; each pack record names the key that installed it (`publicKey`, null for unsigned packs).
 */
export const DB_NAME = 'fact-compare';
export const DB_SCHEMA_VERSION = 4;

export type CorpusDB = Dexie & {
  packs: EntityTable<PackRecord, 'id'>;
  chunks: EntityTable<ChunkRecord, 'no'>;
  idmaps: EntityTable<IdMapRecord, 'packId'>;
  blocks: Dexie.Table<PostingBlock, [number, number]>;
  meta: EntityTable<MetaRecord, 'key'>;
  cache: EntityTable<CacheRecord, 'key'>;
  identities: Dexie.Table<IdentityRecord, [string, string]>;
};

/**
 * Opens the corpus database. Outside a browser, pass `indexedDB` and
 * `IDBKeyRange` (e.g. from fake-indexeddb) in `options`.
 */
export function openCorpusDB(options: DexieOptions = {}, name = DB_NAME): CorpusDB {
  // Read the IndexedDB globals now rather than when Dexie was first imported, so a
  // polyfill (fake-indexeddb in Node) may be installed after the import.
  const g = globalThis as { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange };
  const db = new Dexie(name, { indexedDB: g.indexedDB, IDBKeyRange: g.IDBKeyRange, ...options }) as CorpusDB;
  db.version(1).stores({
    packs: 'id',
    docs: 'no, &[packId+id], packId',
    postings: '[term+segment], term, segment',
    meta: 'key',
    cache: 'key',
  });
  db.version(2)
    .stores({ postings: null, docs: null, chunks: 'no, packId', idmaps: 'packId', blocks: '[bucket+segment], segment' })
    .upgrade(reindexV1);
  db.version(3).stores({ identities: '[packId+publicKey]' }).upgrade(attributeKeysV2);
  db.version(4).stores({}).upgrade(factCheckRangesV3);
  return db;
}

/** [from, to) pairs of the numbers of the fact-check documents among `docs` (in number order). */
export function factCheckRanges(docs: Iterable<Pick<DocRecord, 'no' | 'kind'>>): number[] {
  const out: number[] = [];
  for (const d of docs) {
    if (d.kind !== 'fact-check') continue;
    if (out.length && out[out.length - 1] === d.no) out[out.length - 1] = d.no + 1;
    else out.push(d.no, d.no + 1);
  }
  return out;
}

/** Schema 3 to 4: each pack's fact-check document numbers, read from its stored documents. */
async function factCheckRangesV3(tx: Transaction): Promise<void> {
  const packs = tx.table<PackRecord, string>('packs');
  for (const pack of await packs.toArray()) {
    const chunks = await tx.table<ChunkRecord, number>('chunks').where('packId').equals(pack.id).sortBy('no');
    await packs.update(pack.id, { factCheckRanges: factCheckRanges(chunks.flatMap((c) => c.docs).sort((a, b) => a.no - b.no)) });
  }
}

/**
 * Schema 2 to 3: each installed pack is attributed to the key of its
 * subscription when that subscription has synced successfully (the pack then
 * came from, or was confirmed by, that key's feed), and its revision becomes
 * the identity's highest revision, so rollback protection carries over.
 * Every other pack is unsigned.
 */
async function attributeKeysV2(tx: Transaction): Promise<void> {
  const subs = new Map<string, { publicKey?: unknown; lastSuccess?: unknown }>();
  await tx
    .table<MetaRecord, string>('meta')
    .where('key')
    .startsWith(SUBSCRIPTION_PREFIX)
    .each((r) => {
      if (r.value && typeof r.value === 'object') subs.set(r.key.slice(SUBSCRIPTION_PREFIX.length), r.value as { publicKey?: unknown; lastSuccess?: unknown });
    });
  const packs = tx.table<PackRecord, string>('packs');
  for (const pack of await packs.toArray()) {
    const sub = subs.get(pack.id);
    const key = sub && typeof sub.lastSuccess === 'number' ? canonicalPublicKey(sub.publicKey) : null;
    await packs.update(pack.id, { publicKey: key });
    if (key) await tx.table<IdentityRecord, [string, string]>('identities').put({ packId: pack.id, publicKey: key, highestRevision: pack.revision, removedAt: null });
  }
}

/**
 * Schema 1 to 2: re-indexes every installed pack from its stored documents
 * into one new segment each, inside the upgrade transaction, so packs the
 * user installed (not only the default one) survive the upgrade whole.
 */
async function reindexV1(tx: Transaction): Promise<void> {
  const meta = tx.table<MetaRecord, string>('meta');
  const stats = ((await meta.get('stats'))?.value ?? null) as CorpusStats | null;
  const packs = await tx.table<PackRecord, string>('packs').toArray();
  const oldDocs = tx.table<DocRecord & { spans?: unknown }, number>('docs');
  let segment = stats?.nextSegment ?? 1;
  let nextDocNo = alignDocNo(stats?.nextDocNo ?? 1);
  let terms = 0;
  for (const pack of packs) {
    // Renumbered from an aligned start, so that the pack's documents fill chunks of their own.
    const builder = new SegmentBuilder(segment);
    const docs: DocRecord[] = [];
    const ids = new Map<string, number>();
    for (const old of await oldDocs.where('packId').equals(pack.id).sortBy('no')) {
      const { spans: _spans, ...rest } = old;
      const d: DocRecord = { ...rest, no: nextDocNo++ };
      d.length = builder.add(d.no, d);
      docs.push(d);
      ids.set(d.id, d.no);
    }
    nextDocNo = alignDocNo(nextDocNo);
    await tx.table('chunks').bulkAdd(toChunks(pack.id, docs));
    await tx.table('idmaps').put(idMapRecord(pack.id, ids));
    await tx.table('blocks').bulkAdd(builder.finish());
    await tx.table('packs').update(pack.id, { segments: [segment], segmentBuckets: [builder.buckets], documentCount: docs.length });
    terms += builder.terms;
    segment++;
  }
  // Reports cached by the old version name documents by their old numbers.
  await tx.table('cache').clear();
  if (stats) await meta.put({ key: 'stats', value: { ...stats, terms, nextDocNo, nextSegment: segment, revision: stats.revision + 1 } satisfies CorpusStats });
}

/** Reads the corpus statistics (zeros for an empty corpus). */
export async function readStats(db: CorpusDB): Promise<CorpusStats> {
  const rec = await db.meta.get('stats');
  return (rec?.value as CorpusStats | undefined) ?? { documents: 0, terms: 0, nextDocNo: 1, nextSegment: 1, revision: 0 };
}
