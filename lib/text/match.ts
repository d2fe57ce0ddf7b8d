import { term, words } from './tokens.ts';

/** A piece of text, marked when one of its words also occurs (as the same term) in another text. */
export interface Segment {
  text: string;
  match: boolean;
}

/** Splits `text` into segments, marking the words whose index term also occurs in `other`. */
export function markShared(text: string, other: string): Segment[] {
  const wanted = new Set<string>();
  for (const w of words(other)) {
    const t = term(w.word);
    if (t) wanted.add(t);
  }
  const out: Segment[] = [];
  let pos = 0;
  for (const w of words(text)) {
    const t = term(w.word);
    if (!t || !wanted.has(t)) continue;
    const end = w.start + w.word.length;
    const last = out[out.length - 1];
    // Marked words separated only by spaces merge into one mark.
    if (last?.match && /^\s*$/.test(text.slice(pos, w.start))) last.text += text.slice(pos, end);
    else {
      if (w.start > pos) out.push({ text: text.slice(pos, w.start), match: false });
      out.push({ text: text.slice(w.start, end), match: true });
    }
    pos = end;
  }
  if (pos < text.length) out.push({ text: text.slice(pos), match: false });
  return out;
}
