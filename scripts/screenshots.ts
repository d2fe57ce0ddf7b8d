// npm run screenshots: the README's screenshots, taken from the built extension on the demo
// article (the one `npm start` opens), so what the README shows is what the product does.
// Light and dark; the sidebar open with the article's conflicting claim in view.
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
} finally {
  server.close();
}
