/**
 * Posting lists, stored compactly: each entry is (document number, term
 * frequency) in document order, written as LEB128 varints with the document
 * number delta-coded, so most entries take two bytes.
 *
 * Lists are grouped into blocks by a hash of the term: one stored row holds
 * every term of one hash bucket for one index segment. A segment has a power
 * of two of buckets, about one per TERMS_PER_BLOCK terms and at most
 * MAX_BUCKETS, so an import writes few rows however large its vocabulary
 * (IndexedDB pays per row), and a query reads one row per query term and
 * segment.
 */
export interface PostingEntry {
  doc: number;
  tf: number;
}

/** Most hash buckets in a segment (a power of two). */
export const MAX_BUCKETS = 512;
/** Fewest buckets in a segment. */
export const MIN_BUCKETS = 16;
/** Terms a block aims to hold: a small delta writes a few dozen rows, not hundreds. */
const TERMS_PER_BLOCK = 48;

/** Buckets for a segment with `terms` distinct terms. */
export function bucketCount(terms: number): number {
  let n = MIN_BUCKETS;
  while (n < MAX_BUCKETS && n * TERMS_PER_BLOCK < terms) n *= 2;
  return n;
}

/** The bucket of a term in a segment of `buckets` buckets: FNV-1a over its UTF-16 code units. */
export function bucketOf(term: string, buckets: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (buckets - 1);
}

/** Accumulates entries for one term, in document order (for tests and tools; the indexer inverts in bulk). */
export class PostingWriter {
  private bytes: number[] = [];
  private lastDoc = 0;
  /** Distinct documents added. */
  docs = 0;

  /** Adds one document's entry; documents must be added in rising order. */
  add(doc: number, tf: number): void {
    if (doc <= this.lastDoc && this.docs > 0) throw new Error('postings must be added in rising document order');
    this.varint(doc - this.lastDoc);
    this.varint(tf);
    this.lastDoc = doc;
    this.docs++;
  }

  private varint(n: number): void {
    while (n > 0x7f) {
      this.bytes.push((n & 0x7f) | 0x80);
      n = Math.floor(n / 128);
    }
    this.bytes.push(n);
  }

  /** Encoded size so far. */
  get size(): number {
    return this.bytes.length;
  }

  /** Copies the encoded list into `out` at `offset`. */
  writeTo(out: Uint8Array, offset: number): void {
    out.set(this.bytes, offset);
  }

  /** The encoded list. */
  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Calls `fn` for every entry of an encoded list (bytes `from` to `to` of `data`), in order. */
export function forEachPosting(data: Uint8Array, fn: (doc: number, tf: number) => void, from = 0, to = data.length): void {
  let i = from;
  let doc = 0;
  while (i < to) {
    let n = 0;
    let mul = 1;
    let b: number;
    do {
      b = data[i++]!;
      n += (b & 0x7f) * mul;
      mul *= 128;
    } while (b & 0x80);
    doc += n;
    let tf = 0;
    mul = 1;
    do {
      b = data[i++]!;
      tf += (b & 0x7f) * mul;
      mul *= 128;
    } while (b & 0x80);
    fn(doc, tf);
  }
}

/** Decodes an encoded list into entries (for tests and small lists). */
export function decodePostings(data: Uint8Array): PostingEntry[] {
  const out: PostingEntry[] = [];
  forEachPosting(data, (doc, tf) => out.push({ doc, tf }));
  return out;
}

/** One stored block: the posting lists of one bucket's terms in one segment. */
export interface PostingBlock {
  bucket: number;
  segment: number;
  /** The block's terms, separated by spaces (terms never contain one). */
  terms: string;
  /** Per term: number of documents in its list. */
  df: Uint32Array;
  /** Per term: end offset of its list in `data` (each list starts where the previous ends). */
  ends: Uint32Array;
  data: Uint8Array;
}

/** One term's list found in a block. */
export interface BlockList {
  df: number;
  data: Uint8Array;
  from: number;
  to: number;
}

/** Finds the lists of `wanted` terms in a block. */
export function readBlock(block: PostingBlock, wanted: ReadonlySet<string>, found: (term: string, list: BlockList) => void): void {
  const terms = block.terms.split(' ');
  for (let i = 0; i < terms.length; i++) {
    if (!wanted.has(terms[i]!)) continue;
    found(terms[i]!, { df: block.df[i]!, data: block.data, from: i === 0 ? 0 : block.ends[i - 1]!, to: block.ends[i]! });
  }
}

/** Groups finished posting lists into blocks by bucket (`bucketCount` of them by default). */
export function encodeBlocks(segment: number, lists: ReadonlyMap<string, PostingWriter>, buckets = bucketCount(lists.size)): PostingBlock[] {
  const byBucket = new Map<number, string[]>();
  for (const term of lists.keys()) {
    const b = bucketOf(term, buckets);
    let terms = byBucket.get(b);
    if (!terms) byBucket.set(b, (terms = []));
    terms.push(term);
  }
  const blocks: PostingBlock[] = [];
  for (const [bucket, terms] of byBucket) {
    const df = new Uint32Array(terms.length);
    const ends = new Uint32Array(terms.length);
    let size = 0;
    terms.forEach((t, i) => {
      const w = lists.get(t)!;
      size += w.size;
      ends[i] = size;
      df[i] = w.docs;
    });
    const data = new Uint8Array(size);
    terms.forEach((t, i) => lists.get(t)!.writeTo(data, i === 0 ? 0 : ends[i - 1]!));
    blocks.push({ bucket, segment, terms: terms.join(' '), df, ends, data });
  }
  return blocks;
}
