/**
 * Downloads a pack or delta file that a signed feed announced (URL, size,
 * SHA-256). The body is bounded by the announced size, a connection that
 * drops mid-body is resumed with HTTP Range requests, and the whole file is
 * checked against the feed before anyone reads it: a resumed download that
 * spliced two different files together fails the SHA-256 check, so it can
 * never reach the corpus.
 */
import { checkFile, type FeedFile } from '../packs/feed.ts';
import { MAX_PACK_FILE_BYTES, PackError, formatBytes } from '../packs/format.ts';

/** The network as sync sees it (the global fetch in the extension, a fake in tests). */
export type Fetch = (url: string, init: { headers: Record<string, string>; signal: AbortSignal }) => Promise<Response>;

/** How far a download has got; `resumes` counts the requests made after the first. */
export interface DownloadProgress {
  received: number;
  total: number;
  resumes: number;
}

export interface DownloadOptions {
  fetch: Fetch;
  /** Time allowed for the whole download, resumes and pauses included. */
  timeoutMs: number;
  /** Requests allowed after the first when the connection drops (default 3). */
  maxResumes?: number;
  /** Pause before the n-th resume: n times this (default 1,000 ms). */
  resumeDelayMs?: number;
  /** Called about every 256 KB, and when a resume or restart begins. */
  onProgress?: (progress: DownloadProgress) => void | Promise<void>;
}

const PROGRESS_STEP = 256 * 1024;

/**
 * Refuses a feed entry larger than {@link MAX_PACK_FILE_BYTES} before any
 * byte of it is requested, naming its size and the limit.
 */
export function checkDownloadSize(entry: Pick<FeedFile, 'size'>): void {
  if (entry.size > MAX_PACK_FILE_BYTES) {
    throw new PackError(
      `The update is ${formatBytes(entry.size)}, more than the ${formatBytes(MAX_PACK_FILE_BYTES)} this version can download, so it was not downloaded`,
    );
  }
}

/**
 * Downloads `url` and returns its bytes once their size and SHA-256 match
 * `entry`. When the body breaks off after some bytes arrived (a network
 * error, not the overall timeout), asks for the rest with
 * `Range: bytes=N-` and `If-Range` (the first response's strong ETag or
 * Last-Modified) and appends a 206 answer; a 200 answer (the server ignores
 * ranges, or the file changed) starts the file over. Gives up with a
 * {@link PackError} after `maxResumes` further requests. Other failures
 * throw as they are: a PackError (HTTP status, too large, hash) or the
 * network error (the caller retries at its next sync).
 */
export async function downloadFile(url: string, entry: Pick<FeedFile, 'size' | 'sha256'>, options: DownloadOptions): Promise<Uint8Array> {
  checkDownloadSize(entry);
  const signal = AbortSignal.timeout(options.timeoutMs);
  const maxResumes = options.maxResumes ?? 3;
  const resumeDelayMs = options.resumeDelayMs ?? 1000;
  // The size is signed and bounded, so the file is written in place instead
  // of collecting chunks and copying them (half the peak memory for big packs).
  const buffer = new Uint8Array(entry.size);
  let received = 0;
  let resumes = 0;
  let validator: string | null = null;
  // Cleared when the server says it has no ranges, or answered one wrongly.
  let ranges = true;
  // Cleared when a request carrying If-Range got no answer at all: that
  // header is not CORS-safelisted, and a static host that refuses the
  // preflight would otherwise fail every resume. The SHA-256 still guards.
  let ifRange = true;
  const report = (n: number) => options.onProgress?.({ received: n, total: entry.size, resumes });

  for (;;) {
    const resuming = received > 0 && ranges;
    const headers: Record<string, string> = {};
    if (resuming) {
      headers.Range = `bytes=${received}-`;
      if (validator !== null && ifRange) headers['If-Range'] = validator;
    }
    let answered = false;
    try {
      const res = await options.fetch(url, { headers, signal });
      answered = true;
      let start = 0;
      if (resuming && res.status === 206) {
        start = partialStart(res, received, entry.size);
        if (start !== received) {
          // A range other than the one asked for cannot be appended; take the whole file instead.
          await res.body?.cancel().catch(() => undefined);
          ranges = false;
          received = 0;
          throw new Resumable();
        }
      } else if (resuming && res.status === 416) {
        // The server's file is no longer as long as what arrived: it changed.
        await res.body?.cancel().catch(() => undefined);
        ranges = false;
        received = 0;
        throw new Resumable();
      } else if (!res.ok || res.status === 206) {
        throw new PackError(`The server answered HTTP ${res.status}${res.statusText ? ` ${res.statusText}` : ''} for ${url}`);
      }
      if (res.status === 200) {
        validator = strongValidator(res.headers);
        if (res.headers.get('Accept-Ranges')?.trim().toLowerCase() === 'none') ranges = false;
        if (received > 0) await report(0);
      }
      received = start;
      received = await readBody(res, buffer, start, (n) => {
        received = n;
        return report(n);
      });
      const bytes = buffer.subarray(0, received);
      await checkFile(bytes, entry);
      return bytes;
    } catch (e) {
      if (e instanceof PackError || signal.aborted) throw e;
      // A first request that got nothing is an ordinary network failure, retried at the next sync.
      if (received === 0 && resumes === 0 && !(e instanceof Resumable)) throw e;
      if (resumes >= maxResumes) {
        if (maxResumes === 0) throw e;
        throw new PackError(
          `The download of ${url} kept breaking off (${formatBytes(received)} of ${formatBytes(entry.size)} after ${resumes} ${resumes === 1 ? 'resume' : 'resumes'}: ${reason(e)}); will retry`,
        );
      }
      if (!answered && headers['If-Range'] !== undefined) ifRange = false;
      resumes += 1;
      await report(received);
      await pause(resumeDelayMs * resumes, signal);
    }
  }
}

/** Thrown inside {@link downloadFile} to go round again without a network error. */
class Resumable extends Error {
  override message = 'the server did not resume the download';
}

/**
 * Reads `res` into `buffer` from `offset` and returns the new length. More
 * bytes than the buffer holds (the announced size) is refused at once. A
 * stream error propagates after `progress` has seen the bytes that arrived.
 */
async function readBody(res: Response, buffer: Uint8Array, offset: number, progress: (received: number) => void | Promise<void>): Promise<number> {
  const tooLarge = () => new PackError(`The download is larger than the ${buffer.length} bytes the feed announced: it is not the published file`);
  if (!res.body) {
    const all = new Uint8Array(await res.arrayBuffer());
    if (offset + all.length > buffer.length) throw tooLarge();
    buffer.set(all, offset);
    return offset + all.length;
  }
  const reader = res.body.getReader();
  let received = offset;
  let reported = offset;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return received;
      if (received + value.length > buffer.length) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge();
      }
      buffer.set(value, received);
      received += value.length;
      if (received - reported >= PROGRESS_STEP) {
        reported = received;
        await progress(received);
      }
    }
  } catch (e) {
    // The caller resumes from what arrived, so it must know how much that is.
    if (received !== reported) await progress(received);
    throw e;
  }
}

/**
 * The first byte of a 206 answer to `bytes=received-`. Content-Range is not
 * readable cross-origin unless the server exposes it; then the request is
 * trusted, and the final SHA-256 check catches a server that lied.
 */
function partialStart(res: Response, received: number, size: number): number {
  const range = res.headers.get('Content-Range');
  if (range === null) return received;
  const m = /^bytes\s+(\d+)-(\d+)\/(\d+|\*)$/i.exec(range.trim());
  if (!m) return -1;
  if (m[3] !== '*' && Number(m[3]) !== size) {
    throw new PackError(`The server's file has ${m[3]} bytes but the feed says ${size}: it is not the published file`);
  }
  return Number(m[1]);
}

/**
 * A validator usable in If-Range: a strong ETag, else Last-Modified. Weak
 * ETags (`W/"…"`) may not be used there (RFC 9110, 13.1.5).
 */
function strongValidator(headers: Headers): string | null {
  const etag = headers.get('ETag')?.trim();
  if (etag && !etag.startsWith('W/')) return etag;
  return headers.get('Last-Modified')?.trim() || null;
}

function reason(e: unknown): string {
  const message = (e as { message?: unknown }).message;
  return typeof message === 'string' && message ? message : String(e);
}

function pause(ms: number, signal: AbortSignal): Promise<void> {
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(signal.reason as Error);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal.addEventListener('abort', abort, { once: true });
  });
}
