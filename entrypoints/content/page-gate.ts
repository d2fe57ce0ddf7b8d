import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ScreenResult } from '../../lib/analysis/related.ts';
import { screenSample } from '../../lib/extract/gate.ts';
import { parseTabMessage, type PageStatus, type TabMessage } from '../../lib/messages.ts';
import { isSiteDisabled } from '../../lib/settings.ts';
import { send } from '../../utils/messaging.ts';
import { loadSettings } from '../../utils/settings.ts';
import { loadBundle } from './bundles.ts';
import type { PageController } from './controller.ts';

/**
 * What runs on every page: the settings, the readerable check and the screen,
 * and the messages from the popup and the background. Everything else
 * (Readability, the analysis round trip, the sidebar, the highlights) is the
 * analyzer bundle, loaded only when a page passes the screen or the user asks.
 */
export class PageGate {
  private skipped: PageStatus['skipped'] = null;
  private controller: Promise<PageController> | null = null;
  private generation = 0;

  constructor(private readonly ctx: ContentScriptContext) {
    browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string }) => {
      // Only our own background and popup may drive the page.
      if (sender.id !== browser.runtime.id) return undefined;
      const msg = parseTabMessage(raw);
      if (!msg || ctx.isInvalid) return undefined;
      return this.onMessage(msg);
    });
  }

  private async onMessage(msg: TabMessage): Promise<unknown> {
    switch (msg.type) {
      case 'pageStatus':
        return this.controller ? (await this.controller).status(this.skipped) : this.idleStatus();
      case 'checkSelection': {
        // Read now: loading the analyzer takes a moment, and the selection may change meanwhile.
        const text = msg.payload.text ?? readSelection();
        void this.load().then((c) => c.check(text, true));
        return null;
      }
      case 'toggleSidebar':
        void this.load().then((c) => c.setOpen(msg.payload.open));
        return null;
      case 'checkPage': {
        const c = await this.load();
        await c.analyze(true);
        return c.status(this.skipped);
      }
    }
  }

  private idleStatus(): PageStatus {
    return { analysed: false, skipped: this.skipped, related: false, reports: 0, conflicts: 0, open: false };
  }

  /** Runs on load and after in-page navigation: the automatic path, subject to settings, the gate and the screen. */
  async start(): Promise<void> {
    const gen = this.generation;
    try {
      const settings = await loadSettings();
      if (gen !== this.generation) return;
      if (!settings.autoDetect) this.skipped = 'detection-off';
      else if (isSiteDisabled(settings, location.hostname)) this.skipped = 'site-disabled';
      else await this.screen(gen);
    } finally {
      // The automatic path is over, whatever it decided: tests and DevTools wait for this mark rather
      // than for a time after which nothing more "should" happen.
      if (gen === this.generation) performance.mark('fact-compare:settled', { detail: { outcome: this.skipped ?? 'analysed' } });
    }
  }

  /**
   * The gate and the screen: most pages are not articles, or are about
   * stories the corpus does not cover, and must not pay for more than a
   * readerable check and a look at their opening paragraphs.
   */
  private async screen(gen: number): Promise<void> {
    const sample = screenSample(document, location.href);
    if (!sample) {
      this.skipped = 'not-an-article';
      return;
    }
    let verdict: ScreenResult;
    performance.mark('fact-compare:sampled');
    try {
      verdict = await send('screen', sample);
    } catch {
      // The background is unavailable (e.g. the extension was reloaded): stay silent on the page.
      return;
    }
    if (gen !== this.generation || this.ctx.isInvalid) return;
    performance.mark('fact-compare:screened', { detail: { pass: verdict.pass, relatedness: verdict.relatedness } });
    if (!verdict.pass) {
      this.skipped = 'screened-out';
      return;
    }
    const c = await this.load();
    if (gen === this.generation && !this.ctx.isInvalid) await c.analyze(false);
  }

  /** A single-page app changed its URL: forget the old article (never two sidebars) and start over. */
  async reset(): Promise<void> {
    this.generation++;
    this.skipped = null;
    if (this.controller) (await this.controller).clear();
    await this.start();
  }

  /** The analyzer bundle and its controller for this page, loaded once. */
  private load(): Promise<PageController> {
    this.controller ??= loadBundle('/analyzer.js').then((mod) => mod.createController(this.ctx));
    return this.controller;
  }
}

/** The user's selection, including inside text fields (whose selection window.getSelection does not see). */
function readSelection(): string {
  const el = document.activeElement;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    const { selectionStart: a, selectionEnd: b } = el;
    if (a !== null && b !== null && b > a) return el.value.slice(a, b);
  }
  return window.getSelection()?.toString() ?? '';
}
