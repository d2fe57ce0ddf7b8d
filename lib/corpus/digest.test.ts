import { describe, expect, it, vi } from 'vitest';
import { freshDB, seedPack, seededDB } from '../../tests/support/unit.ts';
import { corpusDigest } from './digest.ts';
import { importPack, removePack } from './import.ts';

describe('corpusDigest', () => {
  it('is the same for two databases with the same content, and for an empty one twice', async () => {
    // Pack records carry their install time, which is part of the content.
    const now = vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
    expect(await corpusDigest(await seededDB())).toBe(await corpusDigest(await seededDB()));
    now.mockRestore();
    expect(await corpusDigest(freshDB())).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changes with a document text, a pack record or an index block, not with a subscription or the cache', async () => {
    const db = await seededDB();
    const before = await corpusDigest(db);

    const chunk = (await db.chunks.toArray())[0]!;
    await db.chunks.put({ ...chunk, docs: chunk.docs.map((d, i) => (i === 0 ? { ...d, text: `${d.text}!` } : d)) });
    expect(await corpusDigest(db)).not.toBe(before);
    await db.chunks.put(chunk);
    expect(await corpusDigest(db)).toBe(before);

    const pack = (await db.packs.toArray())[0]!;
    await db.packs.put({ ...pack, revision: pack.revision + 1 });
    expect(await corpusDigest(db)).not.toBe(before);
    await db.packs.put(pack);

    const block = (await db.blocks.toArray())[0]!;
    const data = block.data.slice();
    data[0] = data[0]! ^ 1;
    await db.blocks.put({ ...block, data });
    expect(await corpusDigest(db)).not.toBe(before);
    await db.blocks.put(block);
    expect(await corpusDigest(db)).toBe(before);

    await db.meta.put({ key: 'subscription:x', value: { status: 'failed' } });
    await db.cache.put({ key: 'page', revision: 1, at: 0, value: {} });
    expect(await corpusDigest(db)).toBe(before);
  });

  it('changes when a pack is removed or reinstalled under new document numbers', async () => {
    const db = await seededDB();
    const before = await corpusDigest(db);
    await removePack(db, seedPack().id);
    const removed = await corpusDigest(db);
    expect(removed).not.toBe(before);
    await importPack(db, seedPack());
    expect(await corpusDigest(db)).not.toBe(removed);
  });
});
