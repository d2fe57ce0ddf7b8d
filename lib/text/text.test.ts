import { describe, expect, it } from 'vitest';
import { sentences } from './sentences.ts';
import { term, terms, words } from './tokens.ts';
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
