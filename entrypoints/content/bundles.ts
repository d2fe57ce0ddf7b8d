// The bundles the content script loads on demand (analyzer.js on pages that pass the screen,
// sidebar.js on pages that get a sidebar). Each runs in the content script's isolated world and
// hands its module over on a global of that world: one loader and one hand-over for both.
import { browser } from 'wxt/browser';
import type { SidebarModule } from '../../components/mount.tsx';
import type { AnalyzerModule } from './controller.ts';

interface Bundles {
  '/analyzer.js': AnalyzerModule;
  '/sidebar.js': SidebarModule;
}

/** The global each bundle's module is handed over on. */
const HANDOVER: { [F in keyof Bundles]: string } = { '/analyzer.js': '__factCompareAnalyzer', '/sidebar.js': '__factCompareSidebar' };

type Handovers = Record<string, unknown>;

/** Called by a bundle when it runs: makes its module available to the content script. */
export function handOver<F extends keyof Bundles>(file: F, mod: Bundles[F]): void {
  (globalThis as unknown as Handovers)[HANDOVER[file]] = mod;
}

const loading = new Map<keyof Bundles, Promise<unknown>>();
/** Loads a packaged bundle once and returns the module it handed over. */
export function loadBundle<F extends keyof Bundles>(file: F): Promise<Bundles[F]> {
  let p = loading.get(file);
  if (!p) {
    p = import(/* @vite-ignore */ browser.runtime.getURL(file)).then(() => {
      const mod = (globalThis as unknown as Handovers)[HANDOVER[file]];
      if (!mod) throw new Error(`The bundle ${file} did not load`);
      return mod;
    });
    // A failed load (e.g. the extension was updated under the page) may be retried.
    p.catch(() => loading.delete(file));
    loading.set(file, p);
  }
  return p as Promise<Bundles[F]>;
}
