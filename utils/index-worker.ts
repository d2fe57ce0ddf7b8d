// A Web Worker that indexes a batch of documents for an import started in an
// extension page (lib/corpus/import.ts, `IndexLane`): large packs are indexed
// on several cores, and the page's own thread stays free for its UI.
import { indexInThread } from '../lib/corpus/indexer.ts';
import type { IndexRequest, IndexResponse } from './index-lanes.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<IndexRequest>) => void) | null;
  postMessage(message: IndexResponse, transfer?: Transferable[]): void;
};

/** Starts answering index requests (called by the worker's entry point, entrypoints/index-worker.ts). */
export function startIndexWorker(): void {
  scope.onmessage = onMessage;
}

async function onMessage(e: MessageEvent<IndexRequest>): Promise<void> {
  const { id, docs, firstDocNo, segment } = e.data;
  try {
    const r = await indexInThread(docs, firstDocNo, segment, (done) => scope.postMessage({ id, kind: 'progress', done }));
    // The posting data moves to the page rather than being copied.
    const transfer = [r.lengths.buffer, ...r.blocks.flatMap((b) => [b.data.buffer, b.df.buffer, b.ends.buffer])];
    scope.postMessage({ id, kind: 'done', result: r }, transfer as Transferable[]);
  } catch (err) {
    scope.postMessage({ id, kind: 'error', message: (err as Error).message });
  }
}
