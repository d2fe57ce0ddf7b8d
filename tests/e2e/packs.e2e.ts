import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PLANE_REPORT } from '../support/documents.ts';
import { ROOT, startHarness, type Harness } from './support.ts';

let h: Harness;
let options: Page;
const dir = mkdtempSync(join(tmpdir(), 'fact-compare-packs-'));
const seed = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/formats/pack-v1-seed.json'), 'utf8')) as Record<string, unknown> & { documents: Record<string, unknown>[] };
const extra = PLANE_REPORT;

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function importFile(path: string): Promise<string> {
  await options.getByTestId('import-file').setInputFiles(path);
  const status = options.getByTestId('import-status');
  await expect.poll(() => status.innerText(), { timeout: 30_000 }).toMatch(/Installed|Updated|not changed/);
  return status.innerText();
}

async function revision(): Promise<string> {
  return options.locator('[data-pack-id="seed-venezuela-russia"] [data-testid="pack-revision"]').innerText();
}

beforeAll(async () => {
  h = await startHarness();
  options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await options.getByTestId('pack-row').first().waitFor({ timeout: 20_000 });
});
afterAll(async () => {
  await h?.close();
});

describe('importing pack files in the options page', () => {
  it('installs a newer revision whose new report then appears on a related page', async () => {
    const rev2 = { ...seed, revision: 2, documents: [...seed.documents, extra] };
    expect(await importFile(file('pack-r2.json', rev2))).toMatch(/Installed “.*” revision 2 \(6 reports\)/);
    expect(await revision()).toBe('2');
    const page = await h.open('pages/demo-russia-evacuation.html');
    await h.openSidebar(page);
    await page.getByTestId('tab-reports').click();
    await page.locator('[data-testid="report"][data-doc-id="wire-2025-12-24-plane"]').waitFor({ timeout: 20_000 });
  });

  it.each([
    ['a truncated file', () => file('truncated.json', JSON.stringify(seed).slice(0, 5000)), /not valid JSON.*not changed/],
    ['an older revision', () => file('old.json', { ...seed, revision: 1 }), /older than the installed revision 2.*not changed/],
    ['a wrong schema', () => file('schema.json', { ...seed, revision: 5, documents: [{ id: 'x' }] }), /Document 1 title is missing.*not changed/],
    ['duplicate document ids', () => file('dup.json', { ...seed, revision: 5, documents: [...seed.documents, seed.documents[0]] }), /Duplicate document id.*not changed/],
    ['a delta against another base', () => file('delta-bad.json', { format: 'fact-compare-pack-delta', formatVersion: 1, id: seed.id, title: seed.title, publisher: seed.publisher, revision: 9, baseRevision: 7, created: '2026-01-02', expires: null, added: [], replaced: [], removed: ['000_9ae17a76aaeb9e70'] }), /applies to revision 7, but revision 2 is installed.*not changed/],
  ])('refuses %s with a clear reason, keeping revision 2 in use', async (_name, make, message) => {
    expect(await importFile(make())).toMatch(message);
    expect(await revision()).toBe('2');
  });

  it('applies an update (delta) to the installed revision', async () => {
    const delta = { format: 'fact-compare-pack-delta', formatVersion: 1, id: seed.id, title: seed.title, publisher: seed.publisher, revision: 3, baseRevision: 2, created: '2026-01-03', expires: null, added: [], replaced: [], removed: [extra.id] };
    expect(await importFile(file('delta-r3.json', delta))).toMatch(/Updated “.*” to revision 3 \(5 reports\)/);
    expect(await revision()).toBe('3');
    const page = await h.open('pages/demo-russia-evacuation.html');
    await h.openSidebar(page);
    await page.getByTestId('tab-reports').click();
    await page.getByTestId('report').first().waitFor();
    expect(await page.locator('[data-testid="report"][data-doc-id="wire-2025-12-24-plane"]').count()).toBe(0);
  });
});

describe('pages already open', () => {
  it('recompute their report when the corpus revision changes', async () => {
    const page = await h.open('pages/demo-russia-evacuation.html');
    await h.openSidebar(page);
    await page.getByTestId('tab-reports').click();
    await page.getByTestId('report').first().waitFor();
    expect(await page.locator('[data-doc-id="wire-2025-12-24-plane"]').count()).toBe(0);
    const rev4 = { ...seed, revision: 4, documents: [...seed.documents, extra] };
    expect(await importFile(file('pack-r4.json', rev4))).toMatch(/revision 4/);
    await page.bringToFront();
    await page.getByTestId('tab-reports').click();
    await page.locator('[data-testid="report"][data-doc-id="wire-2025-12-24-plane"]').waitFor({ timeout: 20_000 });
  });
});

describe('exporting', () => {
  it('exports an installed pack as a pack file that validates', async () => {
    const { validatePack } = await import('../../lib/packs/format.ts');
    const row = options.locator('[data-pack-id="seed-venezuela-russia"]');
    const [download] = await Promise.all([options.waitForEvent('download'), row.getByTestId('export-pack').click()]);
    expect(download.suggestedFilename()).toMatch(/^seed-venezuela-russia-r\d+\.json$/);
    const pack = validatePack(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(pack.documents.map((d) => d.id)).toContain('wire-2025-12-24-plane');
  });
});
