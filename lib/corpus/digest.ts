/**
 * A content hash of the corpus, for tests that must prove an operation left
 * the corpus exactly as it was (a refused update, a failed sync).
 */
import { sha256Hex, utf8 } from '../packs/bytes.ts';
import type { CorpusDB } from './db.ts';

/**
 * Meta rows that describe subscriptions rather than the corpus: a failed
 * sync legitimately records its attempt and reason there.
 */
const NOT_CORPUS_META = /^subscription:/;

/**
 * JSON text with object keys sorted and typed arrays written as plain
 * arrays, so two databases with the same content serialize identically
 * whatever order IndexedDB returned the keys in. `undefined` fields are
 * written as `null` only in arrays (as JSON does) and dropped in objects.
 */
function canonical(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    return `[${Array.from(value as unknown as ArrayLike<number>).join(',')}]`;
  }
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  // Numbers (NaN and Infinity included, which JSON.stringify would turn into null), strings, booleans.
  return typeof value === 'number' && !Number.isFinite(value) ? JSON.stringify(String(value)) : JSON.stringify(value);
}

/**
 * SHA-256 (hex) over a canonical serialization of everything that makes up
 * the corpus: pack records, stored documents (all fields, texts included,
 * with their chunk rows), per-pack id maps, index blocks and the corpus
 * statistics in `meta`. Subscription records and the analysis cache are
 * left out: they change without the corpus changing.
 *
 * Rows are read in primary-key order, so the digest does not depend on
 * insertion order. Meant for tests and diagnostics: it reads the whole
 * database into memory.
 */
export async function corpusDigest(db: CorpusDB): Promise<string> {
  const [packs, chunks, idmaps, blocks, meta] = await Promise.all([
    db.packs.toArray(),
    db.chunks.toArray(),
    db.idmaps.toArray(),
    db.blocks.toArray(),
    db.meta.toArray(),
  ]);
  const text = canonical({
    packs,
    chunks,
    idmaps,
    blocks,
    meta: meta.filter((m) => !NOT_CORPUS_META.test(m.key)),
  });
  return sha256Hex(utf8(text));
}
