import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, watch, type Harness } from './support.ts';

// The gate on pages told in short paragraphs, which Readability's
// `isProbablyReaderable` alone rejects (tests/fixtures/pages/README.md).

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

/** The screen's verdict once the content script has sent the page's opening, or null if it never did. */
async function screened(page: Page, ms: number): Promise<{ pass: boolean } | null> {
  try {
    const mark = await page.waitForFunction(() => performance.getEntriesByName('fact-compare:screened')[0], null, { timeout: ms });
    return (await mark.evaluate((m) => (m as PerformanceMark).detail)) as { pass: boolean };
  } catch {
    return null;
  }
}

describe('on a same-story tabloid of one-sentence paragraphs', () => {
  it('shows the pill and the badge without being asked', async () => {
    const page = await h.open('pages/related-tabloid.html');
    const seen = watch(page);
    const pill = page.getByTestId('pill');
    await pill.waitFor({ timeout: 20_000 });
    expect(await screened(page, 1000)).toMatchObject({ pass: true });
    const count = Number(/(\d+) reports?/.exec(await pill.innerText())?.[1]);
    expect(count).toBeGreaterThanOrEqual(1);
    expect(await h.badges()).toEqual([String(count)]);
    await pill.click();
    await page.getByTestId('sidebar').waitFor();
    await page.getByTestId('tab-reports').click();
    const ids = await page.getByTestId('report').evaluateAll((els) => els.map((e) => e.getAttribute('data-doc-id')));
    expect(ids).toContain('000_9ae17a76aaeb9e70');
    expect(seen.errors).toEqual([]);
  });
});

describe('on other pages of short paragraphs', () => {
  it.each(['pages/short-live-blog.html', 'pages/short-wire-brief.html'])('%s passes the gate and stops at the screen', async (path) => {
    const page = await h.open(path);
    expect(await screened(page, 10_000)).toMatchObject({ pass: false });
    expect(await h.analysed(page.url(), 1000)).toBe(false);
    expect(await page.locator('fact-compare-sidebar').count()).toBe(0);
    expect(await h.badges()).toEqual([]);
  });

  it.each(['pages/short-landing.html', 'pages/short-comment-thread.html', 'pages/short-product-listing.html', 'pages/short-search-results.html'])(
    '%s stops at the gate',
    async (path) => {
      const page = await h.open(path);
      const loaded: string[] = [];
      page.on('request', (r) => loaded.push(r.url()));
      await page.waitForFunction(() => performance.getEntriesByName('fact-compare:start')[0], null, { timeout: 10_000 });
      expect(await screened(page, 1500)).toBeNull();
      expect(await page.locator('fact-compare-sidebar').count()).toBe(0);
      expect(await h.badges()).toEqual([]);
      expect(loaded.filter((u) => u.startsWith('chrome-extension:'))).toEqual([]);
    },
  );
});
