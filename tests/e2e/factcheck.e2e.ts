import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, startHarness, type Harness } from './support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const ARTIFACTS = join(ROOT, 'test-results');

/** Sends a tab message from the background, as the context menu and the shortcut do. */
async function fromBackground(page: Page, message: unknown): Promise<void> {
  const url = page.url();
  await h.browser.worker.evaluate(
    async ({ message, url }) => {
      const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number; url?: string }[]>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } }).chrome;
      const tabs = await api.tabs.query({});
      // Without the "tabs" permission URLs are hidden: the harness keeps one tab open.
      const tab = tabs.find((t) => t.url === url) ?? tabs[tabs.length - 1]!;
      await api.tabs.sendMessage(tab.id, message, { frameId: 0 });
    },
    { message, url },
  );
}

/** Sends a tab message and returns the content script's answer (what the popup does). */
async function askTab(message: unknown): Promise<unknown> {
  return h.browser.worker.evaluate(async (message) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id: number }[]>; sendMessage(id: number, m: unknown, o: object): Promise<unknown> } } }).chrome;
    const tabs = await api.tabs.query({});
    return api.tabs.sendMessage(tabs[tabs.length - 1]!.id, message, { frameId: 0 });
  }, message);
}

describe('fact-checker tools', () => {
  it('checks text selected inside a form field', async () => {
    const page = await h.open('pages/no-article.html');
    // A comment box, as on many pages (email inputs have no selection API at all).
    await page.evaluate(() => document.querySelector('form')!.append(document.createElement('textarea')));
    const field = page.locator('textarea');
    await field.fill('Before. Russia evacuated diplomats’ families from Venezuela on Friday');
    await field.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(8, el.value.length));
    await fromBackground(page, { type: 'checkSelection', payload: { text: null } });
    await page.getByTestId('checked-claims').getByTestId('evidence').first().waitFor({ timeout: 20_000 });
  });

  it('checks a selected sentence from the context menu path, on an unrelated page too', async () => {
    const page = await h.open('pages/unrelated-local-news.html');
    await h.analysed(page.url(), 10_000);
    await fromBackground(page, { type: 'checkSelection', payload: { text: 'The U.S. has deployed 8 warships and 15,000 troops to the Caribbean near Venezuela.' } });
    const checked = page.getByTestId('checked-claims').getByTestId('claim').first();
    await checked.waitFor({ timeout: 20_000 });
    expect(await checked.getAttribute('data-verdict')).toBe('conflicts');
    expect(await checked.locator('[data-stance="conflicts"] [data-testid="values"]').first().innerText()).toMatch(/8 warships[\s\S]*11 warships/);
  });

  it('reads the selection itself for the keyboard shortcut, and explains an empty one', async () => {
    const page = await h.open('pages/related-agree.html');
    await h.analysed(page.url(), 10_000);
    await fromBackground(page, { type: 'checkSelection', payload: { text: null } });
    await page.getByTestId('notice').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('notice').innerText()).toMatch(/Select a sentence/);
    // Select a paragraph sentence in the page, then use the shortcut path.
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('article p')].find((x) => /Pegas Touristik/.test(x.textContent ?? ''))!;
      const r = document.createRange();
      r.selectNodeContents(p);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(r);
    });
    await fromBackground(page, { type: 'checkSelection', payload: { text: null } });
    await page.getByTestId('checked-claims').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('checked-claims').getByTestId('evidence').count()).toBeGreaterThan(0);
  });

  it('checks a typed claim from the search box, and handles empty and huge input', async () => {
    const page = await h.open('pages/demo-russia-evacuation.html');
    await h.openSidebar(page);
    await page.getByTestId('search-input').fill('The tanker Skipper was seized on December 12.');
    await page.getByTestId('search-submit').click();
    const checked = page.getByTestId('checked-claims').getByTestId('claim').first();
    await checked.waitFor({ timeout: 20_000 });
    expect(await checked.getAttribute('data-verdict')).toBe('conflicts');
    await page.getByTestId('search-input').fill('   ');
    await page.getByTestId('search-submit').click();
    await page.getByTestId('notice').waitFor();
    expect(await page.getByTestId('notice').innerText()).toMatch(/Select or type a sentence/);
    const huge = 'Russia evacuated the families of its diplomats from Venezuela on Friday. '.repeat(20);
    await page.getByTestId('search-input').fill(huge);
    await page.getByTestId('search-submit').click();
    await page.waitForFunction(() => true);
    await expect.poll(() => page.getByTestId('checked-claims').getByTestId('claim').count(), { timeout: 20_000 }).toBe(2);
  });

  it('exports the report as Markdown and JSON with the claims', async () => {
    const page = await h.open('pages/related-conflict-number.html');
    await h.openSidebar(page);
    const [md] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-markdown').click()]);
    const mdText = readFileSync((await md.path())!, 'utf8');
    expect(md.suggestedFilename()).toMatch(/^fact-check-.*\.md$/);
    expect(mdText).toMatch(/## Claims in the article/);
    expect(mdText).toMatch(/8 warships/);
    expect(mdText).toMatch(/Conflicts/);
    const [js] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const data = JSON.parse(readFileSync((await js.path())!, 'utf8')) as { claims: { text: string; evidence: { outlet: string; quote: string }[] }[]; article: { url: string } };
    expect(data.article.url).toBe(page.url());
    expect(data.claims.length).toBeGreaterThan(3);
    expect(data.claims.flatMap((c) => c.evidence).every((e) => typeof e.quote === 'string' && 'outlet' in e)).toBe(true);
  });

  it('opens the full report with the passage highlighted', async () => {
    const page = await h.open('pages/related-conflict-number.html');
    await h.openSidebar(page);
    const card = page.locator('[data-testid="evidence"][data-stance="conflicts"]').first();
    const passage = (await card.getByTestId('passage').innerText()).trim();
    const [reader] = await Promise.all([h.browser.context.waitForEvent('page'), card.getByTestId('open-report').click()]);
    await reader.getByTestId('passage').waitFor({ timeout: 20_000 });
    expect(reader.url()).toMatch(/^chrome-extension:\/\/.*\/reader\.html\?/);
    expect((await reader.getByTestId('passage').innerText()).trim()).toBe(passage);
  });

  it('"Not a match" hides a card and remembers it for that claim and report', async () => {
    const page = await h.open('pages/related-conflict-number.html');
    await h.openSidebar(page);
    const claim = page.getByTestId('claim').filter({ hasText: '8 warships' }).first();
    const card = claim.locator('[data-testid="evidence"][data-doc-id="002_936c50cc775e99f4"]');
    await card.waitFor();
    await card.getByTestId('not-a-match').click();
    expect(await card.count()).toBe(0);
    const again = await h.open('pages/related-conflict-number.html');
    await h.openSidebar(again);
    const claimAgain = again.getByTestId('claim').filter({ hasText: '8 warships' }).first();
    await claimAgain.waitFor();
    expect(await claimAgain.locator('[data-testid="evidence"][data-doc-id="002_936c50cc775e99f4"]').count()).toBe(0);
  });
});

describe('reader tools', () => {
  it('highlights claims in the page; a click on one opens its card, a card scrolls to its sentence', async () => {
    const page = await h.open('pages/related-conflict-date.html');
    await h.openSidebar(page);
    const names = await page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].sort());
    expect(names).toContain('fc-conflicts');
    // Click on the page's text of the "Wednesday" claim (beside the open sidebar, which narrows the page).
    const target = page.locator('article p', { hasText: 'The evacuation began on Wednesday' });
    await target.click({ position: { x: 30, y: 8 } });
    const focused = page.locator('[data-testid="claim"].fc-focused');
    await focused.waitFor({ timeout: 10_000 });
    expect(await focused.innerText()).toMatch(/Wednesday/);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await focused.getByTestId('show-in-page').click();
    await expect.poll(() => target.evaluate((el) => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; })).toBe(true);
  });

  it('remembers a closed sidebar per site and offers the popup actions', async () => {
    const page = await h.open('pages/related-agree.html');
    await h.openSidebar(page);
    await page.getByTestId('close').click();
    const next = await h.open('pages/demo-russia-evacuation.html');
    await next.getByTestId('pill').waitFor({ timeout: 20_000 });
    expect(await next.getByTestId('sidebar').count()).toBe(0);
    const popup = await h.browser.context.newPage();
    await popup.goto(`chrome-extension://${h.browser.extensionId}/popup.html`);
    // The popup reads the active tab; in this harness it is the popup itself, which has no content script.
    expect(await popup.getByTestId('popup-status').innerText()).toMatch(/does not run on this page/);
    expect(await popup.getByTestId('popup-settings').count()).toBe(1);
    await popup.close();
  });

  it('turns detection off for a site from the settings, and on again', async () => {
    const options = await h.browser.context.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await options.getByTestId('disabled-sites').fill('127.0.0.1');
    await options.getByTestId('auto-detect').focus();
    await expect.poll(() => options.getByTestId('saved').innerText()).toMatch(/Saved/);
    expect(await options.getByTestId('pack-row').count()).toBe(1);
    const page = await h.open('pages/demo-russia-evacuation.html');
    const settled = await page.waitForFunction(() => performance.getEntriesByName('fact-compare:settled')[0], null, { timeout: 20_000 });
    expect(await settled.evaluate((m) => (m as PerformanceMark).detail)).toEqual({ outcome: 'site-disabled' });
    expect(await page.locator('fact-compare-sidebar').count()).toBe(0);
    const options2 = await h.browser.context.newPage();
    await options2.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await options2.getByTestId('disabled-sites').fill('');
    await options2.getByTestId('auto-detect').focus();
    await expect.poll(() => options2.getByTestId('saved').innerText()).toMatch(/Saved/);
    const back = await h.open('pages/demo-russia-evacuation.html');
    await back.locator('fact-compare-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
  });

  it('answers the popup: status of a skipped page, then "Check this page"', async () => {
    const options = await h.browser.context.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await options.getByTestId('auto-detect').uncheck();
    await expect.poll(() => options.getByTestId('saved').innerText()).toMatch(/Saved/);
    const page = await h.open('pages/related-denial.html');
    await page.waitForFunction(() => performance.getEntriesByName('fact-compare:settled')[0], null, { timeout: 20_000 });
    expect(await askTab({ type: 'pageStatus', payload: null })).toMatchObject({ analysed: false, skipped: 'detection-off' });
    const status = await askTab({ type: 'checkPage', payload: null });
    expect(status).toMatchObject({ analysed: true, related: true });
    await page.locator('fact-compare-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
    await askTab({ type: 'toggleSidebar', payload: { open: true } });
    await page.getByTestId('sidebar').waitFor();
    const again = await h.browser.context.newPage();
    await again.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    await again.getByTestId('auto-detect').check();
    await expect.poll(() => again.getByTestId('saved').innerText()).toMatch(/Saved/);
    await again.close();
  });

  it('says why a page about another story was not checked, and checks it in full on request', async () => {
    const page = await h.open('pages/unrelated-russia-wheat.html');
    await page.waitForFunction(() => performance.getEntriesByName('fact-compare:screened').length > 0, null, { timeout: 10_000 });
    expect(await askTab({ type: 'pageStatus', payload: null })).toMatchObject({ analysed: false, skipped: 'screened-out' });
    expect(await askTab({ type: 'checkPage', payload: null })).toMatchObject({ analysed: true, related: false });
    await page.getByText('No report in your corpus covers this story.').waitFor({ timeout: 20_000 });
  });

  it('saves screenshots of the sidebar in light and dark', async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await h.open('pages/related-conflict-number.html');
      await page.emulateMedia({ colorScheme: scheme });
      await h.openSidebar(page);
      // Let the opening animation finish.
      await page.waitForTimeout(400);
      const file = join(ARTIFACTS, `sidebar-${scheme}.png`);
      await page.screenshot({ path: file });
      // A real picture of the open sidebar: a PNG of the viewport, and the panel's colours follow the scheme.
      const png = readFileSync(file);
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(page.viewportSize()!.width);
      const bg = await page.getByTestId('sidebar').evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = bg.match(/\d+/g)!.map(Number);
      if (scheme === 'dark') expect(r! + g! + b!).toBeLessThan(200);
      else expect(r! + g! + b!).toBeGreaterThan(600);
    }
  });

  it('fits a 360 px wide viewport and can always be collapsed', async () => {
    const page = await h.open('pages/related-agree.html');
    await page.setViewportSize({ width: 360, height: 740 });
    await h.openSidebar(page);
    const box = await page.getByTestId('sidebar').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(360.5);
    await page.getByTestId('close').click();
    const pill = await page.getByTestId('pill').boundingBox();
    expect(pill!.x + pill!.width).toBeLessThanOrEqual(360);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});

describe('single-page apps and hostile CSS', () => {
  it('re-analyses after pushState navigation, keeps one sidebar, and survives CSS aimed at it', async () => {
    const page = await h.open('pages/spa.html');
    await page.waitForFunction(() => performance.getEntriesByName('fact-compare:settled')[0], null, { timeout: 20_000 });
    expect(await page.locator('fact-compare-sidebar').count()).toBe(0);
    await page.locator('#go').click();
    await page.waitForURL(/story=russia/);
    await page.locator('fact-compare-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
    await h.openSidebar(page);
    const box = await page.getByTestId('sidebar').boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    const host = await page.locator('fact-compare-sidebar').evaluate((el) => {
      const cs = getComputedStyle(el);
      return { display: cs.display, transform: cs.transform, opacity: cs.opacity, filter: cs.filter };
    });
    expect(host).toEqual({ display: 'inline', transform: 'none', opacity: '1', filter: 'none' });
    expect(await page.getByTestId('sidebar').evaluate((el) => getComputedStyle(el).letterSpacing)).toBe('normal');
    // Navigating again within the app never produces a second sidebar.
    await page.evaluate(() => history.pushState({}, '', '/pages/spa.html?story=russia&page=2'));
    await page.waitForTimeout(1500);
    await page.locator('fact-compare-sidebar').waitFor({ state: 'attached', timeout: 20_000 });
    expect(await page.locator('fact-compare-sidebar').count()).toBe(1);
  });
});
