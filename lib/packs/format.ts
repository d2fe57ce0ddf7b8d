/**
 * The corpus pack format, version 1: a versioned bundle of reports published
 * by someone. Stored packs and pack files both carry `formatVersion` so a
 * later format can read (or refuse with a clear message) an older one.
 */
export const PACK_FORMAT = 'fact-compare-pack';
export const PACK_FORMAT_VERSION = 1;

/** One report of a pack. */
export interface PackDocument {
  /** Stable id within the pack (the seed file name for the seed corpus). */
  id: string;
  url: string | null;
  title: string;
  outlet: string;
  author: string | null;
  /** ISO 8601 date, as precise as known: `2025-12-22`, `2025-11`, or a full timestamp. */
  published: string | null;
  /** BCP 47 language tag, e.g. `en`. */
  language: string;
  text: string;
  /** The original sources the report cites (agencies, officials, papers). */
  sources: string[];
}

/** A full pack: every document of one revision. */
export interface Pack {
  format: typeof PACK_FORMAT;
  formatVersion: typeof PACK_FORMAT_VERSION;
  /** Stable id, never the URL it was fetched from. */
  id: string;
  title: string;
  publisher: string;
  /** Rises with every published revision. */
  revision: number;
  created: string;
  expires: string | null;
  documents: PackDocument[];
}

/** Thrown for any pack that does not match the format; `message` is meant for users. */
export class PackError extends Error {
  override name = 'PackError';
}

const MAX_TEXT = 2_000_000;

function str(v: unknown, where: string, opts: { nullable?: boolean; max?: number } = {}): string | null {
  if (v === null || v === undefined) {
    if (opts.nullable) return null;
    throw new PackError(`${where} is missing`);
  }
  if (typeof v !== 'string') throw new PackError(`${where} must be a string`);
  if (v.length > (opts.max ?? 10_000)) throw new PackError(`${where} is too long (${v.length} characters)`);
  return v;
}

function nonEmpty(v: unknown, where: string, max?: number): string {
  const s = str(v, where, { max });
  if (!s || !s.trim()) throw new PackError(`${where} is empty`);
  return s;
}

function isoDate(v: unknown, where: string): string | null {
  const s = str(v, where, { nullable: true, max: 40 });
  if (s === null) return null;
  if (!/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(s) || Number.isNaN(Date.parse(s.length === 7 ? `${s}-01` : s))) {
    throw new PackError(`${where} is not an ISO 8601 date: "${s.slice(0, 40)}"`);
  }
  return s;
}

/**
 * Checks that `value` (parsed JSON) is a valid version-1 pack and returns it
 * typed. Throws {@link PackError} naming the first problem found.
 */
export function validatePack(value: unknown): Pack {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new PackError('Not a pack: expected a JSON object');
  }
  const v = value as Record<string, unknown>;
  if (v.format !== PACK_FORMAT) throw new PackError(`Not a pack: "format" must be "${PACK_FORMAT}"`);
  if (v.formatVersion !== PACK_FORMAT_VERSION) {
    throw new PackError(`Unsupported pack format version ${String(v.formatVersion)} (this version reads ${PACK_FORMAT_VERSION})`);
  }
  const id = nonEmpty(v.id, 'Pack id', 200);
  if (!/^[\w.-]+$/.test(id)) throw new PackError('Pack id may only contain letters, digits, ".", "_" and "-"');
  if (typeof v.revision !== 'number' || !Number.isSafeInteger(v.revision) || v.revision < 1) {
    throw new PackError('Pack revision must be a positive integer');
  }
  if (!Array.isArray(v.documents)) throw new PackError('Pack documents must be a list');
  const seen = new Set<string>();
  const documents = v.documents.map((d: unknown, i): PackDocument => {
    const where = `Document ${i + 1}`;
    if (typeof d !== 'object' || d === null || Array.isArray(d)) throw new PackError(`${where} is not an object`);
    const doc = d as Record<string, unknown>;
    const docId = nonEmpty(doc.id, `${where} id`, 300);
    if (seen.has(docId)) throw new PackError(`Duplicate document id "${docId.slice(0, 80)}"`);
    seen.add(docId);
    const sources = doc.sources ?? [];
    if (!Array.isArray(sources) || sources.some((s) => typeof s !== 'string')) {
      throw new PackError(`${where} sources must be a list of strings`);
    }
    return {
      id: docId,
      url: str(doc.url, `${where} url`, { nullable: true, max: 4000 }),
      title: nonEmpty(doc.title, `${where} title`, 2000),
      outlet: str(doc.outlet, `${where} outlet`, { nullable: true, max: 500 }) ?? '',
      author: str(doc.author, `${where} author`, { nullable: true, max: 500 }),
      published: isoDate(doc.published, `${where} published date`),
      language: str(doc.language, `${where} language`, { nullable: true, max: 35 }) ?? 'en',
      text: nonEmpty(doc.text, `${where} text`, MAX_TEXT),
      sources: sources as string[],
    };
  });
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id,
    title: nonEmpty(v.title, 'Pack title', 500),
    publisher: nonEmpty(v.publisher, 'Pack publisher', 500),
    revision: v.revision,
    created: isoDate(v.created, 'Pack created date') ?? '',
    expires: isoDate(v.expires, 'Pack expiry date'),
    documents,
  };
}

/** Parses pack file text, turning JSON syntax errors into a {@link PackError}. */
export function parsePack(text: string): Pack {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new PackError(`The pack file is not valid JSON (${(e as Error).message}); it may be truncated`);
  }
  return validatePack(value);
}
