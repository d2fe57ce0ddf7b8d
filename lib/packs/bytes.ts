/**
 * Byte helpers for packs, signatures and feeds, using only what a browser
 * service worker and Node 20 both provide (atob/btoa, TextEncoder, Web Crypto).
 */

/** Standard base64 (RFC 4648, with padding) of `bytes`. */
export function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/**
 * Decodes standard base64 (surrounding whitespace ignored, padding
 * required); null when `text` is not base64 or has not `length` bytes.
 */
export function fromBase64(text: unknown, length?: number): Uint8Array | null {
  if (typeof text !== 'string') return null;
  const s = text.trim();
  if (s.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(s)) return null;
  let bin: string;
  try {
    bin = atob(s);
  } catch {
    return null;
  }
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  if (length !== undefined && bytes.length !== length) return null;
  return bytes;
}

/** UTF-8 bytes of `text`. */
export function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/** Lower-case hex of `bytes`. */
export function toHex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** SHA-256 of `bytes` (Web Crypto). */
export async function sha256(bytes: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
}

/** SHA-256 of `bytes` as 64 lower-case hex digits. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  return toHex(await sha256(bytes));
}

/** Bytes that are not text in a supported encoding, with where the problem is. */
export class TextDecodeError extends Error {
  constructor(
    message: string,
    /** Offset of the first offending byte. */
    readonly offset: number,
  ) {
    super(message);
    this.name = 'TextDecodeError';
  }
}

/**
 * Decodes text the way a pack, feed or article file must be: UTF-8 (one byte-order mark dropped), or
 * UTF-16 when it starts with a UTF-16 byte-order mark. Never substitutes U+FFFD: bytes that are not
 * UTF-8 (Latin-1, a binary file) throw a {@link TextDecodeError} naming the byte offset, so `what`
 * ("pack.json", "the feed") can be refused with a reason instead of read as garbage.
 */
export function decodeText(bytes: Uint8Array, what = 'the file'): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  // A NUL byte never appears in UTF-8 text: this is a binary file (or UTF-16 without a byte-order mark).
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new TextDecodeError(`${what} is not text: a binary byte (NUL) at byte ${nul}`, nul);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const offset = firstInvalidUtf8(bytes);
    throw new TextDecodeError(`${what} is not UTF-8: byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} at byte ${offset} (save it as UTF-8)`, offset);
  }
}

/** Offset of the first byte that breaks UTF-8 (RFC 3629: no overlongs, no surrogates, ≤ U+10FFFF). */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) {
      const x = b[i + k];
      if (x === undefined || (x & 0xc0) !== 0x80) return i;
    }
    const second = b[i + 1] ?? 0;
    if ((c === 0xe0 && second < 0xa0) || (c === 0xed && second > 0x9f) || (c === 0xf0 && second < 0x90) || (c === 0xf4 && second > 0x8f)) return i;
    i += n + 1;
  }
  return Math.max(0, b.length - 1);
}

/** A body larger than the limit: reading stopped there. */
export class TooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`larger than ${limit.toLocaleString('en-US')} bytes`);
    this.name = 'TooLargeError';
  }
}

/**
 * Reads a fetch response's body up to `limit` bytes and stops (cancelling the stream) as soon as it
 * passes it, so a 64 MB answer costs at most `limit` bytes of memory and download.
 */
export async function readBodyLimited(res: Response, limit: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > limit) {
    await res.body?.cancel().catch(() => undefined);
    throw new TooLargeError(limit);
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer()).slice(0, limit + 1);
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLargeError(limit);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
