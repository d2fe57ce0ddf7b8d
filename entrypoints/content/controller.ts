import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { SidebarActions, SidebarState } from '../../components/actions.ts';
import type { ArticleReport } from '../../lib/analysis/analyze.ts';
import { withoutDismissed } from '../../lib/analysis/verdict.ts';
import type { ClaimReport, Evidence } from '../../lib/analysis/evidence.ts';
import type { ArticleSnapshot } from '../../lib/analysis/types.ts';
import { citation, reportJson, reportMarkdown } from '../../lib/export/report-export.ts';
import { extractSnapshotSliced } from '../../lib/extract/snapshot.ts';
import { yieldToEventLoop } from '../../lib/yield.ts';
import { dismissalKey, type PageStatus } from '../../lib/messages.ts';
import { send } from '../../utils/messaging.ts';
import { loadSidebarOpen, onCorpusRevision, saveSidebarOpen } from '../../utils/settings.ts';
import { loadBundle } from './bundles.ts';
import { ClaimHighlights } from './claim-highlights.ts';
import { downloadFile, exportFileName } from './download.ts';
import { translateOnDevice } from './translation.ts';
import { pushPage } from './page-styles.ts';

/** What the analyzer bundle offers the content script. */
export interface AnalyzerModule {
  createController(ctx: ContentScriptContext): PageController;
}

/**
 * The page side of the extension once a page needs more than the gate: extracts the article, asks the
 * background, renders the sidebar and highlights. Loaded on demand (entrypoints/analyzer.ts), so pages
 * that stop at the gate or the screen never load Readability or any of this.
 */
export class PageController {
  private state: SidebarState = { report: null, checks: [], checking: false, notice: null, open: false, focusClaim: null, locatable: new Set() };
  private listeners = new Set<(s: SidebarState) => void>();
  private ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  private mounting: Promise<void> | null = null;
  private snapshot: ArticleSnapshot | null = null;
  private analysed = false;
  private readonly highlights = new ClaimHighlights();
  private generation = 0;

  constructor(private readonly ctx: ContentScriptContext) {
    ctx.addEventListener(document, 'click', (e) => this.onPageClick(e as MouseEvent), { capture: true });
    // The extension was reloaded or removed: give the page its full width back.
    ctx.onInvalidated(() => pushPage(false));
    // A pack was installed, updated or removed: recompute what this page shows.
    ctx.onInvalidated(onCorpusRevision((revision) => {
      if (this.analysed && this.state.report && this.state.report.corpusRevision !== revision) void this.analyze(false);
    }));
  }

  /** A single-page app changed its URL: forget the old article, never keep two sidebars. */
  clear(): void {
    this.generation++;
    this.ui?.remove();
    this.ui = null;
    this.mounting = null;
    this.highlights.clear();
    this.snapshot = null;
    this.analysed = false;
    this.update({ report: null, checks: [], notice: null, open: false, focusClaim: null, locatable: new Set() });
  }

  /** What the popup shows about this page; `skipped` is the gate's reason when it was not analysed. */
  status(skipped: PageStatus['skipped']): PageStatus {
    const r = this.state.report;
    return {
      analysed: this.analysed,
      skipped: this.analysed ? null : skipped,
      related: !!r?.related,
      reports: r?.related ? r.reports.length : 0,
      conflicts: r?.summary.conflicts ?? 0,
      open: this.state.open,
    };
  }

  /** Extracts and analyses the article; `explicit` when the user asked (shows the sidebar even if unrelated). */
  async analyze(explicit: boolean): Promise<void> {
    const gen = this.generation;
    if (!this.snapshot) {
      const snapshot = await extractSnapshotSliced(document, location.href, yieldToEventLoop);
      // The page navigated (single-page app) while the extraction was paused: its article is gone.
      if (gen !== this.generation) return;
      // A Spanish or Russian article the browser can translate on the device is read in full.
      const translation = snapshot ? await translateOnDevice(snapshot) : undefined;
      if (gen !== this.generation) return;
      this.snapshot = snapshot && translation ? { ...snapshot, translation } : snapshot;
      performance.mark('fact-compare:extracted');
    }
    if (!this.snapshot) {
      this.analysed = explicit;
      if (explicit) await this.showNotice('No article was found on this page. You can still check a selected sentence.');
      return;
    }
    let report: ArticleReport;
    try {
      report = await send('analyze', this.snapshot);
    } catch {
      // The background is unavailable (e.g. the extension was reloaded): stay silent on the page.
      return;
    }
    if (gen !== this.generation || this.ctx.isInvalid) return;
    performance.mark('fact-compare:analysed');
    this.analysed = true;
    this.update({ report });
    if (report.related) {
      await this.mount(await loadSidebarOpen(location.hostname));
      void this.paintHighlights();
      performance.mark('fact-compare:ready', { detail: { reports: report.reports.length, claims: report.claims.length } });
    } else if (explicit && !report.languageSupported) {
      await this.showNotice(`This page is in ${languageName(report.language)}: Fact Compare checks articles in English, Spanish and Russian only.`);
    } else if (explicit) {
      await this.showNotice('No report in your corpus covers this story.');
    } else if (this.ui && this.state.checks.length === 0) {
      // The corpus changed and no longer covers this story: take the sidebar away again.
      this.ui.remove();
      this.ui = null;
      this.mounting = null;
      this.highlights.clear();
      pushPage(false);
    }
  }

  subscribe(fn: (s: SidebarState) => void): () => void {
    this.listeners.add(fn);
    fn(this.state);
    return () => this.listeners.delete(fn);
  }

  private update(patch: Partial<SidebarState>): void {
    const wasOpen = this.state.open;
    this.state = { ...this.state, ...patch };
    if (this.state.open !== wasOpen) {
      pushPage(this.state.open);
      this.highlights.show(this.state.report, this.state.open);
    }
    for (const fn of this.listeners) fn(this.state);
  }

  private async showNotice(notice: string): Promise<void> {
    await this.mount(true);
    this.update({ notice, open: true });
  }

  private mount(open: boolean): Promise<void> {
    if (this.ui) {
      if (open && !this.state.open) this.update({ open });
      return Promise.resolve();
    }
    this.update({ open });
    this.mounting ??= (async () => {
      const ui = await (await loadBundle('/sidebar.js')).mountSidebar(this.ctx, this, this.actions);
      if (this.ctx.isInvalid) return ui.remove();
      this.ui = ui;
    })();
    return this.mounting;
  }

  async setOpen(open: boolean): Promise<void> {
    if (!this.ui && !open) return;
    await this.mount(open);
    this.update({ open, focusClaim: open ? this.state.focusClaim : null });
    void saveSidebarOpen(location.hostname, open);
  }

  /** Checks a selected or typed claim and shows its evidence at the top of the sidebar. */
  async check(raw: string, fromSelection = false): Promise<void> {
    await this.mount(true);
    this.update({ open: true, checking: true, notice: null });
    try {
      const claim = await send('checkClaim', { text: raw, articleDate: this.snapshot?.publishedTime ?? null });
      this.update({ checks: [claim, ...this.state.checks.filter((c) => c.text !== claim.text)].slice(0, 10) });
    } catch (e) {
      const message = (e as Error).message;
      this.update({ notice: fromSelection && /Select or type/.test(message) ? 'Select a sentence on the page first, then choose “Check claim”.' : message });
    } finally {
      this.update({ checking: false });
    }
  }

  readonly actions: SidebarActions = {
    setOpen: (open) => void this.setOpen(open),
    check: (text) => void this.check(text),
    dismiss: (claim: ClaimReport, e: Evidence) => {
      void send('dismiss', { claim: claim.text, packId: e.packId, docId: e.docId }).catch(() => undefined);
      const gone = new Set([dismissalKey(claim.text, e)]);
      const report = this.state.report ? withoutDismissed(this.state.report, gone, dismissalKey) : null;
      const checks = withoutDismissed({ claims: this.state.checks }, gone, dismissalKey).claims;
      this.update({ report, checks });
      void this.paintHighlights();
    },
    openReport: (e) => void send('openReport', { packId: e.packId, docId: e.docId, start: e.passageStart, end: e.passageEnd }),
    copyCitation: async (e) => {
      try {
        await navigator.clipboard.writeText(citation(e));
        return true;
      } catch {
        return false;
      }
    },
    exportReport: (kind) => {
      const report = this.state.report;
      if (!report) return;
      const article = {
        url: location.href,
        title: this.snapshot?.title ?? document.title,
        siteName: this.snapshot?.siteName ?? null,
        publishedTime: this.snapshot?.publishedTime ?? null,
      };
      const body = kind === 'json' ? reportJson(article, report, this.state.checks) : reportMarkdown(article, report, this.state.checks);
      const file = exportFileName(article.title, kind === 'json' ? 'json' : 'md');
      downloadFile(file, body, kind === 'json' ? 'application/json' : 'text/markdown', this.ui?.shadow ?? document.body);
    },
    showInPage: (id) => void this.highlights.reveal(id),
  };

  /** Locates the report's claims in the page, then colours them while the sidebar is open. */
  private async paintHighlights(): Promise<void> {
    const report = this.state.report;
    if (!report || !this.snapshot) return this.highlights.clear();
    const gen = this.generation;
    const located = await this.highlights.locate(report, this.ui?.shadowHost, () => gen !== this.generation || this.state.report !== report);
    if (!located) return;
    this.update({ locatable: located });
    // Without the API, or on a huge page, claims are still reachable from the sidebar ("Show in page").
    const painted = this.highlights.show(report, this.state.open);
    performance.mark('fact-compare:highlighted', { detail: { claims: painted ? located.size : 0 } });
  }

  /** A click inside a highlighted claim opens its card; the click itself goes on to the page untouched. */
  private onPageClick(e: MouseEvent): void {
    // Claims are clickable only while they are shown, i.e. with the sidebar open.
    if (!this.state.open || e.button !== 0) return;
    const id = this.highlights.claimAt(e.clientX, e.clientY);
    if (id) void this.mount(true).then(() => this.update({ open: true, focusClaim: id }));
  }
}

/** "Ukrainian" for "uk", in English (the sidebar's language); the code itself when the browser has no name. */
function languageName(code: string | null): string {
  if (!code) return 'another language';
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}
