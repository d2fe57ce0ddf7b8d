import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readClaimReviews } from '../../lib/packs/claimreview.ts';
import { PACK_FORMAT } from '../../lib/packs/format.ts';
import { startHarness, watch, type Harness } from './support.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

// ClaimReviews written for this test (as a fact-checker's JSON-LD), turned into a pack as `pack build` does.
const { documents } = readClaimReviews({
  '@context': 'http://schema.org',
  '@type': 'ClaimReview',
  url: 'https://checks.example/warships',
  datePublished: '2025-12-24',
  author: { '@type': 'Organization', name: 'Sample Checks' },
  claimReviewed: 'Washington has deployed nine warships to the Caribbean.',
  itemReviewed: { '@type': 'Claim', author: { '@type': 'Person', name: 'A viral post' } },
  reviewRating: { '@type': 'Rating', alternateName: 'Mostly False', ratingValue: 2, bestRating: 5, worstRating: 1 },
});

describe('a fact-check pack', () => {
  it('installs from the options page; the demo article then shows the fact-check first, counted apart in the pill', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fc-factcheck-'));
    const file = join(dir, 'sample-checks-r1.json');
    writeFileSync(file, JSON.stringify({ format: PACK_FORMAT, formatVersion: 2, id: 'sample-checks', title: 'Sample fact-checks (test data)', publisher: 'Tests', revision: 1, created: '2025-12-24', expires: null, documents }));
    const options = await h.browser.context.newPage();
    await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
    // After the built-in pack's first install, which the background starts at launch.
    await options.getByTestId('pack-row').first().waitFor({ timeout: 20_000 });
    await options.getByTestId('import-file').setInputFiles(file);
    await expect.poll(() => options.getByTestId('import-status').innerText(), { timeout: 30_000 }).toMatch(/Installed/);
    await options.close();

    const page = await h.open('pages/demo-russia-evacuation.html');
    const seen = watch(page);
    const pill = page.getByTestId('pill');
    await pill.waitFor({ timeout: 20_000 });
    expect(await pill.innerText()).toMatch(/^1 fact-check · \d+ reports/);
    await pill.click();
    const claim = page.locator('[data-testid="claim"]', { has: page.getByTestId('fact-check') });
    await claim.waitFor();
    expect(await claim.getByTestId('claim-fact-checked').innerText()).toBe('Fact-checked: Mostly false');
    const card = claim.getByTestId('fact-check');
    expect(await card.getByTestId('fact-check-rating').innerText()).toMatch(/Rated\s+“?Mostly False”?/);
    expect(await card.getByTestId('claim-reviewed').innerText()).toMatch(/nine warships to the Caribbean\. — A viral post/);
    expect(await card.getByTestId('fact-check-link').getAttribute('href')).toBe('https://checks.example/warships');
    // The fact-check comes before the reports' evidence in its claim's card.
    const order = await claim.evaluate((el) => [...el.querySelectorAll('[data-testid="fact-check"], [data-testid="evidence"]')].map((e) => e.getAttribute('data-testid')));
    expect(order[0]).toBe('fact-check');
    expect(seen.errors).toEqual([]);
  });
});
