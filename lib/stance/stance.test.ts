import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { sentences } from '../text/sentences.ts';
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
import { Ensemble, type EnsembleJson, type TreeJson } from './gbdt.ts';
import { metrics } from './metrics.ts';
import { loadStanceModel, STANCES, type StanceModelJson } from './model.ts';

const modelJson = JSON.parse(
  readFileSync(new URL('./model.json', import.meta.url), 'utf8'),
) as StanceModelJson;
const model = loadStanceModel(modelJson);
/**
 * Floors a little below what the shipped model achieves on the slice (FNC 0.608,
 * macro-F1 0.554, disagree F1 0.291 when written, for the model trained on the
 * story-disjoint split; the slice is mostly related pairs of bodies with a
 * disagree pair, hence a lower FNC share than on the whole dev split).
 */
const FLOORS = { fnc: 0.57, macroF1: 0.5, disagreeF1: 0.25 };

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
    const index = (w: string) => b.termIndex.get(term(w)!)!;
    expect(b.negatedTf[index('weapon')]).toBe(1);
    expect(b.negatedTf[index('car')]).toBe(0);
    expect(b.sentenceCues).toHaveLength(2);
    const postings = (id: number) => b.postingSentences.slice(b.postingStart[id], b.postingStart[id + 1]);
    expect(postings(index('car'))).toEqual([1]);
  });

  it('counts the terms of words() + term() per lower-cased sentence, whatever was prepared before', () => {
    const texts = [
      "The U.S. Army didn't deny it’s 15,000 troops' claims. ÉCOLE Wörds — “quoted” text? Army army ARMY.",
      'İstanbul officials said the 13-year-old’s story was not true.\nOfficials denied it; officials!',
      'Police found the car. The car was red.',
    ];
    const reference = (text: string) => {
      const tf = new Map<string, number>();
      for (const s of sentences(text)) {
        // Words of the lower-cased sentence, as the features have always taken
        // them ("İ" lower-cases to "i" + a combining dot, which splits a word).
        for (const w of words(s.text.toLowerCase())) {
          const t = term(w.word);
          if (t) tf.set(t, (tf.get(t) ?? 0) + 1);
        }
      }
      return [...tf];
    };
    const first = texts.map((t) => prepareBody(t));
    for (const [i, text] of texts.entries()) {
      const again = prepareBody(text); // same words, prepared after the others
      expect([...again.tf]).toEqual(reference(text));
      expect(again).toEqual(first[i]);
    }
  });

  it('indexes terms in first-occurrence order, with bigrams within sentences only', () => {
    const b = prepareBody('Police found the car. The car was red.\nPolice left.');
    const police = term('police')!;
    const found = term('found')!;
    const car = term('car')!;
    const red = term('red')!;
    const left = term('left')!;
    expect([...b.tf]).toEqual([[police, 2], [found, 1], [car, 2], [red, 1], [left, 1]]);
    expect([...b.termIndex.keys()]).toEqual([...b.tf.keys()]);
    expect(b.tfByIndex).toEqual([...b.tf.values()]);
    expect(b.termCount).toBe(7);
    expect([...b.postingStart]).toEqual([0, 2, 3, 5, 6, 7]);
    expect([...b.postingSentences]).toEqual([0, 2, 0, 0, 1, 1, 2]);
    // Followers of police (found, left), found (car), car (red); none of red and left.
    expect(b.bigramStart).toEqual([0, 2, 3, 4, 4, 4]);
    expect(b.bigramNext).toEqual([1, 4, 2, 3]); // not car → car: "car. The car" spans two sentences
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

describe('Ensemble', () => {
  /** A random tree over `features` features, with leaves at uneven depths (up to 4). */
  const randomTree = (rand: () => number, features: number): TreeJson => {
    const tree: TreeJson = { f: [], t: [], l: [], r: [] };
    const add = (depth: number): number => {
      const i = tree.f.length;
      tree.f.push(-1);
      tree.t.push(rand() - 0.5);
      tree.l.push(-1);
      tree.r.push(-1);
      if (depth < 4 && rand() < 0.8) {
        tree.f[i] = Math.floor(rand() * features);
        tree.l[i] = add(depth + 1);
        tree.r[i] = add(depth + 1);
      }
      return i;
    };
    add(0);
    return tree;
  };
  /** Plain walk of the JSON trees, summing in tree order: what `score` must equal bit for bit. */
  const reference = (json: EnsembleJson, x: Float64Array): number[] => {
    const out = [...json.base];
    json.trees.forEach((tree, ti) => {
      let i = 0;
      while (tree.f[i]! >= 0) i = x[tree.f[i]!]! <= tree.t[i]! ? tree.l[i]! : tree.r[i]!;
      out[ti % json.outputs]! += tree.t[i]!;
    });
    return out;
  };

  it('scores exactly like a plain walk of the trees, for 1, 2 and 3 outputs', () => {
    let seed = 12345;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    for (const outputs of [1, 2, 3]) {
      for (const treeCount of [0, 1, 2, 5, 3 * 7]) {
        const count = treeCount - (treeCount % outputs);
        const json: EnsembleJson = {
          outputs,
          base: Array.from({ length: outputs }, () => rand()),
          trees: Array.from({ length: count }, () => randomTree(rand, 6)),
        };
        const e = new Ensemble(json, 6);
        for (let k = 0; k < 50; k++) {
          const x = Float64Array.from({ length: 6 }, () => rand() - 0.5);
          expect([...e.score(x)]).toEqual(reference(json, x));
        }
      }
    }
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

  /**
   * Frozen outputs: any change to a feature value or probability (even in
   * the last bit) changes the digest. Update only on purpose, with a retrained
   * model or new features. Last updated for the model retrained on the
   * story-disjoint train split (docs/stance-evaluation.md), with the slice
   * regenerated from the new dev split; feature code unchanged.
   */
  it('gives exactly the recorded features and probabilities', () => {
    const h = createHash('sha256');
    for (const p of pairs) {
      const c = prepareClaim(p['Headline']!);
      const b = bodies.get(p['Body ID']!)!;
      h.update(new Uint8Array(model.features(c, b).slice().buffer));
      const r = model.predict(c, b).probabilities;
      h.update(new Uint8Array(Float64Array.from([r.agree, r.disagree, r.discuss, r.unrelated]).buffer));
    }
    expect(pairs.length).toBe(455);
    expect(h.digest('hex')).toBe('da1d5c43631c38983d0f0da24261797d5bf5051f51d96e5c147495dae2a2b67a');
    const probs = (i: number) => model.predict(pairs[i]!['Headline']!, bodies.get(pairs[i]!['Body ID']!)!).probabilities;
    // The first unrelated, disagree and discuss pairs of the slice.
    expect(probs(0)).toEqual({
      agree: 0.000830305768567175,
      disagree: 0.00010298710861445363,
      discuss: 0.00036250912569671075,
      unrelated: 0.9987041979971216,
    });
    expect(probs(3)).toEqual({
      agree: 0.28329219116129223,
      disagree: 0.5696834984912202,
      discuss: 0.14691329458539779,
      unrelated: 0.00011101576208971675,
    });
    expect(probs(8)).toEqual({
      agree: 0.03449719478554307,
      disagree: 0.007882520599603655,
      discuss: 0.9560355183886678,
      unrelated: 0.001584766226185419,
    });
  });

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

