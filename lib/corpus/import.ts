import { revisionOrder, type PackDelta } from '../packs/delta.ts';
import { quote } from '../packs/fields.ts';
import { PackError, isFactCheck, packFormatVersion, type Pack } from '../packs/format.ts';
import type { PackDocument } from '../packs/format.ts';
import { canonicalPublicKey, keyFingerprint } from '../packs/signature.ts';
import { SUBSCRIPTION_PREFIX, factCheckRanges, readStats, type CorpusDB, type CorpusStats, type DocRecord, type PackRecord } from './db.ts';
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

/**
 * What the index reads of a document: its title and text, and for a fact-check the reviewed
 * claim first, so the review is found by the claim's words even when its text is about something
 * else (a review's summary often restates the claim in other words, or says only "False").
 * A text that already holds the claim (the claim standing in for a missing text) is not given it twice.
 */
export function indexedText(d: PackDocument): { title: string; text: string } {
  if (!isFactCheck(d) || d.text.includes(d.review.claimReviewed)) return { title: d.title, text: d.text };
  return { title: d.title, text: `${d.review.claimReviewed}\n\n${d.text}` };
}

/** The documents as the index lanes read them: the same objects for reports, a title-and-text view for fact-checks. */
function forIndex(documents: readonly PackDocument[]): readonly { title: string; text: string }[] {
  return documents.some(isFactCheck) ? documents.map(indexedText) : documents;
}

/** Indexes documents into one segment with the in-thread lane. */
async function buildSegment(packId: string, documents: readonly PackDocument[], firstDocNo: number, segment: number): Promise<Segment> {
  const r = await indexInThread(forIndex(documents), firstDocNo, segment, () => undefined);
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
  /**
   * The publisher key (base64) whose signed feed vouched for this file (sync
   * passes the subscription's pinned key). Omitted for unsigned files: one
   * imported from disk, or the built-in default pack.
   */
  publicKey?: string;
}

/**
 * Pack identity. A pack is its id together with the key that publishes it:
 * a signed pack (installed by sync from a feed signed by key K) is (id, K);
 * an unsigned pack (a file from disk, the built-in default pack) is (id, no
 * key), a namespace of its own. The rules, so that the two never collide:
 *
 * - an unsigned file never replaces or changes a signed pack, and is not
 *   installed under an id the user subscribes to (the feed's key owns it);
 * - a signed pack replaces an unsigned one of the same id whatever its
 *   revision (a local copy at revision 999999 does not block the publisher);
 * - one id has one publisher key: a pack signed by another key than the
 *   installed one is refused, naming both fingerprints (remove the pack to
 *   accept a new key);
 * - each identity's highest revision is remembered (`identities`), also
 *   after removal: an older signed revision is a rollback.
 *
 * Returns why `publicKey` (null: unsigned) may not write `packId` over
 * `installed`, or null when it may.
 */
export async function identityConflict(db: CorpusDB, packId: string, publicKey: string | null, installed: PackRecord | undefined): Promise<string | null> {
  const installedKey = installed?.publicKey ?? null;
  if (publicKey === null) {
    if (installed && installedKey !== null) {
      return `${quote(installed.title, 60)} came from its publisher's signed feed (key ${await fingerprint(installedKey)}): a file from disk cannot replace or change it. Remove the pack first to use this file`;
    }
    const sub = (await db.meta.get(`${SUBSCRIPTION_PREFIX}${packId}`))?.value as { publicKey?: unknown } | undefined;
    if (sub) {
      return `You subscribe to the signed feed of the pack ${quote(packId, 60)} (key ${await fingerprint(sub.publicKey)}): a file from disk cannot take its place. Unsubscribe first to use this file`;
    }
    return null;
  }
  if (installedKey !== null && installedKey !== publicKey) {
    return `The pack ${quote(packId, 60)} was installed from a feed signed by key ${await fingerprint(installedKey)}, not by ${await fingerprint(publicKey)}: one pack id has one publisher key. Remove the pack to accept the new key`;
  }
  return null;
}

/** A key's fingerprint for messages; a key that is missing or malformed says so. */
async function fingerprint(publicKey: unknown): Promise<string> {
  const key = canonicalPublicKey(publicKey);
  return key ? keyFingerprint(key) : 'none on record';
}

/** The canonical form of a signing key passed in options; null for unsigned files. */
function signer(publicKey: string | undefined): string | null {
  if (publicKey === undefined) return null;
  const key = canonicalPublicKey(publicKey);
  if (!key) throw new PackError('The publisher key is malformed (expected a base64 32-byte Ed25519 key)');
  return key;
}

/**
 * Records an install under an identity, inside the caller's transaction: its
 * highest revision rises, it is no longer removed. A signed pack that takes
 * the place of an unsigned copy counts as that copy's removal, so the
 * built-in default pack does not come back over it at the next start.
 */
async function noteInstalled(db: CorpusDB, packId: string, publicKey: string | null, revision: number, replaced: PackRecord | undefined): Promise<void> {
  const key: [string, string] = [packId, publicKey ?? ''];
  const rec = await db.identities.get(key);
  await db.identities.put({ packId, publicKey: publicKey ?? '', highestRevision: Math.max(rec?.highestRevision ?? 0, revision), removedAt: null });
  if (replaced && (replaced.publicKey ?? null) !== publicKey) await noteRemoved(db, replaced);
}

/**
 * Raises the highest revision remembered for (packId, publicKey) to
 * `revision`: sync calls it for every feed it verified, so an older feed
 * replayed later is refused even if that revision was never installed, or
 * the pack was removed since.
 */
export async function noteRevisionSeen(db: CorpusDB, packId: string, publicKey: string, revision: number): Promise<void> {
  await db.transaction('rw', db.identities, async () => {
    const rec = await db.identities.get([packId, publicKey]);
    if (rec && rec.highestRevision >= revision) return;
    await db.identities.put({ packId, publicKey, highestRevision: revision, removedAt: rec?.removedAt ?? null });
  });
}

/** Records that `pack` left the corpus (removed, or replaced by another identity), keeping its highest revision. */
async function noteRemoved(db: CorpusDB, pack: PackRecord): Promise<void> {
  const publicKey = pack.publicKey ?? '';
  const rec = await db.identities.get([pack.id, publicKey]);
  await db.identities.put({ packId: pack.id, publicKey, highestRevision: Math.max(rec?.highestRevision ?? 0, pack.revision), removedAt: Date.now() });
}

/**
 * Installs a validated pack into the corpus, replacing any installed revision
 * of the same pack. Indexing happens first, in memory; the switch (old
 * documents and postings out, new ones in, statistics updated) is one
 * transaction, so readers see either the old revision or the new one whole.
 */
export async function importPack(db: CorpusDB, pack: Pack, options: ImportOptions = {}): Promise<ImportResult> {
  const publicKey = signer(options.publicKey);
  const installed = await db.packs.get(pack.id);
  const conflict = await identityConflict(db, pack.id, publicKey, installed);
  if (conflict) throw new PackError(conflict);
  // Revisions compare within one identity only: an unsigned copy is replaced by its signed pack whatever its revision.
  const existing = installed && (installed.publicKey ?? null) === publicKey ? installed : undefined;
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
  if (publicKey !== null && options.refuseOlder && !options.force) {
    const highest = (await db.identities.get([pack.id, publicKey]))?.highestRevision ?? 0;
    if (pack.revision < highest) {
      throw new PackError(`Revision ${pack.revision} of “${pack.title}” is older than revision ${highest}, which its publisher already published (a rollback); it was not installed`);
    }
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
        results[b] = await lane(forIndex(documents), firstDocNo, segment, progress(b));
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

  await guardQuota(() => db.transaction('rw', [db.packs, db.chunks, db.idmaps, db.blocks, db.meta, db.identities], async () => {
    const stats = await readStats(db);
    const old = await db.packs.get(pack.id);
    if (stats.nextDocNo !== before.nextDocNo || stats.nextSegment !== before.nextSegment || (old?.publicKey ?? null) !== (installed?.publicKey ?? null)) {
      throw new Error('Another import changed the corpus at the same time; try again');
    }
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
      publicKey,
      factCheckRanges: factCheckRanges(segments.flatMap((seg) => seg.docs)),
    };
    await db.packs.put(record);
    await noteInstalled(db, pack.id, publicKey, pack.revision, old);
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
 * exist) until the pack is next installed whole. The new revision's document
 * order ({@link revisionOrder}) is kept in the pack's id map, for
 * {@link exportPack}.
 */
export async function applyDelta(db: CorpusDB, delta: DeltaLike, options: Pick<ImportOptions, 'publicKey'> = {}): Promise<ImportResult> {
  const publicKey = signer(options.publicKey);
  const existing = await db.packs.get(delta.id);
  if (!existing) throw new PackError(`This update is for the pack “${delta.title}”, which is not installed`);
  const conflict = await identityConflict(db, delta.id, publicKey, existing);
  if (conflict) throw new PackError(conflict);
  if ((existing.publicKey ?? null) !== publicKey) {
    // A signed delta vouches for the change, not for a base that came from a file.
    throw new PackError(`The installed copy of ${quote(existing.title, 60)} came from a file, not from its publisher's feed: a signed update cannot be applied to it, only a full pack`);
  }
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
    db.transaction('rw', [db.packs, db.chunks, db.idmaps, db.blocks, db.meta, db.identities], async () => {
      const stats = await readStats(db);
      const pack = await db.packs.get(delta.id);
      if (!pack || pack.revision !== delta.baseRevision || stats.nextDocNo !== before.nextDocNo || (pack.publicKey ?? null) !== publicKey) {
        throw new Error('The corpus changed while the update was prepared; try again');
      }
      const ids = await idMap(db, delta.id);
      const outIds = [...delta.removed, ...delta.replaced.map((d) => d.id)];
      const missing = outIds.find((id) => !ids.has(id));
      if (missing !== undefined) throw new PackError(`This update removes or replaces “${missing.slice(0, 80)}”, which revision ${pack.revision} does not have`);
      if (delta.added.some((d) => ids.has(d.id))) throw new PackError('This update adds a document the installed revision already has');
      // The id map lists the installed revision in its order, so this is the order applyDeltaToPack
      // gives from the published base, and an exported pack is the published revision byte for byte.
      const order = revisionOrder([...ids.keys()], delta);
      // The order names every document of the new revision once: the installed ones it keeps, and the added ones.
      const removed = new Set(delta.removed);
      const expected = new Set([...ids.keys()].filter((id) => !removed.has(id)));
      for (const d of delta.added) expected.add(d.id);
      if (order.length !== expected.size || new Set(order).size !== order.length || order.some((id) => !expected.has(id))) {
        throw new PackError(`This update's document order does not match the documents of revision ${delta.revision}`);
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
      // Document numbers only rise, so the new revision's order is kept in its id map, not in its numbers.
      await db.idmaps.put(idMapRecord(delta.id, new Map(order.map((id) => [id, ids.get(id)!]))));
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
        publicKey,
        factCheckRanges: [...pack.factCheckRanges, ...factCheckRanges(segment.docs)],
      });
      await noteInstalled(db, delta.id, publicKey, delta.revision, undefined);
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
 * Removes a pack and its index entries in one transaction. Its identity is
 * kept as removed, with its highest revision: a replayed older feed stays
 * refused, and the built-in default pack is not installed again at the next
 * start. A subscription to the pack stays, and forgets its feed's ETag and
 * Last-Modified so that its next sync reads the whole feed: a 304 Not
 * Modified says nothing about a pack that is no longer installed.
 */
export async function removePack(db: CorpusDB, packId: string): Promise<boolean> {
  return db.transaction('rw', [db.packs, db.chunks, db.idmaps, db.blocks, db.meta, db.identities], async () => {
    const old = await db.packs.get(packId);
    if (!old) return false;
    await noteRemoved(db, old);
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

/**
 * Rebuilds an installed pack as a pack file (for backup or sharing), documents
 * in the order of the installed revision: the pack as published, byte for
 * byte, also after deltas that reordered it.
 */
export async function exportPack(db: CorpusDB, packId: string): Promise<Pack> {
  // One read transaction, so that a delta applied meanwhile cannot pair one revision's id map with another's documents.
  const { record, docs } = await db.transaction('r', [db.packs, db.idmaps, db.chunks], async () => {
    const record = await db.packs.get(packId);
    if (!record) throw new PackError(`The pack “${packId}” is not installed`);
    const [ids, stored] = await Promise.all([idMap(db, packId), packDocs(db, packId)]);
    // The id map holds the revision's order (document numbers do not: a delta's documents are numbered
    // after the others). A document it lacks would be a damaged corpus: kept, at the end, rather than lost.
    const position = new Map([...ids.keys()].map((id, i) => [id, i]));
    const at = (id: string): number => position.get(id) ?? Number.MAX_SAFE_INTEGER;
    return { record, docs: stored.sort((a, b) => at(a.id) - at(b.id)) };
  });
  return {
    format: 'fact-compare-pack',
    // Version 1 for a report-only pack, as it was published and as older clients read it.
    formatVersion: packFormatVersion(docs),
    id: record.id,
    title: record.title,
    publisher: record.publisher,
    revision: record.revision,
    created: record.created,
    expires: record.expires,
    documents: docs.map((d): PackDocument => {
      const doc = { id: d.id, url: d.url, title: d.title, outlet: d.outlet, author: d.author, published: d.published, language: d.language, text: d.text, sources: d.sources };
      // Fields in the order validateDocument gives them, so the export is the published file byte for byte.
      return isFactCheck(d) ? { ...doc, kind: 'fact-check', review: d.review } : doc;
    }),
  };
}
