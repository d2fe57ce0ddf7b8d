// The Firefox harness: Debian's firefox-esr driven over WebDriver BiDi by puppeteer-core, with the
// built Firefox extension installed as a temporary add-on. No browser is downloaded.
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { FIREFOX_HINT, findFirefox, serveDirectory } from '../../scripts/browser.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The Firefox build under test (FC_FIREFOX_EXTENSION_DIR points elsewhere, e.g. at a build made with FC_OUT_DIR). */
export const FIREFOX_EXTENSION_DIR = process.env.FC_FIREFOX_EXTENSION_DIR || join(ROOT, '.output', 'firefox-mv3');
const ADDON_ID = 'fact-compare@example.org';
/** A fixed moz-extension:// host, so tests can open the extension's own pages. */
export const EXTENSION_UUID = '6f1f3c6e-2b1d-4c51-9a3e-0f6a4f1c2d3e';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;

export interface FirefoxHarness {
  browser: Browser;
  origin: string;
  server: Server;
  /** Opens `path` (under tests/fixtures) in a new tab, closing the other web pages. */
  open(path: string): Promise<Page>;
  /** Waits for an element inside the page or the extension's shadow root. */
  find(page: Page, selector: string, timeout?: number): Promise<ElementHandle>;
  /** How many elements match, shadow roots included. */
  count(page: Page, selector: string): Promise<number>;
  /** Waits until the content script is done with the page (its `fact-compare:settled` mark). */
  settled(page: Page): Promise<void>;
  /** Opens one of the extension's pages (options.html, popup.html). */
  extensionPage(name: string): Promise<Page>;
  close(): Promise<void>;
}

/** A selector (list) that also matches inside open shadow roots, the sidebar's among them. */
function deep(selector: string): string {
  return selector
    .split(',')
    .map((part) => `>>> ${part.trim()}`)
    .join(', ');
}

/**
 * Resolves once `check` is true, polling from Node (Puppeteer's waitForFunction compiles code in the
 * page, which the extension pages' CSP refuses); throws naming `what` after `timeout` ms.
 */
export async function poll(check: () => Promise<boolean>, what: string, timeout = 20_000): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export async function startFirefox(): Promise<FirefoxHarness> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error(FIREFOX_HINT);
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run npx wxt build -b firefox`);
  const { server, origin } = await serveDirectory(join(ROOT, 'tests', 'fixtures'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Firefox 153+ lets WebDriver navigate only to web pages unless system access is allowed: the
    // tests open the extension's own pages (moz-extension://).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: EXTENSION_UUID }),
      // No network here: no update checks, telemetry or remote settings.
      'app.update.enabled': false,
      'network.dns.disableIPv6': true,
    },
  });
  await browser.installExtension(FIREFOX_EXTENSION_DIR);
  // Web pages opened by `open` (closed when the next one opens); extension pages stay open.
  const pages = new Set<Page>();
  return {
    browser,
    origin,
    server,
    async open(path) {
      const page = await browser.newPage();
      for (const p of [...pages]) {
        await p.close().catch(() => undefined);
        pages.delete(p);
      }
      pages.add(page);
      await page.goto(path.startsWith('http') ? path : `${origin}/${path}`, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async find(page, selector, timeout = 20_000) {
      // Polled from here: waitForSelector evaluates code in the page, which an extension page's CSP refuses.
      let found: ElementHandle | null = null;
      await poll(async () => !!(found = (await page.$(deep(selector)).catch(() => null)) as ElementHandle | null), selector, timeout);
      return found!;
    },
    async count(page, selector) {
      return (await page.$$(deep(selector))).length;
    },
    async settled(page) {
      await poll(() => page.evaluate(() => performance.getEntriesByName('fact-compare:settled').length > 0), 'the content script to settle', 30_000);
    },
    async extensionPage(name) {
      const page = await browser.newPage();
      const url = `${EXTENSION_ORIGIN}/${name}`;
      // The tab does load the page, but Puppeteer's BiDi navigation never sees a moz-extension://
      // navigation finish (Firefox switches the tab to the extension process): wait for the document.
      await page.goto(url, { timeout: 2_000 }).catch(() => undefined);
      await poll(() => page.evaluate((u) => location.href === u && document.readyState !== 'loading', url).catch(() => false), `${name} to load`);
      return page;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}
