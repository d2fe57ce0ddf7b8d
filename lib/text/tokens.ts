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
// The scanner below implements exactly this pattern; the regex stays as its
// definition (and the reference the tests compare the scanner with).
const WORD = /[\p{L}\p{N}]+(?:['’.\-,][\p{L}\p{N}]+)*/gu;
const ALNUM = /^[\p{L}\p{N}]$/u;

/** Splits text into lower-cased words with their offsets. */
export function words(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    out.push({ word: normalize(m[0]), start: m.index });
  }
  return out;
}

function normalize(surface: string): string {
  return surface.toLowerCase().replace(/’/g, "'");
}

// Per UTF-16 code unit in the Basic Multilingual Plane: 0 not yet known, 1 letter or digit, 2 neither.
const bmpClass = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) {
  bmpClass[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 2;
}

/** Length (1 or 2 code units) of the letter or digit starting at `i`, or 0 if there is none. */
function alnumAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = bmpClass[c]!;
    if (k === 0) bmpClass[c] = k = ALNUM.test(text[i]!) ? 1 : 2;
    return k === 1 ? 1 : 0;
  }
  // A surrogate pair: letters outside the BMP (rare scripts, mathematical letters).
  const cp = text.codePointAt(i)!;
  return cp > 0xffff && ALNUM.test(String.fromCodePoint(cp)) ? 2 : 0;
}

function isJoiner(c: number): boolean {
  // ' ’ . - ,
  return c === 39 || c === 0x2019 || c === 46 || c === 45 || c === 44;
}

/**
 * Calls `fn` with each word of `text` as it appears in the text (not lower-cased):
 * the same words as `words()`, found with a character scanner instead of the
 * Unicode regex because indexing a corpus tokenizes megabytes of text.
 */
export function forEachSurface(text: string, fn: (surface: string, start: number) => void): void {
  forEachWordSpan(text, (start, end) => fn(text.slice(start, end), start));
}

/**
 * Calls `fn` with the span and a hash of each word of `text` (the words of
 * `forEachSurface`), without creating a string per word: the indexer looks
 * words up by span and only slices the first occurrence of each.
 */
export function forEachWordSpan(text: string, fn: (start: number, end: number, hash: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    // ASCII fast path inline: this loop runs over every character of a corpus.
    let c = text.charCodeAt(i);
    let w = c < 128 ? (bmpClass[c] === 1 ? 1 : 0) : alnumAt(text, i);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    for (;;) {
      // The word's letters and digits, hashed as they are read (FNV-1a over code units).
      do {
        h = Math.imul(h ^ c, 0x01000193);
        if (w === 2) h = Math.imul(h ^ text.charCodeAt(i + 1), 0x01000193);
        i += w;
        if (i >= n) break;
        c = text.charCodeAt(i);
        w = c < 128 ? (bmpClass[c] === 1 ? 1 : 0) : alnumAt(text, i);
      } while (w > 0);
      // A joiner continues the word only when a letter or digit follows it.
      if (i + 1 < n && isJoiner(c) && alnumAt(text, i + 1) > 0) {
        h = Math.imul(h ^ c, 0x01000193);
        i++;
        c = text.charCodeAt(i);
        w = alnumAt(text, i);
        continue;
      }
      break;
    }
    fn(start, i, h >>> 0);
  }
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

// Surface form (as in the text) to index term, '' for none: most words of a
// corpus are repeats, so this skips lower-casing as well as stemming.
const surfaceCache = new Map<string, string>();

/** Index term of a word as it appears in the text (any case, either apostrophe). */
export function surfaceTerm(surface: string): string | null {
  let t = surfaceCache.get(surface);
  if (t === undefined) {
    t = term(normalize(surface)) ?? '';
    if (surfaceCache.size > 200_000) surfaceCache.clear();
    surfaceCache.set(surface, t);
  }
  return t || null;
}

/** Calls `fn` with each index term of `text`, in order, stopwords removed. */
export function forEachTerm(text: string, fn: (term: string) => void): void {
  forEachSurface(text, (surface) => {
    const t = surfaceTerm(surface);
    if (t) fn(t);
  });
}

/** Index terms of a text, in order, stopwords removed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  forEachTerm(text, (t) => out.push(t));
  return out;
}

/** Term frequencies of a text. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  forEachTerm(text, (t) => counts.set(t, (counts.get(t) ?? 0) + 1));
  return counts;
}
