import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openReader, startHarness, type Harness } from './support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

const highlightNames = (page: Page) => page.evaluate(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].sort());

describe('a calm page', () => {
  it('colours no claim before the sidebar is opened, colours them while it is open, with a legend, and stops when closed', async () => {
    const page = await h.open('pages/related-conflict-date.html');
    await page.getByTestId('pill').waitFor({ timeout: 20_000 });
    // The claims have been located by now (the pill shows after the analysis); nothing is painted.
    await page.waitForFunction(() => performance.getEntriesByName('fact-compare:highlighted').length > 0, null, { timeout: 20_000 });
    expect(await highlightNames(page)).toEqual([]);
    await page.getByTestId('pill').click();
    await page.getByTestId('sidebar').waitFor();
    await expect.poll(() => highlightNames(page)).toContain('fc-conflicts');
    expect(await page.getByTestId('legend').innerText()).toMatch(/conflicting[\s\S]*corroborated[\s\S]*discussed/);
    await page.getByTestId('close').click();
    await expect.poll(() => highlightNames(page)).toEqual([]);
    // With the sidebar closed, a click on a claim's text is the page's own click.
    await page.locator('article p', { hasText: 'The evacuation began on Wednesday' }).click({ position: { x: 30, y: 8 } });
    await page.waitForTimeout(300);
    expect(await page.getByTestId('sidebar').count()).toBe(0);
  });

  for (const width of [1280, 1024]) {
    // As with a browser's own side panel, this needs a page that reflows to a narrower width (news sites
    // do: images at most 100% wide); a page with a fixed 800 px layout scrolls sideways in both cases.
    it(`keeps every line of the article visible beside the open sidebar at ${width} px`, async () => {
      const page = await h.open('pages/demo-russia-evacuation.html');
      await page.setViewportSize({ width, height: 800 });
      await h.openSidebar(page);
      const panelLeft = await page.getByTestId('sidebar').evaluate((el) => el.getBoundingClientRect().left);
      expect(panelLeft).toBeLessThan(width);
      const overlaps = await page.evaluate((left) => {
        const out: string[] = [];
        for (const p of document.querySelectorAll('article p, article h1, article li')) {
          const r = p.getBoundingClientRect();
          if (r.width > 0 && r.right > left + 0.5) out.push(`${p.tagName} right ${Math.round(r.right)}`);
        }
        return out;
      }, panelLeft);
      expect(overlaps).toEqual([]);
      // Closed, the page has its full width back.
      await page.getByTestId('close').click();
      const right = await page.locator('article p').first().evaluate((el) => el.getBoundingClientRect().right);
      expect(right).toBeGreaterThan(0);
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).marginRight)).toBe('0px');
    });
  }

  it('brings a typed claim’s result into view, focuses it and announces it', async () => {
    const page = await h.open('pages/demo-russia-evacuation.html');
    await page.setViewportSize({ width: 1280, height: 600 });
    await h.openSidebar(page);
    // Scroll the list far down, as a reader reading the cards would.
    await page.locator('.fc-body').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await page.getByTestId('search-input').fill('Russia is evacuating the families of its diplomats from Caracas.');
    await page.getByTestId('search-submit').click();
    const result = page.getByTestId('checked-claims').getByTestId('claim').first();
    await result.waitFor();
    await expect.poll(() => result.evaluate((el) => el === (el.getRootNode() as ShadowRoot).activeElement)).toBe(true);
    const visible = await result.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const body = el.closest('.fc-body')!.getBoundingClientRect();
      return r.top >= body.top - 1 && r.top < body.bottom;
    });
    expect(visible).toBe(true);
    expect(await page.getByTestId('announce').innerText()).toMatch(/Result for “Russia is evacuating.*”: \d+ reports? (corroborate|conflict|discuss)/);
  });
});

describe('the extension’s own pages', () => {
  for (const name of ['popup', 'options', 'reader']) {
    it(`renders body text of ${name} at 14 px or more`, async () => {
      let page: Page;
      if (name === 'reader') page = await openReader(h);
      else {
        page = await h.browser.context.newPage();
        await page.goto(`chrome-extension://${h.browser.extensionId}/${name}.html`);
      }
      await page.locator('body *').first().waitFor();
      const sizes = await page.evaluate(() => {
        const out: { size: number; text: string }[] = [];
        for (const el of document.querySelectorAll('body p, body li, body label, body span, body button, body td, body dd')) {
          if (!(el as HTMLElement).innerText?.trim()) continue;
          out.push({ size: parseFloat(getComputedStyle(el).fontSize), text: (el as HTMLElement).innerText.slice(0, 30) });
        }
        return { body: parseFloat(getComputedStyle(document.body).fontSize), small: out.filter((o) => o.size < 12) };
      });
      expect(sizes.body).toBeGreaterThanOrEqual(14);
      expect(sizes.small).toEqual([]);
      await page.close();
    });
  }

  it('options: explains packs and feeds, and keeps figures and buttons on one line at 1024 px', async () => {
    const page = await h.browser.context.newPage();
    await page.setViewportSize({ width: 1024, height: 900 });
    await page.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    expect(await page.getByTestId('packs-intro').innerText()).toMatch(/packs[\s\S]*Import a pack file[\s\S]*Subscribe to a feed[\s\S]*CORS/);
    await page.getByText('The pack, delta and feed file formats').click();
    expect(await page.getByTestId('format-guide').innerText()).toMatch(/fact-compare-pack/);
    const row = page.getByTestId('pack-row').first();
    await row.waitFor({ timeout: 20_000 });
    const tops = await row.locator('button').evaluateAll((bs) => bs.map((b) => Math.round(b.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    // Lines of text in the revision, reports, size and installed cells.
    const lines = await row.locator('td').evaluateAll((tds) =>
      tds.slice(1, 5).map((td) => {
        const r = document.createRange();
        r.selectNodeContents(td);
        return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size;
      }),
    );
    expect(lines).toEqual([1, 1, 1, 1]);
    await page.close();
  });

  it('removing the built-in corpus can be undone: "Restore the built-in corpus" brings its reports back', async () => {
    const options = await h.browser.context.newPage();
    options.on('dialog', (d) => void d.accept());
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    const row = options.getByTestId('pack-row').first();
    await row.waitFor({ timeout: 20_000 });
    await row.getByTestId('remove-pack').click();
    await options.getByTestId('restore-default').waitFor();
    expect(await options.getByTestId('pack-row').count()).toBe(0);
    // Silent without it.
    const page = await h.open('pages/related-conflict-number.html');
    await page.waitForTimeout(2000);
    expect(await page.locator('fact-compare-sidebar').count()).toBe(0);
    await options.bringToFront();
    await options.getByTestId('restore-default-button').click();
    await options.getByTestId('pack-row').first().waitFor();
    expect(await options.getByTestId('restore-default').count()).toBe(0);
    const again = await h.open('pages/related-conflict-number.html');
    // The pill, or the open sidebar where an earlier test left it open on this site.
    await again.locator('[data-testid="pill"], [data-testid="sidebar"]').first().waitFor({ timeout: 20_000 });
    await options.close();
  });
});
