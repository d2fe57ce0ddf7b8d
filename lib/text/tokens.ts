import { stemmer } from 'stemmer';
import { STOPWORDS } from './stopwords.ts';

/** A word of the text with its position, before stemming. */
export interface Token {
  /** Lower-cased surface form, apostrophes normalised to `'`. */
  word: string;
  /** Offset of the word's first character in the source string. */
  start: number;
}

// Letters and digits of any script, with inner apostrophes, dots or hyphens
// ("U.S.", "don't", "13-year-old"); numbers keep their separators ("15,000").
const WORD = /[\p{L}\p{N}]+(?:['’.\-,][\p{L}\p{N}]+)*/gu;

/** Splits text into lower-cased words with their offsets. */
export function words(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: m[0].toLowerCase().replace(/’/g, "'"), start: m.index });
  }
  return out;
}

const stemCache = new Map<string, string>();

/**
 * Index term of one lower-cased word: Porter stem for Latin-script words,
 * the word itself otherwise; `null` for stopwords and one-letter noise.
 * Dots and commas inside the word are dropped so "u.s." matches "us" and
 * "15,000" matches "15000".
 */
export function term(word: string): string | null {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached || null;
  let result = '';
  const bare = word.replace(/'s$/, '');
  if (!STOPWORDS.has(bare)) {
    const flat = bare.replace(/[.,']/g, '');
    if (flat.length > 1 || /\d/.test(flat)) {
      result = /^[a-z][a-z-]*$/.test(flat) ? stemmer(flat) : flat;
    }
  }
  if (stemCache.size > 200_000) stemCache.clear();
  stemCache.set(word, result);
  return result || null;
}

/** Index terms of a text, in order, stopwords removed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const t of words(text)) {
    const s = term(t.word);
    if (s) out.push(s);
  }
  return out;
}

/** Term frequencies of a text. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of terms(text)) counts.set(t, (counts.get(t) ?? 0) + 1);
  return counts;
}
