/**
 * Documents are stored in chunks of CHUNK_DOCS consecutive document numbers,
 * one row per chunk: IndexedDB pays per row written (a row per document made
 * storing a pack several times slower than storing its text), while an
 * analysis reads only the few chunks holding its candidate reports.
 * A per-pack id map finds documents by their pack's id.
 */
import type { ChunkRecord, CorpusDB, DocRecord, IdMapRecord } from './db.ts';

/** Documents per stored chunk. */
export const CHUNK_DOCS = 32;

/** The chunk holding document number `no`. */
export function chunkOf(no: number): number {
  return Math.floor(no / CHUNK_DOCS);
}

/** The first document number of a chunk of its own at or after `no`: imports start at one, so no two packs share a chunk. */
export function alignDocNo(no: number): number {
  return Math.ceil(no / CHUNK_DOCS) * CHUNK_DOCS;
}

/** Groups documents (in rising number order, all of one pack) into chunk rows. */
export function toChunks(packId: string, docs: readonly DocRecord[]): ChunkRecord[] {
  const out: ChunkRecord[] = [];
  for (const d of docs) {
    const no = chunkOf(d.no);
    const last = out[out.length - 1];
    if (last && last.no === no) last.docs.push(d);
    else out.push({ no, packId, docs: [d] });
  }
  return out;
}

/** Loads documents by number, in the order asked; missing ones are undefined. */
export async function getDocs(db: CorpusDB, nos: readonly number[]): Promise<(DocRecord | undefined)[]> {
  const keys = [...new Set(nos.map(chunkOf))];
  const chunks = await db.chunks.bulkGet(keys);
  const byNo = new Map<number, DocRecord>();
  for (const c of chunks) if (c) for (const d of c.docs) byNo.set(d.no, d);
  return nos.map((no) => byNo.get(no));
}

/** All documents of a pack, in number order. */
export async function packDocs(db: CorpusDB, packId: string): Promise<DocRecord[]> {
  const chunks = await db.chunks.where('packId').equals(packId).sortBy('no');
  return chunks.flatMap((c) => c.docs);
}

/** The id map of a pack: document id to number. */
export async function idMap(db: CorpusDB, packId: string): Promise<Map<string, number>> {
  const rec = await db.idmaps.get(packId);
  const map = new Map<string, number>();
  if (rec) rec.ids.forEach((id, i) => map.set(id, rec.nos[i]!));
  return map;
}

/** The stored form of an id map. */
export function idMapRecord(packId: string, map: ReadonlyMap<string, number>): IdMapRecord {
  return { packId, ids: [...map.keys()], nos: Uint32Array.from(map.values()) };
}

/** A document by its pack and id, or undefined. */
export async function docById(db: CorpusDB, packId: string, id: string): Promise<DocRecord | undefined> {
  const no = (await idMap(db, packId)).get(id);
  return no === undefined ? undefined : (await getDocs(db, [no]))[0];
}

/** Number of stored documents. */
export async function countDocs(db: CorpusDB): Promise<number> {
  let n = 0;
  await db.chunks.each((c) => (n += c.docs.length));
  return n;
}
