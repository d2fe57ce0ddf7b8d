import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8 } from '../packs/bytes.ts';
import { applyDeltaToPack, diffPacks } from '../packs/delta.ts';
import { validatePack, type Pack, type PackDocument } from '../packs/format.ts';
import { WIRE_REPORT, freshDB, seedPack } from '../../tests/support/unit.ts';
import { corpusDigest } from './digest.ts';
import { docById } from './docstore.ts';
import { applyDelta, exportPack, importPack } from './import.ts';

const base = seedPack();
const ids = base.documents.map((d) => d.id);
const wire = WIRE_REPORT;
const brief: PackDocument = { ...wire, id: 'brief', title: 'Evacuation flight leaves Caracas', text: 'The evacuation flight left Caracas on Thursday with 80 passengers.' };

/** A later revision of `pack` with the given documents, as a publisher would build and validate it. */
function revision(pack: Pack, n: number, documents: PackDocument[]): Pack {
  return validatePack({ ...pack, revision: n, title: `Seed corpus, revision ${n}`, created: `2026-12-0${n}T00:00:00Z`, documents });
}

const bytes = (p: Pack): Uint8Array => utf8(JSON.stringify(p));

describe('document order in the corpus (order is part of a revision)', () => {
  it('after a delta that reorders, edits, adds and removes documents, the exported pack is the target revision byte for byte', async () => {
    const db = freshDB();
    await importPack(db, base);
    const byId = new Map(base.documents.map((d) => [d.id, d]));
    // 003 moves to the front, 001 is edited, 004 is removed, a new report lands between 000 and 002.
    const target = revision(base, 2, [byId.get(ids[3]!)!, byId.get(ids[0]!)!, wire, byId.get(ids[2]!)!, { ...byId.get(ids[1]!)!, text: `${byId.get(ids[1]!)!.text}\nUpdate: a convoy left.` }]);
    const delta = diffPacks(base, target);
    expect(delta.order).toBeDefined();
    expect(delta).toMatchObject({ removed: [ids[4]], added: [wire], replaced: [{ id: ids[1] }] });

    await applyDelta(db, delta);
    const exported = await exportPack(db, base.id);
    expect(exported.documents.map((d) => d.id)).toEqual(target.documents.map((d) => d.id));
    expect(JSON.stringify(exported)).toBe(JSON.stringify(target));
    // The same bytes as the pure applier gives, so a digest published for the target revision matches.
    expect(await sha256Hex(bytes(exported))).toBe(await sha256Hex(bytes(applyDeltaToPack(base, delta))));
    // Lookups by id still find the right numbers after the id map was rebuilt in the new order.
    expect((await docById(db, base.id, ids[1]!))!.text).toMatch(/a convoy left/);
    expect(await docById(db, base.id, ids[4]!)).toBeUndefined();
  });

  it('an order-only delta changes the exported order', async () => {
    const db = freshDB();
    await importPack(db, base);
    const target = revision(base, 2, [...base.documents].reverse());
    const delta = diffPacks(base, target);
    expect(delta).toMatchObject({ added: [], replaced: [], removed: [], order: [...ids].reverse() });

    await applyDelta(db, delta);
    const exported = await exportPack(db, base.id);
    expect(exported.documents.map((d) => d.id)).toEqual([...ids].reverse());
    expect(JSON.stringify(exported)).toBe(JSON.stringify(target));
  });

  it('a later delta in the default order starts from the stored order, not from the order of document numbers', async () => {
    const db = freshDB();
    await importPack(db, base);
    const second = revision(base, 2, [...base.documents].reverse());
    await applyDelta(db, diffPacks(base, second));
    // Revision 3 keeps revision 2's order and appends a report: its delta carries no order of its own.
    const third = revision(second, 3, [...second.documents.filter((d) => d.id !== ids[2]), brief]);
    const delta = diffPacks(second, third);
    expect(delta.order).toBeUndefined();

    await applyDelta(db, delta);
    expect(JSON.stringify(await exportPack(db, base.id))).toBe(JSON.stringify(third));
  });

  it('refuses an order that names a document twice or leaves one out, changing nothing', async () => {
    const db = freshDB();
    await importPack(db, base);
    const before = await corpusDigest(db);
    const delta = diffPacks(base, revision(base, 2, [...base.documents].reverse()));
    for (const order of [[ids[0]!, ...ids.slice(0, 4)], ids.slice(1)]) {
      await expect(applyDelta(db, { ...delta, order })).rejects.toThrow(/document order does not match the documents of revision 2/);
    }
    expect(await corpusDigest(db)).toBe(before);
    expect(JSON.stringify(await exportPack(db, base.id))).toBe(JSON.stringify(base));
  });
});
