import { describe, expect, it } from 'vitest';
import { fixture, freshDB } from '../tests/support/unit.ts';
import { CorpusService } from './service.ts';
import { importPack, removePack } from './corpus/import.ts';
import { parsePack } from './packs/format.ts';

const article = {
  url: 'https://news.example/russia',
  title: "Russia begins pulling diplomats' families out of Venezuela",
  byline: null,
  siteName: null,
  publishedTime: null,
  language: 'en',
  text: 'Russia has begun evacuating the families of its diplomats from Venezuela, a European intelligence official told the Associated Press. Women and children left first, on Friday, as the mood in the Russian Foreign Ministry about Caracas was described as very grim. Moscow denied it; Maria Zakharova called the reports Western provocations. President Trump declared a total and complete blockade and U.S. forces seized oil tankers in the Caribbean.',
  paragraphs: [],
};

describe('CorpusService', () => {
  it('installs the default pack on first use', async () => {
    const db = freshDB();
    const service = new CorpusService(db, async () => fixture('formats/pack-v1-seed.json'));
    expect((await service.status()).ready).toBe(false);
    const report = await service.analyze(article);
    expect(report.related).toBe(true);
    expect(await service.status()).toMatchObject({ ready: true, documents: 5, error: null });
  });

  it('caches per URL and recomputes when the corpus revision changes', async () => {
    const db = freshDB();
    const service = new CorpusService(db, async () => fixture('formats/pack-v1-seed.json'));
    const first = await service.analyze(article);
    expect(await db.cache.count()).toBe(1);
    expect(await service.analyze(article)).toEqual(first);
    const smaller = parsePack(fixture('formats/pack-v1-seed.json'));
    smaller.revision = 2;
    smaller.documents = smaller.documents.filter((d) => d.id.startsWith('000'));
    await importPack(db, smaller);
    const after = await service.analyze(article);
    expect(after.corpusRevision).toBe(2);
    expect(after.reports.map((r) => r.docId)).toEqual(['000_9ae17a76aaeb9e70']);
  });

  it('reports a broken default pack clearly and retries later', async () => {
    let calls = 0;
    const service = new CorpusService(freshDB(), async () => (++calls === 1 ? '{"format":' : fixture('formats/pack-v1-seed.json')));
    await expect(service.analyze(article)).rejects.toThrow(/Could not install the default corpus: The pack file is not valid JSON/);
    expect((await service.status()).error).toMatch(/not valid JSON/);
    expect((await service.analyze(article)).related).toBe(true);
  });

  it('keeps the removed default pack removed across restarts, until it is restored explicitly', async () => {
    const db = freshDB();
    const load = async () => fixture('formats/pack-v1-seed.json');
    await new CorpusService(db, load).ensureReady();
    expect(await removePack(db, 'seed-venezuela-russia')).toBe(true);
    // The background worker starts again (browser restart, or the worker was stopped).
    const restarted = new CorpusService(db, load);
    await restarted.ensureReady();
    expect(await restarted.status()).toMatchObject({ documents: 0, packs: [], error: null });
    expect((await restarted.analyze(article)).related).toBe(false);
    await new CorpusService(db, load).ensureReady();
    expect((await restarted.status()).packs).toEqual([]);
    // "Restore" brings it back, and it then stays like any installed pack.
    await restarted.restoreDefaultPack();
    expect(await restarted.status()).toMatchObject({ documents: 5, packs: [{ id: 'seed-venezuela-russia', revision: 1 }] });
    expect((await restarted.analyze(article)).related).toBe(true);
    await new CorpusService(db, load).ensureReady();
    expect((await restarted.status()).documents).toBe(5);
  });

  it('applies "Not a match" choices, also those stored in the former claim|pack/doc form', async () => {
    const db = freshDB();
    const service = new CorpusService(db, async () => fixture('formats/pack-v1-seed.json'));
    const withClaims = { ...article, url: 'https://news.example/claims', paragraphs: [article.text] };
    const before = await service.analyze(withClaims);
    const claim = before.claims.find((c) => c.evidence.length > 0)!;
    const e = claim.evidence[0]!;
    await service.dismiss(claim.text, e);
    const after = await service.analyze(withClaims);
    expect(after.claims.find((c) => c.text === claim.text)!.evidence.map((x) => x.docId)).not.toContain(e.docId);
    // A choice saved by an earlier version, in the old key form, still holds.
    const other = before.claims.find((c) => c.text !== claim.text && c.evidence.length > 0)!;
    const old = other.evidence[0]!;
    const stored = (await db.meta.get('dismissed'))!.value as string[];
    await db.meta.put({ key: 'dismissed', value: [...stored, `${other.text.toLowerCase()}|${old.packId}/${old.docId}`] });
    const again = await service.analyze(withClaims);
    expect(again.claims.find((c) => c.text === other.text)!.evidence.map((x) => x.docId)).not.toContain(old.docId);
  });
});
