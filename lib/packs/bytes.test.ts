import { describe, expect, it } from 'vitest';
import { TextDecodeError, TooLargeError, decodeText, readBodyLimited } from './bytes.ts';

describe('decodeText', () => {
  it('reads UTF-8 with or without a byte-order mark, and UTF-16 with one', () => {
    expect(decodeText(new TextEncoder().encode('Caracas — “día”'))).toBe('Caracas — “día”');
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x61]))).toBe('a');
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x61, 0x00, 0xed, 0x00]))).toBe('aí');
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0x00, 0x61]))).toBe('a');
  });
  it('refuses Latin-1 and binary bytes with the offset, never U+FFFD', () => {
    const latin1 = Uint8Array.from([0x64, 0xed, 0x61]); // "día" in Latin-1
    expect(() => decodeText(latin1, 'pack.json')).toThrow(/pack.json is not UTF-8: byte 0xed at byte 1/);
    expect(() => decodeText(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]), 'a.txt')).toThrow(TextDecodeError);
    expect(() => decodeText(Uint8Array.from([0x61, 0x00, 0x62]))).toThrow(/NUL\) at byte 1/);
  });
});

describe('readBodyLimited', () => {
  it('stops reading a streamed body at the limit', async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        pulled++;
        c.enqueue(new Uint8Array(64 * 1024));
        if (pulled > 1024) c.close(); // 64 MB if read whole
      },
    });
    await expect(readBodyLimited(new Response(stream), 1_000_000)).rejects.toThrow(TooLargeError);
    expect(pulled).toBeLessThan(40);
  });
  it('refuses a declared length over the limit without reading, and reads a small body whole', async () => {
    const res = new Response('x'.repeat(10), { headers: { 'content-length': '5000000' } });
    await expect(readBodyLimited(res, 1000)).rejects.toThrow(/larger than 1,000 bytes/);
    expect(new TextDecoder().decode(await readBodyLimited(new Response('hello'), 1000))).toBe('hello');
  });
});
