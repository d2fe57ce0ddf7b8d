import { describe, expect, it } from 'vitest';
import { findRelated } from '../analysis/related.ts';
import { diffPacks } from '../packs/delta.ts';
import { utf8 } from '../packs/bytes.ts';
import { freshDB, seedPack } from '../../tests/support/unit.ts';
import { readStats } from './db.ts';
import { installPackFile, setPackEnabled } from './packs.ts';

const seed = seedPack();
const file = (name: string, value: unknown) => ({ name, bytes: utf8(typeof value === 'string' ? value : JSON.stringify(value)) });
const article = { title: "Russia evacuates diplomats' families from Venezuela", text: seed.documents[0]!.text };

describe('the write path the options page uses', () => {
  it('installs a pack file, then applies an update file to it, saying what changed', async () => {
    const db = freshDB();
    const progress: string[] = [];
    const installed = await installPackFile(db, file('seed.json', seed), { onProgress: (label) => progress.push(label) });
    expect(installed).toMatchObject({ kind: 'installed', revision: 1, message: `Installed “${seed.title}” revision 1 (5 reports).` });
    expect(progress).toContain('Indexing 5 reports…');
    const r2 = { ...seed, revision: 2, documents: seed.documents.slice(1) };
    const updated = await installPackFile(db, file('seed-r1-r2.delta.json', diffPacks(seed, r2)));
    expect(updated).toMatchObject({ kind: 'updated', revision: 2, message: `Updated “${seed.title}” to revision 2 (4 reports).` });
  });

  it('refuses a file that is not UTF-8 or not JSON by name, changing nothing', async () => {
    const db = freshDB();
    await expect(installPackFile(db, { name: 'latin1.json', bytes: new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]) })).rejects.toThrow(/latin1\.json.*not UTF-8: byte 0xe9 at byte 2/);
    await expect(installPackFile(db, file('cut.json', JSON.stringify(seed).slice(0, 500)))).rejects.toThrow(/cut\.json is not valid JSON .*it may be truncated/);
    expect((await readStats(db)).documents).toBe(0);
  });

  it('disables and enables a pack: its reports leave and come back, and the corpus revision moves each time', async () => {
    const db = freshDB();
    await installPackFile(db, file('seed.json', seed));
    const before = (await readStats(db)).revision;
    await setPackEnabled(db, seed.id, false);
    expect((await findRelated(db, article)).reports).toEqual([]);
    await setPackEnabled(db, seed.id, true);
    expect((await findRelated(db, article)).reports.length).toBeGreaterThan(0);
    expect((await readStats(db)).revision).toBe(before + 2);
    await expect(setPackEnabled(db, 'no-such-pack', false)).rejects.toThrow(/No installed pack has the id no-such-pack/);
  });
});
