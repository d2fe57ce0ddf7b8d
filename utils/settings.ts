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
