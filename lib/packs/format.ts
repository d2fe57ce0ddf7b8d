/**
 * The corpus pack format, version 1: a versioned bundle of reports published
 * by someone. Stored packs and pack files both carry `formatVersion` so a
 * later format can read (or refuse with a clear message) an older one.
 * See FORMAT.md beside this file for the pack, delta and feed formats.
 */
import { PackError, documentId, isoDate, nonEmpty, object, packId, parseJson, positiveInt, quote, str } from './fields.ts';

export { PackError };

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

const MAX_TEXT = 2_000_000;
/**
 * Sources a document may cite, and the length of each: generous for real reports (a handful of
 * agencies, officials or papers, or their URLs), while a hostile pack cannot make every reader
 * hold and index 200,000 of them or one of 5,000,000 characters.
 */
export const MAX_SOURCES = 1_000;
export const MAX_SOURCE_LENGTH = 2_000;

/**
 * The refusal of a `formatVersion` this version does not read. The value
 * is named only when it is a number: `String()` of a parsed JSON object
 * gives "[object Object]", or throws a TypeError when the object has a
 * `toString` key that is not a function (found by the fuzz test), and a
 * string "1" would read as the supported version 1.
 */
export function unsupportedVersion(what: string, version: unknown, reads: number): PackError {
  if (version === undefined) return new PackError(`The ${what} has no "formatVersion" (this version reads ${reads})`);
  if (typeof version !== 'number') return new PackError(`The ${what} "formatVersion" must be the number ${reads}, not a ${jsonType(version)}`);
  return new PackError(`Unsupported ${what} format version ${version} (this version reads ${reads})`);
}

/** The JSON type of a parsed value, for messages. */
function jsonType(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'list';
  return typeof v === 'object' ? 'object' : typeof v === 'boolean' ? 'true/false value' : typeof v;
}

/**
 * Parses JSON file text as {@link parseJson} does, ignoring one leading
 * byte order mark. RFC 8259 (section 8.1) lets parsers ignore it, editors on
 * Windows write it, and JSON.parse would otherwise refuse the file with an
 * invisible "Unexpected token" (found by the fuzz test). Browsers' and
 * TextDecoder's UTF-8 decoding already drop one BOM from bytes; this covers
 * text from anywhere else.
 */
export function parseJsonText(text: string, what: string): unknown {
  return parseJson(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, what);
}

/**
 * Largest pack or delta file this version reads, in bytes (200 MiB): the
 * same bound for a file imported from disk and a file a feed announces. A
 * file is held whole in memory several times over while it is checked,
 * parsed and indexed (bytes, text, parsed documents), so a bound keeps a
 * huge or hostile file from exhausting the page or service worker; 200 MiB
 * is about ten times the largest pack measured (22 MB, 10,000 reports).
 */
export const MAX_PACK_FILE_BYTES = 200 * 1024 * 1024;

/**
 * A byte count for messages: "104.9 MB" (binary units, as the options page
 * shows sizes). Rounded up, so a file just over a limit never reads as equal to it.
 */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  const [value, unit] = n < 1024 ** 2 ? [n / 1024, 'KB'] : [n / 1024 ** 2, 'MB'];
  return `${(Math.ceil(value * 10) / 10).toFixed(1)} ${unit}`;
}

/**
 * Checks one document (parsed JSON) and returns it typed, with defaults
 * filled in (`outlet` "", `language` "en", `sources` []). `where` names it in
 * messages, e.g. "Document 3".
 */
export function validateDocument(d: unknown, where: string): PackDocument {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) throw new PackError(`${where} is not an object`);
  const doc = d as Record<string, unknown>;
  const id = documentId(doc.id, `${where} id`);
  return {
    id,
    url: str(doc.url, `${where} url`, { nullable: true, max: 4000 }),
    title: nonEmpty(doc.title, `${where} title`, 2000),
    outlet: str(doc.outlet, `${where} outlet`, { nullable: true, max: 500 }) ?? '',
    author: str(doc.author, `${where} author`, { nullable: true, max: 500 }),
    published: isoDate(doc.published, `${where} published date`),
    language: str(doc.language, `${where} language`, { nullable: true, max: 35 }) ?? 'en',
    text: nonEmpty(doc.text, `${where} text`, MAX_TEXT),
    sources: sourceList(doc.sources ?? [], where),
  };
}

/** The `sources` of a document, bounded like every other field. */
function sourceList(v: unknown, where: string): string[] {
  if (!Array.isArray(v)) throw new PackError(`${where} sources must be a list of strings`);
  if (v.length > MAX_SOURCES) {
    throw new PackError(`${where} has ${v.length.toLocaleString('en-US')} sources (at most ${MAX_SOURCES.toLocaleString('en-US')})`);
  }
  // An index loop, not some()/map(): those skip the holes of a sparse list, which would pass here and fail later.
  const out: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const s: unknown = v[i];
    if (s === undefined) throw new PackError(`${where} sources must be a list of strings (entry ${i + 1} is missing)`);
    if (typeof s !== 'string') throw new PackError(`${where} sources must be a list of strings`);
    out.push(str(s, `${where} source ${i + 1}`, { max: MAX_SOURCE_LENGTH })!);
  }
  return out;
}

/**
 * Checks that `value` (parsed JSON) is a valid version-1 pack and returns it
 * typed. Throws {@link PackError} naming the first problem found.
 */
export function validatePack(value: unknown): Pack {
  const v = object(value, 'Not a pack');
  if (v.format !== PACK_FORMAT) throw new PackError(`Not a pack: "format" must be "${PACK_FORMAT}"`);
  if (v.formatVersion !== PACK_FORMAT_VERSION) {
    throw unsupportedVersion('pack', v.formatVersion, PACK_FORMAT_VERSION);
  }
  const id = packId(v.id, 'Pack id');
  const revision = positiveInt(v.revision, 'Pack revision');
  if (!Array.isArray(v.documents)) throw new PackError('Pack documents must be a list');
  const seen = new Set<string>();
  const documents: PackDocument[] = [];
  // An index loop: map() skips the holes of a sparse list (a stored or cloned value, never JSON).
  for (let i = 0; i < v.documents.length; i++) {
    const doc = validateDocument(v.documents[i], `Document ${i + 1}`);
    if (seen.has(doc.id)) throw new PackError(`Duplicate document id ${quote(doc.id)}`);
    seen.add(doc.id);
    documents.push(doc);
  }
  return {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id,
    title: nonEmpty(v.title, 'Pack title', 500),
    publisher: nonEmpty(v.publisher, 'Pack publisher', 500),
    revision,
    created: isoDate(v.created, 'Pack created date') ?? '',
    expires: isoDate(v.expires, 'Pack expiry date'),
    documents,
  };
}

/**
 * Parses pack file text, turning JSON syntax errors into a {@link PackError}.
 * Text longer than {@link MAX_PACK_FILE_BYTES} characters is refused before
 * parsing (its UTF-8 form is at least that many bytes).
 */
export function parsePack(text: string): Pack {
  if (text.length > MAX_PACK_FILE_BYTES) {
    throw new PackError(`The pack file is larger than ${formatBytes(MAX_PACK_FILE_BYTES)}, the largest pack this version reads`);
  }
  return validatePack(parseJsonText(text, 'The pack file'));
}
