// The page around the sidebar: claim colours through the CSS Custom Highlight API, the page
// narrowed beside the open sidebar, and where a click landed in the text. Styles only: the
// page's elements are never changed.

// Verdicts are told by line style as well as hue (wavy: conflict, solid: corroborated, dotted:
// discussed), so they survive colour blindness; "discusses" has no fill, which read as a selection.
const HIGHLIGHT_CSS = `
::highlight(fc-conflicts) { background-color: rgba(244, 63, 94, 0.16); text-decoration: underline wavy rgb(225, 29, 72); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(fc-corroborates) { background-color: rgba(34, 197, 94, 0.12); text-decoration: underline solid rgb(21, 128, 61); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(fc-discusses) { text-decoration: underline dotted rgb(100, 116, 139); text-decoration-thickness: 2px; text-underline-offset: 3px; }
::highlight(fc-focus) { background-color: rgba(250, 204, 21, 0.55); }
`;
/**
 * While the sidebar is open the page is narrowed by its width, as a browser side panel does, so no
 * line of the article hides under it. Narrow windows get the sidebar over the page instead.
 */
const PUSH_CSS = `@media (min-width: 720px) { html { margin-right: min(400px, 100vw) !important; } }`;

export type HighlightRegistry = Map<string, unknown> & { delete(name: string): boolean };
export interface HighlightCtor {
  new (...ranges: Range[]): unknown;
}

export function highlightRegistry(): HighlightRegistry | null {
  const css = (globalThis as unknown as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  return css?.highlights && 'Highlight' in globalThis ? css.highlights : null;
}

/**
 * Pages with more elements than this get no highlight colours and are not narrowed beside the
 * sidebar: adding the highlight stylesheet restyles, and narrowing relays out, the whole document
 * in one task (200–500 ms at 50,000 elements), and the page must not stall for us.
 */
const MAX_HIGHLIGHT_ELEMENTS = 15_000;
const isLargePage = (): boolean => document.getElementsByTagName('*').length > MAX_HIGHLIGHT_ELEMENTS;

/** The highlight registry, where colouring claims is affordable on this page. */
export function paintableRegistry(): HighlightRegistry | null {
  if (!stylesAdded && isLargePage()) return null;
  return highlightRegistry();
}

/** Styles added to the page, removable: an adopted stylesheet, or where that fails a style element. */
interface PageStyles {
  remove(): void;
}

/**
 * Adds `css` to the page as a constructed, adopted stylesheet, so no element is inserted. Firefox's
 * content scripts see the page's adoptedStyleSheets through an Xray wrapper that is neither iterable
 * nor assignable from the sandbox; there the styles go in a style element instead.
 */
function addPageStyles(css: string): PageStyles {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    const list = document.adoptedStyleSheets;
    const current: CSSStyleSheet[] = [];
    for (let i = 0; i < list.length; i++) current.push(list[i]!);
    document.adoptedStyleSheets = [...current, sheet];
    if (!document.adoptedStyleSheets.includes(sheet)) throw new Error('not adopted');
    return {
      remove() {
        document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== sheet);
      },
    };
  } catch {
    const style = document.createElement('style');
    style.textContent = css;
    (document.head ?? document.documentElement).append(style);
    return { remove: () => style.remove() };
  }
}

let stylesAdded = false;
/** Adds the highlight colours to the page, once. */
export function ensureHighlightStyles(): void {
  if (stylesAdded) return;
  stylesAdded = true;
  addPageStyles(HIGHLIGHT_CSS);
}

let pushStyles: PageStyles | null = null;
/** Narrows the page beside the open sidebar (page styles only: no element or attribute of the page changes). */
export function pushPage(on: boolean): void {
  // Narrowing relays out the whole page in one task (about 450 ms at 50,000 elements): on pages that
  // large the sidebar opens over the page instead, as it does on narrow windows.
  if (on && !pushStyles && isLargePage()) return;
  if (on && !pushStyles) {
    pushStyles = addPageStyles(PUSH_CSS);
  } else if (!on && pushStyles) {
    pushStyles.remove();
    pushStyles = null;
  }
}

export function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  const p = d.caretPositionFromPoint?.(x, y);
  if (p) return { node: p.offsetNode, offset: p.offset };
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
