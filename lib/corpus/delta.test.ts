import { describe, expect, it } from 'vitest';
import { countDocs, docById } from './docstore.ts';
import { findRelated } from '../analysis/related.ts';
import { PackError, parsePack, type PackDocument } from '../packs/format.ts';
import { parseDelta } from '../packs/delta.ts';
import { checkClaim } from '../analysis/check-claim.ts';
import { fixture, freshDB, seedPack } from '../../tests/support/unit.ts';
import { readStats } from './db.ts';
import { applyDelta, importPack, type DeltaLike } from './import.ts';
import { fetchPostings } from './search.ts';

const pack = seedPack();
const doc = (id: string): PackDocument => pack.documents.find((d) => d.id.startsWith(id))!;
const newReport: PackDocument = {
  id: 'ap-2025-12-24',
  url: 'https://example.org/ap',
  title: 'Russian jet lands in Caracas to fly out diplomats’ families',
  outlet: 'Example Wire',
  author: null,
  published: '2025-12-24',
  language: 'en',
  text: 'A Russian government plane landed at Maiquetía airport outside Caracas on Wednesday to fly out the families of Russian diplomats, a European intelligence official said. The evacuation of women and children began on Friday. Moscow denied any evacuation.',
  sources: ['Associated Press'],
};

function delta(over: Partial<DeltaLike> = {}): DeltaLike {
  return {
    id: pack.id,
    title: pack.title,
    publisher: pack.publisher,
    revision: 2,
    baseRevision: 1,
    created: '2026-01-01',
    expires: null,
    added: [newReport],
    replaced: [{ ...doc('000'), text: `${doc('000').text}\nUpdate: about 30 vehicles left in the convoy.` }],
    removed: ['004_42f87ae980b4bccd'],
    ...over,
  };
}

describe('applyDelta', () => {
  it('adds, replaces and removes documents in one step', async () => {
    const db = freshDB();
    await importPack(db, pack);
    const result = await applyDelta(db, delta());
    expect(result).toMatchObject({ revision: 2, documents: 5, changed: true });
    expect((await db.packs.get(pack.id))!.revision).toBe(2);
    expect(await countDocs(db)).toBe(5);
    const replaced = await docById(db, pack.id, '000_9ae17a76aaeb9e70');
    expect(replaced!.text).toMatch(/about 30 vehicles left/);
    // The removed report's postings remain as tombstones but never surface.
    expect((await fetchPostings(db, ['rostec'])).get('rostec')).toBeDefined();
    const r = await findRelated(db, { title: 'Rostec cuts staff in Venezuela, Trump says Russia withdrew', text: 'Russia has informed us that they have removed most of their people from Venezuela, Trump wrote on Twitter. Rostec reduced its staff from 1,000 to a few dozen, The Wall Street Journal reported, in June 2019. Maduro has not paid for months.' });
    expect(r.reports.map((x) => x.docId)).not.toContain('004_42f87ae980b4bccd');
    const added = await findRelated(db, { title: 'Russian plane lands at Maiquetía to fly out diplomats’ families', text: newReport.text });
    expect(added.reports[0]!.docId).toBe('ap-2025-12-24');
    expect((await readStats(db)).revision).toBe(2);
  });

  it('refuses a delta against another base revision, changing nothing', async () => {
    const db = freshDB();
    await importPack(db, pack);
    await expect(applyDelta(db, delta({ baseRevision: 3, revision: 4 }))).rejects.toThrow(/applies to revision 3, but revision 1 is installed/);
    expect(await readStats(db)).toMatchObject({ documents: 5, revision: 1 });
  });

  it('refuses to remove a document the installed revision lacks, changing nothing', async () => {
    const db = freshDB();
    await importPack(db, pack);
    await expect(applyDelta(db, delta({ removed: ['no-such-doc'] }))).rejects.toThrow(PackError);
    expect(await countDocs(db)).toBe(5);
    expect((await db.packs.get(pack.id))!.revision).toBe(1);
  });

  it('refuses an update for a pack that is not installed', async () => {
    await expect(applyDelta(freshDB(), delta())).rejects.toThrow(/not installed/);
  });
});

describe('importPack safety', () => {
  it('refuses an older or the same revision when asked, with a reason', async () => {
    const db = freshDB();
    await importPack(db, { ...pack, revision: 3 });
    await expect(importPack(db, pack, { refuseOlder: true })).rejects.toThrow(/Revision 1 is older than the installed revision 3/);
    await expect(importPack(db, { ...pack, revision: 3 }, { refuseOlder: true })).rejects.toThrow(/already installed/);
  });

  it('keeps the revision in use when storage runs out mid-import', async () => {
    const db = freshDB();
    await importPack(db, pack);
    const before = await readStats(db);
    const original = db.blocks.bulkAdd.bind(db.blocks);
    db.blocks.bulkAdd = (() => Promise.reject(new DOMException('quota', 'QuotaExceededError'))) as unknown as typeof db.blocks.bulkAdd;
    await expect(importPack(db, { ...pack, revision: 2 })).rejects.toThrow(/Not enough storage space.*not changed/);
    db.blocks.bulkAdd = original;
    expect(await readStats(db)).toEqual(before);
    expect((await db.packs.get(pack.id))!.revision).toBe(1);
    expect(await countDocs(db)).toBe(5);
  });

  it('applies a version-2 delta that adds a fact-check: the new review is matched, the old ones still are', async () => {
    const db = freshDB();
    const full = parsePack(fixture('formats/pack-v2-factchecks.json'));
    await importPack(db, { ...full, revision: 1, documents: full.documents.slice(0, -1) });
    const claim = 'The evacuation started on Friday, with women and children leaving first.';
    expect((await checkClaim(db, claim)).factChecks ?? []).toEqual([]);
    await applyDelta(db, parseDelta(fixture('formats/delta-v2-factchecks.json')));
    expect((await checkClaim(db, claim)).factChecks?.[0]).toMatchObject({ normalizedRating: 'true' });
    expect((await checkClaim(db, 'A lawmaker claimed that Russia had withdrawn all of its embassy staff from Caracas.')).factChecks?.[0]).toMatchObject({ normalizedRating: 'false' });
  });
});
