/**
 * Word vectors for paraphrase: "envoys" is near "diplomats", "spouses" near
 * "wives". A table of the most frequent English words (scripts/claims/
 * build-vectors.ts), unit length and quantised to 8 bits; decoded once.
 */

/** Version of the stored vector table (lib/verify/vectors.json). */
export const VECTORS_FORMAT_VERSION = 1;

export interface VectorsJson {
  formatVersion: number;
  dims: number;
  scale: number;
  /** Space-separated words, row order. */
  words: string;
  /** Base64 of the Int8 rows. */
  data: string;
}

/** A decoded word-vector table. */
export interface WordVectors {
  dims: number;
  /** Row of a lower-cased word, or -1. */
  row(word: string): number;
  /** Cosine of two rows (unit vectors, so their dot product). */
  cosine(a: number, b: number): number;
  /** The row's vector (unit length, dequantised). */
  vector(row: number): Float32Array;
}

function decodeBase64(b64: string): Uint8Array {
  if (typeof atob === 'function') {
    const bin = atob(b64);
    const out = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
    return out;
  }
  return new Uint8Array(Buffer.from(b64, 'base64'));
}

/**
 * Decodes a vector table; throws on a table of another format version or
 * whose data does not match its word list.
 */
export function loadWordVectors(json: VectorsJson): WordVectors {
  if (json.formatVersion !== VECTORS_FORMAT_VERSION) throw new Error(`word vectors: format ${json.formatVersion}, this version reads ${VECTORS_FORMAT_VERSION}`);
  const words = json.words.split(' ');
  const bytes = decodeBase64(json.data);
  const dims = json.dims;
  if (bytes.length !== words.length * dims) throw new Error('word vectors: data does not match the word list');
  const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  const index = new Map<string, number>();
  words.forEach((w, i) => index.set(w, i));
  const s2 = json.scale * json.scale;
  const cache = new Map<number, number>();
  return {
    dims,
    row: (word) => index.get(word) ?? -1,
    cosine(a, b) {
      if (a < 0 || b < 0) return 0;
      if (a === b) return 1;
      // The same word pairs recur across a report's sentences and an article's claims.
      const key = a < b ? a * 65536 + b : b * 65536 + a;
      const hit = cache.get(key);
      if (hit !== undefined) return hit;
      let dot = 0;
      const oa = a * dims;
      const ob = b * dims;
      for (let d = 0; d < dims; d++) dot += q[oa + d]! * q[ob + d]!;
      if (cache.size > 400_000) cache.clear();
      cache.set(key, dot * s2);
      return dot * s2;
    },
    vector(row) {
      const v = new Float32Array(dims);
      for (let d = 0; d < dims; d++) v[d] = q[row * dims + d]! * json.scale;
      return v;
    },
  };
}
