// The bench page (chrome-extension://ID/bench.html), built only with
// FC_BENCH=1. It is an extension page, so it shares the background's origin
// and IndexedDB: imports here land in the very corpus the background reads.
// scripts/bench/run.ts calls the functions it puts on `window`.
import Dexie from 'dexie';
import { openCorpusDB, readStats } from '../../lib/corpus/db.ts';
import { importPack } from '../../lib/corpus/import.ts';
import { workerLanes } from '../../utils/index-lanes.ts';
import { parsePack, type Pack } from '../../lib/packs/format.ts';
import { loadStanceModel } from '../../lib/stance/index.ts';
import modelJson from '../../lib/stance/model.json';
import { timeStance, type StancePairs } from '../../scripts/bench/stance.ts';
import type { BenchApi, StorageUsage } from './api.ts';

const BASELINE_DB = 'fact-compare-bench-baseline';
const db = openCorpusDB();
let pack: Pack | null = null;

function loaded(): Pack {
  if (!pack) throw new Error('no pack loaded: call loadPack first');
  return pack;
}

async function storageUsage(): Promise<StorageUsage> {
  const e = (await navigator.storage.estimate()) as StorageEstimate & { usageDetails?: { indexedDB?: number } };
  return { usage: e.usage ?? 0, indexedDB: e.usageDetails?.indexedDB ?? null };
}

const api: BenchApi = {
  async waitForCorpus(packId, timeoutMs) {
    const end = performance.now() + timeoutMs;
    while (performance.now() < end) {
      if (await db.packs.get(packId)) return api.corpusStats();
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`the background did not install the pack ${packId} within ${timeoutMs} ms`);
  },

  async loadPack(url) {
    pack = null;
    const t0 = performance.now();
    const res = await fetch(url, { cache: 'no-store' });
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const text = await res.text();
    const t1 = performance.now();
    pack = parsePack(text);
    const t2 = performance.now();
    const encoder = new TextEncoder();
    let textBytes = 0;
    for (const d of pack.documents) textBytes += encoder.encode(d.text).length;
    return { documents: pack.documents.length, textBytes, fileBytes: encoder.encode(text).length, fetchMs: t1 - t0, parseMs: t2 - t1 };
  },

  async importLoaded() {
    const p = loaded();
    // As the options page imports: indexing in worker lanes.
    const t0 = performance.now();
    const workers = workerLanes();
    const r = await importPack(db, p, { force: true, lanes: workers.lanes }).finally(() => workers.close());
    const ms = performance.now() - t0;
    return { ms, documents: r.documents, corpusRevision: r.corpusRevision, changed: r.changed, indexMs: r.timings?.indexMs ?? null, writeMs: r.timings?.writeMs ?? null };
  },

  // The same document objects put as they are (no sentence spans, no
  // postings) into a database of their own: what storing the corpus costs
  // without an index.
  async baselineLoaded() {
    const p = loaded();
    await Dexie.delete(BASELINE_DB);
    const before = await storageUsage();
    const plain = new Dexie(BASELINE_DB);
    plain.version(1).stores({ docs: 'id' });
    await plain.open();
    const t0 = performance.now();
    await plain.table('docs').bulkPut(p.documents);
    const ms = performance.now() - t0;
    const after = await storageUsage();
    plain.close();
    await Dexie.delete(BASELINE_DB);
    return {
      ms,
      bytes: after.usage - before.usage,
      indexedDBBytes: after.indexedDB !== null && before.indexedDB !== null ? after.indexedDB - before.indexedDB : null,
    };
  },

  storageUsage,

  async corpusStats() {
    const s = await readStats(db);
    return { documents: s.documents, revision: s.revision };
  },

  unload() {
    pack = null;
  },

  async stance(pairsUrl, repeats) {
    const data = (await (await fetch(pairsUrl, { cache: 'no-store' })).json()) as StancePairs;
    return timeStance(loadStanceModel(modelJson), data, repeats);
  },
};

window.factCompareBench = api;
