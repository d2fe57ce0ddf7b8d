/** What the bench page puts on `window.factCompareBench` for scripts/bench/run.ts (page.evaluate). */
import type { StanceTiming } from '../../scripts/bench/stance.ts';

export interface StorageUsage {
  /** navigator.storage.estimate().usage of the extension's origin. */
  usage: number;
  /** usageDetails.indexedDB where Chromium reports it. */
  indexedDB: number | null;
}

export interface LoadedPack {
  documents: number;
  /** UTF-8 bytes of all document texts. */
  textBytes: number;
  fileBytes: number;
  /** Fetching the pack file from the local server (response body read as text). */
  fetchMs: number;
  /** parsePack: JSON.parse plus validation. */
  parseMs: number;
}

export interface ImportTiming {
  ms: number;
  documents: number;
  corpusRevision: number;
  changed: boolean;
  /** importPack's own split: indexing in memory, then the one write transaction. */
  indexMs: number | null;
  writeMs: number | null;
}

export interface BaselineTiming {
  ms: number;
  /** Storage taken by the plain database (estimate after minus before), before it is deleted. */
  bytes: number;
  indexedDBBytes: number | null;
}

export interface BenchApi {
  /** Waits until the background has installed the default pack (so no import races ours). */
  waitForCorpus(packId: string, timeoutMs: number): Promise<{ documents: number; revision: number }>;
  loadPack(url: string): Promise<LoadedPack>;
  importLoaded(): Promise<ImportTiming>;
  baselineLoaded(): Promise<BaselineTiming>;
  storageUsage(): Promise<StorageUsage>;
  corpusStats(): Promise<{ documents: number; revision: number }>;
  /** Drops the loaded pack so its memory does not weigh on later measurements. */
  unload(): void;
  stance(pairsUrl: string, repeats: number): Promise<StanceTiming>;
}

declare global {
  interface Window {
    factCompareBench?: BenchApi;
  }
}
