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
 * term the (document, sentence, frequency) postings. Pure computation that
 * runs before the database transaction writing the result; documents can be
 * added in batches so a caller may yield to the event loop in between.
 */
export class SegmentBuilder {
  private writers = new Map<string, PostingWriter>();
  private docs: DocRecord[] = [];
  private terms = 0;
  private next: number;

  constructor(
    private readonly packId: string,
    firstDocNo: number,
    private readonly segment: number,
  ) {
    this.next = firstDocNo;
  }

  /** Indexes one document under the next document number. */
  add(d: PackDocument): void {
    const no = this.next++;
    const sents = sentences(d.text);
    const spans = new Uint32Array(sents.length * 2);
    let length = 0;
    sents.forEach((s, j) => {
      spans[2 * j] = s.start;
      spans[2 * j + 1] = s.end;
      for (const [t, tf] of termCounts(s.text)) {
        let w = this.writers.get(t);
        if (!w) this.writers.set(t, (w = new PostingWriter()));
        w.add(no, j, tf);
        length += tf;
      }
    });
    this.terms += length;
    this.docs.push({ no, packId: this.packId, ...d, spans, length });
  }

  /** The finished segment. */
  finish(): Segment {
    const postings: PostingRecord[] = [];
    for (const [term, w] of this.writers) postings.push({ term, segment: this.segment, data: w.finish(), df: w.docs });
    return { docs: this.docs, postings, terms: this.terms };
  }
}

/** Indexes documents into one segment in a single call. */
export function buildSegment(packId: string, documents: PackDocument[], firstDocNo: number, segment: number): Segment {
  const b = new SegmentBuilder(packId, firstDocNo, segment);
  for (const d of documents) b.add(d);
  return b.finish();
}
