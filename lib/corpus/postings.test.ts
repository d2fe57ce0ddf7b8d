import { describe, expect, it } from 'vitest';
import { MAX_BUCKETS, MIN_BUCKETS, PostingWriter, bucketCount, bucketOf, decodePostings, encodeBlocks, readBlock, type BlockList } from './postings.ts';

describe('postings', () => {
  it('round-trips entries, including large numbers', () => {
    const w = new PostingWriter();
    const entries = [
      { doc: 1, tf: 1 },
      { doc: 300, tf: 2 },
      { doc: 2 ** 31 + 5, tf: 130 },
      { doc: 2 ** 40, tf: 1 },
    ];
    for (const e of entries) w.add(e.doc, e.tf);
    expect(decodePostings(w.finish())).toEqual(entries);
    expect(w.docs).toBe(4);
  });
  it('takes two bytes per entry for typical lists', () => {
    const w = new PostingWriter();
    for (let d = 1; d <= 1000; d++) w.add(d * 3, 1);
    expect(w.finish().length).toBe(2000);
  });
  it('refuses entries out of document order', () => {
    const w = new PostingWriter();
    w.add(5, 1);
    expect(() => w.add(5, 1)).toThrow(/order/);
  });
});

describe('posting blocks', () => {
  it('spreads terms over the buckets', () => {
    const used = new Set<number>();
    for (let i = 0; i < 20_000; i++) used.add(bucketOf(`term${i}`, MAX_BUCKETS));
    expect(used.size).toBeGreaterThan(MAX_BUCKETS * 0.95);
  });
  it('gives small segments few buckets and large ones at most MAX_BUCKETS', () => {
    expect(bucketCount(0)).toBe(MIN_BUCKETS);
    expect(bucketCount(3_000)).toBe(64);
    expect(bucketCount(1_000_000)).toBe(MAX_BUCKETS);
  });
  it('finds each term’s list in its block', () => {
    const lists = new Map<string, PostingWriter>();
    for (let t = 0; t < 10_000; t++) {
      const w = new PostingWriter();
      for (let d = 1; d <= (t % 5) + 1; d++) w.add(d * 10 + t, d);
      lists.set(`t${t}`, w);
    }
    const blocks = encodeBlocks(7, lists);
    expect(blocks.length).toBeLessThanOrEqual(bucketCount(10_000));
    const wanted = new Set(['t0', 't4', 't9999', 'absent']);
    const found = new Map<string, BlockList>();
    for (const b of blocks) {
      expect(b.segment).toBe(7);
      readBlock(b, wanted, (t, l) => found.set(t, l));
    }
    expect([...found.keys()].sort()).toEqual(['t0', 't4', 't9999']);
    const l = found.get('t4')!;
    expect(l.df).toBe(5);
    expect(decodePostings(l.data.slice(l.from, l.to))).toEqual([1, 2, 3, 4, 5].map((d) => ({ doc: d * 10 + 4, tf: d })));
  });
});
