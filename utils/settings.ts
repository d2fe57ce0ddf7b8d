// Settings in extension storage (shared by background, content script, popup and options).
import { browser } from 'wxt/browser';
import { parseSettings, type Settings } from '../lib/settings.ts';

const KEY = 'settings';

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return parseSettings(got[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: parseSettings(settings) });
}

/** Sidebar open state per site, so a reader who closes it keeps it closed there. */
export async function loadSidebarOpen(host: string): Promise<boolean> {
  const key = `sidebarOpen:${host}`;
  const got = await browser.storage.local.get(key);
  return got[key] === true;
}

export async function saveSidebarOpen(host: string, open: boolean): Promise<void> {
  await browser.storage.local.set({ [`sidebarOpen:${host}`]: open });
}

/** Tells every context that the corpus changed (open pages recompute their reports). */
export async function announceCorpusRevision(revision: number): Promise<void> {
  const got = await browser.storage.local.get('corpusRevision');
  if (got.corpusRevision !== revision) await browser.storage.local.set({ corpusRevision: revision });
}

/** Calls `fn` when another context announces a corpus change. */
export function onCorpusRevision(fn: (revision: number) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const v = changes.corpusRevision?.newValue;
    if (area === 'local' && typeof v === 'number') fn(v);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

let changes = 0;
/** Tells open extension pages that a subscription's stored state changed (sync attempt, progress, outcome). */
export async function announceSubscriptionChange(): Promise<void> {
  await browser.storage.local.set({ subscriptionsChanged: `${Date.now()}-${++changes}` });
}

/** Calls `fn` when a subscription's stored state changes. */
export function onSubscriptionChange(fn: () => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && changes.subscriptionsChanged) fn();
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
