/**
 * Words seen so far, looked up by their span in the text being scanned and
 * the hash `forEachWordSpan` gives: a repeated word costs one probe, with no
 * string slice and no string hashing. The value for a word is made once, on
 * its first occurrence. Open addressing over typed arrays. Used where whole
 * corpora or many passages are scanned (the indexer, stance preparation).
 */
export class SpanTable<V> {
  private mask = 4095;
  private hashes = new Int32Array(4096);
  /** Index + 1 into `values` of each slot; 0 for an empty slot. */
  private slots = new Int32Array(4096);
  private words: string[] = [];
  private values: V[] = [];

  constructor(private readonly make: (word: string) => V) {}

  /** Distinct words held. */
  get size(): number {
    return this.values.length;
  }

  /** The value of the word `text.slice(start, end)`, whose hash is `hash`. */
  get(text: string, start: number, end: number, hash: number): V {
    const h = hash | 0;
    const len = end - start;
    let i = h & this.mask;
    for (;;) {
      const e = this.slots[i]!;
      if (e === 0) break;
      if (this.hashes[i] === h) {
        const word = this.words[e - 1]!;
        if (word.length === len && sameChars(text, start, word)) return this.values[e - 1]!;
      }
      i = (i + 1) & this.mask;
    }
    const word = text.slice(start, end);
    const value = this.make(word);
    if (2 * (this.values.length + 1) > this.slots.length) {
      this.grow();
      i = h & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
    }
    this.words.push(word);
    this.values.push(value);
    this.hashes[i] = h;
    this.slots[i] = this.values.length;
    return value;
  }

  /** Forgets every word (a long-lived table is emptied now and then to bound its memory). */
  clear(): void {
    this.words = [];
    this.values = [];
    this.slots.fill(0);
  }

  private grow(): void {
    const { hashes, slots } = this;
    const size = 2 * slots.length;
    this.mask = size - 1;
    this.hashes = new Int32Array(size);
    this.slots = new Int32Array(size);
    for (let j = 0; j < slots.length; j++) {
      const e = slots[j]!;
      if (e === 0) continue;
      let i = hashes[j]! & this.mask;
      while (this.slots[i] !== 0) i = (i + 1) & this.mask;
      this.hashes[i] = hashes[j]!;
      this.slots[i] = e;
    }
  }
}

/** Whether `word` occurs in `text` at `start` (a plain loop: words are short, and it inlines). */
function sameChars(text: string, start: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}
