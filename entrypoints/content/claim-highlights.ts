import type { ArticleReport } from '../../lib/analysis/analyze.ts';
import { findTextSpans, toRange } from '../../lib/highlight/find.ts';
import { yieldToEventLoop } from '../../lib/yield.ts';
import { caretAt, ensureHighlightStyles, highlightRegistry, paintableRegistry, type HighlightCtor } from './page-styles.ts';

const VERDICTS = ['conflicts', 'corroborates', 'discusses'] as const;

function highlightCtor(): HighlightCtor {
  return (globalThis as unknown as { Highlight: HighlightCtor }).Highlight;
}

/**
 * The article's claims located in the page and coloured by verdict with the CSS Custom Highlight
 * API, so the page's DOM is never changed. Owns the located ranges; the controller decides when
 * they are shown.
 */
export class ClaimHighlights {
  private ranges = new Map<string, Range>();

  /**
   * Finds each claim of `report` in the page, in short slices so that a page with tens of thousands
   * of nodes does not freeze. Returns the ids of the claims found, or null when `stale()` says the
   * page or the report changed meanwhile.
   */
  async locate(report: ArticleReport, ignore: Element | undefined, stale: () => boolean): Promise<Set<string> | null> {
    this.clear();
    if (!report.claims.length) return new Set();
    const spans = await findTextSpans(document.body, report.claims.map((c) => c.text), { ignore, pause: yieldToEventLoop });
    if (stale()) return null;
    const located = new Set<string>();
    report.claims.forEach((c, i) => {
      const span = spans[i];
      if (!span) return;
      this.ranges.set(c.id, toRange(span));
      located.add(c.id);
    });
    return located;
  }

  /**
   * Colours the located claims of `report` when `visible` (the sidebar is open), and removes the
   * colours otherwise: a page the reader has not asked about stays as its publisher made it.
   * Returns whether colours are possible on this page (the API exists and the page is not huge).
   */
  show(report: ArticleReport | null, visible: boolean): boolean {
    const registry = paintableRegistry();
    if (!registry) return false;
    for (const v of VERDICTS) registry.delete(`fc-${v}`);
    if (!visible || !report || this.ranges.size === 0) return true;
    ensureHighlightStyles();
    const Highlight = highlightCtor();
    for (const v of VERDICTS) {
      const ranges = report.claims.filter((c) => c.verdict === v && this.ranges.has(c.id)).map((c) => this.ranges.get(c.id)!);
      if (ranges.length) registry.set(`fc-${v}`, new Highlight(...ranges));
    }
    return true;
  }

  /** Scrolls to a located claim and flashes it; false when the claim was not found in the page. */
  reveal(id: string): boolean {
    const range = this.ranges.get(id);
    if (!range) return false;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
    const registry = paintableRegistry();
    if (registry) {
      registry.set('fc-focus', new (highlightCtor())(range));
      setTimeout(() => registry.delete('fc-focus'), 2000);
    }
    return true;
  }

  /** The id of the located claim under the viewport point (x, y), if any. */
  claimAt(x: number, y: number): string | null {
    if (this.ranges.size === 0) return null;
    const pos = caretAt(x, y);
    if (!pos) return null;
    for (const [id, range] of this.ranges) {
      try {
        if (range.isPointInRange(pos.node, pos.offset)) return id;
      } catch {
        // The point is in another document or a detached node.
      }
    }
    return null;
  }

  /** Forgets every located claim and removes every colour. */
  clear(): void {
    this.ranges.clear();
    const registry = highlightRegistry();
    if (registry) for (const name of [...VERDICTS.map((v) => `fc-${v}`), 'fc-focus']) registry.delete(name);
  }
}
