import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('a Spanish article about a story the corpus covers', () => {
  it('gets the pill and a sidebar that says how it was compared, with the differing figure as written', async () => {
    const page = await h.open('pages/related-es-crosslang.html');
    await h.openSidebar(page);
    expect(await page.getByTestId('cross-language').innerText()).toMatch(/in Spanish: its claims were compared with the English reports by figures, dates and names, without translation/);
    const conflict = page.locator('[data-testid="evidence"][data-stance="conflicts"]').filter({ hasText: 'warships' }).first();
    const values = (await conflict.getByTestId('values').innerText()).replace(/\s+/g, ' ');
    expect(values).toMatch(/ocho buques .* 11 warships/);
    // The claim card quotes the article's own sentence, not a rendering of it.
    expect(await page.getByTestId('claim').filter({ hasText: 'ocho buques de guerra' }).count()).toBe(1);
    // Sentences without a figure, date or name are listed apart, with no verdict.
    const apart = page.getByTestId('not-compared');
    await apart.locator('summary').click();
    expect(await apart.innerText()).toMatch(/calma tensa/);
    expect(await page.getByTestId('claim').filter({ hasText: 'calma tensa' }).count()).toBe(0);
  });
});
