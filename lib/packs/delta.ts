/**
 * The pack delta format: the changes from one revision of a pack to a later
 * one, so a client that has the base revision downloads only the new and
 * changed documents. Version 1 carries reports; version 2, like pack format 2,
 * may carry fact-checks. See FORMAT.md.
 */
import { TextDecodeError, decodeText } from './bytes.ts';
import { PackError, documentId, isoDate, nonEmpty, object, packId, positiveInt, quote } from './fields.ts';
import {
  PACK_FORMAT,
  PACK_FORMAT_VERSION,
  packFormatVersion,
  parseJsonText,
  unsupportedVersion,
  validateDocument,
  validatePack,
  type Pack,
  type PackDocument,
  type PackFormatVersion,
} from './format.ts';

export const DELTA_FORMAT = 'fact-compare-pack-delta';
/** The newest delta format version; a delta is written with the lowest that holds its documents. */
export const DELTA_FORMAT_VERSION = 2;
export type DeltaFormatVersion = 1 | 2;

/** The changes turning revision `baseRevision` of pack `id` into revision `revision`. */
export interface PackDelta {
  format: typeof DELTA_FORMAT;
  /** 1 when every added and replaced document is a report, 2 when any is a fact-check (as packs). */
  formatVersion: DeltaFormatVersion;
  /** Id of the pack this delta updates. */
  id: string;
  /** Header of the new revision (they replace the base revision's). */
  title: string;
  publisher: string;
  revision: number;
  baseRevision: number;
  created: string;
  expires: string | null;
  /** Documents new in `revision`. */
  added: PackDocument[];
  /** New versions of documents of the base revision that changed (same id). */
  replaced: PackDocument[];
  /** Ids of base-revision documents that `revision` no longer has. */
  removed: string[];
  /**
   * Optional: every document id of the new revision, in its order. Present
   * only when that order differs from the default (base order, replaced
   * documents in place, removed ones dropped, added ones appended).
   */
  order?: string[];
}

/** Short name used across the code base. */
export type Delta = PackDelta;

function documentList(v: unknown, field: string, label: string, version: PackFormatVersion): PackDocument[] {
  if (!Array.isArray(v)) throw new PackError(`Delta "${field}" must be a list of documents`);
  const seen = new Set<string>();
  const out: PackDocument[] = [];
  // Index loops here and below: map() skips the holes of a sparse list (a cloned value, never JSON).
  for (let i = 0; i < v.length; i++) {
    // A version-1 delta's documents are reports, as a version-1 client reads them.
    const doc = validateDocument(v[i], `${label} document ${i + 1}`, version);
    if (seen.has(doc.id)) throw new PackError(`Delta "${field}" lists document ${quote(doc.id)} twice`);
    seen.add(doc.id);
    out.push(doc);
  }
  return out;
}

function idList(v: unknown, field: string): string[] {
  if (!Array.isArray(v)) throw new PackError(`Delta "${field}" must be a list of document ids`);
  const seen = new Set<string>();
  const out: string[] = [];
  for (let i = 0; i < v.length; i++) {
    const s = documentId(v[i], `Delta "${field}" entry ${i + 1}`);
    if (seen.has(s)) throw new PackError(`Delta "${field}" lists document ${quote(s)} twice`);
    seen.add(s);
    out.push(s);
  }
  return out;
}

/**
 * Checks that `value` (parsed JSON) is a valid version-1 pack delta and
 * returns it typed. Throws {@link PackError} naming the first problem found.
 * Whether the delta fits a given base revision is checked when applying it.
 */
export function validateDelta(value: unknown): PackDelta {
  const v = object(value, 'Not a pack delta');
  if (v.format !== DELTA_FORMAT) throw new PackError(`Not a pack delta: "format" must be "${DELTA_FORMAT}"`);
  if (v.formatVersion !== 1 && v.formatVersion !== 2) {
    throw unsupportedVersion('pack delta', v.formatVersion, [1, 2]);
  }
  const version: PackFormatVersion = v.formatVersion;
  const id = packId(v.id, 'Delta pack id');
  const revision = positiveInt(v.revision, 'Delta revision');
  const baseRevision = positiveInt(v.baseRevision, 'Delta base revision');
  if (revision <= baseRevision) {
    throw new PackError(`Delta revision ${revision} must be greater than its base revision ${baseRevision}`);
  }
  const title = nonEmpty(v.title, 'Delta title', 500);
  const publisher = nonEmpty(v.publisher, 'Delta publisher', 500);
  const created = isoDate(v.created, 'Delta created date') ?? '';
  const expires = isoDate(v.expires, 'Delta expiry date');
  const added = documentList(v.added, 'added', 'Added', version);
  const replaced = documentList(v.replaced, 'replaced', 'Replaced', version);
  const removed = idList(v.removed, 'removed');
  const addedIds = new Set(added.map((d) => d.id));
  const removedIds = new Set(removed);
  for (const d of replaced) {
    if (addedIds.has(d.id)) throw new PackError(`Delta both adds and replaces document ${quote(d.id)}`);
    if (removedIds.has(d.id)) throw new PackError(`Delta both replaces and removes document ${quote(d.id)}`);
  }
  for (const d of added) {
    if (removedIds.has(d.id)) throw new PackError(`Delta both adds and removes document ${quote(d.id)}`);
  }
  const delta: PackDelta = {
    format: DELTA_FORMAT,
    formatVersion: packFormatVersion([...added, ...replaced]),
    id,
    title,
    publisher,
    revision,
    baseRevision,
    created,
    expires,
    added,
    replaced,
    removed,
  };
  if (v.order !== undefined) {
    const order = idList(v.order, 'order');
    for (const docId of order) {
      if (removedIds.has(docId)) throw new PackError(`Delta "order" lists document ${quote(docId)}, which the delta removes`);
    }
    for (const d of added) {
      if (!order.includes(d.id)) throw new PackError(`Delta "order" does not list the added document ${quote(d.id)}`);
    }
    delta.order = order;
  }
  return delta;
}

function sameDocument(a: PackDocument, b: PackDocument): boolean {
  return (
    a.id === b.id &&
    a.url === b.url &&
    a.title === b.title &&
    a.outlet === b.outlet &&
    a.author === b.author &&
    a.published === b.published &&
    a.language === b.language &&
    a.text === b.text &&
    a.sources.length === b.sources.length &&
    a.sources.every((s, i) => s === b.sources[i]) &&
    // A fact-check whose rating alone changed is a changed document.
    a.kind === b.kind &&
    JSON.stringify(a.review ?? null) === JSON.stringify(b.review ?? null)
  );
}

/** Document ids after applying changes in the default order (see {@link PackDelta.order}). */
function defaultOrder(baseIds: readonly string[], removed: ReadonlySet<string>, addedIds: readonly string[]): string[] {
  return [...baseIds.filter((id) => !removed.has(id)), ...addedIds];
}

/**
 * The document ids of the revision a delta makes, in order, from the base revision's ids in order:
 * the delta's `order`, else the default one (FORMAT.md). Document order is part of a revision, so
 * whatever applies a delta (this module, or the corpus database) orders the result by this list, and
 * an exported pack is the published one byte for byte. It does not check that the ids fit the base.
 */
export function revisionOrder(baseIds: readonly string[], delta: Pick<PackDelta, 'removed' | 'added' | 'order'>): string[] {
  return delta.order ? [...delta.order] : defaultOrder(baseIds, new Set(delta.removed), delta.added.map((d) => d.id));
}

/**
 * The delta from pack `old` to pack `next` (a later revision of the same
 * pack). Documents are matched by id; a document whose content differs is
 * replaced. Applying the result to `old` gives `next` exactly.
 */
export function diffPacks(old: Pack, next: Pack): PackDelta {
  if (old.id !== next.id) throw new PackError(`Cannot diff two different packs (${quote(old.id)} and ${quote(next.id)})`);
  if (next.revision <= old.revision) {
    throw new PackError(`The new pack's revision ${next.revision} must be greater than the old pack's revision ${old.revision}`);
  }
  const before = new Map(old.documents.map((d) => [d.id, d]));
  const nextIds = new Set(next.documents.map((d) => d.id));
  const added: PackDocument[] = [];
  const replaced: PackDocument[] = [];
  for (const d of next.documents) {
    const prev = before.get(d.id);
    if (!prev) added.push(d);
    else if (!sameDocument(prev, d)) replaced.push(d);
  }
  const removed = old.documents.filter((d) => !nextIds.has(d.id)).map((d) => d.id);
  const delta: PackDelta = {
    format: DELTA_FORMAT,
    formatVersion: packFormatVersion([...added, ...replaced]),
    id: next.id,
    title: next.title,
    publisher: next.publisher,
    revision: next.revision,
    baseRevision: old.revision,
    created: next.created,
    expires: next.expires,
    added,
    replaced,
    removed,
  };
  const naive = defaultOrder(
    old.documents.map((d) => d.id),
    new Set(removed),
    added.map((d) => d.id),
  );
  const order = next.documents.map((d) => d.id);
  if (naive.some((id, i) => id !== order[i])) delta.order = order;
  return validateDelta(delta);
}

/**
 * Applies `delta` to `base` and returns the new revision (pure: `base` is not
 * changed). Throws {@link PackError} when the delta is for another pack or
 * another base revision, or its ids do not fit the base.
 */
export function applyDeltaToPack(base: Pack, delta: PackDelta): Pack {
  if (delta.id !== base.id) throw new PackError(`This update is for the pack ${quote(delta.id)}, not ${quote(base.id)}`);
  if (delta.baseRevision !== base.revision) {
    throw new PackError(`This update applies to revision ${delta.baseRevision}, but the pack is at revision ${base.revision}`);
  }
  const docs = new Map(base.documents.map((d) => [d.id, d]));
  for (const id of delta.removed) {
    if (!docs.has(id)) throw new PackError(`This update removes document ${quote(id)}, which revision ${base.revision} does not have`);
  }
  for (const d of delta.replaced) {
    if (!docs.has(d.id)) throw new PackError(`This update replaces document ${quote(d.id)}, which revision ${base.revision} does not have`);
  }
  for (const d of delta.added) {
    if (docs.has(d.id)) throw new PackError(`This update adds document ${quote(d.id)}, which revision ${base.revision} already has`);
  }
  const removed = new Set(delta.removed);
  for (const id of removed) docs.delete(id);
  for (const d of [...delta.replaced, ...delta.added]) docs.set(d.id, d);
  const order = revisionOrder(base.documents.map((d) => d.id), delta);
  if (order.length !== docs.size || order.some((id) => !docs.has(id))) {
    throw new PackError(`This update's document order does not match the documents of revision ${delta.revision}`);
  }
  return validatePack({
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: base.id,
    title: delta.title,
    publisher: delta.publisher,
    revision: delta.revision,
    created: delta.created,
    expires: delta.expires,
    documents: order.map((id) => docs.get(id)!),
  });
}

/** Parses delta file text, turning JSON syntax errors into a {@link PackError}. */
export function parseDelta(text: string): PackDelta {
  return validateDelta(parseJsonText(text, 'The pack delta file'));
}

/** A parsed pack file: a full pack or a delta. */
export type PackFile = { kind: 'pack'; pack: Pack } | { kind: 'delta'; delta: PackDelta };

/**
 * Parses the bytes of a pack or delta file (a download, an imported file): UTF-8, or UTF-16 with a
 * byte-order mark; messages name the file as `what` (its name, for an imported file). Other bytes (a Latin-1 file, a binary file) are refused with the byte offset as a
 * {@link PackError}, never decoded to U+FFFD and installed.
 */
export function parsePackFileBytes(bytes: Uint8Array, what = 'The file'): PackFile {
  let text: string;
  try {
    text = decodeText(bytes, what);
  } catch (e) {
    throw e instanceof TextDecodeError ? new PackError(e.message) : e;
  }
  return parsePackFile(text, what);
}

/** Parses a pack or delta file, dispatching on its `format`; messages name the file as `what`. */
export function parsePackFile(text: string, what = 'The file'): PackFile {
  const value = parseJsonText(text, what);
  const format = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>).format : undefined;
  if (format === PACK_FORMAT) return { kind: 'pack', pack: validatePack(value) };
  if (format === DELTA_FORMAT) return { kind: 'delta', delta: validateDelta(value) };
  throw new PackError(
    typeof format === 'string'
      ? `Not a pack or pack delta: the file's format is ${quote(format, 60)}, expected "${PACK_FORMAT}" or "${DELTA_FORMAT}"`
      : `Not a pack or pack delta: the file has no "format" field`,
  );
}
