import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8 } from '../packs/bytes.ts';
import { parsePackFile } from '../packs/delta.ts';
import { MAX_PACK_FILE_BYTES, PACK_FORMAT, PACK_FORMAT_VERSION, parsePack, type Pack } from '../packs/format.ts';
import { checkDownloadSize, downloadFile, type DownloadProgress, type Fetch } from './download.ts';

const URL_ = 'https://packs.example/p.json';
type Init = Parameters<Fetch>[1];

/** Streams `bytes` in `chunk`-byte pieces; after `cutAt` bytes, fails as a dropped connection, or stalls until aborted. */
function body(bytes: Uint8Array, options: { chunk?: number; cutAt?: number; stall?: AbortSignal } = {}): ReadableStream<Uint8Array> {
  const chunk = options.chunk ?? 64 * 1024;
  const end = options.cutAt ?? bytes.length;
  let at = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= end) {
        if (options.cutAt === undefined) return controller.close();
        const stall = options.stall;
        if (!stall) return controller.error(new TypeError('network error'));
        return new Promise<void>((_, reject) => stall.addEventListener('abort', () => reject(stall.reason as Error)));
      }
      const next = Math.min(end, at + chunk);
      controller.enqueue(bytes.slice(at, next));
      at = next;
    },
  });
}

/** A fake server whose answers come from `answer`, one call per request, recording each request's headers. */
function net(answer: (headers: Record<string, string>, n: number, init: Init) => Response | Promise<Response>): Fetch & { requests: Record<string, string>[] } {
  const requests: Record<string, string>[] = [];
  const fn = (async (_url: string, init: Init) => {
    requests.push({ ...init.headers });
    return answer(init.headers, requests.length, init);
  }) as Fetch & { requests: Record<string, string>[] };
  fn.requests = requests;
  return fn;
}

async function entryOf(bytes: Uint8Array) {
  return { size: bytes.length, sha256: await sha256Hex(bytes) };
}

const small = utf8(JSON.stringify({ hello: 'a small file of some length', pad: 'x'.repeat(5000) }));

describe('downloadFile', () => {
  it('restarts without Range when the server says it has no ranges', async () => {
    const fetch = net((_h, n) => new Response(body(small, { cutAt: n === 1 ? 2000 : undefined }), { headers: { 'Accept-Ranges': 'none', ETag: '"a"' } }));
    const bytes = await downloadFile(URL_, await entryOf(small), { fetch, timeoutMs: 5000, resumeDelayMs: 0 });
    expect(bytes).toEqual(small);
    expect(fetch.requests).toEqual([{}, {}]);
  });

  it('takes the whole file again when a 206 answer starts elsewhere than asked', async () => {
    const fetch = net((h, n) => {
      if (n === 1) return new Response(body(small, { cutAt: 2000 }), { headers: { ETag: '"a"' } });
      if (h.Range) return new Response(small.slice(1000), { status: 206, headers: { 'Content-Range': `bytes 1000-${small.length - 1}/${small.length}` } });
      return new Response(body(small), { headers: { ETag: '"a"' } });
    });
    const bytes = await downloadFile(URL_, await entryOf(small), { fetch, timeoutMs: 5000, resumeDelayMs: 0 });
    expect(bytes).toEqual(small);
    expect(fetch.requests).toEqual([{}, { Range: 'bytes=2000-', 'If-Range': '"a"' }, {}]);
  });

  it('resumes with Range alone when a request carrying If-Range is refused outright (a CORS preflight)', async () => {
    const fetch = net((h, n) => {
      if (h['If-Range']) throw new TypeError('Failed to fetch');
      if (n === 1) return new Response(body(small, { cutAt: 3000 }), { headers: { 'Last-Modified': 'Tue, 01 Dec 2026 00:00:00 GMT' } });
      return new Response(body(small.subarray(3000)), { status: 206 });
    });
    const bytes = await downloadFile(URL_, await entryOf(small), { fetch, timeoutMs: 5000, resumeDelayMs: 0 });
    expect(bytes).toEqual(small);
    expect(fetch.requests).toEqual([{}, { Range: 'bytes=3000-', 'If-Range': 'Tue, 01 Dec 2026 00:00:00 GMT' }, { Range: 'bytes=3000-' }]);
  });

  it('does not resume after the overall timeout', async () => {
    const fetch = net((_h, _n, init) => new Response(body(small, { cutAt: 2000, stall: init.signal })));
    await expect(downloadFile(URL_, await entryOf(small), { fetch, timeoutMs: 200, resumeDelayMs: 0 })).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(fetch.requests).toHaveLength(1);
  });

  it('refuses a 206 answer for another file length as not the published file', async () => {
    const fetch = net((_h, n) =>
      n === 1
        ? new Response(body(small, { cutAt: 2000 }), { headers: { ETag: '"a"' } })
        : new Response(body(small.subarray(2000)), { status: 206, headers: { 'Content-Range': `bytes 2000-${small.length + 9}/${small.length + 10}` } }),
    );
    await expect(downloadFile(URL_, await entryOf(small), { fetch, timeoutMs: 5000, resumeDelayMs: 0 })).rejects.toThrow(
      `The server's file has ${small.length + 10} bytes but the feed says ${small.length}: it is not the published file`,
    );
  });
});

describe('a 100 MB pack', () => {
  // Built once: about 100 MB of JSON in 1,000 reports of 100 KB (each well under the 2,000,000-character text limit).
  const paragraph = 'Russia flew the families of its diplomats out of Caracas on a government plane on Wednesday, officials said, as pressure on Maduro grew. ';
  const text = paragraph.repeat(Math.ceil(100_000 / paragraph.length));
  const pack: Pack = {
    format: PACK_FORMAT,
    formatVersion: PACK_FORMAT_VERSION,
    id: 'big-pack',
    title: 'A 100 MB pack',
    publisher: 'Test publisher',
    revision: 1,
    created: '2026-01-01',
    expires: null,
    documents: Array.from({ length: 1000 }, (_, i) => ({
      id: `report-${i}`,
      url: null,
      title: `Report ${i}`,
      outlet: 'Outlet',
      author: null,
      published: '2025-12-22',
      language: 'en',
      text: `Report ${i}. ${text}`,
      sources: ['AP'],
    })),
  };

  it('is within the size limit, downloads with one resume, passes the size and SHA-256 checks and parses whole', async () => {
    const started = Date.now();
    const json = JSON.stringify(pack);
    const bytes = utf8(json);
    expect(bytes.length).toBeGreaterThan(100_000_000);
    expect(() => checkDownloadSize({ size: bytes.length })).not.toThrow();
    const entry = await entryOf(bytes);
    const half = Math.floor(bytes.length / 2);
    const fetch = net((h, n) =>
      n === 1
        ? new Response(body(bytes, { chunk: 1 << 20, cutAt: half }), { headers: { ETag: '"big"' } })
        : new Response(body(bytes.subarray(Number(/\d+/.exec(h.Range!)![0])), { chunk: 1 << 20 }), { status: 206 }),
    );
    const progress: DownloadProgress[] = [];
    const downloaded = await downloadFile(URL_, entry, { fetch, timeoutMs: 60_000, resumeDelayMs: 0, onProgress: (p) => void progress.push(p) });
    expect(fetch.requests).toEqual([{}, { Range: `bytes=${half}-`, 'If-Range': '"big"' }]);
    expect(progress.at(-1)).toEqual({ received: bytes.length, total: bytes.length, resumes: 1 });
    expect(progress.map((p) => p.received)).toEqual([...progress.map((p) => p.received)].sort((a, b) => a - b));

    const parsed = parsePackFile(new TextDecoder().decode(downloaded));
    expect(parsed.kind).toBe('pack');
    const got = parsed.kind === 'pack' ? parsed.pack : null;
    expect(got?.documents).toHaveLength(1000);
    expect(got?.documents[999]!.text).toBe(pack.documents[999]!.text);
    expect(parsePack(json).documents).toHaveLength(1000);
    expect(Date.now() - started).toBeLessThan(20_000);
  }, 30_000);

  it('a file over the limit is refused before parsing, naming the limit', () => {
    expect(() => parsePack(' '.repeat(MAX_PACK_FILE_BYTES + 1))).toThrow('The pack file is larger than 200.0 MB, the largest pack this version reads');
    expect(() => checkDownloadSize({ size: MAX_PACK_FILE_BYTES + 1 })).toThrow('The update is 200.1 MB, more than the 200.0 MB this version can download, so it was not downloaded');
  });
});
