import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { CDPSession, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex } from '../../lib/packs/bytes.ts';
import { signFeed, type Feed, type FeedFile } from '../../lib/packs/feed.ts';
import type { Pack } from '../../lib/packs/format.ts';
import { generateKeyPair, type KeyPair } from '../../lib/packs/signature.ts';
import { generatedDocuments, ROOT, startHarness, type Harness } from './support.ts';

// Enough reports (about 27 MB) that applying the update takes a second or more in the worker, so the kill lands mid-way.
const BULK = Number(process.env.FC_FAULT_DOCS ?? 20_000);
/** How long after the worker starts applying the update (its text in the heap) it is killed. */
const KILL_AFTER_MS = 300;

let h: Harness;
let options: Page;
let keys: KeyPair;
let feedServer: Server;
let feedOrigin: string;
const seed = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/formats/pack-v1-seed.json'), 'utf8')) as Pack;
const r1: Pack = { ...seed, id: 'fault-pack', title: 'Fault pack', publisher: 'Fault publisher', documents: [{ ...seed.documents[1]!, id: 'feed-a' }] };
const r2: Pack = {
  ...r1,
  revision: 2,
  documents: [...r1.documents, { ...seed.documents[0]!, id: 'feed-b', outlet: 'Feed Outlet B' }, ...generatedDocuments(BULK, 'bulk')],
};

/** What the feed server holds and has seen; the update's second download waits for `release`. */
const files = new Map<string, Buffer>();
const served: { path: string; at: number }[] = [];
/** When each download of the update had been sent in full. */
const updateSent: number[] = [];
let release: () => void;
const released = new Promise<void>((ok) => (release = ok));

async function entry(name: string, bytes: Buffer, revision: number): Promise<FeedFile> {
  return { kind: 'full', revision, url: name, size: bytes.length, sha256: await sha256Hex(new Uint8Array(bytes)) };
}

async function publish(revision: number, entries: FeedFile[]): Promise<void> {
  const feed: Feed = { format: 'fact-compare-feed', formatVersion: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, revision, created: '2026-01-01', expires: '2099-01-01', files: entries };
  files.set('/feed.json', Buffer.from(JSON.stringify(await signFeed(feed, keys))));
}

const row = () => options.locator(`[data-testid="subscription"][data-pack-id="${r1.id}"]`);
const revision = () => options.locator(`[data-pack-id="${r1.id}"] [data-testid="pack-revision"]`).innerText();

/** The extension's service worker target as DevTools lists it, if it is running. */
async function workerTarget(cdp: CDPSession): Promise<{ targetId: string } | undefined> {
  const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
  return targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${h.browser.extensionId}/`));
}

/** The worker's JavaScript heap in use, in MB, asked through DevTools (Playwright opens CDP sessions on pages only). */
async function workerHeapMB(cdp: CDPSession, targetId: string): Promise<number> {
  const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
  try {
    const answer = new Promise<number>((ok) => {
      const on = (e: { sessionId: string; message: string }) => {
        const m = JSON.parse(e.message) as { id?: number; result?: { usedSize: number } };
        if (e.sessionId !== sessionId || m.id !== 1) return;
        cdp.off('Target.receivedMessageFromTarget', on);
        ok(m.result!.usedSize / 1e6);
      };
      cdp.on('Target.receivedMessageFromTarget', on);
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: 1, method: 'Runtime.getHeapUsage' }) });
    return await answer;
  } finally {
    await cdp.send('Target.detachFromTarget', { sessionId });
  }
}

/** The current handle on the extension's worker (the launcher's may be stale after a restart). */
function currentWorker(): Worker {
  const w = h.browser.context.serviceWorkers().filter((x) => x.url().startsWith(`chrome-extension://${h.browser.extensionId}/`)).at(-1);
  if (!w) throw new Error('no extension service worker');
  return w;
}

beforeAll(async () => {
  keys = await generateKeyPair();
  feedServer = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const body = files.get(path);
    if (!body) {
      res.writeHead(404, { 'access-control-allow-origin': '*' }).end();
      return;
    }
    const n = served.filter((s) => s.path === path).length;
    served.push({ path, at: Date.now() });
    const send = () => {
      res.writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
      res.end(body, () => {
        if (path !== '/r2.json') return;
        updateSent.push(Date.now());
      });
    };
    // The retry's download waits until the test has looked at the corpus in between.
    if (path === '/r2.json' && n > 0) void released.then(send);
    else send();
  });
  await new Promise<void>((ok) => feedServer.listen(0, '127.0.0.1', ok));
  feedOrigin = `http://127.0.0.1:${(feedServer.address() as { port: number }).port}`;
  h = await startHarness();
  options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await options.getByTestId('pack-row').first().waitFor({ timeout: 30_000 });
});
afterAll(async () => {
  release?.();
  await h?.close();
  feedServer?.close();
});

describe('a service worker killed while it applies an update', () => {
  it('subscribes to revision 1', async () => {
    const full1 = Buffer.from(JSON.stringify(r1));
    files.set('/r1.json', full1);
    await publish(1, [await entry('r1.json', full1, 1)]);
    await options.getByTestId('feed-url').fill(`${feedOrigin}/feed.json`);
    await options.getByTestId('feed-preview').click();
    await options.getByTestId('feed-accept').click({ timeout: 30_000 });
    await expect.poll(() => row().getAttribute('data-status'), { timeout: 60_000 }).toBe('up-to-date');
    await expect.poll(revision, { timeout: 10_000 }).toBe('1');
  });

  it('keeps revision 1 in use, then retries the update at restart and installs revision 2', async () => {
    const full2 = Buffer.from(JSON.stringify(r2));
    const fileMB = full2.length / 1e6;
    files.set('/r2.json', full2);
    await publish(2, [await entry('r2.json', full2, 2)]);
    const cdp = await h.browser.context.newCDPSession(options);
    const before = await currentWorker().evaluate(() => {
      (globalThis as { faultMarker?: number }).faultMarker = 1;
      return performance.timeOrigin;
    });
    const { targetId } = (await workerTarget(cdp))!;
    const idle = await workerHeapMB(cdp, targetId);

    await row().getByTestId('sync-now').click();
    // The file is decoded only once it has all arrived and its SHA-256 matched: its text in the
    // worker's heap means the update is being applied (parse, checks, indexing, one transaction).
    let busy = idle;
    const deadline = Date.now() + 60_000;
    while ((busy = await workerHeapMB(cdp, targetId)) - idle < 0.8 * fileMB) {
      expect(Date.now(), 'the worker never held the update').toBeLessThan(deadline);
      await new Promise((r) => setTimeout(r, 20));
    }
    await new Promise((r) => setTimeout(r, KILL_AFTER_MS));
    expect(await workerTarget(cdp), 'the worker runs the sync').toBeDefined();
    // What Puppeteer's worker.close() sends: Chrome stops the worker, as when it ends an idle or stuck one.
    await cdp.send('Target.closeTarget', { targetId });
    const killedAt = Date.now();
    await expect.poll(async () => (await workerTarget(cdp)) === undefined, { timeout: 10_000 }).toBe(true);

    // Nothing finished the sync: it is still marked as running, and the corpus kept revision 1.
    await options.waitForTimeout(1500);
    expect(await row().getAttribute('data-status')).toBe('updating');
    expect(await revision()).toBe('1');
    expect(served.filter((s) => s.path === '/r2.json')).toHaveLength(1);

    // A related page wakes the worker; it still gets revision 1's reports.
    const restartedAt = Date.now();
    const page = await h.open('pages/demo-russia-evacuation.html');
    await h.openSidebar(page);
    await page.getByTestId('tab-reports').click();
    await page.locator('[data-testid="report"][data-doc-id="feed-a"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="report"][data-doc-id="feed-b"]').count()).toBe(0);
    const after = await currentWorker().evaluate(() => ({ marker: (globalThis as { faultMarker?: number }).faultMarker ?? null, origin: performance.timeOrigin }));
    expect(after.marker, 'the worker lost its memory: it was really stopped').toBeNull();
    expect(after.origin).toBeGreaterThan(before);

    // Without anyone pressing "Sync now" (its button is disabled while the status says 'updating'), the new worker asks again.
    await expect.poll(() => served.filter((s) => s.path === '/r2.json').length, { timeout: 30_000 }).toBe(2);
    const retryAfter = served.filter((s) => s.path === '/r2.json')[1]!.at - restartedAt;
    expect(await revision()).toBe('1');
    expect(await row().getAttribute('data-status')).toBe('updating');

    release();
    await expect.poll(revision, { timeout: 120_000 }).toBe('2');
    const applyMs = Date.now() - updateSent[1]!;
    await expect.poll(() => row().getAttribute('data-status'), { timeout: 10_000 }).toBe('up-to-date');
    console.log(
      `worker heap ${idle.toFixed(1)} MB before the sync, ${busy.toFixed(1)} MB once it held the ${fileMB.toFixed(1)} MB update; killed ${KILL_AFTER_MS} ms later; ` +
        `restarted ${restartedAt - killedAt} ms after the kill, retried ${retryAfter} ms after that; the retry installed ${BULK + 2} reports ${applyMs} ms after the file was sent`,
    );

    const again = await h.open('pages/demo-russia-evacuation.html');
    await h.openSidebar(again);
    await again.getByTestId('tab-reports').click();
    await again.locator('[data-testid="report"][data-doc-id="feed-b"]').waitFor({ timeout: 30_000 });
  });
});
