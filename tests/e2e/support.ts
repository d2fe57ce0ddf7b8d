import { mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { PackDocument } from '../../lib/packs/format.ts';
import { launchWithExtension, serveDirectory, type ExtensionBrowser } from '../../scripts/browser.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
/** The built extension under test (FC_EXTENSION_DIR points elsewhere, e.g. at a build made with FC_OUT_DIR). */
export const EXTENSION_DIR = process.env.FC_EXTENSION_DIR || join(ROOT, '.output', 'chrome-mv3');

/** The part of the Chrome extension API the tests call inside the service worker. */
interface ChromeSubset {
  tabs: { query(q: object): Promise<{ id: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
}

export interface Harness {
  browser: ExtensionBrowser;
  origin: string;
  server: Server;
  /** Opens `path` (under tests/fixtures) in a new tab, closing the other web pages. */
  open(path: string): Promise<Page>;
  /** Badge texts of all open tabs, non-empty ones only. */
  badges(): Promise<string[]>;
  /** Opens the sidebar whether the page shows the pill or (remembered per site) the open sidebar. */
  openSidebar(page: Page): Promise<void>;
  /** Resolves once the background has analysed `url` (cached its report), or false after `ms`. */
  analysed(url: string, ms?: number): Promise<boolean>;
  close(): Promise<void>;
}

/** Starts Chromium with the built extension and a server for tests/fixtures. */
export async function startHarness(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Harness> {
  const { server, origin } = await serveDirectory(join(ROOT, 'tests', 'fixtures'));
  const browser = await launchWithExtension(EXTENSION_DIR, options);
  // The saved real pages reference their sites' assets; this machine has no
  // network, so fail those requests at once instead of waiting on DNS.
  await browser.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
  return {
    browser,
    origin,
    server,
    async open(path) {
      const page = await browser.context.newPage();
      // Other web pages close (one tab at a time keeps badges unambiguous); extension pages stay.
      for (const p of browser.context.pages()) if (p !== page && !p.url().startsWith('chrome-extension:')) await p.close();
      await page.goto(path.startsWith('http') ? path : `${origin}/${path}`, { waitUntil: 'domcontentloaded' });
      return page;
    },
    async badges() {
      return browser.worker.evaluate(async () => {
        // Runs in the extension's service worker, where `chrome` exists.
        const api = (globalThis as unknown as { chrome: ChromeSubset }).chrome;
        const tabs = await api.tabs.query({});
        const texts = await Promise.all(tabs.map((t) => api.action.getBadgeText({ tabId: t.id })));
        return texts.filter((t) => t !== '');
      });
    },
    async openSidebar(page) {
      await page.locator('[data-testid="pill"], [data-testid="sidebar"]').first().waitFor({ timeout: 20_000 });
      if (await page.getByTestId('pill').count()) await page.getByTestId('pill').click();
      await page.getByTestId('sidebar').waitFor();
    },
    async analysed(url, ms = 5000) {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        const found = await browser.worker.evaluate(
          (key) =>
            new Promise<boolean>((resolve) => {
              const req = indexedDB.open('fact-compare');
              req.onsuccess = () => {
                const db = req.result;
                if (!db.objectStoreNames.contains('cache')) return resolve(false);
                // Cache keys are "<threshold>|<url>".
                const get = db.transaction('cache').objectStore('cache').getAllKeys();
                get.onsuccess = () => resolve(get.result.some((k) => String(k).endsWith(key)));
                get.onerror = () => resolve(false);
              };
              req.onerror = () => resolve(false);
            }),
          `|${url}`,
        );
        if (found) return true;
        await new Promise((r) => setTimeout(r, 100));
      }
      return false;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** Writes a page into a fresh temporary folder and serves it; for generated pages (e.g. 5 MB). */
export async function serveGenerated(name: string, html: string): Promise<{ url: string; server: Server }> {
  const dir = mkdtempSync(join(tmpdir(), 'fact-compare-page-'));
  writeFileSync(join(dir, name), html);
  const { server, origin } = await serveDirectory(dir);
  return { url: `${origin}/${name}`, server };
}

/**
 * `count` made-up reports of about 1,000 characters in pseudo-words, deterministic for a seed:
 * bulk for packs whose import must take a while, sharing no terms with the fixture articles so
 * their reports stay the same.
 */
export function generatedDocuments(count: number, prefix: string, seed = 1): PackDocument[] {
  let state = seed >>> 0 || 1;
  const next = (n: number) => {
    // xorshift32: cheap and the same on every run.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % n;
  };
  const syllables = ['ka', 'zu', 'mer', 'tol', 'vin', 'qua', 'ros', 'bel', 'dex', 'fur', 'gan', 'hol', 'jit', 'lop', 'nex', 'pry', 'sul', 'tav', 'wom', 'yib'];
  const words = Array.from({ length: 4000 }, () => Array.from({ length: 2 + next(3) }, () => syllables[next(syllables.length)]).join(''));
  const sentence = () => {
    const w = Array.from({ length: 8 + next(10) }, () => words[next(words.length)]!);
    return `${w[0]!.charAt(0).toUpperCase()}${w[0]!.slice(1)} ${w.slice(1).join(' ')} ${next(900) + 10}.`;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}-${i}`,
    url: `https://generated.example/${prefix}/${i}`,
    title: `${prefix} report ${i}`,
    outlet: `Outlet ${i % 40}`,
    author: null,
    published: '2024-03-01',
    language: 'en',
    text: Array.from({ length: 9 }, sentence).join(' '),
    sources: ['Generated Agency'],
  }));
}

/** Collects uncaught page errors and dialogs while a page is open. */
export function watch(page: Page): { errors: string[]; dialogs: string[] } {
  const seen = { errors: [] as string[], dialogs: [] as string[] };
  page.on('pageerror', (e) => seen.errors.push(e.message));
  page.on('dialog', (d) => {
    seen.dialogs.push(d.message());
    void d.dismiss();
  });
  return seen;
}

/** Opens a related article's first evidence in the reader page, as "Open report" does; returns the reader tab. */
export async function openReader(h: Harness): Promise<Page> {
  const page = await h.open('pages/related-conflict-number.html');
  await h.openSidebar(page);
  const opened = h.browser.context.waitForEvent('page', { predicate: (p) => p.url().includes('/reader.html') });
  await page.getByTestId('open-report').first().click();
  const reader = await opened;
  await reader.waitForLoadState('domcontentloaded');
  await reader.getByTestId('passage').waitFor({ timeout: 10_000 });
  return reader;
}
