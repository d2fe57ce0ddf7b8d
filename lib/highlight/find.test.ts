import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findTextSpans, type TextSpan } from './find.ts';

function text(s: TextSpan | null | undefined): string | null {
  if (!s) return null;
  if (s.startNode === s.endNode) return s.startNode.data.slice(s.startOffset, s.endOffset);
  let out = s.startNode.data.slice(s.startOffset);
  let n: Node | null = s.startNode;
  // Walk forward in document order to the end node.
  while (n && n !== s.endNode) {
    n = n.firstChild ?? n.nextSibling ?? climb(n);
    if (n && n.nodeType === 3 && n !== s.endNode) out += (n as Text).data;
  }
  return out + s.endNode.data.slice(0, s.endOffset);
}
function climb(n: Node): Node | null {
  let p: Node | null = n;
  while (p && !p.nextSibling) p = p.parentNode;
  return p ? p.nextSibling : null;
}

describe('findTextSpans', () => {
  const { document } = parseHTML(
    '<html><body><article><p>Russia has   begun <b>evacuating</b> families.\n The official said it was “very grim.”</p><script>var x = "Russia has begun";</script></article></body></html>',
  );
  it('finds sentences across elements and collapsed whitespace', async () => {
    const [a, b] = await findTextSpans(document.body as unknown as Node, ['Russia has begun evacuating families.', 'The official said it was "very grim."']);
    expect(text(a)).toBe('Russia has   begun evacuating families.');
    expect(text(b)).toBe('The official said it was “very grim.”');
  });
  it('returns null for text that is not on the page, or only in scripts', async () => {
    const [a, b] = await findTextSpans(document.body as unknown as Node, ['Nothing like this', 'var x']);
    expect(a).toBeNull();
    expect(b).toBeNull();
  });
  it('searches a huge page in slices, pausing between them, with the same result', async () => {
    const filler = '<div><span>  Unrelated   text, with “quotes” and\n spaces. </span></div>'.repeat(20_000);
    const big = parseHTML(`<html><body>${filler}<p>Russia has   begun <b>evacuating</b> families.</p></body></html>`).document;
    let pauses = 0;
    const [sliced] = await findTextSpans(big.body as unknown as Node, ['Russia has begun evacuating families.'], {
      sliceMs: 0,
      pause: async () => {
        pauses++;
      },
    });
    const [whole] = await findTextSpans(big.body as unknown as Node, ['Russia has begun evacuating families.']);
    expect(pauses).toBeGreaterThan(10);
    expect(text(sliced)).toBe('Russia has   begun evacuating families.');
    expect(sliced).toEqual(whole);
  });
});
