import { idf } from '../text/idf.ts';
import { readStats, type CorpusDB, type DocRecord } from './db.ts';
import { forEachPosting } from './postings.ts';

/** One term's postings across all index segments. */
export interface TermPostings {
  df: number;
  lists: Uint8Array[];
}

/** Loads the postings of `terms` (one IndexedDB query, all segments). */
export async function fetchPostings(db: CorpusDB, terms: readonly string[]): Promise<Map<string, TermPostings>> {
  const out = new Map<string, TermPostings>();
  if (terms.length === 0) return out;
  const rows = await db.postings.where('term').anyOf(terms as string[]).toArray();
  for (const r of rows) {
    let p = out.get(r.term);
    if (!p) out.set(r.term, (p = { df: 0, lists: [] }));
    p.df += r.df;
    p.lists.push(r.data);
  }
  return out;
}

/** A document with its retrieval score. */
export interface ScoredDoc {
  no: number;
  score: number;
}

const K1 = 1.2;

/**
 * Ranks documents for a weighted query with BM25-style saturation of the
 * in-document term frequency. Only the query terms' posting lists are read,
 * so the cost grows with how often those terms occur, not with corpus size.
 * Returns the top `limit` documents with their IDF by term.
 */
export async function rankDocuments(
  db: CorpusDB,
  query: ReadonlyMap<string, number>,
  limit: number,
): Promise<{ top: ScoredDoc[]; idfs: Map<string, number>; corpusDocs: number }> {
  const stats = await readStats(db);
  const postings = await fetchPostings(db, [...query.keys()]);
  const idfs = new Map<string, number>();
  const scores = new Map<number, number>();
  for (const [term, weight] of query) {
    const p = postings.get(term);
    const w = idf(term, stats.documents, p?.df ?? 0);
    idfs.set(term, w);
    if (!p) continue;
    const tfByDoc = new Map<number, number>();
    for (const list of p.lists) {
      forEachPosting(list, (doc, _sent, tf) => tfByDoc.set(doc, (tfByDoc.get(doc) ?? 0) + tf));
    }
    for (const [doc, tf] of tfByDoc) {
      scores.set(doc, (scores.get(doc) ?? 0) + weight * w * ((tf * (K1 + 1)) / (tf + K1)));
    }
  }
  const top = [...scores]
    .map(([no, score]) => ({ no, score }))
    .sort((a, b) => b.score - a.score || a.no - b.no)
    .slice(0, limit);
  return { top, idfs, corpusDocs: stats.documents };
}

/** Loads documents by number, dropping those of disabled or removed packs. */
export async function loadDocs(db: CorpusDB, nos: number[]): Promise<DocRecord[]> {
  const docs = await db.docs.bulkGet(nos);
  const packs = new Map((await db.packs.toArray()).map((p) => [p.id, p.enabled]));
  return docs.filter((d): d is DocRecord => !!d && packs.get(d.packId) === true);
}

/** Text of sentence `i` of a document. */
export function sentenceText(doc: DocRecord, i: number): string {
  return doc.text.slice(doc.spans[2 * i], doc.spans[2 * i + 1]);
}
