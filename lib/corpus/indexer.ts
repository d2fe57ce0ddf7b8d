import { SpanTable } from '../text/span-table.ts';
import { forEachWordSpan, surfaceTerm } from '../text/tokens.ts';
import { yieldToEventLoop } from '../yield.ts';
import { bucketCount, bucketOf, type PostingBlock } from './postings.ts';

/** Documents indexed between yields to the event loop, so the importing page stays responsive. */
const YIELD_EVERY = 500;

/** A growable array of unsigned 32-bit integers. */
class U32List {
  data = new Uint32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Uint32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** Calls `fn` with each (document, term, frequency) of a builder's stream, in document order. */
function forEachEntry(stream: Uint32Array, length: number, fn: (no: number, id: number, tf: number) => void): void {
  for (let i = 0; i < length; ) {
    const no = stream[i++]!;
    const k = stream[i++]!;
    for (let j = 0; j < k; j++, i += 2) fn(no, stream[i]!, stream[i + 1]!);
  }
}

function varintSize(n: number): number {
  let size = 1;
  while (n > 0x7f) {
    n = Math.floor(n / 128);
    size++;
  }
  return size;
}

function writeVarint(out: Uint8Array, pos: number, n: number): number {
  while (n > 0x7f) {
    out[pos++] = (n & 0x7f) | 0x80;
    n = Math.floor(n / 128);
  }
  out[pos++] = n;
  return pos;
}

/**
 * Builds one index segment: per term, the (document, frequency) postings of
 * the documents added, grouped into blocks by term bucket. Documents are
 * recorded as a stream of (term, frequency) pairs and inverted once at the
 * end, which is far cheaper than growing a list per term as documents come.
 * Pure computation that runs before the database transaction writing the
 * result; documents can be added in batches so a caller may yield in between.
 */
export class SegmentBuilder {
  private termIds = new Map<string, number>();
  private termList: string[] = [];
  /** Words as written, mapped to their term number (-1: not an index term). */
  private surfaces = new SpanTable<number>((surface) => {
    const t = surfaceTerm(surface);
    if (!t) return -1;
    let id = this.termIds.get(t);
    if (id === undefined) {
      id = this.termList.length;
      this.termIds.set(t, id);
      this.termList.push(t);
    }
    return id;
  });
  /** Occurrences of each term in the document being added. */
  private pending = new Uint32Array(1 << 14);
  private touched: number[] = [];
  /** Per document added: its number, its count of distinct terms, then (term, frequency) pairs. */
  private stream = new U32List();
  private lastNo = 0;
  /** Index terms added, over all documents. */
  terms = 0;

  constructor(private readonly segment: number) {}

  /**
   * Indexes one document (its title and text) under document number `no`;
   * numbers must rise from call to call. Returns the document's length in
   * index terms.
   */
  add(no: number, doc: { title: string; text: string }): number {
    if (no <= this.lastNo) throw new Error('documents must be added in rising number order');
    this.lastNo = no;
    const touched = this.touched;
    let length = 0;
    const count = (text: string, start: number, end: number, hash: number): void => {
      const id = this.surfaces.get(text, start, end, hash);
      if (id < 0) return;
      if (id >= this.pending.length) {
        const next = new Uint32Array(Math.max(id + 1, this.pending.length * 2));
        next.set(this.pending);
        this.pending = next;
      }
      if (this.pending[id]!++ === 0) touched.push(id);
      length++;
    };
    forEachWordSpan(doc.title, (s, e, h) => count(doc.title, s, e, h));
    forEachWordSpan(doc.text, (s, e, h) => count(doc.text, s, e, h));
    const stream = this.stream;
    stream.push(no);
    stream.push(touched.length);
    for (const id of touched) {
      stream.push(id);
      stream.push(this.pending[id]!);
      this.pending[id] = 0;
    }
    touched.length = 0;
    this.terms += length;
    return length;
  }

  /** Buckets of this segment's blocks (fixed by its vocabulary once all documents are added). */
  get buckets(): number {
    return bucketCount(this.termList.length);
  }

  /** The segment's posting blocks. */
  finish(): PostingBlock[] {
    const nTerms = this.termList.length;
    const buckets = this.buckets;
    const { data: stream, length } = this.stream;
    // Pass 1: bytes and documents per term (document numbers are delta-coded per term).
    const size = new Uint32Array(nTerms);
    const df = new Uint32Array(nTerms);
    const last = new Float64Array(nTerms);
    forEachEntry(stream, length, (no, id, tf) => {
      size[id] = size[id]! + varintSize(no - last[id]!) + varintSize(tf);
      df[id] = df[id]! + 1;
      last[id] = no;
    });
    // Lay lists out bucket by bucket, so that each block's data is one contiguous range.
    const byBucket = new Map<number, number[]>();
    for (let id = 0; id < nTerms; id++) {
      const b = bucketOf(this.termList[id]!, buckets);
      let ids = byBucket.get(b);
      if (!ids) byBucket.set(b, (ids = []));
      ids.push(id);
    }
    const pos = new Float64Array(nTerms);
    let total = 0;
    const ranges: { bucket: number; ids: number[]; from: number; to: number }[] = [];
    for (const [bucket, ids] of byBucket) {
      const from = total;
      for (const id of ids) {
        pos[id] = total;
        total += size[id]!;
      }
      ranges.push({ bucket, ids, from, to: total });
    }
    // Pass 2: write every list in place.
    const all = new Uint8Array(total);
    last.fill(0);
    forEachEntry(stream, length, (no, id, tf) => {
      pos[id] = writeVarint(all, writeVarint(all, pos[id]!, no - last[id]!), tf);
      last[id] = no;
    });
    return ranges.map(({ bucket, ids, from, to }) => {
      const ends = new Uint32Array(ids.length);
      const dfs = new Uint32Array(ids.length);
      let end = 0;
      ids.forEach((id, i) => {
        end += size[id]!;
        ends[i] = end;
        dfs[i] = df[id]!;
      });
      // A copy, not a view: storing a view would store the whole segment's buffer in every row.
      return { bucket, segment: this.segment, terms: ids.map((id) => this.termList[id]).join(' '), df: dfs, ends, data: all.slice(from, to) };
    });
  }
}

/** What an indexing lane returns for a batch: the segment's blocks, each document's length in terms, and their sum. */
export interface IndexedBatch {
  blocks: PostingBlock[];
  /** Hash buckets of the segment (queries need it to find a term's block). */
  buckets: number;
  lengths: Uint32Array;
  terms: number;
}

/**
 * Indexes a batch of documents numbered from `firstDocNo` into segment
 * `segment`, calling `progress` with the number done now and then. The
 * default lane runs in this thread; the options page adds lanes that run in
 * Web Workers, so large packs are indexed on several cores.
 */
export type IndexLane = (
  docs: readonly { title: string; text: string }[],
  firstDocNo: number,
  segment: number,
  progress: (done: number) => void,
) => Promise<IndexedBatch>;

/** Indexes in this thread, yielding to the event loop every YIELD_EVERY documents. */
export const indexInThread: IndexLane = async (docs, firstDocNo, segment, progress) => {
  const builder = new SegmentBuilder(segment);
  const lengths = new Uint32Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    lengths[i] = builder.add(firstDocNo + i, docs[i]!);
    if ((i + 1) % YIELD_EVERY === 0) {
      progress(i + 1);
      await yieldToEventLoop();
    }
  }
  return { blocks: builder.finish(), buckets: builder.buckets, lengths, terms: builder.terms };
};
