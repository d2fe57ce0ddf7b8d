// A page-DOM module: finds sentences of the extracted article in the live
// page so they can be highlighted without modifying the page's DOM.

// NodeFilter.SHOW_TEXT, spelled out so the module also runs where NodeFilter is not a global.
const SHOW_TEXT = 4;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA', 'TEMPLATE', 'SVG']);

interface Piece {
  node: Text;
  /** Start of this node's text in the flattened, whitespace-collapsed page text. */
  start: number;
}

function norm(s: string): string {
  return s.replace(/[’‘]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** Offset in `node.data` of the `k`-th character of its collapsed text. */
function rawOffset(node: Text, k: number, startsAfterSpace: boolean): number {
  let seen = 0;
  let space = startsAfterSpace;
  const data = node.data;
  for (let i = 0; i < data.length; i++) {
    const isSpace = /\s/.test(data[i]!);
    if (isSpace && space) continue;
    if (seen === k) return i;
    seen++;
    space = isSpace;
  }
  return data.length;
}

/** Where a text starts and ends in the page's text nodes. */
export interface TextSpan {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
}

/** A DOM Range over a span (the page keeps its DOM; the range is only read or highlighted). */
export function toRange(span: TextSpan): Range {
  const range = span.startNode.ownerDocument.createRange();
  range.setStart(span.startNode, span.startOffset);
  range.setEnd(span.endNode, span.endOffset);
  return range;
}

/** Options for {@link findTextSpans}. */
export interface FindOptions {
  /** A subtree not to search (the extension's own sidebar). */
  ignore?: Node;
  /**
   * Called between slices of the walk once `sliceMs` have passed, so a huge
   * page is searched in several short tasks instead of one long one.
   */
  pause?: () => Promise<void>;
  sliceMs?: number;
}

/**
 * Finds each text in the page's visible text (whitespace and curly quotes
 * normalised) and returns its span, or null where it is not found.
 * One pass over the text nodes serves all the texts; each node's text is
 * normalised with native string operations, since pages can have tens of
 * thousands of text nodes.
 */
export async function findTextSpans(root: Node, texts: readonly string[], options: FindOptions = {}): Promise<(TextSpan | null)[]> {
  const { ignore, pause, sliceMs = 8 } = options;
  const doc = root.ownerDocument ?? (root as Document);
  const pieces: Piece[] = [];
  const spaceBefore: boolean[] = [];
  const parts: string[] = [];
  let length = 0;
  let lastSpace = true;
  let sliceStart = performance.now();
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  let visited = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (pause && ++visited % 256 === 0 && performance.now() - sliceStart > sliceMs) {
      await pause();
      sliceStart = performance.now();
    }
    const node = n as Text;
    const parent = node.parentElement;
    if (!parent || SKIP.has(parent.tagName.toUpperCase()) || (ignore && ignore.contains(node))) continue;
    pieces.push({ node, start: length });
    spaceBefore.push(lastSpace);
    // Runs of whitespace become one space, also across nodes (and none at the very start).
    let out = node.data.replace(/\s+/g, ' ');
    if (lastSpace && out.startsWith(' ')) out = out.slice(1);
    if (out) {
      out = out.replace(/[’‘]/g, "'").replace(/[“”]/g, '"');
      lastSpace = out.endsWith(' ');
      parts.push(out);
      length += out.length;
    }
  }
  const flat = parts.join('');
  const locate = (pos: number): { node: Text; offset: number } | null => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid]!.start <= pos) lo = mid;
      else hi = mid - 1;
    }
    const p = pieces[lo];
    if (!p) return null;
    return { node: p.node, offset: rawOffset(p.node, pos - p.start, spaceBefore[lo]!) };
  };
  return texts.map((t) => {
    const target = norm(t);
    if (!target) return null;
    const at = flat.indexOf(target);
    if (at < 0) return null;
    const a = locate(at);
    const b = locate(at + target.length - 1);
    if (!a || !b) return null;
    return { startNode: a.node, startOffset: a.offset, endNode: b.node, endOffset: Math.min(b.node.data.length, b.offset + 1) };
  });
}
