import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256Hex, utf8 } from '../../lib/packs/bytes.ts';
import { diffPacks } from '../../lib/packs/delta.ts';
import { signFeed, type Feed, type FeedFile } from '../../lib/packs/feed.ts';
import type { Pack } from '../../lib/packs/format.ts';
import { generateKeyPair, type KeyPair } from '../../lib/packs/signature.ts';
import { serveDirectory } from '../../scripts/browser.ts';
import { ROOT, startHarness, type Harness } from './support.ts';

let h: Harness;
let options: Page;
let keys: KeyPair;
let feedServer: Server;
let feedOrigin: string;
const dir = mkdtempSync(join(tmpdir(), 'fact-compare-feed-'));
const seed = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/formats/pack-v1-seed.json'), 'utf8')) as Pack;
const r1: Pack = {
  ...seed,
  id: 'test-feed-pack',
  title: 'Test feed pack',
  publisher: 'Test publisher',
  documents: [{ ...seed.documents[1]!, id: 'feed-a' }],
};
const r2: Pack = { ...r1, revision: 2, documents: [...r1.documents, { ...seed.documents[0]!, id: 'feed-b', outlet: 'Feed Outlet B' }] };

async function entry(kind: 'full' | 'delta', name: string, body: string, revision: number, baseRevision?: number): Promise<FeedFile> {
  const bytes = utf8(body);
  return { kind, revision, ...(baseRevision ? { baseRevision } : {}), url: name, size: bytes.length, sha256: await sha256Hex(bytes) };
}

async function publish(revision: number, files: FeedFile[]): Promise<void> {
  const feed: Feed = { format: 'fact-compare-feed', formatVersion: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, revision, created: '2026-01-01', expires: '2099-01-01', files };
  writeFileSync(join(dir, 'feed.json'), JSON.stringify(await signFeed(feed, keys)));
}

function put(name: string, body: string): string {
  writeFileSync(join(dir, name), body);
  return body;
}

async function syncNow(): Promise<{ status: string; error: string }> {
  const row = options.locator('[data-testid="subscription"][data-pack-id="test-feed-pack"]');
  const before = await row.getAttribute('data-last-attempt');
  await row.getByTestId('sync-now').click();
  await expect
    .poll(async () => (await row.getAttribute('data-last-attempt')) !== before && (await row.getAttribute('data-status')) !== 'updating', { timeout: 30_000 })
    .toBe(true);
  return { status: (await row.getAttribute('data-status'))!, error: (await row.getByTestId('subscription-error').count()) ? await row.getByTestId('subscription-error').innerText() : '' };
}

async function revision(): Promise<string> {
  return options.locator('[data-pack-id="test-feed-pack"] [data-testid="pack-revision"]').innerText();
}

beforeAll(async () => {
  keys = await generateKeyPair();
  ({ server: feedServer, origin: feedOrigin } = await serveDirectory(dir));
  h = await startHarness();
  options = await h.browser.context.newPage();
  await options.goto(`chrome-extension://${h.browser.extensionId}/options.html`);
  await options.getByTestId('pack-row').first().waitFor({ timeout: 20_000 });
});
afterAll(async () => {
  await h?.close();
  feedServer?.close();
});

describe('subscribing to a signed feed', () => {
  it('shows the key fingerprint, then installs revision 1', async () => {
    const full1 = put('test-r1.json', JSON.stringify(r1));
    await publish(1, [await entry('full', 'test-r1.json', full1, 1)]);
    await options.getByTestId('feed-url').fill(`${feedOrigin}/feed.json`);
    await options.getByTestId('feed-preview').click();
    await options.getByTestId('feed-trust').waitFor({ timeout: 20_000 });
    expect(await options.getByTestId('fingerprint').innerText()).toMatch(/^SHA256:/);
    await options.getByTestId('feed-accept').click();
    const row = options.locator('[data-testid="subscription"][data-pack-id="test-feed-pack"]');
    await expect.poll(() => row.getAttribute('data-status'), { timeout: 30_000 }).toBe('up-to-date');
    await expect.poll(() => revision(), { timeout: 10_000 }).toBe('1');
  });

  it('syncs a delta to revision 2, whose new report appears in the sidebar', async () => {
    const full2 = put('test-r2.json', JSON.stringify(r2));
    const delta = put('test-r1-r2.delta.json', JSON.stringify(diffPacks(r1, r2)));
    await publish(2, [await entry('full', 'test-r2.json', full2, 2), await entry('delta', 'test-r1-r2.delta.json', delta, 2, 1)]);
    expect(await syncNow()).toMatchObject({ status: 'up-to-date' });
    await expect.poll(() => revision(), { timeout: 10_000 }).toBe('2');
    const page = await h.open('pages/demo-russia-evacuation.html');
    await h.openSidebar(page);
    await page.getByTestId('tab-reports').click();
    await page.locator('[data-testid="report"][data-doc-id="feed-b"]').waitFor({ timeout: 20_000 });
  });

  it('refuses a tampered revision 3 with its reason, keeping revision 2 in use', async () => {
    const r3 = { ...r2, revision: 3 };
    const honest = JSON.stringify(r3);
    const e = await entry('full', 'test-r3.json', honest, 3);
    put('test-r3.json', honest.replace('Feed Outlet B', 'Evil Outlet B'));
    await publish(3, [e]);
    const result = await syncNow();
    expect(result.status).toBe('failed');
    expect(result.error).toMatch(/does not match the SHA-256 hash/);
    expect(await revision()).toBe('2');
  });

  it('refuses a feed signed by another key', async () => {
    const stranger = await generateKeyPair();
    const full = JSON.stringify({ ...r2, revision: 4 });
    put('test-r4.json', full);
    const feed: Feed = { format: 'fact-compare-feed', formatVersion: 1, packId: r1.id, title: r1.title, publisher: r1.publisher, revision: 4, created: '2026-01-01', expires: '2099-01-01', files: [await entry('full', 'test-r4.json', full, 4)] };
    writeFileSync(join(dir, 'feed.json'), JSON.stringify(await signFeed(feed, stranger)));
    const result = await syncNow();
    expect(result.error).toMatch(/signed by an unknown key/);
    expect(await revision()).toBe('2');
  });

  it('reports a server error', async () => {
    writeFileSync(join(dir, 'feed.json'), '');
    const { rmSync } = await import('node:fs');
    rmSync(join(dir, 'feed.json'));
    const result = await syncNow();
    expect(result.error).toMatch(/HTTP 404/);
    expect(await revision()).toBe('2');
  });

  it('resumes a pack download whose connection drops halfway, with one Range request', async () => {
    // A file server that breaks the first response off halfway and honours Range and If-Range, as static hosts do.
    const r5: Pack = { ...r2, revision: 5, documents: [...r2.documents, { ...seed.documents[2]!, id: 'feed-c', text: `${seed.documents[2]!.text}\n\n`.repeat(40) }] };
    const body = Buffer.from(JSON.stringify(r5));
    const etag = `"r5-${body.length}"`;
    const half = Math.floor(body.length / 2);
    const seen: { method: string; range?: string; ifRange?: string }[] = [];
    let dropped = false;
    const files = createServer((req, res) => {
      const range = req.headers.range;
      const ifRange = req.headers['if-range'];
      seen.push({ method: req.method ?? '', ...(range ? { range } : {}), ...(typeof ifRange === 'string' ? { ifRange } : {}) });
      const cors = { 'access-control-allow-origin': '*', 'access-control-expose-headers': 'ETag, Content-Range, Accept-Ranges' };
      if (req.method === 'OPTIONS') {
        res.writeHead(204, { ...cors, 'access-control-allow-methods': 'GET', 'access-control-allow-headers': 'Range, If-Range' }).end();
        return;
      }
      const headers = { ...cors, 'content-type': 'application/json', etag, 'accept-ranges': 'bytes' };
      const m = /^bytes=(\d+)-$/.exec(range ?? '');
      if (m && (ifRange === undefined || ifRange === etag)) {
        const start = Number(m[1]);
        res.writeHead(206, { ...headers, 'content-range': `bytes ${start}-${body.length - 1}/${body.length}`, 'content-length': body.length - start }).end(body.subarray(start));
      } else if (!dropped) {
        dropped = true;
        res.writeHead(200, { ...headers, 'content-length': body.length });
        res.write(body.subarray(0, half), () => setTimeout(() => res.socket?.destroy(), 100));
      } else {
        res.writeHead(200, { ...headers, 'content-length': body.length }).end(body);
      }
    });
    await new Promise<void>((ok) => files.listen(0, '127.0.0.1', ok));
    try {
      const address = files.address() as { port: number };
      const e = await entry('full', `http://127.0.0.1:${address.port}/test-r5.json`, body.toString('utf8'), 5);
      await publish(5, [e]);
      expect(await syncNow()).toMatchObject({ status: 'up-to-date', error: '' });
      await expect.poll(() => revision(), { timeout: 10_000 }).toBe('5');
      expect(dropped).toBe(true);
      expect(seen.filter((r) => r.range !== undefined && r.method === 'GET')).toEqual([{ method: 'GET', range: `bytes=${half}-`, ifRange: etag }]);
    } finally {
      files.close();
    }
  });
});
