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
import { findTextSpans, toRange } from '../../lib/highlight/find.ts';
import { dismissalKey, type PageStatus } from '../../lib/messages.ts';
import { send } from '../../utils/messaging.ts';
import { loadSidebarOpen, onCorpusRevision, saveSidebarOpen } from '../../utils/settings.ts';
import { loadBundle } from './bundles.ts';
import { caretAt, ensureHighlightStyles, highlightRegistry, paintableRegistry, pushPage, type HighlightCtor } from './page-styles.ts';

const VERDICTS = ['conflicts', 'corroborates', 'discusses'] as const;
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
  private ranges = new Map<string, Range>();
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
    this.clearHighlights();
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
      this.snapshot = snapshot;
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
    } else if (explicit) {
      await this.showNotice('No report in your corpus covers this story.');
    } else if (this.ui && this.state.checks.length === 0) {
      // The corpus changed and no longer covers this story: take the sidebar away again.
      this.ui.remove();
      this.ui = null;
      this.mounting = null;
      this.clearHighlights();
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
      this.showHighlights();
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
      const slug = (article.title || 'article').toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60).replace(/^-|-$/g, '');
      this.download(`fact-check-${slug}.${kind === 'json' ? 'json' : 'md'}`, body, kind === 'json' ? 'application/json' : 'text/markdown');
    },
    showInPage: (id) => {
      const range = this.ranges.get(id);
      if (!range) return;
      const el = range.startContainer.parentElement;
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      el?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
      this.flash(range);
    },
  };

  private download(name: string, body: string, type: string): void {
    const url = URL.createObjectURL(new Blob([body], { type }));
    const a = document.createElement('a');
    a.href = url;
    a.download = name;
    (this.ui?.shadow ?? document.body).append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  /** Colours the article's claims by verdict with the CSS Custom Highlight API: the page's DOM is not changed. */
  private async paintHighlights(): Promise<void> {
    this.clearHighlights();
    const report = this.state.report;
    if (!report?.claims.length || !this.snapshot) return;
    // Searched in short slices: a page with tens of thousands of nodes must not freeze for the highlights.
    const gen = this.generation;
    const spans = await findTextSpans(document.body, report.claims.map((c) => c.text), { ignore: this.ui?.shadowHost, pause: yieldToEventLoop });
    if (gen !== this.generation || this.state.report !== report) return;
    const located = new Set<string>();
    report.claims.forEach((c, i) => {
      const span = spans[i];
      if (!span) return;
      this.ranges.set(c.id, toRange(span));
      located.add(c.id);
    });
    this.update({ locatable: located });
    // Without the API, or on a huge page, claims are still reachable from the sidebar ("Show in page").
    const painted = this.showHighlights();
    performance.mark('fact-compare:highlighted', { detail: { claims: painted ? located.size : 0 } });
  }

  /**
   * Colours the located claims while the sidebar is open, and only then: a page the reader has not
   * asked about stays as its publisher made it. Returns whether colours are possible on this page.
   */
  private showHighlights(): boolean {
    const registry = paintableRegistry();
    if (!registry) return false;
    for (const v of VERDICTS) registry.delete(`fc-${v}`);
    const report = this.state.report;
    if (!this.state.open || !report || this.ranges.size === 0) return true;
    ensureHighlightStyles();
    const Highlight = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    for (const v of VERDICTS) {
      const ranges = report.claims.filter((c) => c.verdict === v && this.ranges.has(c.id)).map((c) => this.ranges.get(c.id)!);
      if (ranges.length) registry.set(`fc-${v}`, new Highlight(...ranges));
    }
    return true;
  }

  private flash(range: Range): void {
    const registry = paintableRegistry();
    if (!registry) return;
    const Highlight = (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
    registry.set('fc-focus', new Highlight(range));
    setTimeout(() => registry.delete('fc-focus'), 2000);
  }

  private clearHighlights(): void {
    this.ranges.clear();
    const registry = highlightRegistry();
    if (registry) for (const name of [...VERDICTS.map((v) => `fc-${v}`), 'fc-focus']) registry.delete(name);
  }

  /** A click inside a highlighted claim opens its card; the click itself goes on to the page untouched. */
  private onPageClick(e: MouseEvent): void {
    // Claims are clickable only while they are shown, i.e. with the sidebar open.
    if (!this.state.open || this.ranges.size === 0 || e.button !== 0) return;
    const pos = caretAt(e.clientX, e.clientY);
    if (!pos) return;
    for (const [id, range] of this.ranges) {
      try {
        if (range.isPointInRange(pos.node, pos.offset)) {
          void this.mount(true).then(() => this.update({ open: true, focusClaim: id }));
          return;
        }
      } catch {
        // The point is in another document or a detached node.
      }
    }
  }
}
