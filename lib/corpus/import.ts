import type { Pack } from '../packs/format.ts';
import { readStats, type CorpusDB, type CorpusStats, type PackRecord } from './db.ts';
import { buildSegment, type Segment } from './indexer.ts';

/** Documents per index segment: bounds the memory an import holds at once. */
const SEGMENT_DOCS = 2000;

export interface ImportResult {
  packId: string;
  revision: number;
  documents: number;
  /** False when the same or a newer revision was already installed. */
  changed: boolean;
  /** The corpus revision after the import. */
  corpusRevision: number;
}

export interface ImportOptions {
  /** Install even if the same or a newer revision is installed. */
  force?: boolean;
  /** Called with the share of documents indexed so far (0..1). */
  onProgress?: (done: number) => void;
}

/**
 * Installs a validated pack into the corpus, replacing any installed revision
 * of the same pack. Indexing happens first, in memory; the switch (old
 * documents and postings out, new ones in, statistics updated) is one
 * transaction, so readers see either the old revision or the new one whole.
 */
export async function importPack(db: CorpusDB, pack: Pack, options: ImportOptions = {}): Promise<ImportResult> {
  const existing = await db.packs.get(pack.id);
  if (existing && existing.revision >= pack.revision && !options.force) {
    const stats = await readStats(db);
    return { packId: pack.id, revision: existing.revision, documents: existing.documentCount, changed: false, corpusRevision: stats.revision };
  }
  const before = await readStats(db);
  const segments: Segment[] = [];
  const segmentIds: number[] = [];
  let docNo = before.nextDocNo;
  let segmentId = before.nextSegment;
  for (let i = 0; i < pack.documents.length; i += SEGMENT_DOCS) {
    const batch = pack.documents.slice(i, i + SEGMENT_DOCS);
    segments.push(buildSegment(pack.id, batch, docNo, segmentId));
    segmentIds.push(segmentId);
    docNo += batch.length;
    segmentId++;
    options.onProgress?.(Math.min(1, (i + batch.length) / Math.max(1, pack.documents.length)));
  }
  let textBytes = 0;
  for (const d of pack.documents) textBytes += d.text.length;
  let corpusRevision = 0;

  await db.transaction('rw', [db.packs, db.docs, db.postings, db.meta], async () => {
    const stats = await readStats(db);
    if (stats.nextDocNo !== before.nextDocNo || stats.nextSegment !== before.nextSegment) {
      throw new Error('Another import changed the corpus at the same time; try again');
    }
    const old = await db.packs.get(pack.id);
    let documents = stats.documents;
    let terms = stats.terms;
    if (old) {
      const oldDocs = db.docs.where('packId').equals(pack.id);
      await oldDocs.each((d) => {
        terms -= d.length;
      });
      documents -= old.documentCount;
      await oldDocs.delete();
      await db.postings.where('segment').anyOf(old.segments).delete();
    }
    for (const seg of segments) {
      await db.docs.bulkAdd(seg.docs);
      await db.postings.bulkAdd(seg.postings);
      terms += seg.terms;
      documents += seg.docs.length;
    }
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
    };
    await db.packs.put(record);
    corpusRevision = stats.revision + 1;
    const next: CorpusStats = { documents, terms, nextDocNo: docNo, nextSegment: segmentId, revision: corpusRevision };
    await db.meta.put({ key: 'stats', value: next });
  });
  return { packId: pack.id, revision: pack.revision, documents: pack.documents.length, changed: true, corpusRevision };
}

/** Removes a pack and its index entries in one transaction. */
export async function removePack(db: CorpusDB, packId: string): Promise<boolean> {
  return db.transaction('rw', [db.packs, db.docs, db.postings, db.meta], async () => {
    const old = await db.packs.get(packId);
    if (!old) return false;
    const stats = await readStats(db);
    let terms = stats.terms;
    const oldDocs = db.docs.where('packId').equals(packId);
    await oldDocs.each((d) => {
      terms -= d.length;
    });
    await oldDocs.delete();
    await db.postings.where('segment').anyOf(old.segments).delete();
    await db.packs.delete(packId);
    await db.meta.put({
      key: 'stats',
      value: { ...stats, documents: stats.documents - old.documentCount, terms, revision: stats.revision + 1 },
    });
    return true;
  });
}
