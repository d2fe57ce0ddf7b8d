// Indexing lanes backed by Web Workers, for imports run from extension pages
// (the options page, the bench page). The service worker cannot start
// workers, so sync imports there index in one lane.
import { indexInThread, type IndexLane, type IndexedBatch } from '../lib/corpus/indexer.ts';

export interface IndexRequest {
  id: number;
  docs: { title: string; text: string }[];
  firstDocNo: number;
  segment: number;
}

export type IndexResponse =
  | { id: number; kind: 'progress'; done: number }
  | { id: number; kind: 'done'; result: IndexedBatch }
  | { id: number; kind: 'error'; message: string };

/** Most lanes started: beyond a few, memory for the posting lists grows faster than the time saved. */
const MAX_LANES = 4;

/**
 * One indexing lane per core (up to MAX_LANES), each a worker started on
 * first use. Call `close` when the import is over. A lane whose worker
 * cannot start indexes in the calling thread instead.
 */
export function workerLanes(): { lanes: IndexLane[]; close(): void } {
  const count = Math.max(1, Math.min(MAX_LANES, navigator.hardwareConcurrency || 2));
  const workers: Worker[] = [];
  let nextId = 1;
  const lane = (): IndexLane => {
    let worker: Worker | null = null;
    return (docs, firstDocNo, segment, progress) =>
      new Promise<IndexedBatch>((resolve, reject) => {
        if (!worker) {
          // Built by WXT as an unlisted script (entrypoints/index-worker.ts) beside the extension pages.
          worker = new Worker('/index-worker.js');
          workers.push(worker);
        }
        const id = nextId++;
        const w = worker;
        const onMessage = (e: MessageEvent<IndexResponse>): void => {
          const m = e.data;
          if (m.id !== id) return;
          if (m.kind === 'progress') return progress(m.done);
          w.removeEventListener('message', onMessage);
          w.removeEventListener('error', onError);
          if (m.kind === 'done') resolve(m.result);
          else reject(new Error(m.message));
        };
        const onError = (e: ErrorEvent): void => {
          w.removeEventListener('message', onMessage);
          w.removeEventListener('error', onError);
          // A worker that cannot start (or dies) costs speed, not the import: index here instead.
          console.warn('[fact-compare] indexing worker unavailable, indexing in the page:', e.message);
          indexInThread(docs, firstDocNo, segment, progress).then(resolve, reject);
        };
        w.addEventListener('message', onMessage);
        w.addEventListener('error', onError);
        // Only what indexing reads is copied to the worker.
        const request: IndexRequest = { id, docs: docs.map((d) => ({ title: d.title, text: d.text })), firstDocNo, segment };
        w.postMessage(request);
      });
  };
  return {
    lanes: Array.from({ length: count }, lane),
    close: () => {
      for (const w of workers) w.terminate();
    },
  };
}
