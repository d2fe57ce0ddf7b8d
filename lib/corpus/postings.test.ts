import { describe, expect, it } from 'vitest';
import { PostingWriter, decodePostings } from './postings.ts';

describe('postings', () => {
  it('round-trips entries, including large numbers', () => {
    const w = new PostingWriter();
    const entries = [
      { doc: 1, sent: 0, tf: 1 },
      { doc: 1, sent: 7, tf: 2 },
      { doc: 300, sent: 0, tf: 1 },
      { doc: 2 ** 31 + 5, sent: 70_000, tf: 130 },
    ];
    for (const e of entries) w.add(e.doc, e.sent, e.tf);
    expect(decodePostings(w.finish())).toEqual(entries);
    expect(w.count).toBe(4);
    expect(w.docs).toBe(3);
  });
  it('takes about three bytes per entry for typical lists', () => {
    const w = new PostingWriter();
    for (let d = 1; d <= 1000; d++) w.add(d, d % 40, 1);
    expect(w.finish().length).toBe(3000);
  });
  it('refuses entries out of document order', () => {
    const w = new PostingWriter();
    w.add(5, 0, 1);
    expect(() => w.add(4, 0, 1)).toThrow(/order/);
  });
});
