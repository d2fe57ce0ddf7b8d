import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { term, words } from '../text/tokens.ts';
import {
  FEATURE_COUNT,
  FEATURE_NAMES,
  countCues,
  pairFeatures,
  prepareBody,
  prepareClaim,
  rawWords,
} from './features.ts';
import { metrics } from './metrics.ts';
import { loadStanceModel, STANCES, type StanceModelJson } from './model.ts';

const modelJson = JSON.parse(
  readFileSync(new URL('./model.json', import.meta.url), 'utf8'),
) as StanceModelJson;
const model = loadStanceModel(modelJson);
/**
 * Floors a little below what the shipped model achieves on the slice (FNC 0.709,
 * macro-F1 0.658, disagree F1 0.502 when written; the slice is mostly related
 * pairs, hence a lower FNC share than on the whole dev split).
 */
const FLOORS = { fnc: 0.66, macroF1: 0.6, disagreeF1: 0.42 };

const feature = (x: Float64Array, name: (typeof FEATURE_NAMES)[number]) => x[FEATURE_NAMES.indexOf(name)]!;

describe('tokenisation', () => {
  it('rawWords matches words() from lib/text/tokens.ts', () => {
    for (const text of [
      "The U.S. Army didn't deny it’s 15,000 troops' 13-year-old claims.",
      'Ünïcode Wörds, ÉCOLE and numbers 3.14 — “quoted” text?',
      '',
    ]) {
      expect(rawWords(text)).toEqual(words(text).map((t) => t.word));
    }
  });
});

describe('cue detection', () => {
  it('finds refuting words and phrases', () => {
    const c = countCues(rawWords('Officials denied the report, calling it a hoax that is not true.'));
    expect(c.refute).toBe(3); // denied, hoax, "not true"
    expect(countCues(rawWords('The photo was debunked as fabricated.')).refute).toBe(2);
    expect(countCues(rawWords('The mayor opened a new bridge on Monday.')).refute).toBe(0);
  });

  it('finds hedging words and phrases', () => {
    const c = countCues(rawWords('The singer reportedly quit, according to unconfirmed sources.'));
    expect(c.hedge).toBeGreaterThanOrEqual(4); // reportedly, "according to", unconfirmed, sources
    expect(countCues(rawWords('The bridge opened on Monday.')).hedge).toBe(0);
  });

  it('counts negations, including contractions, on words kept despite being stopwords', () => {
    const c = countCues(rawWords("He did not go, he didn't call and never wrote."));
    expect(c.negation).toBe(3);
    expect(term('not')).toBeNull(); // a stopword for indexing, hence the raw-word cues
  });

  it('counts quotes and question marks', () => {
    const text = 'He said "it is over". Is it?';
    const c = countCues(rawWords(text), text);
    expect(c.quotes).toBe(2);
    expect(c.questions).toBe(1);
  });
});

describe('prepareBody', () => {
  it('marks terms in a negation scope', () => {
    const b = prepareBody('Police did not find the weapon. The car was found later.');
    expect(b.negatedTf.get(term('weapon')!)).toBe(1);
    expect(b.negatedTf.has(term('car')!)).toBe(false);
    expect(b.sentenceCues).toHaveLength(2);
    expect(b.postings.get(term('car')!)).toEqual([1]);
  });
});

describe('pairFeatures', () => {
  const body = prepareBody(
    'A meteorite crashed near the airport in Managua, officials said. ' +
      'Scientists say the crater is 12 metres wide.\nResidents heard a loud boom overnight.',
  );

  it('returns a finite vector of FEATURE_COUNT values', () => {
    const x = pairFeatures(prepareClaim('Meteorite crashes near Managua airport'), body, model.weights);
    expect(x).toHaveLength(FEATURE_COUNT);
    expect([...x].every(Number.isFinite)).toBe(true);
  });

  it('measures overlap', () => {
    const related = pairFeatures(prepareClaim('Meteorite crashes near Managua airport'), body, model.weights);
    const unrelated = pairFeatures(prepareClaim('Apple unveils a new smartwatch'), body, model.weights);
    expect(feature(related, 'cov_unique')).toBe(1);
    expect(feature(related, 'sent_max')).toBe(1);
    expect(feature(related, 'cosine')).toBeGreaterThan(0.2);
    expect(feature(unrelated, 'cov_unique')).toBe(0);
    expect(feature(unrelated, 'cosine')).toBe(0);
  });

  it('sees negation of shared terms and claim polarity', () => {
    const b = prepareBody('The ministry denied that the minister resigned. He did not resign, it said.');
    const x = pairFeatures(prepareClaim('Minister resigns'), b, model.weights);
    expect(feature(x, 'neg_shared')).toBeGreaterThan(0);
    expect(feature(x, 'best_refute')).toBeGreaterThan(0);
    const y = pairFeatures(prepareClaim('Minister did not resign'), b, model.weights);
    expect(feature(y, 'c_neg')).toBe(1);
  });

  it('counts numbers of the claim missing from the body', () => {
    const x = pairFeatures(prepareClaim('Crater is 40 metres wide'), body, model.weights);
    expect(feature(x, 'claim_numbers')).toBe(1);
    expect(feature(x, 'numbers_missing')).toBe(1);
  });
});

describe('predict', () => {
  const text =
    'A spider burrowed into a tourist’s stomach, he claimed. Doctors later said the story was a hoax and denied finding any spider.';

  it('returns a stance, a confidence and probabilities summing to 1', () => {
    const p = model.predict('Spider burrowed into tourist’s stomach', text);
    expect(STANCES).toContain(p.stance);
    expect(Object.keys(p.probabilities).sort()).toEqual([...STANCES].sort());
    const sum = Object.values(p.probabilities).reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(1, 9);
    expect(p.confidence).toBe(p.probabilities[p.stance]);
    expect(p.confidence).toBeGreaterThan(0);
    expect(p.confidence).toBeLessThanOrEqual(1);
  });

  it('gives the same answer for a string and a prepared body or claim', () => {
    const claim = 'Spider burrowed into tourist’s stomach';
    const a = model.predict(claim, text);
    const b = model.predict(prepareClaim(claim), prepareBody(text));
    expect(b).toEqual(a);
  });

  it('calls an unrelated passage unrelated', () => {
    expect(model.predict('Apple unveils a new smartwatch', text).stance).toBe('unrelated');
  });

  it('handles empty inputs', () => {
    const p = model.predict('', '');
    expect(STANCES).toContain(p.stance);
    expect(Number.isFinite(p.confidence)).toBe(true);
  });
});

describe('loadStanceModel', () => {
  const clone = (): Record<string, unknown> => JSON.parse(JSON.stringify(modelJson)) as Record<string, unknown>;

  it('rejects malformed weights', () => {
    expect(() => loadStanceModel(null)).toThrow(/loadStanceModel/);
    expect(() => loadStanceModel('{}')).toThrow(/not an object/);
    expect(() => loadStanceModel({})).toThrow(/formatVersion/);
    expect(() => loadStanceModel({ ...clone(), formatVersion: 999 })).toThrow(/formatVersion/);
    expect(() => loadStanceModel({ ...clone(), featureNames: ['x'] })).toThrow(/featureNames/);
    expect(() => loadStanceModel({ ...clone(), idf: [] })).toThrow(/idf/);
    expect(() => loadStanceModel({ ...clone(), idf: { a: 'x' } })).toThrow(/idf/);
    expect(() => loadStanceModel({ ...clone(), relatedThreshold: 2 })).toThrow(/relatedThreshold/);
    expect(() => loadStanceModel({ ...clone(), stanceBias: [0, 0] })).toThrow(/stanceBias/);
    expect(() => loadStanceModel({ ...clone(), related: { outputs: 1, base: [0], trees: [{ f: [0] }] } })).toThrow(
      /tree/,
    );
    const loop = clone();
    const tree = (loop.related as { trees: { l: number[] }[] }).trees[0]!;
    tree.l[0] = 0; // a child pointing back at its parent
    expect(() => loadStanceModel(loop)).toThrow(/child/);
    expect(() => loadStanceModel({ ...clone(), lexical: { terms: ['a'], weights: [], bias: [0, 0, 0] } })).toThrow(
      /lexical/,
    );
  });

  it('accepts the shipped model', () => {
    expect(() => loadStanceModel(clone())).not.toThrow();
  });
});

describe('shipped model on the FNC-1 dev slice (tests/fixtures/fnc-slice)', () => {
  const dir = new URL('../../tests/fixtures/fnc-slice/', import.meta.url);
  const read = (name: string) =>
    parse(readFileSync(new URL(name, dir), 'utf8'), { columns: true, bom: true }) as Record<string, string>[];
  const bodies = new Map(read('bodies.csv').map((r) => [r['Body ID']!, prepareBody(r['articleBody']!)]));
  const pairs = read('stances.csv');

  it('stays above its quality floors', () => {
    const gold: number[] = [];
    const pred: number[] = [];
    for (const p of pairs) {
      gold.push(STANCES.indexOf(p['Stance'] as (typeof STANCES)[number]));
      pred.push(STANCES.indexOf(model.predict(p['Headline']!, bodies.get(p['Body ID']!)!).stance));
    }
    expect(pairs.length).toBeGreaterThanOrEqual(300);
    expect(gold.every((g) => g >= 0)).toBe(true);
    const m = metrics(gold, pred);
    expect(m.fncShare).toBeGreaterThanOrEqual(FLOORS.fnc);
    expect(m.macroF1).toBeGreaterThanOrEqual(FLOORS.macroF1);
    expect(m.f1[1]!).toBeGreaterThanOrEqual(FLOORS.disagreeF1);
  });
});

