// Shared by `npm start`, the end-to-end tests and the benchmarks: finds
// Chromium, serves local pages, and launches Chromium with the built extension.
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';

export const INSTALL_HINT = 'Chromium not found: install it with `sudo apt-get install -y chromium` (or set CHROMIUM_PATH)';

/** Path of the Chromium executable, or null. CHROMIUM_PATH, when set, is the only place looked at. */
export function findChromium(): string | null {
  const override = process.env.CHROMIUM_PATH;
  const candidates = override ? [override] : ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium'];
  return candidates.find((p) => existsSync(p)) ?? null;
}

export const FIREFOX_HINT = 'Firefox not found: install it with `sudo apt-get install -y firefox-esr` (or set FIREFOX_PATH)';

/** Path of Debian's Firefox ESR (or FIREFOX_PATH, then the only place looked at), or null. */
export function findFirefox(): string | null {
  const override = process.env.FIREFOX_PATH;
  const candidates = override ? [override] : ['/usr/bin/firefox-esr', '/usr/bin/firefox'];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Like findChromium, but exits the process with one clear line when missing. */
export function requireChromium(): string {
  const path = findChromium();
  if (!path) {
    console.error(INSTALL_HINT);
    process.exit(1);
  }
  return path;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
};

/** Serves `root` on 127.0.0.1 at a free port. */
export async function serveDirectory(root: string): Promise<{ server: Server; origin: string }> {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(base, path));
    if (!file.startsWith(base + sep) && file !== base) {
      res.writeHead(403).end();
      return;
    }
    try {
      const target = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      // CORS, as static hosts of pack feeds send it (the extension fetches feeds cross-origin).
      res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'access-control-allow-origin': '*' }).end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Launches Chromium with the unpacked extension at `extensionDir` loaded. */
export async function launchWithExtension(
  extensionDir: string,
  options: { headless?: boolean; userDataDir?: string; colorScheme?: 'light' | 'dark' } = {},
): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first`);
  }
  const temporary = !options.userDataDir;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'fact-compare-profile-')));
  const headless = options.headless ?? true;
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    colorScheme: options.colorScheme ?? 'light',
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-sync',
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      if (temporary) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}
