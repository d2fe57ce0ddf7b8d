import { describe, expect, it } from 'vitest';
import { WIRE_REPORT, fixture, seedPack } from '../../tests/support/unit.ts';
import { sha256Hex, utf8 } from './bytes.ts';
import { applyDeltaToPack, diffPacks, parseDelta, parsePackFile, parsePackFileBytes, revisionOrder, validateDelta, type PackDelta } from './delta.ts';
import { PackError, parsePack, type Pack } from './format.ts';

const base = seedPack();
const ids = base.documents.map((d) => d.id);
const extra = WIRE_REPORT;

/** Revision 2: document 004 removed, 000 changed, a new document sorted between 002 and 003, new expiry. */
function nextPack(): Pack {
  const docs = base.documents.filter((d) => d.id !== ids[4]).map((d) => (d.id === ids[0] ? { ...d, text: `${d.text}\nUpdate: a convoy left.` } : d));
  docs.splice(3, 0, extra);
  return { ...base, revision: 2, created: '2026-12-01T00:00:00Z', expires: '2028-01-01', title: 'Seed corpus, revision 2', documents: docs };
}

const plain = (v: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(v)) as Record<string, unknown>;

describe('diffPacks and applyDeltaToPack', () => {
  it('round trip: applying the diff to the old pack gives the new pack exactly', () => {
    const next = nextPack();
    const delta = diffPacks(base, next);
    expect(delta).toMatchObject({ id: base.id, revision: 2, baseRevision: 1, removed: [ids[4]], title: 'Seed corpus, revision 2' });
    expect(delta.added.map((d) => d.id)).toEqual(['0025_wire']);
    expect(delta.replaced.map((d) => d.id)).toEqual([ids[0]]);
    expect(applyDeltaToPack(base, delta)).toEqual(next);
    // Also through JSON, as it travels.
    expect(applyDeltaToPack(base, parseDelta(JSON.stringify(delta)))).toEqual(next);
  });

  it('leaves out the order when the default order is right, and keeps the base pack unchanged', () => {
    const next = { ...base, revision: 3, documents: [...base.documents.slice(1), extra] };
    const before = structuredClone(base);
    const delta = diffPacks(base, next);
    expect(delta.order).toBeUndefined();
    expect(delta).toMatchObject({ removed: [ids[0]], replaced: [] });
    expect(applyDeltaToPack(base, delta)).toEqual(next);
    expect(base).toEqual(before);
  });

  it('gives an empty delta for a new revision with the same documents', () => {
    const delta = diffPacks(base, { ...base, revision: 2 });
    expect(delta).toMatchObject({ added: [], replaced: [], removed: [] });
    expect(applyDeltaToPack(base, delta)).toEqual({ ...base, revision: 2 });
  });

  it('notices a change in any field, sources included', () => {
    const docs = base.documents.map((d, i) => (i === 2 ? { ...d, sources: [...d.sources, 'Reuters'] } : d));
    expect(diffPacks(base, { ...base, revision: 2, documents: docs }).replaced.map((d) => d.id)).toEqual([ids[2]]);
  });

  it('refuses to diff different packs or an older revision', () => {
    expect(() => diffPacks(base, { ...base, id: 'other', revision: 2 })).toThrow(/two different packs/);
    expect(() => diffPacks(base, base)).toThrow(/revision 1 must be greater than the old pack's revision 1/);
  });

  it('refuses a delta for another base revision or another pack', () => {
    const delta = diffPacks(base, nextPack());
    expect(() => applyDeltaToPack({ ...base, revision: 3 }, delta)).toThrow(/applies to revision 1, but the pack is at revision 3/);
    expect(() => applyDeltaToPack({ ...base, id: 'other' }, delta)).toThrow(/for the pack "seed-venezuela-russia", not "other"/);
  });

  it.each([
    ['replaces a document the base lacks', { replaced: [{ ...extra, id: 'nope' }] }, /replaces document "nope", which revision 1 does not have/],
    ['removes a document the base lacks', { removed: ['nope'] }, /removes document "nope", which revision 1 does not have/],
    ['adds a document the base has', { added: [{ ...extra, id: ids[1]! }] }, /adds document "001_9c17a2890fb4d939", which revision 1 already has/],
    ['has an order missing a document', { order: [ids[0]!] }, /order does not match/],
  ])('refuses a delta that %s', (_name, over, message) => {
    const delta = { ...diffPacks(base, { ...base, revision: 2 }), ...over } as PackDelta;
    expect(() => applyDeltaToPack(base, delta)).toThrow(message);
    expect(() => applyDeltaToPack(base, delta)).toThrow(PackError);
  });
});

describe('validateDelta', () => {
  const good = (): Record<string, unknown> => plain(diffPacks(base, nextPack()));

  it('accepts a valid delta and the frozen version-1 fixture', () => {
    expect(validateDelta(good()).revision).toBe(2);
    const frozen = parseDelta(fixture('packs/delta-v1.json'));
    expect(frozen).toMatchObject({ id: 'seed-venezuela-russia', baseRevision: 1, revision: 2 });
    const applied = applyDeltaToPack(base, frozen);
    expect(applied.documents.map((d) => d.id)).toEqual([ids[0], ids[1], ids[2], ids[3], 'fixture-added-report']);
    expect(applied.documents[0]!.text).toMatch(/Correction:/);
  });

  it.each([
    ['a list', () => [], /Not a pack delta: expected a JSON object/],
    ['a full pack', () => plain(base), /Not a pack delta: "format" must be "fact-compare-pack-delta"/],
    ['a future version', () => ({ ...good(), formatVersion: 3 }), /Unsupported pack delta format version 3 \(this version reads 1 and 2\)/],
    ['a bad pack id', () => ({ ...good(), id: '../x' }), /Delta pack id may only contain/],
    ['a string revision', () => ({ ...good(), revision: '2' }), /Delta revision must be a positive integer/],
    ['a missing base revision', () => ({ ...good(), baseRevision: undefined }), /Delta base revision must be a positive integer/],
    ['revision equal to the base', () => ({ ...good(), revision: 1 }), /Delta revision 1 must be greater than its base revision 1/],
    ['revision below the base', () => ({ ...good(), baseRevision: 5 }), /Delta revision 2 must be greater than its base revision 5/],
    ['a missing title', () => ({ ...good(), title: undefined }), /Delta title is missing/],
    ['a numeric publisher', () => ({ ...good(), publisher: 7 }), /Delta publisher must be a string/],
    ['a bad expiry date', () => ({ ...good(), expires: 'soon' }), /Delta expiry date is not an ISO 8601 date/],
    ['added not a list', () => ({ ...good(), added: {} }), /Delta "added" must be a list of documents/],
    ['removed not a list', () => ({ ...good(), removed: 'x' }), /Delta "removed" must be a list of document ids/],
    ['a non-string removed id', () => ({ ...good(), removed: [3] }), /Delta "removed" entry 1 must be a string/],
    ['an added document without text', () => ({ ...good(), added: [{ ...extra, text: '' }] }), /Added document 1 text is empty/],
    ['a replaced document that is not an object', () => ({ ...good(), replaced: ['x'] }), /Replaced document 1 is not an object/],
    ['an id both added and removed', () => ({ ...good(), removed: [ids[4], '0025_wire'] }), /both adds and removes document "0025_wire"/],
    ['an id both added and replaced', () => ({ ...good(), replaced: [{ ...extra }] }), /both adds and replaces document "0025_wire"/],
    ['an id both replaced and removed', () => ({ ...good(), removed: [ids[0]] }), /both replaces and removes document "000_9ae17a76aaeb9e70"/],
    ['an id added twice', () => ({ ...good(), added: [extra, extra] }), /"added" lists document "0025_wire" twice/],
    ['an id removed twice', () => ({ ...good(), removed: [ids[4], ids[4]] }), /"removed" lists document "004_42f87ae980b4bccd" twice/],
    ['an order listing a removed id', () => ({ ...good(), order: [...ids] }), /"order" lists document "004_42f87ae980b4bccd", which the delta removes/],
    ['an order missing an added id', () => ({ ...good(), order: ids.slice(0, 4) }), /"order" does not list the added document "0025_wire"/],
    ['a sparse "added" list (a cloned value)', () => ({ ...good(), added: [, extra] }), /Added document 1 is not an object/],
    ['a sparse "removed" list', () => ({ ...good(), removed: [ids[4], , 'x'] }), /Delta "removed" entry 2 is missing/],
    ['a removed id with a lone surrogate', () => ({ ...good(), removed: [ids[4], 'x\udfff'] }), /Delta "removed" entry 2 is not valid Unicode \(a lone surrogate at character 2\)/],
    ['an added document with 2,000 sources', () => ({ ...good(), added: [{ ...extra, sources: Array(2_000).fill('AP') }] }), /Added document 1 has 2,000 sources \(at most 1,000\)/],
  ])('refuses %s', (_name, make, message) => {
    expect(() => validateDelta(make())).toThrow(message);
    expect(() => validateDelta(make())).toThrow(PackError);
  });

  it('explains a truncated delta file', () => {
    const text = JSON.stringify(good());
    expect(() => parseDelta(text.slice(0, 100))).toThrow(/not valid JSON.*truncated/);
  });
});

describe('parsePackFile', () => {
  it('dispatches on the format', () => {
    expect(parsePackFile(fixture('formats/pack-v1-seed.json'))).toMatchObject({ kind: 'pack', pack: { revision: 1 } });
    expect(parsePackFile(fixture('packs/delta-v1.json'))).toMatchObject({ kind: 'delta', delta: { revision: 2, baseRevision: 1 } });
  });
  it('names an unknown format and a missing one', () => {
    expect(() => parsePackFile('{"format":"fact-compare-feed"}')).toThrow(/format is "fact-compare-feed", expected/);
    expect(() => parsePackFile('[1]')).toThrow(/no "format" field/);
    expect(() => parsePackFile('{"format":')).toThrow(/not valid JSON.*truncated/);
  });
  it('validates what it dispatches to', () => {
    expect(() => parsePackFile(JSON.stringify({ ...plain(base), revision: 0 }))).toThrow(/Pack revision must be a positive integer/);
  });
});

describe('packs without a created date', () => {
  it('diff and apply keep working (validatePack writes a missing date as "")', () => {
    const undated = { ...base, created: '' };
    const next = { ...undated, revision: 2, documents: base.documents.slice(1) };
    expect(applyDeltaToPack(undated, diffPacks(undated, next))).toEqual(next);
  });
});

describe('document order is part of a revision (issue 13)', () => {
  it('an order-only delta reorders the pack, and the result is the target pack byte for byte', async () => {
    const target = { ...base, revision: 2, documents: [...base.documents].reverse() };
    const delta = diffPacks(base, target);
    expect(delta).toMatchObject({ added: [], replaced: [], removed: [], order: [...ids].reverse() });
    const applied = applyDeltaToPack(base, parseDelta(JSON.stringify(delta)));
    expect(JSON.stringify(applied)).toBe(JSON.stringify(target));
    expect(await sha256Hex(utf8(JSON.stringify(applied)))).toBe(await sha256Hex(utf8(JSON.stringify(target))));
  });

  it('revisionOrder gives the order applyDeltaToPack uses, for other appliers (the corpus) to keep', () => {
    const next = nextPack();
    const delta = diffPacks(base, next);
    expect(revisionOrder(ids, delta)).toEqual(next.documents.map((d) => d.id));
    const plainDelta = diffPacks(base, { ...base, revision: 3, documents: [...base.documents.slice(1), extra] });
    expect(plainDelta.order).toBeUndefined();
    expect(revisionOrder(ids, plainDelta)).toEqual([...ids.slice(1), extra.id]);
  });
});

describe('parsePackFileBytes (issue 13)', () => {
  it('refuses a Latin-1 file with the byte offset, never reading U+FFFD into the corpus', () => {
    const text = JSON.stringify({ ...base, title: 'Caf\u00e9' });
    const latin = Uint8Array.from(text, (c) => (c.charCodeAt(0) > 0xff ? 0x3f : c.charCodeAt(0)));
    expect(() => parsePackFileBytes(latin)).toThrow(new PackError(`The file is not UTF-8: byte 0xe9 at byte ${latin.indexOf(0xe9)} (save it as UTF-8)`));
    expect(() => parsePackFileBytes(Uint8Array.from([0x7b, 0x00, 0x7d]))).toThrow(new PackError('The file is not text: a binary byte (NUL) at byte 1'));
  });
  it('reads UTF-8 and BOM-marked UTF-16', () => {
    const text = JSON.stringify(base);
    expect(parsePackFileBytes(utf8(text))).toEqual({ kind: 'pack', pack: base });
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      utf16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      utf16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    expect(parsePackFileBytes(utf16)).toEqual({ kind: 'pack', pack: base });
  });
});

describe('delta format version 2: fact-checks', () => {
  const full = parsePack(fixture('formats/pack-v2-factchecks.json'));
  const r1 = { ...full, revision: 1, documents: full.documents.slice(0, -1) };

  it('reads the frozen version-2 delta: it adds a fact-check, and applied to revision 1 gives revision 2 whole', () => {
    const delta = parseDelta(fixture('formats/delta-v2-factchecks.json'));
    expect(delta.formatVersion).toBe(2);
    expect(delta.added.map((d) => [d.kind, d.review?.normalizedRating])).toEqual([['fact-check', 'true']]);
    const next = applyDeltaToPack(r1, delta);
    expect(next).toMatchObject({ formatVersion: 2, revision: 2 });
    expect(next.documents).toEqual(full.documents);
  });

  it('writes version 1 when only reports change, so clients that read version 1 still apply it', () => {
    const next = { ...full, revision: 2, documents: full.documents.map((d) => (d.kind ? d : { ...d, text: `${d.text}\nUpdated.` })) };
    expect(diffPacks(full, next).formatVersion).toBe(1);
    expect(diffPacks(r1, { ...full, revision: 2 }).formatVersion).toBe(2);
  });

  it('reads a version-1 delta’s documents as reports, as a version-1 client does', () => {
    const delta = JSON.parse(fixture('formats/delta-v2-factchecks.json')) as Record<string, unknown>;
    const v1 = parseDelta(JSON.stringify({ ...delta, formatVersion: 1 }));
    expect(v1.formatVersion).toBe(1);
    expect(v1.added[0]!.kind).toBeUndefined();
    expect(v1.added[0]!.review).toBeUndefined();
  });
});
