// npm run screenshots: the README's screenshots, taken from the built extension on the demo
// article (the one `npm start` opens), so what the README shows is what the product does.
// Light and dark; the sidebar open with the article's conflicting claim in view.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, serveDirectory } from './browser.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const extensionDir = process.env.FC_EXTENSION_DIR || join(root, '.output', 'chrome-mv3');
const { server, origin } = await serveDirectory(join(root, 'tests', 'fixtures', 'pages'));
try {
  for (const scheme of ['light', 'dark'] as const) {
    const browser = await launchWithExtension(extensionDir, { colorScheme: scheme });
    try {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`${origin}/demo-russia-evacuation.html`);
      await page.getByTestId('pill').click({ timeout: 30_000 });
      await page.getByTestId('sidebar').waitFor();
      // The conflict card comes first; bring the claim it is about into view in the article too.
      const claim = page.locator('[data-testid="claim"][data-verdict="conflicts"]').first();
      await claim.waitFor();
      await claim.getByTestId('show-in-page').click();
      await page.waitForTimeout(2500); // the focus flash fades
      const file = join(root, 'docs', scheme === 'light' ? 'screenshot.png' : 'screenshot-dark.png');
      await page.screenshot({ path: file });
      console.log(`${scheme}: ${file}`);
    } finally {
      await browser.close();
    }
  }
  // The fact-check card: the sample fact-check pack (seeds/factchecks, not installed by default)
  // imported in the options page, then the demo article's fact-checked claim.
  const dir = mkdtempSync(join(tmpdir(), 'fc-shots-'));
  const packFile = join(dir, 'sample-factchecks.json');
  const built = spawnSync('npx', ['tsx', join(root, 'scripts/pack/cli.ts'), 'build', join(root, 'seeds/factchecks'), '--out', packFile], { stdio: 'inherit' });
  if (built.status !== 0) throw new Error('could not build the sample fact-check pack');
  const browser = await launchWithExtension(extensionDir);
  try {
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await options.getByTestId('pack-row').first().waitFor({ timeout: 30_000 });
    await options.getByTestId('import-file').setInputFiles(packFile);
    await options.getByTestId('import-status').filter({ hasText: /Installed/ }).waitFor({ timeout: 30_000 });
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${origin}/demo-russia-evacuation.html`);
    await page.getByTestId('pill').click({ timeout: 30_000 });
    const card = page.locator('[data-testid="claim"]', { has: page.getByTestId('fact-check') }).first();
    await card.waitFor();
    await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await card.getByTestId('show-in-page').click();
    await page.waitForTimeout(2500);
    const file = join(root, 'docs', 'screenshot-factcheck.png');
    await page.screenshot({ path: file });
    console.log(`fact-check: ${file}`);
  } finally {
    await browser.close();
  }
} finally {
  server.close();
}
