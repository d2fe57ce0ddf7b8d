/**
 * Field checks shared by the pack, delta and feed validators, and the error
 * they throw. Messages are meant for users: they name the field and the
 * problem, without a trailing period (callers may append a sentence).
 */

/** Thrown for any pack, delta or feed that does not match its format; `message` is meant for users. */
export class PackError extends Error {
  override name = 'PackError';
}

/** A string field; null/undefined allowed only when `nullable`. */
export function str(v: unknown, where: string, opts: { nullable?: boolean; max?: number } = {}): string | null {
  if (v === null || v === undefined) {
    if (opts.nullable) return null;
    throw new PackError(`${where} is missing`);
  }
  if (typeof v !== 'string') throw new PackError(`${where} must be a string`);
  const max = opts.max ?? 10_000;
  if (v.length > max) throw new PackError(`${where} is too long (${v.length} characters; at most ${max.toLocaleString('en-US')})`);
  return v;
}

/**
 * Index of the first lone surrogate in `s` (half of a UTF-16 pair without the other half), or -1.
 * Such a string is not Unicode: URLSearchParams and TextEncoder turn it into U+FFFD, so an id holding
 * one names a document that a link to it can never find again.
 */
export function loneSurrogate(s: string): number {
  const m = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.exec(s);
  return m ? m.index : -1;
}

/** A document id: non-blank text of at most 300 characters, and valid Unicode (it travels in links). */
export function documentId(v: unknown, where: string): string {
  const id = nonEmpty(v, where, 300);
  const at = loneSurrogate(id);
  if (at >= 0) throw new PackError(`${where} is not valid Unicode (a lone surrogate at character ${at + 1})`);
  return id;
}

/** A string field that must have non-blank content. */
export function nonEmpty(v: unknown, where: string, max?: number): string {
  const s = str(v, where, { max });
  if (!s || !s.trim()) throw new PackError(`${where} is empty`);
  return s;
}

/** An ISO 8601 date as precise as known (`2025`, `2025-12`, `2025-12-22`, or a timestamp), or null (also for ""). */
export function isoDate(v: unknown, where: string): string | null {
  const s = str(v, where, { nullable: true, max: 40 });
  // "" stands for an unknown date too: validatePack writes a missing `created` as "".
  if (s === null || s === '') return null;
  if (!/^\d{4}(-\d{2}(-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(s) || Number.isNaN(Date.parse(s.length === 7 ? `${s}-01` : s)) || !realDate(s)) {
    throw new PackError(`${where} is not an ISO 8601 date: ${quote(s, 40)}`);
  }
  return s;
}

/**
 * The calendar part names a day that exists and the time part an hour and minute of one:
 * Date.parse accepts "2025-02-30" (as 2 March) and "T24:00".
 */
function realDate(s: string): boolean {
  const [, y, m, d, hh, mm] = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2})(?::(\d{2}))?)?)?)?/.exec(s) ?? [];
  const year = Number(y);
  if (year < 1) return false;
  if (m !== undefined && (Number(m) < 1 || Number(m) > 12)) return false;
  if (d !== undefined) {
    const days = new Date(Date.UTC(year, Number(m), 0)).getUTCDate();
    if (Number(d) < 1 || Number(d) > days) return false;
  }
  if (hh !== undefined && Number(hh) > 23) return false;
  if (mm !== undefined && Number(mm) > 59) return false;
  return true;
}

/** A positive safe integer (revisions). */
export function positiveInt(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) throw new PackError(`${where} must be a positive integer`);
  return v;
}

/** A pack id: letters, digits, ".", "_" and "-" (it becomes part of file names). */
export function packId(v: unknown, where: string): string {
  const id = nonEmpty(v, where, 200);
  if (!/^[\w.-]+$/.test(id)) throw new PackError(`${where} may only contain letters, digits, ".", "_" and "-"`);
  return id;
}

/** A JSON object (not null, not a list), or a PackError starting with `notA`. */
export function object(v: unknown, notA: string): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new PackError(`${notA}: expected a JSON object`);
  return v as Record<string, unknown>;
}

/** Parses JSON text, turning syntax errors into a PackError about `what` ("The pack file"). */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (e) {
    throw new PackError(`${what} is not valid JSON (${printable((e as Error).message)}); it may be truncated`);
  }
}

/** Shows control, format and bidi characters from input as \u escapes: a message must read as it is. */
export function printable(s: string): string {
  return s.replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Cuts a user-supplied value for quoting in a message (invisible characters shown as escapes). */
export function quote(s: string, max = 80): string {
  return `"${printable(s.length > max ? `${s.slice(0, max)}…` : s)}"`;
}
