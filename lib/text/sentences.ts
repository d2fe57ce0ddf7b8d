/** A sentence of a text with its character span. */
export interface Sentence {
  text: string;
  /** Offset of the first character in the source string. */
  start: number;
  /** Offset just past the last character. */
  end: number;
}

// Intl.Segmenter (ICU) breaks after every "Mr." or "U.S."; news text is full
// of them, so segments ending in one of these are joined with the next.
const ABBREVIATION =
  /(?:^|[\s(“"'])(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Sgt|Capt|Cmdr|Adm|Prof|St|Jr|Sr|Inc|Corp|Co|Ltd|No|Nos|Vol|vs|etc|e\.g|i\.e|U\.S|U\.K|U\.N|E\.U|a\.m|p\.m|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Mt|Ft|[A-Z])\.\s*$/;

let segmenter: Intl.Segmenter | undefined;

/**
 * Splits text into sentences. Line breaks always end a sentence (paragraphs,
 * list items and headlines are separate units); within a line, ICU's sentence
 * rules are used, with common abbreviations repaired.
 */
export function sentences(text: string): Sentence[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Sentence[] = [];
  const lineRe = /[^\n]+/g;
  for (const line of text.matchAll(lineRe)) {
    const lineStart = line.index;
    let pending: { start: number; end: number } | null = null;
    for (const seg of segmenter.segment(line[0])) {
      const start = lineStart + seg.index;
      const end = start + seg.segment.length;
      if (pending && !ABBREVIATION.test(text.slice(pending.start, pending.end))) {
        push(out, text, pending.start, pending.end);
        pending = null;
      }
      pending = pending ? { start: pending.start, end } : { start, end };
    }
    if (pending) push(out, text, pending.start, pending.end);
  }
  return out;
}

function push(out: Sentence[], text: string, start: number, end: number): void {
  // Trim whitespace while keeping the offsets exact.
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

/**
 * Sentence `i` of `texts` with the rest of a quotation it opens and does not close ("“We inform you
 * that the Moscow-Porlamar flight … has been cancelled. A Moscow-Varadero flight is planned
 * instead,” PEGAS Touristik said"): whoever the quotation names, or is said by, belongs to it.
 * At most two further sentences; a sentence opening a quotation of its own ends the span. A
 * sentence that closes a quotation begun before it (at most two sentences before) starts the span
 * there.
 */
export function quoteSpan(texts: readonly string[], i: number): string {
  const start = quoteStart(texts, i);
  return texts.slice(start, Math.max(i, quoteEnd(texts, start)) + 1).join(' ');
}

/** The sentence that opens the quotation sentence `i` closes (“…instead,” PEGAS said: the sentence before), `i` itself when it closes none. */
function quoteStart(texts: readonly string[], i: number): number {
  const text = texts[i] ?? '';
  // (Curly quotes only: a straight one does not say whether it opens or closes.)
  if ((text.match(/[”»]/gu)?.length ?? 0) <= (text.match(/[“«]/gu)?.length ?? 0)) return i;
  for (let start = i - 1; start >= Math.max(0, i - 2); start--) if (openQuote(texts[start]!)) return start;
  return i;
}

/** The last sentence of the quotation sentence `i` opens (`i` itself when it opens none). */
function quoteEnd(texts: readonly string[], i: number): number {
  let end = i;
  let text = texts[i] ?? '';
  while (end + 1 <= i + 2 && end + 1 < texts.length && openQuote(text) && !/^\s*[“"«]/u.test(texts[end + 1]!)) text += ` ${texts[++end]}`;
  return end;
}

function openQuote(text: string): boolean {
  const curly = (text.match(/[“«]/gu)?.length ?? 0) - (text.match(/[”»]/gu)?.length ?? 0);
  return curly > 0 || (text.match(/"/g)?.length ?? 0) % 2 === 1;
}

/**
 * Sentence `i` of `texts` with the rest of its quotation (quoteSpan), and the sentence after that
 * when it goes on about the same subject, "he" or "she" early in it ("Lavrov warned on Friday… While
 * visiting Rabat, Morocco, he denounced…"): where the act took place may be told there.
 */
export function continuedSpan(texts: readonly string[], i: number): string {
  const end = quoteEnd(texts, i);
  const next = texts[end + 1];
  return texts.slice(i, end + 1 + (next && /^(?:\S+\s+){0,6}?(?:he|she)\b/i.test(next) ? 1 : 0)).join(' ');
}
