// The extension in a real Firefox (Debian's firefox-esr over WebDriver BiDi): the paths the
// Chromium suites prove, on Firefox's own background page, content-script sandbox and
// moz-extension:// pages.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex, utf8 } from '../../lib/packs/bytes.ts';
import { signFeed, type Feed } from '../../lib/packs/feed.ts';
import type { Pack } from '../../lib/packs/format.ts';
import { generateKeyPair } from '../../lib/packs/signature.ts';
import { serveDirectory } from '../../scripts/browser.ts';
import { PLANE_REPORT } from '../support/documents.ts';
import { ROOT, poll, startFirefox, type FirefoxHarness } from './support.ts';

let h: FirefoxHarness;
let options: Page;
const dir = mkdtempSync(join(tmpdir(), 'fact-compare-firefox-'));
const seed = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/formats/pack-v1-seed.json'), 'utf8')) as Pack;

beforeAll(async () => {
  h = await startFirefox();
  options = await h.extensionPage('options.html');
  await h.find(options, '[data-testid="pack-row"]');
});
afterAll(async () => {
  await h?.close();
});

/** Sends a message to the tab showing `page` from an extension page, as the context menu and the shortcut do. */
async function toTab(page: Page, message: unknown): Promise<void> {
  await options.evaluate(
    async (url, message) => {
      const api = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } }).browser;
      // Without the "tabs" permission Firefox hides other tabs' URLs: the harness keeps one web page
      // open, and this extension page sees only its own URL.
      const tab = (await api.tabs.query({}))
        .filter((t) => !(t as { url?: string }).url?.startsWith('moz-extension:'))
        .sort((a, b) => b.id - a.id)[0];
      if (!tab) throw new Error(`no tab shows ${url}`);
      await api.tabs.sendMessage(tab.id, message, { frameId: 0 });
    },
    page.url(),
    message,
  );
}

/** Opens the sidebar whether the page shows the pill or (remembered per site) the open sidebar. */
async function openSidebar(page: Page): Promise<void> {
  const first = await h.find(page, '[data-testid="pill"], [data-testid="sidebar"]');
  if (await first.evaluate((el) => el.getAttribute('data-testid') === 'pill')) await first.click();
  await h.find(page, '[data-testid="sidebar"]');
}

describe('Firefox: reading', () => {
  it('gives a related article the pill, then a sidebar of claim cards', async () => {
    const page = await h.open('pages/demo-russia-evacuation.html');
    const pill = await h.find(page, '[data-testid="pill"]');
    expect(await pill.evaluate((el) => el.textContent)).toMatch(/\d+ reports?/);
    await openSidebar(page);
    await h.find(page, '[data-testid="claim"]');
    // As in Chromium (tests/e2e/sidebar.e2e.ts): claims agree with the corpus but for one figure.
    expect(await h.count(page, '[data-testid="claim"]')).toBeGreaterThanOrEqual(5);
    expect(await h.count(page, '[data-testid="claim"][data-verdict="corroborates"]')).toBeGreaterThanOrEqual(3);
    expect(await h.count(page, '[data-testid="evidence"][data-stance="conflicts"]')).toBe(1);
    const values = await h.find(page, '[data-stance="conflicts"] [data-testid="values"]');
    expect((await values.evaluate((el) => el.textContent ?? '')).replace(/\s+/g, ' ')).toMatch(/nine warships.*11 warships/);
  });

  it('compares a Spanish article by its figures, dates and names (Firefox has no on-device translator)', async () => {
    const page = await h.open('pages/related-es-crosslang.html');
    await openSidebar(page);
    const line = await h.find(page, '[data-testid="cross-language"]');
    expect(await line.evaluate((el) => el.textContent)).toMatch(/in Spanish: its claims were compared with the English reports by figures, dates and names, without translation/);
    const values = await h.find(page, '[data-stance="conflicts"] [data-testid="values"]');
    expect((await values.evaluate((el) => el.textContent ?? '')).replace(/\s+/g, ' ')).toMatch(/ocho buques.*11 warships/);
    expect(await h.count(page, '[data-testid="rendering"]')).toBe(0);
  });

  it('adds nothing to a page about another story', async () => {
    const page = await h.open('pages/unrelated-local-news.html');
    await h.settled(page);
    expect(await page.evaluate(() => document.querySelectorAll('fact-compare-sidebar').length)).toBe(0);
    expect(await page.evaluate(() => [...document.querySelectorAll('*')].filter((e) => e.tagName.startsWith('FACT-')).length)).toBe(0);
  });
});

describe('Firefox: fact-checker tools', () => {
  it('checks a selected sentence on an unrelated page, with both values of a conflicting figure', async () => {
    const page = await h.open('pages/unrelated-local-news.html');
    await h.settled(page);
    await toTab(page, { type: 'checkSelection', payload: { text: 'The U.S. has deployed 8 warships and 15,000 troops to the Caribbean near Venezuela.' } });
    const claim = await h.find(page, '[data-testid="checked-claims"] [data-testid="claim"]');
    expect(await claim.evaluate((el) => el.getAttribute('data-verdict'))).toBe('conflicts');
    const values = await h.find(page, '[data-testid="checked-claims"] [data-stance="conflicts"] [data-testid="values"]');
    expect(await values.evaluate((el) => el.textContent)).toMatch(/8 warships[\s\S]*11 warships/);
  });
});

describe('Firefox: packs', () => {
  it('imports a pack file in the options page; its new report then appears in the sidebar', async () => {
    const file = join(dir, 'pack-r2.json');
    writeFileSync(file, JSON.stringify({ ...seed, revision: 2, documents: [...seed.documents, PLANE_REPORT] }));
    const input = await h.find(options, '[data-testid="import-file"]');
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await poll(() => options.evaluate(() => /Installed .* revision 2 \(6 reports\)/.test(document.querySelector('[data-testid="import-status"]')?.textContent ?? '')), 'the import', 30_000);
    const page = await h.open('pages/demo-russia-evacuation.html');
    await openSidebar(page);
    await (await h.find(page, '[data-testid="tab-reports"]')).click();
    await h.find(page, '[data-testid="report"][data-doc-id="wire-2025-12-24-plane"]');
  });

  it('subscribes to a signed feed on a local server and installs its pack', async () => {
    const feedDir = mkdtempSync(join(tmpdir(), 'fact-compare-firefox-feed-'));
    let feedServer: Server | undefined;
    try {
      const keys = await generateKeyPair();
      const pack: Pack = { ...seed, id: 'firefox-feed-pack', title: 'Firefox feed pack', publisher: 'Test publisher', documents: [{ ...seed.documents[1]!, id: 'feed-a' }] };
      const body = JSON.stringify(pack);
      writeFileSync(join(feedDir, 'pack-r1.json'), body);
      const feed: Feed = {
        format: 'fact-compare-feed', formatVersion: 1, packId: pack.id, title: pack.title, publisher: pack.publisher, revision: 1, created: '2026-01-01', expires: '2099-01-01',
        files: [{ kind: 'full', revision: 1, url: 'pack-r1.json', size: utf8(body).length, sha256: await sha256Hex(utf8(body)) }],
      };
      writeFileSync(join(feedDir, 'feed.json'), JSON.stringify(await signFeed(feed, keys)));
      let origin: string;
      ({ server: feedServer, origin } = await serveDirectory(feedDir));
      const url = await h.find(options, '[data-testid="feed-url"]');
      await url.type(`${origin}/feed.json`);
      await (await h.find(options, '[data-testid="feed-preview"]')).click();
      const fingerprint = await h.find(options, '[data-testid="fingerprint"]');
      expect(await fingerprint.evaluate((el) => el.textContent)).toMatch(/^SHA256:/);
      await (await h.find(options, '[data-testid="feed-accept"]')).click();
      await poll(
        () => options.evaluate(() => document.querySelector('[data-testid="subscription"][data-pack-id="firefox-feed-pack"]')?.getAttribute('data-status') === 'up-to-date'),
        'the subscription to sync',
        30_000,
      );
      await poll(() => options.evaluate(() => document.querySelector('[data-pack-id="firefox-feed-pack"] [data-testid="pack-revision"]')?.textContent === '1'), 'revision 1', 10_000);
    } finally {
      feedServer?.close();
    }
  });
});
