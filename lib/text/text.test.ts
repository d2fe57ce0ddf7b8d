import { describe, expect, it } from 'vitest';
import { continuedSpan, quoteSpan, sentences } from './sentences.ts';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { forEachSurface, forEachWordSpan, term, terms, words } from './tokens.ts';
import { backgroundDf, idf } from './idf.ts';

describe('tokens', () => {
  it('stems words, drops stopwords and keeps numbers whole', () => {
    expect(terms('The U.S. deployed 15,000 troops and 11 warships')).toEqual(['us', 'deploi', '15000', 'troop', '11', 'warship']);
  });
  it('matches inflections and possessives to one term', () => {
    expect(term('evacuating')).toBe(term('evacuation'.replace('ion', 'e')));
    expect(term("russia's")).toBe('russia');
    expect(term('diplomats')).toBe(term('diplomat'));
  });
  it('keeps offsets of words in the source', () => {
    const text = 'Nicolás Maduro’s regime';
    for (const w of words(text)) expect(text.slice(w.start, w.start + w.word.length).toLowerCase().replace('’', "'")).toBe(w.word);
  });
  it('handles non-Latin scripts without stemming them', () => {
    expect(terms('人工智能 新电脑')).toEqual(['人工智能', '新电脑']);
  });
});

describe('sentences', () => {
  it('does not split after abbreviations common in news', () => {
    const s = sentences('The U.S. Navy seized it on Dec. 10. Mr. Smith said “no.” Gen. Padrino agreed!');
    expect(s.map((x) => x.text)).toEqual(['The U.S. Navy seized it on Dec. 10.', 'Mr. Smith said “no.”', 'Gen. Padrino agreed!']);
  });
  it('breaks at line ends and keeps exact offsets', () => {
    const text = 'Headline here\n\n  First sentence. Second one?\nLast';
    const s = sentences(text);
    expect(s.map((x) => x.text)).toEqual(['Headline here', 'First sentence.', 'Second one?', 'Last']);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });
  it('returns nothing for empty or blank text', () => {
    expect(sentences('')).toEqual([]);
    expect(sentences(' \n\n \t')).toEqual([]);
  });
  it('follows a sentence into the next when that goes on about the same person', () => {
    const texts = ['The minister warned on Friday that Lima would reply.', 'While visiting Quito, he denounced the plan.', 'Markets fell.'];
    expect(continuedSpan(texts, 0)).toBe(`${texts[0]} ${texts[1]}`);
    expect(continuedSpan(texts, 1)).toBe(texts[1]);
  });
  it('follows a quotation from where it opens to its end, and no further', () => {
    const texts = ['“The Lisbon flight is off.', 'A Porto flight goes instead,” the airline said.', 'Tickets stay valid.'];
    expect(quoteSpan(texts, 0)).toBe('“The Lisbon flight is off. A Porto flight goes instead,” the airline said.');
    // From the quotation's second sentence, back to where it opens: who said it is in the last one.
    expect(quoteSpan(texts, 1)).toBe('“The Lisbon flight is off. A Porto flight goes instead,” the airline said.');
    expect(quoteSpan(texts, 2)).toBe(texts[2]);
    expect(quoteSpan(['He said: "Stay calm.', '"Nothing changes," she added.'], 0)).toBe('He said: "Stay calm.');
  });
});

describe('idf', () => {
  it('rates story-specific words above everyday news words', () => {
    expect(backgroundDf('report')).toBeGreaterThan(backgroundDf('venezuela'));
    expect(idf('venezuela', 5)).toBeGreaterThan(idf('report', 5) * 2);
  });
  it('uses the corpus frequency when known', () => {
    expect(idf('venezuela', 10_000, 9_000)).toBeLessThan(idf('venezuela', 10_000, 10));
  });
});

describe('word scanner', () => {
  // The scanner must find exactly the words of the WORD pattern: the index and every query depend on it.
  const reference = (text: string): string[] =>
    [...text.matchAll(/[\p{L}\p{N}]+(?:['’.\-,][\p{L}\p{N}]+)*/gu)].map((m) => `${m.index}:${m[0]}`);
  const scanned = (text: string): string[] => {
    const out: string[] = [];
    forEachSurface(text, (w, start) => out.push(`${start}:${w}`));
    return out;
  };
  it('finds the same words as the Unicode pattern, with joiners, scripts and surrogate pairs', () => {
    const samples = [
      "The U.S. sent 15,000 troops -- don't ask; Nicolás Maduro’s 13-year-old... 'quoted' end.",
      'a.b., ,x -y- z\'\' 1,2,3. 3.14159 e.g. ,,a,, ’tis',
      'Ελληνικά κείμενα, русский текст, 中文，日本語のテキスト, العربية ١٢٣',
      '𝐁𝐨𝐥𝐝 letters 𝟏𝟐 and emoji 😀x😀 and ZWJ a\u200db',
      '',
      '...',
      'trailing joiner- and-',
    ];
    for (const s of samples) expect(scanned(s)).toEqual(reference(s));
  });
  it('agrees with the pattern on a long news text', () => {
    const text = readFileSync(join(import.meta.dirname, '../../tests/fixtures/pages/demo-russia-evacuation.html'), 'utf8');
    expect(scanned(text)).toEqual(reference(text));
    expect(terms(text)).toEqual(words(text).map((w) => term(w.word)).filter((t): t is string => !!t));
  });
});

describe('word spans', () => {
  it('gives the spans of forEachSurface, and equal hashes for equal words', () => {
    const text = "The U.S. sent 15,000 troops; the u.s. and The U.S. again — Nicolás 𝐁𝐨𝐥𝐝 don't, 'quoted' a.b.,";
    const surfaces: string[] = [];
    forEachSurface(text, (w, start) => surfaces.push(`${start}:${w}`));
    const spans: string[] = [];
    const hashes = new Map<string, Set<number>>();
    forEachWordSpan(text, (start, end, hash) => {
      const w = text.slice(start, end);
      spans.push(`${start}:${w}`);
      hashes.set(w, (hashes.get(w) ?? new Set()).add(hash));
    });
    expect(spans).toEqual(surfaces);
    expect(hashes.get('U.S')!.size).toBe(1);
    expect(hashes.get('U.S')).not.toEqual(hashes.get('u.s'));
  });
});
