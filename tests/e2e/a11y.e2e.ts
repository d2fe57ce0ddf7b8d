import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, openReader, startHarness, type Harness } from './support.ts';

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

interface Found {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Serious and critical axe-core violations inside `selector` (the whole page by default). */
async function serious(page: Page, selector?: string): Promise<Found[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async (sel) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const ctx = sel ? { include: [[sel]] } : document;
    const r = await axe.run(ctx, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  }, selector ?? null);
  return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

describe('accessibility (axe-core): no serious or critical violations', () => {
  it('in the open sidebar and the pill', async () => {
    const page = await h.open('pages/related-conflict-number.html');
    await page.getByTestId('pill').waitFor({ timeout: 20_000 });
    expect(await serious(page, 'fact-compare-sidebar')).toEqual([]);
    await page.getByTestId('pill').click();
    await page.getByTestId('sidebar').waitFor();
    expect(await serious(page, 'fact-compare-sidebar')).toEqual([]);
  });

  it('on the reader page, showing a report with its passage highlighted', async () => {
    const page = await openReader(h);
    expect(await serious(page)).toEqual([]);
  });

  for (const name of ['popup', 'options']) {
    it(`on the ${name} page`, async () => {
      const page = await h.browser.context.newPage();
      await page.goto(`chrome-extension://${h.browser.extensionId}/${name}.html`);
      await page.locator('body *').first().waitFor();
      await page.waitForTimeout(300);
      expect(await serious(page)).toEqual([]);
      await page.close();
    });
  }
});
