import { describe, expect, it } from 'vitest';
import { countDocs, docById, getDocs } from './docstore.ts';
import { freshDB, seedPack } from '../../tests/support/unit.ts';
import { readStats } from './db.ts';
import { importPack, indexInThread, removePack, type IndexLane } from './import.ts';
import { decodePostings } from './postings.ts';
import { fetchPostings, sentenceCount, sentenceText } from './search.ts';

describe('importPack', () => {
  it('stores documents with their sentences and a term index', async () => {
    const db = freshDB();
    const result = await importPack(db, seedPack());
    expect(result).toMatchObject({ documents: 5, changed: true, corpusRevision: 1 });
    const stats = await readStats(db);
    expect(stats.documents).toBe(5);
    const doc = await docById(db, 'seed-venezuela-russia', '004_42f87ae980b4bccd');
    const all = Array.from({ length: sentenceCount(doc!) }, (_, i) => sentenceText(doc!, i));
    expect(all).toContain('President Donald Trump said on June 3 that Russia has informed him about its withdrawal of most of its personnel from Venezuela.');
    expect(all[0]).toBe('Russia Withdraws Most of Its People From Venezuela, Trump Says');
    const zakharova = (await fetchPostings(db, ['zakharova'])).get('zakharova')!;
    expect(zakharova.df).toBe(1);
    const list = zakharova.lists[0]!;
    const [entry] = decodePostings(list.data.slice(list.from, list.to));
    const [holder] = await getDocs(db, [entry!.doc]);
    expect(holder!.id).toBe('000_9ae17a76aaeb9e70');
    expect(entry!.tf).toBe(holder!.text.split('Zakharova').length - 1);
  });

  it('skips a revision that is already installed', async () => {
    const db = freshDB();
    await importPack(db, seedPack());
    const again = await importPack(db, seedPack());
    expect(again.changed).toBe(false);
    expect((await readStats(db)).revision).toBe(1);
  });

  it('replaces an older revision whole, leaving no stale index entries', async () => {
    const db = freshDB();
    await importPack(db, seedPack());
    const next = seedPack();
    next.revision = 2;
    next.documents = next.documents.slice(0, 2);
    await importPack(db, next);
    expect(await countDocs(db)).toBe(2);
    expect((await db.packs.get(next.id))!.revision).toBe(2);
    // "Rostec" occurs only in document 004, which revision 2 dropped.
    expect((await fetchPostings(db, ['rostec'])).get('rostec')).toBeUndefined();
    const stats = await readStats(db);
    expect(stats).toMatchObject({ documents: 2, revision: 2 });
  });

  it('removes a pack and its index', async () => {
    const db = freshDB();
    await importPack(db, seedPack());
    expect(await removePack(db, 'seed-venezuela-russia')).toBe(true);
    expect(await countDocs(db)).toBe(0);
    expect(await db.idmaps.count()).toBe(0);
    expect(await db.blocks.count()).toBe(0);
    expect(await readStats(db)).toMatchObject({ documents: 0, terms: 0, revision: 2 });
    expect(await removePack(db, 'seed-venezuela-russia')).toBe(false);
  });

  it('keeps the index smaller than the text it indexes', async () => {
    const db = freshDB();
    const pack = seedPack();
    await importPack(db, pack);
    let indexBytes = 0;
    await db.blocks.each((b) => (indexBytes += b.data.length + b.terms.length + 8 * b.df.length));
    const textBytes = pack.documents.reduce((n, d) => n + d.text.length, 0);
    expect(indexBytes).toBeLessThan(textBytes);
  });
});

describe('exportPack', () => {
  it('gives back the installed pack, which validates and re-imports', async () => {
    const { exportPack } = await import('./import.ts');
    const { validatePack } = await import('../packs/format.ts');
    const db = freshDB();
    const pack = seedPack();
    await importPack(db, pack);
    const out = await exportPack(db, pack.id);
    expect(validatePack(JSON.parse(JSON.stringify(out)))).toEqual(pack);
    await expect(exportPack(db, 'nope')).rejects.toThrow(/not installed/);
  });
});

describe('importPack with several indexing lanes', () => {
  it('indexes a large pack in parallel lanes into the same searchable corpus', async () => {
    const seed = seedPack();
    const documents = Array.from({ length: 2100 }, (_, i) => {
      const d = seed.documents[i % seed.documents.length]!;
      return { ...d, id: `${d.id}-${i}`, text: `${d.text}\nCopy ${i} filed by desk ${i % 37}.` };
    });
    const pack = { ...seed, id: 'big', documents };
    const single = freshDB();
    const parallel = freshDB();
    await importPack(single, pack);
    const laneCalls: number[] = [];
    const lane: IndexLane = (docs, first, segment, progress) => {
      laneCalls.push(docs.length);
      return indexInThread(docs, first, segment, progress);
    };
    const progress: number[] = [];
    await importPack(parallel, pack, { lanes: [lane, lane], onProgress: (p) => progress.push(p) });
    expect(laneCalls).toEqual([1050, 1050]);
    expect((await parallel.packs.get('big'))!.segments).toHaveLength(2);
    expect(progress.at(-1)).toBe(1);
    expect(await countDocs(parallel)).toBe(2100);
    for (const term of ['zakharova', 'rostec', 'desk', '1999']) {
      const [a, b] = await Promise.all([fetchPostings(single, [term]), fetchPostings(parallel, [term])]);
      expect(b.get(term)?.df, term).toBe(a.get(term)?.df);
    }
    expect((await readStats(parallel)).terms).toBe((await readStats(single)).terms);
    // Every document is reachable by its id and number after the split.
    const last = await docById(parallel, 'big', documents[2099]!.id);
    expect(last?.text).toMatch(/Copy 2099 filed/);
  });
});
