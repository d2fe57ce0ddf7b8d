/**
 * The corpus pack format, version 2: a versioned bundle of reports and
 * published fact-checks. Stored packs and pack files both carry
 * `formatVersion` so a later format can read (or refuse with a clear message)
 * an older one; version 1 (reports only) is still read.
 * See FORMAT.md beside this file for the pack, delta and feed formats.
 */
import { webUrl } from '../url.ts';
import { PackError, documentId, isoDate, nonEmpty, object, packId, parseJson, positiveInt, quote, str } from './fields.ts';
import { NORMALIZED_RATINGS, normalizeRating, type NormalizedRating } from './rating.ts';

export { PackError, type NormalizedRating };

export const PACK_FORMAT = 'fact-compare-pack';
/** The newest pack format version this code reads and writes. */
export const PACK_FORMAT_VERSION = 2;
/** Pack format versions this code reads: 1 (reports only) and 2 (reports and fact-checks). */
export const PACK_FORMAT_VERSIONS: readonly PackFormatVersion[] = [1, 2];
export type PackFormatVersion = 1 | 2;

/** The fields every document has, report or fact-check. */
export interface DocumentFields {
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

/** A news report. Written without `kind`, as in version 1. */
export interface ReportDocument extends DocumentFields {
  kind?: undefined;
  review?: undefined;
}

/** A rating as the fact-checker published it (schema.org Rating). */
export interface PublishedRatingFields {
  /** The verdict's text, e.g. "Mostly False", "Engañoso", or null. */
  alternateName: string | null;
  ratingValue: number | null;
  bestRating: number | null;
  worstRating: number | null;
}

/** What a fact-check says about a claim (schema.org ClaimReview); see FORMAT.md for where each field comes from. */
export interface FactCheckReview {
  /** The claim as the fact-checker states it: plain text. */
  claimReviewed: string;
  /** Who made the claim, or null. */
  claimant: string | null;
  /** When the claim was made (ISO 8601), or null. */
  claimDate: string | null;
  /** Where the claim appeared: any text; only an http(s) URL becomes a link (see {@link factCheckLinks}). */
  appearanceUrl: string | null;
  rating: PublishedRatingFields;
  /** The rating on the common scale (lib/packs/rating.ts). */
  normalizedRating: NormalizedRating;
  /** Documents reviewing the same claim share this id, or null when unknown. */
  claimGroup: string | null;
}

/**
 * A published fact-check: the document fields are the review's (url, title,
 * outlet = the fact-checker, published = review date, text = its text or
 * the claim), `review` what it says about which claim.
 */
export interface FactCheckDocument extends DocumentFields {
  kind: 'fact-check';
  review: FactCheckReview;
}

/** One document of a pack: a report, or (format 2) a fact-check; tell them apart by `kind`. */
export type PackDocument = ReportDocument | FactCheckDocument;

/** True when `d` is a fact-check (its `review` holds the claim and rating). */
export function isFactCheck<T extends { kind?: string; review?: unknown }>(d: T): d is T & { kind: 'fact-check'; review: FactCheckReview } {
  return d.kind === 'fact-check' && d.review !== undefined;
}

/**
 * The links a fact-check may show: its URL and the claim's appearance,
 * each the http(s) URL or null. Other values (`javascript:`, `data:`,
 * text that is no URL) are kept in the document as text, shown inert.
 * Computed from the values, never read from the file, so a pack cannot
 * mark a `javascript:` URL safe.
 */
export function factCheckLinks(d: { url: string | null; review: Pick<FactCheckReview, 'appearanceUrl'> }): { url: string | null; appearanceUrl: string | null } {
  return { url: webUrl(d.url), appearanceUrl: webUrl(d.review.appearanceUrl) };
}

/**
 * The lowest format version that holds `documents`: 1 when all are reports,
 * so a report-only pack stays readable by clients that read version 1 and
 * is written exactly as before, 2 when any is a fact-check.
 */
export function packFormatVersion(documents: readonly { kind?: string }[]): PackFormatVersion {
  return documents.some((d) => d.kind === 'fact-check') ? 2 : 1;
}

/** A full pack: every document of one revision. */
export interface Pack {
  format: typeof PACK_FORMAT;
  /** Version 1 for a report-only pack, 2 when it holds a fact-check ({@link packFormatVersion}). */
  formatVersion: PackFormatVersion;
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

/** What names a pack revision: the fields an installed pack keeps of its header. */
export type PackHeader = Pick<Pack, 'id' | 'title' | 'publisher' | 'revision' | 'created' | 'expires'>;

/** Longest document text, in characters. */
export const MAX_TEXT_LENGTH = 2_000_000;
/**
 * Sources a document may cite, and the length of each: generous for real reports (a handful of
 * agencies, officials or papers, or their URLs), while a hostile pack cannot make every reader
 * hold and index 200,000 of them or one of 5,000,000 characters.
 */
export const MAX_SOURCES = 1_000;
export const MAX_SOURCE_LENGTH = 2_000;

/** Bounds of document fields, in characters (a longer value is refused, naming the document and the bound). */
export const MAX_TITLE_LENGTH = 2_000;
export const MAX_NAME_LENGTH = 500;
export const MAX_URL_LENGTH = 4_000;
/** A claim is a sentence or two: 10,000 characters is far above any real one, and keeps a claim from swamping the index. */
export const MAX_CLAIM_LENGTH = 10_000;
/** A rating's numbers: finite and no larger than this in magnitude. */
export const MAX_RATING_NUMBER = 1_000_000;

/**
 * The refusal of a `formatVersion` this version does not read. The value
 * is named only when it is a number: `String()` of a parsed JSON object
 * gives "[object Object]", or throws a TypeError when the object has a
 * `toString` key that is not a function (found by the fuzz test), and a
 * string "1" would read as the supported version 1.
 */
export function unsupportedVersion(what: string, version: unknown, reads: number | readonly number[]): PackError {
  const list = typeof reads === 'number' ? [reads] : reads;
  const and = list.join(' and ');
  if (version === undefined) return new PackError(`The ${what} has no "formatVersion" (this version reads ${and})`);
  if (typeof version !== 'number') return new PackError(`The ${what} "formatVersion" must be the number ${list.join(' or ')}, not a ${jsonType(version)}`);
  return new PackError(`Unsupported ${what} format version ${version} (this version reads ${and})`);
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
 * messages, e.g. "Document 3". A document of `kind` "fact-check" must carry
 * a valid `review` ({@link validateReview}); a report (`kind` "report" or
 * absent) is returned without `kind`. With `version` 1 every document is a
 * report: version-1 readers ignored `kind` and `review`, and so does this.
 */
export function validateDocument(d: unknown, where: string, version: PackFormatVersion = PACK_FORMAT_VERSION): PackDocument {
  if (typeof d !== 'object' || d === null || Array.isArray(d)) throw new PackError(`${where} is not an object`);
  const doc = d as Record<string, unknown>;
  const id = documentId(doc.id, `${where} id`);
  const fields: DocumentFields = {
    id,
    url: str(doc.url, `${where} url`, { nullable: true, max: MAX_URL_LENGTH }),
    title: nonEmpty(doc.title, `${where} title`, MAX_TITLE_LENGTH),
    outlet: str(doc.outlet, `${where} outlet`, { nullable: true, max: MAX_NAME_LENGTH }) ?? '',
    author: str(doc.author, `${where} author`, { nullable: true, max: MAX_NAME_LENGTH }),
    published: isoDate(doc.published, `${where} published date`),
    language: str(doc.language, `${where} language`, { nullable: true, max: 35 }) ?? 'en',
    text: nonEmpty(doc.text, `${where} text`, MAX_TEXT_LENGTH),
    sources: sourceList(doc.sources ?? [], where),
  };
  if (version === 1) return fields;
  const kind = doc.kind ?? 'report';
  if (kind === 'report') return fields;
  if (kind !== 'fact-check') {
    throw new PackError(typeof kind === 'string' ? `${where} kind ${quote(kind, 40)} is not "report" or "fact-check"` : `${where} kind must be "report" or "fact-check"`);
  }
  return { ...fields, kind: 'fact-check', review: validateReview(doc.review, `${where} review`) };
}

/**
 * Checks the `review` of a fact-check document (parsed JSON) and returns it
 * typed. Every string is bounded; `normalizedRating`, when absent, is
 * computed from the rating ({@link normalizeRating}). A rating number that
 * is not finite, too large, or outside its own best/worst scale is refused,
 * naming the document.
 */
export function validateReview(v: unknown, where: string): FactCheckReview {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new PackError(`${where} is ${v === undefined || v === null ? 'missing (a fact-check needs one)' : 'not an object'}`);
  const r = v as Record<string, unknown>;
  const rating = r.rating === undefined || r.rating === null ? {} : object(r.rating, `${where} rating`);
  const num = (x: unknown, field: string): number | null => {
    if (x === undefined || x === null) return null;
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new PackError(`${where} rating ${field} must be a number or null`);
    if (Math.abs(x) > MAX_RATING_NUMBER) throw new PackError(`${where} rating ${field} ${x} is out of range (at most ${MAX_RATING_NUMBER.toLocaleString('en-US')} in magnitude)`);
    return x;
  };
  const published: PublishedRatingFields = {
    alternateName: str(rating.alternateName, `${where} rating alternateName`, { nullable: true, max: MAX_NAME_LENGTH }),
    ratingValue: num(rating.ratingValue, 'ratingValue'),
    bestRating: num(rating.bestRating, 'bestRating'),
    worstRating: num(rating.worstRating, 'worstRating'),
  };
  const { ratingValue: value, bestRating: best, worstRating: worst } = published;
  if (best !== null && worst !== null) {
    if (best === worst) throw new PackError(`${where} rating scale is empty (bestRating and worstRating are both ${best})`);
    if (value !== null && (value < Math.min(best, worst) || value > Math.max(best, worst))) {
      throw new PackError(`${where} rating ratingValue ${value} is outside its scale (${worst} to ${best})`);
    }
  }
  let normalized: NormalizedRating;
  if (r.normalizedRating === undefined || r.normalizedRating === null) normalized = normalizeRating(published);
  else if (typeof r.normalizedRating === 'string' && (NORMALIZED_RATINGS as readonly string[]).includes(r.normalizedRating)) normalized = r.normalizedRating as NormalizedRating;
  else {
    const given = typeof r.normalizedRating === 'string' ? quote(r.normalizedRating, 40) : 'a non-string';
    throw new PackError(`${where} normalizedRating ${given} is not one of ${NORMALIZED_RATINGS.join(', ')}`);
  }
  const group = r.claimGroup === undefined || r.claimGroup === null ? null : documentId(r.claimGroup, `${where} claimGroup`);
  return {
    claimReviewed: nonEmpty(r.claimReviewed, `${where} claimReviewed`, MAX_CLAIM_LENGTH),
    claimant: str(r.claimant, `${where} claimant`, { nullable: true, max: MAX_NAME_LENGTH }),
    claimDate: isoDate(r.claimDate, `${where} claimDate`),
    appearanceUrl: str(r.appearanceUrl, `${where} appearanceUrl`, { nullable: true, max: MAX_URL_LENGTH }),
    rating: published,
    normalizedRating: normalized,
    claimGroup: group,
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
 * Checks that `value` (parsed JSON) is a valid pack of version 1 or 2 and
 * returns it typed, with `formatVersion` the lowest that holds its documents
 * ({@link packFormatVersion}): a report-only pack reads as version 1 whatever
 * it said, so it is written back as older clients read it. Throws
 * {@link PackError} naming the first problem found.
 */
export function validatePack(value: unknown): Pack {
  const v = object(value, 'Not a pack');
  if (v.format !== PACK_FORMAT) throw new PackError(`Not a pack: "format" must be "${PACK_FORMAT}"`);
  if (v.formatVersion !== 1 && v.formatVersion !== 2) {
    throw unsupportedVersion('pack', v.formatVersion, PACK_FORMAT_VERSIONS);
  }
  const version: PackFormatVersion = v.formatVersion;
  const id = packId(v.id, 'Pack id');
  const revision = positiveInt(v.revision, 'Pack revision');
  if (!Array.isArray(v.documents)) throw new PackError('Pack documents must be a list');
  const seen = new Set<string>();
  const documents: PackDocument[] = [];
  // An index loop: map() skips the holes of a sparse list (a stored or cloned value, never JSON).
  for (let i = 0; i < v.documents.length; i++) {
    const doc = validateDocument(v.documents[i], `Document ${i + 1}`, version);
    if (seen.has(doc.id)) throw new PackError(`Duplicate document id ${quote(doc.id)}`);
    seen.add(doc.id);
    documents.push(doc);
  }
  return {
    format: PACK_FORMAT,
    formatVersion: packFormatVersion(documents),
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
