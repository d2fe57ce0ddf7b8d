import { sentences } from '../text/sentences.ts';
import { termCounts } from '../text/tokens.ts';
import type { PackDocument } from '../packs/format.ts';
import type { DocRecord, PostingRecord } from './db.ts';
import { PostingWriter } from './postings.ts';

/** Documents and postings ready to be written as one index segment. */
export interface Segment {
  docs: DocRecord[];
  postings: PostingRecord[];
  terms: number;
}

/**
 * Indexes documents into one segment: sentence spans for passages, and per
 * term the (document, sentence, frequency) postings. Pure computation, so it
 * runs before the database transaction that writes the result.
 */
export function buildSegment(packId: string, documents: PackDocument[], firstDocNo: number, segment: number): Segment {
  const writers = new Map<string, PostingWriter>();
  const docs: DocRecord[] = [];
  let totalTerms = 0;
  documents.forEach((d, i) => {
    const no = firstDocNo + i;
    const sents = sentences(d.text);
    const spans = new Uint32Array(sents.length * 2);
    let length = 0;
    sents.forEach((s, j) => {
      spans[2 * j] = s.start;
      spans[2 * j + 1] = s.end;
      for (const [t, tf] of termCounts(s.text)) {
        let w = writers.get(t);
        if (!w) writers.set(t, (w = new PostingWriter()));
        w.add(no, j, tf);
        length += tf;
      }
    });
    totalTerms += length;
    docs.push({ no, packId, ...d, spans, length });
  });
  const postings: PostingRecord[] = [];
  for (const [term, w] of writers) {
    postings.push({ term, segment, data: w.finish(), df: w.docs });
  }
  return { docs, postings, terms: totalTerms };
}
