import { idf } from '../text/idf.ts';
import { sentences } from '../text/sentences.ts';
import { termCounts } from '../text/tokens.ts';
import { readStats, type CorpusDB, type DocRecord } from './db.ts';
import { getDocs } from './docstore.ts';
import { bucketOf, forEachPosting, readBlock, type BlockList } from './postings.ts';

/** One term's postings across the index segments of enabled packs. */
export interface TermPostings {
  df: number;
  lists: BlockList[];
}

/** Index segments of enabled packs with their bucket counts: disabled packs neither match nor count towards term statistics. */
async function enabledSegments(db: CorpusDB, packs?: ReadonlySet<string>): Promise<{ segment: number; buckets: number }[]> {
  const out: { segment: number; buckets: number }[] = [];
  for (const p of await db.packs.toArray()) {
    if (p.enabled && (!packs || packs.has(p.id))) p.segments.forEach((segment, i) => out.push({ segment, buckets: p.segmentBuckets[i]! }));
  }
  return out;
}

/**
 * Loads the postings of `terms`: one row per term bucket and segment, read by key. With `packs`,
 * only those packs' segments are read (and `df` counts only their documents).
 */
export async function fetchPostings(db: CorpusDB, terms: readonly string[], packs?: ReadonlySet<string>): Promise<Map<string, TermPostings>> {
  const out = new Map<string, TermPostings>();
  if (terms.length === 0) return out;
  const wanted = new Set(terms);
  const keys = new Map<string, [number, number]>();
  for (const { segment, buckets } of await enabledSegments(db, packs)) {
    for (const t of wanted) {
      const bucket = bucketOf(t, buckets);
      keys.set(`${bucket}:${segment}`, [bucket, segment]);
    }
  }
  const blocks = await db.blocks.bulkGet([...keys.values()]);
  for (const b of blocks) {
    if (!b) continue;
    readBlock(b, wanted, (term, list) => {
      let p = out.get(term);
      if (!p) out.set(term, (p = { df: 0, lists: [] }));
      p.df += list.df;
      p.lists.push(list);
    });
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
 * Returns the top `limit` documents with their IDF by term; with `only`, among the documents set in it.
 */
export async function rankDocuments(
  db: CorpusDB,
  query: ReadonlyMap<string, number>,
  limit: number,
  only?: Uint8Array,
): Promise<{ top: ScoredDoc[]; idfs: Map<string, number>; corpusDocs: number }> {
  const stats = await readStats(db);
  const postings = await fetchPostings(db, [...query.keys()]);
  return rankWithPostings(stats, postings, query, limit, only);
}

/**
 * {@link rankDocuments} on postings already read: several queries (an article's claims) read the
 * union of their terms once and rank each in memory. With `only`, documents whose number is not
 * set in it are not scored.
 */
export function rankWithPostings(
  stats: { documents: number; nextDocNo: number },
  postings: ReadonlyMap<string, TermPostings>,
  query: ReadonlyMap<string, number>,
  limit: number,
  only?: Uint8Array,
): { top: ScoredDoc[]; idfs: Map<string, number>; corpusDocs: number } {
  const idfs = new Map<string, number>();
  // Document numbers are dense (below nextDocNo): an array beats a map for accumulating scores.
  const scores = new Float64Array(stats.nextDocNo + 1);
  const touched: number[] = [];
  for (const [term, weight] of query) {
    const p = postings.get(term);
    const w = idf(term, stats.documents, p?.df ?? 0);
    idfs.set(term, w);
    if (!p) continue;
    const qw = weight * w;
    if (!(qw > 0)) continue;
    for (const l of p.lists) {
      forEachPosting(
        l.data,
        (doc, tf) => {
          if (doc >= scores.length || (only && !only[doc])) return;
          if (scores[doc] === 0) touched.push(doc);
          scores[doc] = scores[doc]! + (qw * (tf * (K1 + 1))) / (tf + K1);
        },
        l.from,
        l.to,
      );
    }
  }
  const top = touched
    .map((no) => ({ no, score: scores[no]! }))
    .sort((a, b) => b.score - a.score || a.no - b.no)
    .slice(0, limit);
  return { top, idfs, corpusDocs: stats.documents };
}

/** Loads documents by number, dropping those of disabled or removed packs. */
export async function loadDocs(db: CorpusDB, nos: number[]): Promise<DocRecord[]> {
  const docs = await getDocs(db, nos);
  const packs = new Map((await db.packs.toArray()).map((p) => [p.id, p.enabled]));
  return docs.filter((d): d is DocRecord => !!d && packs.get(d.packId) === true);
}

const spanCache = new WeakMap<DocRecord, Uint32Array>();

/**
 * Sentence spans of a document as [start0, end0, start1, end1, ...] offsets
 * into its text. Computed when a report is read (a handful per analysis),
 * not stored: the same text always gives the same spans.
 */
export function docSpans(doc: DocRecord): Uint32Array {
  let spans = spanCache.get(doc);
  if (!spans) {
    const sents = sentences(doc.text);
    spans = new Uint32Array(sents.length * 2);
    sents.forEach((s, i) => {
      spans![2 * i] = s.start;
      spans![2 * i + 1] = s.end;
    });
    spanCache.set(doc, spans);
  }
  return spans;
}

const termCache = new WeakMap<DocRecord, Map<string, number>[]>();

/** Term counts of each sentence of a document (computed once per loaded document). */
export function sentenceTerms(doc: DocRecord): Map<string, number>[] {
  let terms = termCache.get(doc);
  if (!terms) {
    terms = Array.from({ length: sentenceCount(doc) }, (_, i) => termCounts(sentenceText(doc, i)));
    termCache.set(doc, terms);
  }
  return terms;
}

/** Number of sentences of a document. */
export function sentenceCount(doc: DocRecord): number {
  return docSpans(doc).length / 2;
}

/** Text of sentence `i` of a document. */
export function sentenceText(doc: DocRecord, i: number): string {
  const spans = docSpans(doc);
  return doc.text.slice(spans[2 * i], spans[2 * i + 1]);
}
