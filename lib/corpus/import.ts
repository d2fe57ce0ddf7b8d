import type { PackDelta } from '../packs/delta.ts';
import { PackError, type Pack } from '../packs/format.ts';
import type { PackDocument } from '../packs/format.ts';
import { SUBSCRIPTION_PREFIX, readStats, type CorpusDB, type CorpusStats, type DocRecord, type PackRecord } from './db.ts';
import { alignDocNo, chunkOf, getDocs, idMap, idMapRecord, packDocs, toChunks } from './docstore.ts';
import { indexInThread, type IndexLane, type IndexedBatch } from './indexer.ts';

export { indexInThread, type IndexLane, type IndexedBatch };
import type { PostingBlock } from './postings.ts';

/**
 * Documents per index segment. A segment writes at most one row per term
 * bucket, so fewer, larger segments mean fewer rows to write and to read per
 * query, at the cost of holding a segment's postings in memory during the import.
 */
const SEGMENT_DOCS = 50_000;
/** Packs smaller than this are indexed in one lane: starting workers would cost more than it saves. */
const PARALLEL_MIN_DOCS = 2_000;

interface Segment {
  docs: DocRecord[];
  blocks: PostingBlock[];
  buckets: number;
  terms: number;
}

/** The stored records of indexed documents. */
function docRecords(packId: string, documents: readonly PackDocument[], firstDocNo: number, lengths: Uint32Array): DocRecord[] {
  return documents.map((d, i) => ({ no: firstDocNo + i, packId, ...d, length: lengths[i]! }));
}

/** Indexes documents into one segment with the in-thread lane. */
async function buildSegment(packId: string, documents: readonly PackDocument[], firstDocNo: number, segment: number): Promise<Segment> {
  const r = await indexInThread(documents, firstDocNo, segment, () => undefined);
  return { docs: docRecords(packId, documents, firstDocNo, r.lengths), blocks: r.blocks, buckets: r.buckets, terms: r.terms };
}

export interface ImportResult {
  packId: string;
  revision: number;
  documents: number;
  /** False when the same or a newer revision was already installed. */
  changed: boolean;
  /** The corpus revision after the import. */
  corpusRevision: number;
  /** Milliseconds spent indexing, and in the transaction that writes (for progress reports and benchmarks). */
  timings?: { indexMs: number; writeMs: number };
}

export interface ImportOptions {
  /** Install even if the same or a newer revision is installed. */
  force?: boolean;
  /** Throw instead of skipping when the same or a newer revision is installed (user imports, sync). */
  refuseOlder?: boolean;
  /** Called with the share of documents indexed so far (0..1). */
  onProgress?: (done: number) => void;
  /**
   * Indexing lanes to share a large pack between (each indexes its share
   * into a segment of its own). Default: one lane, in this thread.
   */
  lanes?: readonly IndexLane[];
}

/**
 * Installs a validated pack into the corpus, replacing any installed revision
 * of the same pack. Indexing happens first, in memory; the switch (old
 * documents and postings out, new ones in, statistics updated) is one
 * transaction, so readers see either the old revision or the new one whole.
 */
export async function importPack(db: CorpusDB, pack: Pack, options: ImportOptions = {}): Promise<ImportResult> {
  const existing = await db.packs.get(pack.id);
  if (existing && existing.revision >= pack.revision && !options.force && options.refuseOlder) {
    throw new PackError(
      existing.revision === pack.revision
        ? `Revision ${pack.revision} of “${pack.title}” is already installed`
        : `Revision ${pack.revision} is older than the installed revision ${existing.revision} of “${pack.title}”; it was not installed`,
    );
  }
  if (existing && existing.revision >= pack.revision && !options.force) {
    const stats = await readStats(db);
    return { packId: pack.id, revision: existing.revision, documents: existing.documentCount, changed: false, corpusRevision: stats.revision };
  }
  const before = await readStats(db);
  const started = performance.now();
  const segments: Segment[] = [];
  const segmentIds: number[] = [];
  // Batches: at most SEGMENT_DOCS documents each, and one per lane for a large pack.
  const lanes = options.lanes?.length && pack.documents.length >= PARALLEL_MIN_DOCS ? options.lanes : [indexInThread];
  const perBatch = Math.min(SEGMENT_DOCS, Math.ceil(pack.documents.length / lanes.length));
  const batches: { documents: PackDocument[]; firstDocNo: number; segment: number }[] = [];
  let docNo = alignDocNo(before.nextDocNo);
  let segmentId = before.nextSegment;
  for (let i = 0; i < pack.documents.length; i += perBatch) {
    const documents = pack.documents.slice(i, i + perBatch);
    batches.push({ documents, firstDocNo: docNo, segment: segmentId });
    segmentIds.push(segmentId++);
    // Each batch starts a chunk of its own.
    docNo = alignDocNo(docNo + documents.length);
  }
  const done = new Array<number>(batches.length).fill(0);
  const progress = (b: number) => (n: number) => {
    done[b] = n;
    options.onProgress?.(done.reduce((x, y) => x + y, 0) / pack.documents.length);
  };
  // Lanes take batches in turn; with as many batches as lanes, all run at once.
  let next = 0;
  const results = new Array<IndexedBatch>(batches.length);
  await Promise.all(
    lanes.map(async (lane) => {
      for (let b = next++; b < batches.length; b = next++) {
        const { documents, firstDocNo, segment } = batches[b]!;
        results[b] = await lane(documents, firstDocNo, segment, progress(b));
      }
    }),
  );
  batches.forEach((batch, b) => {
    const r = results[b]!;
    segments.push({ docs: docRecords(pack.id, batch.documents, batch.firstDocNo, r.lengths), blocks: r.blocks, buckets: r.buckets, terms: r.terms });
  });
  options.onProgress?.(1);
  let textBytes = 0;
  for (const d of pack.documents) textBytes += d.text.length;
  let corpusRevision = 0;

  const ids = new Map<string, number>();
  for (const seg of segments) for (const d of seg.docs) ids.set(d.id, d.no);
  const indexedAt = performance.now();

  await guardQuota(() => db.transaction('rw', [db.packs, db.chunks, db.idmaps, db.blocks, db.meta], async () => {
    const stats = await readStats(db);
    if (stats.nextDocNo !== before.nextDocNo || stats.nextSegment !== before.nextSegment) {
      throw new Error('Another import changed the corpus at the same time; try again');
    }
    const old = await db.packs.get(pack.id);
    let documents = stats.documents;
    let terms = stats.terms;
    if (old) {
      const oldChunks = db.chunks.where('packId').equals(pack.id);
      await oldChunks.each((c) => {
        for (const d of c.docs) terms -= d.length;
      });
      documents -= old.documentCount;
      await oldChunks.delete();
      await db.blocks.where('segment').anyOf(old.segments).delete();
    }
    for (const seg of segments) {
      await db.chunks.bulkAdd(toChunks(pack.id, seg.docs));
      await db.blocks.bulkAdd(seg.blocks);
      terms += seg.terms;
      documents += seg.docs.length;
    }
    await db.idmaps.put(idMapRecord(pack.id, ids));
    const record: PackRecord = {
      id: pack.id,
      title: pack.title,
      publisher: pack.publisher,
      revision: pack.revision,
      created: pack.created,
      expires: pack.expires,
      documentCount: pack.documents.length,
      textBytes,
      installedAt: Date.now(),
      enabled: old?.enabled ?? true,
      segments: segmentIds,
      segmentBuckets: segments.map((seg) => seg.buckets),
    };
    await db.packs.put(record);
    corpusRevision = stats.revision + 1;
    const next: CorpusStats = { documents, terms, nextDocNo: docNo, nextSegment: segmentId, revision: corpusRevision };
    await db.meta.put({ key: 'stats', value: next });
  }));
  const timings = { indexMs: Math.round(indexedAt - started), writeMs: Math.round(performance.now() - indexedAt) };
  return { packId: pack.id, revision: pack.revision, documents: pack.documents.length, changed: true, corpusRevision, timings };
}

/** A failed transaction leaves the corpus as it was; a full disk deserves its own message. */
async function guardQuota<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    const err = e as { name?: string; inner?: { name?: string } };
    if (err.name === 'QuotaExceededError' || err.inner?.name === 'QuotaExceededError') {
      throw new PackError('Not enough storage space for this pack; the corpus in use was not changed. Free some disk space or remove a pack, then try again.');
    }
    throw e;
  }
}

/** The delta shape applyDelta takes (the full format and its validation live in lib/packs/delta.ts). */
export type DeltaLike = Pick<PackDelta, 'id' | 'title' | 'publisher' | 'revision' | 'baseRevision' | 'created' | 'expires' | 'added' | 'replaced' | 'removed'> &
  Partial<Pick<PackDelta, 'order'>>;

/**
 * Applies a delta to the installed revision of its pack in one transaction:
 * removed and replaced documents leave the corpus, added and replaced ones
 * are indexed into a new segment. Postings of removed documents stay in
 * their segments as tombstones (searches skip documents that no longer
 * exist) until the pack is next installed whole.
 */
export async function applyDelta(db: CorpusDB, delta: DeltaLike): Promise<ImportResult> {
  const existing = await db.packs.get(delta.id);
  if (!existing) throw new PackError(`This update is for the pack “${delta.title}”, which is not installed`);
  if (existing.revision !== delta.baseRevision) {
    throw new PackError(`This update applies to revision ${delta.baseRevision}, but revision ${existing.revision} is installed; it was not applied`);
  }
  const before = await readStats(db);
  const incoming = [...delta.added, ...delta.replaced];
  const firstNo = alignDocNo(before.nextDocNo);
  const segment = await buildSegment(delta.id, incoming, firstNo, before.nextSegment);
  let corpusRevision = 0;
  let documentCount = 0;
  await guardQuota(() =>
    db.transaction('rw', [db.packs, db.chunks, db.idmaps, db.blocks, db.meta], async () => {
      const stats = await readStats(db);
      const pack = await db.packs.get(delta.id);
      if (!pack || pack.revision !== delta.baseRevision || stats.nextDocNo !== before.nextDocNo) {
        throw new Error('The corpus changed while the update was prepared; try again');
      }
      const ids = await idMap(db, delta.id);
      const outIds = [...delta.removed, ...delta.replaced.map((d) => d.id)];
      const missing = outIds.find((id) => !ids.has(id));
      if (missing !== undefined) throw new PackError(`This update removes or replaces “${missing.slice(0, 80)}”, which revision ${pack.revision} does not have`);
      if (delta.added.some((d) => ids.has(d.id))) throw new PackError('This update adds a document the installed revision already has');
      if (delta.order) {
        // The order names every document of the new revision: the installed ones it keeps, and the added ones.
        const removed = new Set(delta.removed);
        const expected = new Set([...ids.keys()].filter((id) => !removed.has(id)));
        for (const d of delta.added) expected.add(d.id);
        if (delta.order.length !== expected.size || delta.order.some((id) => !expected.has(id))) {
          throw new PackError(`This update's document order does not match the documents of revision ${delta.revision}`);
        }
      }
      const outNos = new Set(outIds.map((id) => ids.get(id)!));
      const out = (await getDocs(db, [...outNos])).filter((d) => d !== undefined);
      // Chunks that lose documents are rewritten without them (or deleted when emptied).
      const touched = await db.chunks.bulkGet([...new Set([...outNos].map(chunkOf))]);
      for (const c of touched) {
        if (!c) continue;
        const kept = c.docs.filter((d) => !outNos.has(d.no));
        if (kept.length) await db.chunks.put({ ...c, docs: kept });
        else await db.chunks.delete(c.no);
      }
      await db.chunks.bulkAdd(toChunks(delta.id, segment.docs));
      await db.blocks.bulkAdd(segment.blocks);
      for (const id of outIds) ids.delete(id);
      for (const d of segment.docs) ids.set(d.id, d.no);
      await db.idmaps.put(idMapRecord(delta.id, ids));
      let terms = stats.terms + segment.terms;
      for (const d of out) terms -= d.length;
      documentCount = pack.documentCount - out.length + incoming.length;
      let textBytes = pack.textBytes;
      for (const d of out) textBytes -= d.text.length;
      for (const d of incoming) textBytes += d.text.length;
      await db.packs.put({
        ...pack,
        title: delta.title,
        publisher: delta.publisher,
        revision: delta.revision,
        created: delta.created,
        expires: delta.expires,
        documentCount,
        textBytes,
        installedAt: Date.now(),
        segments: [...pack.segments, before.nextSegment],
        segmentBuckets: [...pack.segmentBuckets, segment.buckets],
      });
      corpusRevision = stats.revision + 1;
      const next: CorpusStats = {
        documents: stats.documents - out.length + incoming.length,
        terms,
        nextDocNo: alignDocNo(firstNo + incoming.length),
        nextSegment: stats.nextSegment + 1,
        revision: corpusRevision,
      };
      await db.meta.put({ key: 'stats', value: next });
    }),
  );
  return { packId: delta.id, revision: delta.revision, documents: documentCount, changed: true, corpusRevision };
}

/**
 * Removes a pack and its index entries in one transaction. A subscription to
 * the pack stays, and forgets its feed's ETag and Last-Modified so that its
 * next sync reads the whole feed: a 304 Not Modified says nothing about a
 * pack that is no longer installed.
 */
export async function removePack(db: CorpusDB, packId: string): Promise<boolean> {
  return db.transaction('rw', [db.packs, db.chunks, db.idmaps, db.blocks, db.meta], async () => {
    const old = await db.packs.get(packId);
    if (!old) return false;
    const subKey = `${SUBSCRIPTION_PREFIX}${packId}`;
    const sub = (await db.meta.get(subKey))?.value as { etag?: unknown; lastModified?: unknown } | undefined;
    if (sub && typeof sub === 'object') await db.meta.put({ key: subKey, value: { ...sub, etag: null, lastModified: null } });
    const stats = await readStats(db);
    let terms = stats.terms;
    const oldChunks = db.chunks.where('packId').equals(packId);
    await oldChunks.each((c) => {
      for (const d of c.docs) terms -= d.length;
    });
    await oldChunks.delete();
    await db.idmaps.delete(packId);
    await db.blocks.where('segment').anyOf(old.segments).delete();
    await db.packs.delete(packId);
    await db.meta.put({
      key: 'stats',
      value: { ...stats, documents: stats.documents - old.documentCount, terms, revision: stats.revision + 1 },
    });
    return true;
  });
}

/** Rebuilds an installed pack as a pack file (for backup or sharing), documents in their stored order. */
export async function exportPack(db: CorpusDB, packId: string): Promise<Pack> {
  const record = await db.packs.get(packId);
  if (!record) throw new PackError(`The pack “${packId}” is not installed`);
  const docs = await packDocs(db, packId);
  return {
    format: 'fact-compare-pack',
    formatVersion: 1,
    id: record.id,
    title: record.title,
    publisher: record.publisher,
    revision: record.revision,
    created: record.created,
    expires: record.expires,
    documents: docs.map((d) => ({
      id: d.id,
      url: d.url,
      title: d.title,
      outlet: d.outlet,
      author: d.author,
      published: d.published,
      language: d.language,
      text: d.text,
      sources: d.sources,
    })),
  };
}
