// Helpers for the fuzz tests only (lib/packs/fuzz.test.ts, lib/corpus/fuzz.test.ts);
// test-only, outside lib/. A seeded generator of mutated JSON files,
// and the checks every refusal must pass.
import { PackError } from '../../lib/packs/format.ts';
import { mulberry32 } from '../../lib/random.ts';

/** A seeded pseudo-random generator (mulberry32), so a failing case reproduces from its seed. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
}

export function rng(seed: number): Rng {
  const next = mulberry32(seed);
  const int = (n: number): number => Math.floor(next() * n);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (p) => next() < p };
}

/** The seed for a run: `FUZZ_SEED` from the environment to reproduce one, else a fixed default. */
export function fuzzSeed(fallback: number): number {
  const env = Number(process.env.FUZZ_SEED);
  return Number.isSafeInteger(env) ? env : fallback;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

/**
 * Values that JSON.stringify cannot write (NaN, 1e400, a 20,000-deep list)
 * or would write differently (`1.0`): stored as a marker string and spliced
 * into the text afterwards.
 */
class Raw {
  constructor(readonly text: string) {}
}

const RAW_MARK = '\u0000raw:';

/** A mutated file: what was done (for the failure report) and the resulting text. */
export interface Mutant {
  mutation: string;
  text: string;
}

/** Odd strings: controls, lone surrogates, bidi overrides, zero-width and combining characters, BOMs. */
export const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  '\u0001\u001f\u007f',
  '\ud800',
  '\udfff\ud800x',
  '\u202eevil\u202c',
  '\u200b\u200d\u2060',
  '\ufeff',
  '\ufeffid',
  'e\u0301\u0301\u0301',
  '👍🏽🇻🇪',
  '\u2028\u2029',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '../../etc/passwd',
  'http://',
  'https://[::1',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '%00%ff',
  '\\u0000',
  '"quoted"',
  '__proto__',
  'constructor',
  'hasOwnProperty',
  'toString',
];

/** Dates valid, borderline and out of range. */
export const ODD_DATES: readonly string[] = [
  '2025',
  '2025-12',
  '2025-12-22',
  '2026-12-01T00:00:00Z',
  '2025-13-01',
  '2025-02-30',
  '2025-00-10',
  '2025-12-32',
  '2025-12-22T25:00:00Z',
  '2025-12-22T24:00',
  '2025-12-22T10:00:00+99:99',
  '0000',
  '0000-01-01',
  '9999-12-31T23:59:59.999Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01',
  '275760-09-14',
  '2025-1-1',
  '20251222',
  '2025-12-22T',
  '2025-12-22T::::',
  '2025-12-22T10:00:00.0000000000000000000001Z',
  'yesterday',
  'NaN',
  'Infinity',
  '1e400',
];

/** Replacement values of every JSON type and a few that are not JSON at all. */
function oddValue(r: Rng): Json | Raw {
  switch (r.int(30)) {
    case 0: return null;
    case 1: return r.chance(0.5);
    case 2: return 0;
    case 3: return -1;
    case 4: return 1.5;
    case 5: return 2 ** 53;
    case 6: return Number.MAX_VALUE;
    case 7: return r.pick(['', ' ', 'x', '1', '2', 'NaN', 'Infinity', '-1', '1e3']);
    case 8: return [];
    case 9: return [r.int(5)];
    case 10: return {};
    case 11: return { toString: 1 };
    case 12: return { valueOf: 1, toString: 'x' };
    case 13: return new Raw(r.pick(['NaN', 'Infinity', '-Infinity', 'undefined', "'single'", '0x10', '.5', '+1', '01']));
    case 14: return new Raw(r.pick(['1e400', '-1e400', '1.0', '1e0', '0.1e1', '-0', '1E+2', '2.0000000000000001']));
    case 15: return hugeString(r);
    case 16: return r.pick(ODD_STRINGS);
    case 17: return r.pick(ODD_DATES);
    case 18: return new Raw(deepList(r.pick([100, 2_000, 20_000])));
    case 19: return new Raw(deepObject(r.pick([100, 2_000, 20_000])));
    case 20: return 'x'.repeat(r.pick([199, 200, 201, 299, 300, 301, 4001, 10_001]));
    case 21: return Array.from({ length: r.pick([1_001, 5_000]) }, (_, i) => String(i));
    case 22: return -r.int(1000) - 1;
    case 23: return r.int(1000) + 0.5;
    case 24: return r.int(10) + 1;
    case 25: return 1e21;
    case 26: return { __proto__: null } as unknown as Json;
    case 27: return protoObject(r);
    case 28: return [[[[]]]];
    default: return r.pick(ODD_STRINGS) + r.pick(ODD_STRINGS);
  }
}

function hugeString(r: Rng): string {
  return r.pick(['a', ' ', 'word ', '\u00e9', '😀']).repeat(r.pick([10_000, 300_000, 1_000_001]));
}

function deepList(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`;
}

function deepObject(depth: number): string {
  return `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
}

/** An object with own "__proto__", "constructor" and "prototype" keys, as JSON.parse makes them. */
function protoObject(r: Rng): Json {
  const o: Record<string, Json> = {};
  const key = r.pick(['__proto__', 'constructor', 'prototype']);
  Object.defineProperty(o, key, { value: r.pick<Json>([{ polluted: true, revision: 99 }, null, 1, 'x', []]), enumerable: true, writable: true, configurable: true });
  return o;
}

/** Every path in `value` (objects and lists, not too deep), the root included. */
function paths(value: Json, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (prefix.length > 6 || out.length > 5_000) return out;
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) paths(value[k]!, [...prefix, k], out);
  return out;
}

function getAt(value: Json, path: Path): Json {
  let v: Json = value;
  for (const k of path) v = (v as Record<string | number, Json>)[k]!;
  return v;
}

/** Sets an own property (never the prototype, even for "__proto__"). */
function setOwn(container: Json, key: string | number, v: Json | Raw): void {
  Object.defineProperty(container as object, key, { value: v, enumerable: true, writable: true, configurable: true });
}

function parentOf(value: Json, path: Path): { parent: Json; key: string | number } | null {
  if (path.length === 0) return null;
  return { parent: getAt(value, path.slice(0, -1)), key: path[path.length - 1]! };
}

/** JSON text of `value` with {@link Raw} values spliced in. */
export function serialize(value: unknown, indent?: number): string {
  const raws: string[] = [];
  const text = JSON.stringify(
    value,
    (_k, v: unknown) => {
      if (v instanceof Raw) {
        raws.push(v.text);
        return `${RAW_MARK}${raws.length - 1}`;
      }
      return v;
    },
    indent,
  );
  return text.replace(/"\\u0000raw:(\d+)"/g, (_m, i: string) => raws[Number(i)]!);
}

/** Documents lists of a pack or delta, whichever the value has. */
function docLists(v: Record<string, Json>): Json[][] {
  return ['documents', 'added', 'replaced'].map((k) => v[k]).filter((l): l is Json[] => Array.isArray(l));
}

/**
 * One structural mutation of a parsed JSON file: a field removed or given a
 * value of another type, an odd string or date, an extra or
 * prototype-polluting key, wrong nesting, duplicated or swapped list
 * entries, revisions out of range. Returns a description; mutates `value`.
 */
function mutateValue(value: Json, r: Rng): string {
  const all = paths(value);
  const path = r.pick(all);
  const where = path.length ? path.join('.') : '(root)';
  const op = r.int(16);
  const spot = parentOf(value, path);
  const root = value as Record<string, Json>;
  switch (op) {
    case 0: {
      if (!spot) return 'nothing (root)';
      if (Array.isArray(spot.parent)) spot.parent.splice(Number(spot.key), 1);
      else delete (spot.parent as Record<string, Json>)[spot.key];
      return `delete ${where}`;
    }
    case 1:
    case 2:
    case 3:
    case 4: {
      const v = oddValue(r);
      if (!spot) return 'nothing (root)';
      setOwn(spot.parent, spot.key, v);
      return `set ${where} = ${describeValue(v)}`;
    }
    case 5: {
      const target = getAt(value, path);
      if (target === null || typeof target !== 'object' || Array.isArray(target)) return `nothing (${where} is not an object)`;
      const key = r.pick(['extra', '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'format', 'id', '', '\u0000', 'x'.repeat(1000)]);
      const v = oddValue(r);
      setOwn(target, key, v);
      return `add key ${JSON.stringify(key.slice(0, 20))} = ${describeValue(v)} at ${where}`;
    }
    case 6: {
      if (!spot) return `wrap root in a list`;
      setOwn(spot.parent, spot.key, r.chance(0.5) ? [getAt(value, path)] : { value: getAt(value, path) });
      return `wrap ${where} in a ${r.chance(0.5) ? 'list' : 'object'}`;
    }
    case 7: {
      // Duplicate ids: copy one document's id onto another.
      const lists = docLists(root).filter((l) => l.length > 0);
      if (!lists.length) return 'nothing (no documents)';
      const list = r.pick(lists);
      const a = list[r.int(list.length)] as Record<string, Json>;
      const b = list[r.int(list.length)] as Record<string, Json>;
      if (typeof a !== 'object' || typeof b !== 'object' || !a || !b) return 'nothing (odd documents)';
      b.id = a.id!;
      return `duplicate document id ${JSON.stringify(String(a.id).slice(0, 30))}`;
    }
    case 8: {
      const lists = docLists(root).filter((l) => l.length > 0);
      if (!lists.length) return 'nothing (no documents)';
      const list = r.pick(lists);
      list.push(structuredClone(list[r.int(list.length)]!));
      return 'duplicate a whole document';
    }
    case 9: {
      const field = r.pick(['revision', 'baseRevision', 'formatVersion', 'size']);
      const v = r.pick<Json | Raw>([0, -1, -2, 0.5, 1.5, 2, 3, 7, 2 ** 53, 2 ** 53 - 1, 1e21, new Raw('1e400'), new Raw('-0'), new Raw('2.0'), '2', null]);
      const target = findKey(value, field, r);
      if (!target) return `nothing (no ${field})`;
      setOwn(target, field, v);
      return `set ${field} = ${describeValue(v)}`;
    }
    case 10: {
      const field = r.pick(['created', 'expires', 'published']);
      const v = r.pick(ODD_DATES);
      const target = findKey(value, field, r);
      if (!target) return `nothing (no ${field})`;
      setOwn(target, field, v);
      return `set ${field} = ${JSON.stringify(v)}`;
    }
    case 11: {
      const field = r.pick(['id', 'title', 'text', 'url', 'packId', 'publisher', 'outlet', 'author', 'language', 'sha256', 'kind']);
      const target = findKey(value, field, r);
      const v = r.chance(0.5) ? r.pick(ODD_STRINGS) : `${String(target?.[field] ?? '')}${r.pick(ODD_STRINGS)}`;
      if (!target) return `nothing (no ${field})`;
      setOwn(target, field, v);
      return `set ${field} = ${JSON.stringify(v.slice(0, 40))}`;
    }
    case 12: {
      const lists = docLists(root);
      if (!lists.length) return 'nothing (no documents)';
      const list = r.pick(lists);
      list.length = 0;
      return 'empty a document list';
    }
    case 13: {
      const target = findKey(value, 'text', r);
      if (!target) return 'nothing (no text)';
      const v = hugeString(r);
      target.text = v;
      return `set text to ${v.length} characters`;
    }
    case 14: {
      // Swap two top-level fields' values: types that fit each other's shape badly.
      const keys = Object.keys(root);
      const a = r.pick(keys);
      const b = r.pick(keys);
      const t = root[a]!;
      setOwn(root, a, root[b]!);
      setOwn(root, b, t);
      return `swap ${a} and ${b}`;
    }
    default: {
      const id = 'x'.repeat(r.pick([300, 301, 5000, 100_000]));
      const target = findKey(value, 'id', r);
      if (!target) return 'nothing (no id)';
      target.id = id;
      return `set id to ${id.length} characters`;
    }
  }
}

/** A random object holding `key`, at most 6 levels deep. */
function findKey(value: Json, key: string, r: Rng): Record<string, Json> | null {
  const found: Record<string, Json>[] = [];
  const walk = (v: Json, depth: number) => {
    if (depth > 6 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else {
      if (Object.hasOwn(v, key)) found.push(v);
      for (const k of Object.keys(v)) walk(v[k]!, depth + 1);
    }
  };
  walk(value, 0);
  return found.length ? r.pick(found) : null;
}

function describeValue(v: unknown): string {
  if (v instanceof Raw) return `raw ${v.text.length > 30 ? `${v.text.slice(0, 12)}…(${v.text.length} chars)` : v.text}`;
  if (typeof v === 'string') return v.length > 40 ? `string of ${v.length} chars` : JSON.stringify(v);
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

/**
 * One mutation of the file text itself: truncation, a byte order mark,
 * control characters, a changed character, trailing garbage, comments,
 * duplicate keys, an empty or non-object document.
 */
function mutateText(text: string, r: Rng): Mutant {
  const at = r.int(text.length + 1);
  switch (r.int(12)) {
    case 0: return { mutation: `truncate at ${at} of ${text.length}`, text: text.slice(0, at) };
    case 1: return { mutation: 'BOM before the file', text: `\ufeff${text}` };
    case 2: return { mutation: 'two BOMs before the file', text: `\ufeff\ufeff${text}` };
    case 3: {
      const c = r.pick(['\u0000', '\u0001', '\u001b', '\u007f', '\ufeff', '\u2028', '\ud800', '\u00a0']);
      return { mutation: `insert U+${c.charCodeAt(0).toString(16).padStart(4, '0')} at ${at}`, text: text.slice(0, at) + c + text.slice(at) };
    }
    case 4: {
      const c = String.fromCharCode(r.pick([0x22, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a, 0x30, 0x41, 0x20]));
      return { mutation: `replace character ${at} with ${JSON.stringify(c)}`, text: text.slice(0, at) + c + text.slice(at + 1) };
    }
    case 5: return { mutation: 'trailing garbage', text: `${text}${r.pick(['x', ',', '}', '{}', '\u0000', ' // comment'])}` };
    case 6: return { mutation: 'leading comment', text: `/* pack */${text}` };
    case 7: return { mutation: 'empty document', text: r.pick(['', ' ', '\n', '\ufeff', 'null', '[]', '{}', '0', '"pack"', 'true', '[{}]']) };
    case 8: {
      // JSON.parse keeps the last of duplicate keys: a reader must not see the first.
      const key = r.pick(['"format"', '"revision"', '"id"', '"documents"', '"formatVersion"']);
      const i = text.indexOf(`${key}:`);
      if (i < 0) return { mutation: `no ${key} to duplicate`, text };
      const dup = `${key}:${r.pick(['null', '2', '"x"', '[]', '{}'])},`;
      return { mutation: `duplicate key ${key} before the original`, text: text.slice(0, i) + dup + text.slice(i) };
    }
    case 9: return { mutation: 'whole file wrapped in a list', text: `[${text}]` };
    case 10: return { mutation: 'deeply nested list instead of the file', text: deepList(r.pick([1_000, 100_000])) };
    default: return { mutation: 'file as a JSON string', text: JSON.stringify(text) };
  }
}

/**
 * A mutant of `base` (a JSON file's parsed value): mostly structural
 * mutations (one, sometimes two or three stacked), sometimes a mutation of
 * the serialized text.
 */
export function mutate(base: unknown, r: Rng): Mutant {
  if (r.chance(0.2)) return mutateText(serialize(base), r);
  const value = structuredClone(base) as Json;
  const steps: string[] = [];
  const n = r.chance(0.7) ? 1 : r.chance(0.6) ? 2 : 3;
  for (let i = 0; i < n; i++) steps.push(mutateValue(value, r));
  return { mutation: steps.join('; '), text: serialize(value) };
}

/** Words and text that mean an internal error leaked into a user message. */
const INTERNAL = [/\[object \w+\]/, /\n\s+at /, /Cannot read propert/, /is not a function/, /is not iterable/, /Maximum call stack/, /Cannot convert/];

/**
 * Why `message` is not a clear reason for a user, or null when it is. Clear
 * means: a non-empty sentence starting with a capital letter (or a quoted
 * name), at most 300 characters, no stack trace or JavaScript internals
 * ("[object Object]", "Cannot read properties", …), and no "undefined" or
 * "NaN" unless the input itself contains that word (messages may quote it).
 */
export function unclear(message: string, input: string): string | null {
  if (!message.trim()) return 'empty message';
  if (message.length > 300) return `message of ${message.length} characters`;
  if (!/^[A-Z"“]/.test(message)) return 'does not start like a sentence';
  for (const re of INTERNAL) if (re.test(message)) return `internal error text (${re.source})`;
  for (const word of ['undefined', 'NaN']) {
    if (new RegExp(`\\b${word}\\b`).test(message) && !input.includes(word)) return `says "${word}"`;
  }
  if (hasInvisible(message)) return 'echoes characters a user cannot see';
  return null;
}

/** Whether a message echoes characters a user cannot see (controls, bidi overrides, BOM); fields.ts escapes them. */
export function hasInvisible(message: string): boolean {
  return /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/.test(message);
}

/** Outcome of one case. */
export type Outcome<T> = { kind: 'accepted'; value: T } | { kind: 'rejected'; message: string };

/**
 * Runs `fn`, bounded by `ms`: a PackError is a rejection, a result an
 * acceptance; anything else (TypeError, RangeError, a timeout) is thrown as
 * a failure naming the error. A synchronous endless loop cannot be
 * interrupted from the same thread; Vitest's test timeout catches that one.
 */
export async function outcome<T>(fn: () => T | Promise<T>, ms: number): Promise<Outcome<T>> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hang: no answer within ${ms} ms`)), ms);
  });
  const started = performance.now();
  try {
    const value = await Promise.race([Promise.resolve().then(fn), timeout]);
    return { kind: 'accepted', value };
  } catch (e) {
    if (e instanceof PackError) return { kind: 'rejected', message: e.message };
    const err = e as Error;
    throw new Error(`crash: ${err?.name ?? typeof e}: ${String(err?.message ?? e).slice(0, 300)}`);
  } finally {
    clearTimeout(timer);
    const took = performance.now() - started;
    if (took > ms) throw new Error(`hang: took ${Math.round(took)} ms (limit ${ms} ms)`);
  }
}

/** Per-category counts for the summary table: accepted, rejected, and (sync) unchanged without an error. */
export class Tally {
  private rows = new Map<string, { accepted: number; rejected: number; unchanged: number; invisible: number }>();
  add(category: string, kind: 'accepted' | 'rejected' | 'unchanged', invisible = false): void {
    const row = this.rows.get(category) ?? { accepted: 0, rejected: 0, unchanged: 0, invisible: 0 };
    row[kind]++;
    if (invisible) row.invisible++;
    this.rows.set(category, row);
  }
  total(): number {
    let n = 0;
    for (const r of this.rows.values()) n += r.accepted + r.rejected + r.unchanged;
    return n;
  }
  /** Rows for console.table; "invisible" counts refusals whose message echoes invisible characters. */
  table(): Record<string, { cases: number; rejected: number; accepted: number; unchanged: number; invisible: number }> {
    const out: Record<string, { cases: number; rejected: number; accepted: number; unchanged: number; invisible: number }> = {};
    for (const [k, r] of this.rows) out[k] = { cases: r.accepted + r.rejected + r.unchanged, ...r };
    return out;
  }
}

/**
 * A delta made not to fit its base, or to fit it in an unusual way: another
 * base revision, a revision not above its base, ids the base lacks or
 * already has, an `order` that is missing, adds, repeats or reorders ids.
 */
export function mutateDelta(base: unknown, baseIds: readonly string[], r: Rng): Mutant {
  const d = structuredClone(base) as Record<string, Json>;
  const docs = (d.added as Json[]).concat(d.replaced as Json[]) as Record<string, Json>[];
  const someDoc = (id: string): Json => ({ ...structuredClone(docs[0] ?? { title: 't', text: 't' }), id });
  let mutation: string;
  switch (r.int(10)) {
    case 0: {
      const b = r.pick([2, 3, 7, 1000]);
      d.baseRevision = b;
      d.revision = b + 1;
      mutation = `delta against base revision ${b}`;
      break;
    }
    case 1: {
      d.revision = r.pick([1, 0, d.baseRevision as number]);
      mutation = `revision ${String(d.revision)} not above base ${String(d.baseRevision)}`;
      break;
    }
    case 2:
      (d.removed as Json[]).push('not-in-base');
      mutation = 'removes a document the base lacks';
      break;
    case 3:
      (d.replaced as Json[]).push(someDoc('not-in-base'));
      mutation = 'replaces a document the base lacks';
      break;
    case 4:
      (d.added as Json[]).push(someDoc(r.pick(baseIds)));
      mutation = 'adds a document the base already has';
      break;
    case 5:
      (d.removed as Json[]).push((docs[0]?.id as string) ?? 'x');
      mutation = 'removes a document it also adds or replaces';
      break;
    case 6: {
      const ids = [...baseIds.filter((id) => !(d.removed as Json[]).includes(id)), ...(d.added as Record<string, Json>[]).map((x) => x.id as string)];
      for (let i = ids.length - 1; i > 0; i--) {
        const j = r.int(i + 1);
        [ids[i], ids[j]] = [ids[j]!, ids[i]!];
      }
      const how = r.int(4);
      if (how === 1) ids.pop();
      if (how === 2) ids.push('not-a-document');
      if (how === 3 && ids.length) ids.push(ids[0]!);
      d.order = ids;
      mutation = ['order permuted', 'order missing an id', 'order with an unknown id', 'order repeating an id'][how]!;
      break;
    }
    case 7:
      d.id = r.pick(['another-pack', 'seed-venezuela-russia.', 'SEED-VENEZUELA-RUSSIA']);
      mutation = `delta for pack ${String(d.id)}`;
      break;
    case 8:
      d.added = [];
      d.replaced = [];
      d.removed = [];
      mutation = 'empty delta (no changes)';
      break;
    default:
      d.removed = [...baseIds];
      mutation = 'removes every base document';
  }
  return { mutation, text: serialize(d) };
}

// ---------------------------------------------------------------------------------------------
// Classes added for issue 13: bytes that are not UTF-8, oversized sources, sparse lists, lone
// surrogates in ids, over-long paragraphs. Kept apart from mutate() so the seeded sequences of the
// existing fuzz tests stay as they were.

/** A file given as bytes: `valid` when a reader must read it as `text` (another encoding of it), else it must refuse it. */
export interface ByteMutant {
  mutation: string;
  bytes: Uint8Array;
  /** The text the bytes encode when `valid`; otherwise the text they were made from (for reports). */
  text: string;
  valid: boolean;
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
    at = 2;
  }
  for (let i = 0; i < text.length; i++, at += 2) {
    const c = text.charCodeAt(i);
    out[at + (bigEndian ? 1 : 0)] = c & 0xff;
    out[at + (bigEndian ? 0 : 1)] = c >> 8;
  }
  return out;
}

function splice(bytes: Uint8Array, at: number, insert: readonly number[], remove = 0): Uint8Array {
  const out = new Uint8Array(bytes.length + insert.length - remove);
  out.set(bytes.subarray(0, at));
  out.set(insert, at);
  out.set(bytes.subarray(at + remove), at + insert.length);
  return out;
}

/**
 * The file of `base` (parsed JSON) as bytes another tool might have written: Latin-1, invalid or
 * overlong UTF-8 sequences, an encoded surrogate, a NUL byte, a binary blob (refused), or UTF-16
 * with a byte-order mark and UTF-8 with one (read as the text).
 */
export function mutateBytes(base: unknown, r: Rng): ByteMutant {
  // Non-ASCII letters of Latin-1 and beyond, so that every encoding below differs from ASCII.
  const value = structuredClone(base) as Record<string, Json>;
  value.title = `${String(value.title ?? 'Pack')} — café, niño, Zürich`;
  const text = serialize(value);
  const bytes = new TextEncoder().encode(text);
  const at = 1 + r.int(bytes.length - 1);
  const ascii = (): number => {
    // A position just before an ASCII byte, so the damage is not inside an existing character.
    let i = at;
    while (i < bytes.length && bytes[i]! >= 0x80) i++;
    return i;
  };
  switch (r.int(12)) {
    case 0:
      return { mutation: 'saved as Latin-1', bytes: Uint8Array.from(text, (c) => (c.charCodeAt(0) > 0xff ? 0x3f : c.charCodeAt(0))), text, valid: false };
    case 1: {
      const b = r.pick([0x80, 0xbf, 0xc0, 0xc1, 0xf5, 0xf8, 0xfe, 0xff]);
      return { mutation: `byte 0x${b.toString(16)} inserted`, bytes: splice(bytes, ascii(), [b]), text, valid: false };
    }
    case 2: {
      const seq = r.pick([[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xed, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x80, 0x80, 0xaf]]);
      return { mutation: `overlong, surrogate or out-of-range sequence ${seq.map((x) => x.toString(16)).join(' ')} inserted`, bytes: splice(bytes, ascii(), seq), text, valid: false };
    }
    case 3: {
      // A multi-byte character with its last byte replaced by an ASCII letter.
      const after = bytes.findIndex((b, i) => i >= at && b >= 0xc2);
      const lead = after >= 0 ? after : bytes.findIndex((b) => b >= 0xc2);
      const len = bytes[lead]! >= 0xf0 ? 4 : bytes[lead]! >= 0xe0 ? 3 : 2;
      return { mutation: 'a multi-byte character cut short', bytes: splice(bytes, lead + len - 1, [0x41], 1), text, valid: false };
    }
    case 4:
      return { mutation: 'a NUL byte inserted', bytes: splice(bytes, ascii(), [0]), text, valid: false };
    case 5: {
      const blob = Uint8Array.from({ length: 64 + r.int(4096) }, () => r.int(256));
      blob.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      return { mutation: `a binary file of ${blob.length} bytes (PNG header)`, bytes: blob, text: '', valid: false };
    }
    case 6:
      return { mutation: 'UTF-16LE without a byte-order mark', bytes: utf16(text, false, false), text, valid: false };
    case 7:
      return { mutation: 'text truncated inside a multi-byte character', bytes: bytes.subarray(0, bytes.findIndex((b) => b >= 0xe0) + 1), text, valid: false };
    case 8:
      return { mutation: 'UTF-16LE with a byte-order mark', bytes: utf16(text, false, true), text, valid: true };
    case 9:
      return { mutation: 'UTF-16BE with a byte-order mark', bytes: utf16(text, true, true), text, valid: true };
    case 10:
      return { mutation: 'UTF-8 with a byte-order mark', bytes: splice(bytes, 0, [0xef, 0xbb, 0xbf]), text, valid: true };
    default:
      return { mutation: 'plain UTF-8', bytes, text, valid: true };
  }
}

/** Inserts a lone surrogate into `s`, or (with `paired`) a whole surrogate pair, which is valid. */
function withSurrogate(s: string, r: Rng, paired = false): string {
  const at = r.int(s.length + 1);
  const c = paired ? '\ud83d\udc4d' : r.pick(['\ud800', '\udbff', '\udc00', '\udfff', '\udc00\ud800']);
  return s.slice(0, at) + c + s.slice(at);
}

/**
 * A bound or an id rule tested at and beyond its edge, in one document of the file (or an id list of a
 * delta): sources (count and length), lone surrogates in ids, text that is one over-long paragraph.
 * `mustRefuse` says whether a reader has to refuse the result; the edge cases must be accepted.
 */
export function mutateBounds(base: unknown, r: Rng): Mutant & { mustRefuse: boolean } {
  const value = structuredClone(base) as Record<string, Json>;
  const docs = docLists(value).flat().filter((d): d is Record<string, Json> => d !== null && typeof d === 'object' && !Array.isArray(d));
  const doc = docs.length ? r.pick(docs) : null;
  const ids = ['removed', 'order'].map((k) => value[k]).filter((l): l is Json[] => Array.isArray(l) && l.length > 0);
  const done = (mutation: string, mustRefuse: boolean) => ({ mutation, text: serialize(value), mustRefuse });
  if (!doc) return done('nothing (no documents)', false);
  switch (r.int(8)) {
    case 0: {
      const n = r.pick([1_000, 1_001, 5_000, 200_000]);
      doc.sources = Array.from({ length: n }, (_, i) => `Source ${i}`);
      return done(`${n} sources`, n > 1_000);
    }
    case 1: {
      const n = r.pick([2_000, 2_001, 100_000, 5_000_000]);
      const sources = Array.isArray(doc.sources) ? [...doc.sources] : [];
      sources.splice(r.int(sources.length + 1), 0, 'x'.repeat(n));
      doc.sources = sources;
      return done(`a source of ${n} characters`, n > 2_000);
    }
    case 2: {
      const bad = r.pick<Json>([null, 1, ['AP'], { name: 'AP' }, true]);
      doc.sources = ['AP', bad, 'Reuters'];
      return done(`a source that is ${JSON.stringify(bad)}`, true);
    }
    case 3: {
      const paired = r.chance(0.25);
      doc.id = withSurrogate(typeof doc.id === 'string' ? doc.id : 'report', r, paired);
      return done(paired ? 'a document id with an emoji (a surrogate pair)' : 'a document id with a lone surrogate', !paired);
    }
    case 4: {
      if (!ids.length) return done('nothing (no id list)', false);
      const list = r.pick(ids);
      const i = r.int(list.length);
      list[i] = withSurrogate(String(list[i]), r);
      return done('an id with a lone surrogate in a removed or order list', true);
    }
    case 5: {
      // One paragraph as long as a report may be, or one character longer.
      const n = r.pick([2_000_000, 2_000_001]);
      doc.text = 'Word '.repeat(n / 5) + (n % 5 ? 'x' : '');
      return done(`text of one ${n}-character paragraph`, n > 2_000_000);
    }
    case 6:
      doc.title = withSurrogate(typeof doc.title === 'string' ? doc.title : 'Title', r);
      return done('a title with a lone surrogate (shown as U+FFFD, not an id)', false);
    default:
      doc.sources = Array.from({ length: 1_000 }, (_, i) => `${i} `.padEnd(2_000, 'x'));
      return done('1,000 sources of 2,000 characters (the bounds exactly)', false);
  }
}

/**
 * A pack or delta value (as a stored or cloned object, never JSON: JSON cannot hold them) with a hole in
 * one of its lists. Every such value must be refused.
 */
export function sparseValue(base: unknown, r: Rng): { mutation: string; value: unknown } {
  const value = structuredClone(base) as Record<string, unknown>;
  const lists = (['documents', 'added', 'replaced', 'removed', 'order'] as const).filter((k) => Array.isArray(value[k]));
  const docs = docLists(value as Record<string, Json>).flat().filter((d): d is Record<string, Json> => d !== null && typeof d === 'object' && !Array.isArray(d));
  if (r.chance(0.3) && docs.length) {
    const doc = r.pick(docs);
    const sources = new Array<unknown>(r.pick([1, 2, 5]));
    if (sources.length > 1) sources[sources.length - 1] = 'AP';
    setOwn(doc, 'sources', sources as Json);
    return { mutation: `sources with ${sources.length === 1 ? 'only a hole' : 'a hole'}`, value };
  }
  const key = lists.length ? r.pick(lists) : 'documents';
  const list = Array.isArray(value[key]) ? [...(value[key] as unknown[])] : [];
  const at = r.int(list.length + 1);
  const holes = 1 + r.int(3);
  const sparse = new Array<unknown>(list.length + holes);
  list.forEach((x, i) => (sparse[i < at ? i : i + holes] = x));
  value[key] = sparse;
  return { mutation: `"${key}" with ${holes} hole${holes > 1 ? 's' : ''} at ${at}`, value };
}

/**
 * An article snapshot as a content script might send it, damaged: paragraphs too long, too many, too
 * much in all, sparse, not strings; lone surrogates in the text (allowed); odd languages and URLs.
 * `mustRefuse` says whether the background has to refuse it.
 */
export function mutateSnapshot(base: Record<string, unknown>, r: Rng): { mutation: string; value: Record<string, unknown>; mustRefuse: boolean } {
  const s = structuredClone(base);
  const paragraphs = [...(s.paragraphs as string[])];
  switch (r.int(9)) {
    case 0: {
      const n = r.pick([10_000, 10_001, 400_000, 700_000]);
      paragraphs[r.int(paragraphs.length)] = 'x'.repeat(n);
      return { mutation: `a paragraph of ${n} characters`, value: { ...s, paragraphs }, mustRefuse: n > 10_000 };
    }
    case 1: {
      const n = r.pick([20_000, 20_001, 100_000]);
      return { mutation: `${n} paragraphs`, value: { ...s, paragraphs: Array(n).fill('p') }, mustRefuse: n > 20_000 };
    }
    case 2: {
      const n = r.pick([60, 61, 500]);
      return { mutation: `${n} paragraphs of 10,000 characters`, value: { ...s, paragraphs: Array(n).fill('y'.repeat(10_000)) }, mustRefuse: n > 60 };
    }
    case 3: {
      const sparse = new Array<unknown>(paragraphs.length + 1);
      paragraphs.forEach((p, i) => (sparse[i + 1] = p));
      return { mutation: 'paragraphs with a hole', value: { ...s, paragraphs: sparse }, mustRefuse: true };
    }
    case 4: {
      const bad = r.pick<unknown>([null, 1, ['p'], { toString: 1 }, undefined]);
      paragraphs.splice(r.int(paragraphs.length + 1), 0, bad as string);
      return { mutation: `a paragraph that is ${String(JSON.stringify(bad))}`, value: { ...s, paragraphs }, mustRefuse: true };
    }
    case 5:
      paragraphs[r.int(paragraphs.length)] = withSurrogate(paragraphs[0] ?? '', r);
      return { mutation: 'a lone surrogate in a paragraph (shown as U+FFFD)', value: { ...s, paragraphs }, mustRefuse: false };
    case 6: {
      const language = r.pick<unknown>(['en', 'x'.repeat(64), 'x'.repeat(65), null, 7]);
      return { mutation: `language ${JSON.stringify(language)}`, value: { ...s, language }, mustRefuse: !(language === null || (typeof language === 'string' && language.length <= 64)) };
    }
    case 7: {
      const url = r.pick(['https://news.example/a?q=b\\', 'javascript:alert(1)', 'file:///tmp/a.html', `https://x.example/${'a'.repeat(9000)}`, 'data:text/html,x']);
      return { mutation: `url ${url.slice(0, 40)}`, value: { ...s, url }, mustRefuse: !/^(https?|file):/.test(url) || url.length > 8192 };
    }
    default:
      return { mutation: 'unchanged', value: s, mustRefuse: false };
  }
}
