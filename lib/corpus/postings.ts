/**
 * Posting lists, stored compactly: each entry is (document number, sentence
 * number, term frequency), entries sorted by document then sentence, written
 * as LEB128 varints with the document number delta-coded. Most entries take
 * three bytes, which keeps the index smaller than the text it indexes.
 */
export interface PostingEntry {
  doc: number;
  sent: number;
  tf: number;
}

/** Accumulates entries for one term, in document order. */
export class PostingWriter {
  private bytes: number[] = [];
  private lastDoc = -1;
  /** Entries added. */
  count = 0;
  /** Distinct documents added. */
  docs = 0;

  /** Adds one entry; documents must be added in non-decreasing order. */
  add(doc: number, sent: number, tf: number): void {
    if (doc < this.lastDoc) throw new Error('postings must be added in document order');
    if (doc !== this.lastDoc) this.docs++;
    this.varint(doc - Math.max(this.lastDoc, 0));
    this.varint(sent);
    this.varint(tf);
    this.lastDoc = doc;
    this.count++;
  }

  private varint(n: number): void {
    while (n > 0x7f) {
      this.bytes.push((n & 0x7f) | 0x80);
      n >>>= 7;
    }
    this.bytes.push(n);
  }

  /** The encoded list. */
  finish(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Calls `fn` for every entry of an encoded list, in order. */
export function forEachPosting(data: Uint8Array, fn: (doc: number, sent: number, tf: number) => void): void {
  let i = 0;
  let doc = 0;
  const next = (): number => {
    let n = 0;
    let shift = 0;
    let b: number;
    do {
      b = data[i++]!;
      n += (b & 0x7f) * 2 ** shift;
      shift += 7;
    } while (b & 0x80);
    return n;
  };
  while (i < data.length) {
    doc += next();
    const sent = next();
    const tf = next();
    fn(doc, sent, tf);
  }
}

/** Decodes an encoded list into entries (for tests and small lists). */
export function decodePostings(data: Uint8Array): PostingEntry[] {
  const out: PostingEntry[] = [];
  forEachPosting(data, (doc, sent, tf) => out.push({ doc, sent, tf }));
  return out;
}
