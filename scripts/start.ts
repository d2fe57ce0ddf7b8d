// npm start: opens Chromium with the built extension on a local demo article
// about the seed story. With a display it is an ordinary browser window that
// stays open; without one it runs headless, saves a screenshot of the page
// with the sidebar open, prints the related reports and exits.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension, requireChromium, serveDirectory } from './browser.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
requireChromium();
if (spawnSync('npx', ['wxt', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0) {
  console.error('The build failed (see above).');
  process.exit(1);
}
const extensionDir = join(root, '.output', 'chrome-mv3');
const { server, origin } = await serveDirectory(join(root, 'tests', 'fixtures', 'pages'));
const demoUrl = `${origin}/demo-russia-evacuation.html`;
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

if (!headless) {
  const profile = join(root, '.output', 'chromium-profile');
  const browser = await launchWithExtension(extensionDir, { headless: false, userDataDir: profile });
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  await page.goto(demoUrl);
  console.log(`Chromium is open on ${demoUrl} with the extension loaded (profile: ${profile}).`);
  console.log('Close the browser window to stop.');
  browser.context.on('close', () => {
    server.close();
    process.exit(0);
  });
} else {
  const browser = await launchWithExtension(extensionDir);
  try {
    const page = await browser.context.newPage();
    await page.goto(demoUrl);
    const pill = page.getByTestId('pill');
    await pill.waitFor({ timeout: 30_000 });
    console.log(`Demo article: ${demoUrl}`);
    console.log(`Pill: "${(await pill.innerText()).trim()}"`);
    await pill.click();
    const sidebar = page.getByTestId('sidebar');
    await sidebar.waitFor();
    const summary = (await page.getByTestId('summary').innerText()).replace(/\s+/g, ' ').trim();
    await page.getByTestId('tab-reports').click();
    const reports = await page.getByTestId('report').evaluateAll((cards) =>
      cards.map((c) => ({
        title: c.querySelector('.fc-card-title')?.textContent ?? '',
        meta: c.querySelector('.fc-card-meta')?.textContent ?? '',
      })),
    );
    await page.getByTestId('tab-claims').click();
    const claims = await page.getByTestId('claim').evaluateAll((cards) =>
      cards.map((c) => `${c.getAttribute('data-verdict')}: ${c.querySelector('.fc-claim-text')?.textContent ?? ''}`),
    );
    const shot = join(root, '.output', 'demo-sidebar.png');
    await mkdir(dirname(shot), { recursive: true });
    await page.screenshot({ path: shot });
    console.log(`Related reports (${reports.length}):`);
    for (const r of reports) console.log(`  - ${r.title}\n    ${r.meta.replace(/\s+/g, ' ').trim()}`);
    console.log(summary);
    console.log(`Claims (${claims.length}):`);
    for (const c of claims) console.log(`  - ${c.length > 150 ? `${c.slice(0, 147)}…` : c}`);
    console.log(`Screenshot of the page with the sidebar open: ${shot}`);
    console.log('No display found, so Chromium ran headless; run with a display for an interactive window.');
  } finally {
    await browser.close();
    server.close();
  }
}
