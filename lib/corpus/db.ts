import Dexie, { type DexieOptions, type EntityTable } from 'dexie';

/** A pack as installed: its header, without the documents. */
export interface PackRecord {
  id: string;
  title: string;
  publisher: string;
  revision: number;
  created: string;
  expires: string | null;
  documentCount: number;
  /** Bytes of document text. */
  textBytes: number;
  installedAt: number;
  enabled: boolean;
  /** Index segments holding this pack's postings. */
  segments: number[];
}

/** A stored report. `no` is the internal number used in posting lists. */
export interface DocRecord {
  no: number;
  packId: string;
  id: string;
  url: string | null;
  title: string;
  outlet: string;
  author: string | null;
  published: string | null;
  language: string;
  sources: string[];
  text: string;
  /** Sentence spans as [start0, end0, start1, end1, ...] offsets into `text`. */
  spans: Uint32Array;
  /** Number of index terms in the document (its length for BM25). */
  length: number;
}

/** One term's postings from one import segment. */
export interface PostingRecord {
  term: string;
  segment: number;
  data: Uint8Array;
  /** Number of distinct documents in `data`, for IDF without decoding. */
  df: number;
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

/** Corpus-wide statistics kept in `meta` under `stats`. */
export interface CorpusStats {
  documents: number;
  terms: number;
  nextDocNo: number;
  nextSegment: number;
  /** Rises whenever the corpus changes; caches are keyed by it. */
  revision: number;
}

/** Database schema version history (frozen fixtures of each live in tests). */
export const DB_NAME = 'fact-compare';
export const DB_SCHEMA_VERSION = 1;

export type CorpusDB = Dexie & {
  packs: EntityTable<PackRecord, 'id'>;
  docs: EntityTable<DocRecord, 'no'>;
  postings: Dexie.Table<PostingRecord, [string, number]>;
  meta: EntityTable<MetaRecord, 'key'>;
  cache: EntityTable<CacheRecord, 'key'>;
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
  db.version(DB_SCHEMA_VERSION).stores({
    packs: 'id',
    docs: 'no, &[packId+id], packId',
    postings: '[term+segment], term, segment',
    meta: 'key',
    cache: 'key',
  });
  return db;
}

/** Reads the corpus statistics (zeros for an empty corpus). */
export async function readStats(db: CorpusDB): Promise<CorpusStats> {
  const rec = await db.meta.get('stats');
  return (rec?.value as CorpusStats | undefined) ?? { documents: 0, terms: 0, nextDocNo: 1, nextSegment: 1, revision: 0 };
}
