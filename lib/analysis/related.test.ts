import { parseHTML } from 'linkedom';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusDB } from '../corpus/db.ts';
import { screenSample } from '../extract/gate.ts';
import { extractSnapshot } from '../extract/snapshot.ts';
import { ROOT, fixture, freshDB, seedPack, seededDB } from '../../tests/support/unit.ts';
import { importPack } from '../corpus/import.ts';
import { findRelated, screenPage } from './related.ts';
import { LIST_THRESHOLD, RELATEDNESS_THRESHOLD } from './thresholds.ts';

function page(path: string): { title: string; text: string } {
  const { document } = parseHTML(fixture(path));
  const snap = extractSnapshot(document as unknown as Document, 'https://example.org/');
  if (!snap) throw new Error(`no article in ${path}`);
  return snap;
}

describe('findRelated', () => {
  let db: CorpusDB;
  beforeAll(async () => {
    db = await seededDB();
  });

  it('uses a calibrated threshold between 0 and 1', () => {
    expect(RELATEDNESS_THRESHOLD).toBeGreaterThan(0.05);
    expect(RELATEDNESS_THRESHOLD).toBeLessThan(0.5);
  });

  it('finds the 2025 evacuation reports first for the demo article', async () => {
    const r = await findRelated(db, page('pages/demo-russia-evacuation.html'));
    expect(r.related).toBe(true);
    expect(r.relatedness).toBeGreaterThan(RELATEDNESS_THRESHOLD);
    expect(r.reports.slice(0, 2).map((x) => x.docId).sort()).toEqual(['000_9ae17a76aaeb9e70', '001_9c17a2890fb4d939']);
    for (const rep of r.reports) {
      expect(rep.passage.length).toBeGreaterThan(20);
      expect(rep.score).toBeGreaterThanOrEqual(LIST_THRESHOLD);
    }
    // The article is related through its closest report; others of the story are listed with it.
    expect(r.reports[0]!.score).toBeGreaterThanOrEqual(r.threshold);
    expect(r.reports[0]!.outlet).toBeTruthy();
  });

  it('ranks the 2019 Rostec report first for the 2019 article', async () => {
    const r = await findRelated(db, page('pages/related-2019-context.html'));
    expect(r.reports[0]!.docId).toBe('004_42f87ae980b4bccd');
    expect(r.reports[0]!.passage).toMatch(/Russia|Rostec|Trump/);
  });

  it.each(['related-agree', 'related-conflict-number', 'related-conflict-date', 'related-denial', 'hostile-title'])(
    'judges %s related',
    async (name) => {
      expect((await findRelated(db, page(`pages/${name}.html`))).related).toBe(true);
    },
  );

  it.each(['unrelated-venezuela-baseball', 'unrelated-russia-wheat', 'unrelated-local-news'])('stays silent on %s', async (name) => {
    const r = await findRelated(db, page(`pages/${name}.html`));
    expect(r.related).toBe(false);
    expect(r.reports).toEqual([]);
  });

  const realPages = readdirSync(join(ROOT, 'tests/fixtures/news-pages')).filter((n) => !n.includes('.'));
  it.each(realPages)('stays silent on the real page %s', async (name) => {
    const { document } = parseHTML(fixture(`news-pages/${name}/source.html`));
    const snap = extractSnapshot(document as unknown as Document, 'https://example.org/');
    if (snap) expect((await findRelated(db, snap)).related).toBe(false);
  });

  it('does not judge empty or tiny articles', async () => {
    expect((await findRelated(db, { title: '', text: '' })).related).toBe(false);
    expect((await findRelated(db, { title: 'Venezuela', text: 'Russia evacuates.' })).related).toBe(false);
  });

  it('finds nothing in an empty corpus', async () => {
    const r = await findRelated(freshDB(), page('pages/demo-russia-evacuation.html'));
    expect(r).toMatchObject({ related: false, reports: [] });
  });

  it('follows the sensitivity: a higher threshold lists fewer reports', async () => {
    const article = page('pages/demo-russia-evacuation.html');
    const all = await findRelated(db, article);
    const strict = await findRelated(db, article, { threshold: 0.4 });
    expect(strict.reports.length).toBeLessThan(all.reports.length);
  });

  it('leaves out reports of a disabled pack', async () => {
    const local = freshDB();
    await importPack(local, seedPack());
    await local.packs.update('seed-venezuela-russia', { enabled: false });
    expect((await findRelated(local, page('pages/demo-russia-evacuation.html'))).related).toBe(false);
  });
});

describe('screenPage', () => {
  let db: CorpusDB;
  beforeAll(async () => {
    db = await seededDB();
  });
  const sampleOf = (path: string) => {
    const { document } = parseHTML(fixture(path));
    const s = screenSample(document as unknown as Document, 'https://example.org/');
    if (!s) throw new Error(`no sample from ${path}`);
    return s;
  };

  it('passes every related fixture from its opening alone', async () => {
    for (const f of ['demo-russia-evacuation', 'related-agree', 'related-conflict-date', 'related-conflict-number', 'related-denial', 'related-2019-context', 'hostile-title']) {
      const r = await screenPage(db, sampleOf(`pages/${f}.html`));
      expect(r.pass, f).toBe(true);
    }
  });

  it('screens out near misses and real pages about other stories', async () => {
    for (const f of ['unrelated-venezuela-baseball', 'unrelated-russia-wheat', 'unrelated-local-news']) {
      expect((await screenPage(db, sampleOf(`pages/${f}.html`))).pass, f).toBe(false);
    }
    const real = readdirSync(join(ROOT, 'tests/fixtures/news-pages'), { withFileTypes: true }).filter((f) => f.isDirectory());
    expect(real.length).toBeGreaterThanOrEqual(8);
    let out = 0;
    for (const f of real) {
      const { document } = parseHTML(fixture(`news-pages/${f.name}/source.html`));
      const s = screenSample(document as unknown as Document, 'https://example.org/');
      if (!s || !(await screenPage(db, s)).pass) out++;
    }
    expect(out).toBeGreaterThanOrEqual(real.length - 1);
  });

  it('lets an opening too short to judge through to the full check', async () => {
    expect(await screenPage(db, { url: 'https://x.example/', title: 'Venezuela', lead: 'Short.', language: 'en' })).toMatchObject({ pass: true });
  });
});
