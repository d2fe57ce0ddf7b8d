import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../lib/random.ts';
import type { Stance } from '../../lib/stance/model.ts';
import {
  DEFAULT_DATA_DIR,
  SPLITS,
  bodyGroups,
  checkSplit,
  nearDuplicatePairs,
  normaliseText,
  readFnc,
  splitFnc,
  type Dataset,
  type Pair,
} from './data.ts';

/** Random prose: words drawn from a made-up vocabulary, so distinct bodies share no 5-word run. */
function prose(random: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    let w = '';
    const len = 3 + Math.floor(random() * 6);
    for (let k = 0; k < len; k++) w += String.fromCharCode(97 + Math.floor(random() * 26));
    out.push(i % 9 === 8 ? w + '.' : w);
  }
  return out.join(' ');
}

/**
 * A small FNC-1-like data set: `stories` stories of 2-6 bodies and 2-4
 * headlines each, all headline-body pairs of a story related, plus unrelated
 * pairs with bodies of other stories. Some bodies are copies of others under a
 * new Body ID (re-punctuated, re-cased, or trimmed), some in other stories.
 */
function synthetic(seed: number, stories = 60): Dataset {
  const random = mulberry32(seed);
  const bodies = new Map<string, string>();
  const pairs: Pair[] = [];
  const storyBodies: string[][] = [];
  const storyHeadlines: string[][] = [];
  let nextId = 0;
  for (let s = 0; s < stories; s++) {
    const ids: string[] = [];
    const nb = 2 + Math.floor(random() * 5);
    for (let b = 0; b < nb; b++) {
      const id = String(nextId++);
      bodies.set(id, prose(random, 60 + Math.floor(random() * 80)));
      ids.push(id);
    }
    storyBodies.push(ids);
    storyHeadlines.push(Array.from({ length: 2 + Math.floor(random() * 3) }, () => prose(random, 8)));
  }
  // Copies under new Body IDs, in the same story (as FNC-1 has them).
  const copies: [string, string][] = [];
  for (let s = 0; s < stories; s += 3) {
    const src = storyBodies[s]![0]!;
    const text = bodies.get(src)!;
    const id = String(nextId++);
    const variant = s % 9 === 0 ? text.toUpperCase().replace(/\./g, ' !  ') : s % 9 === 3 ? `  ${text}\n\n` : text.slice(0, Math.floor(text.length * 0.9));
    bodies.set(id, variant);
    storyBodies[s]!.push(id);
    copies.push([src, id]);
  }
  const stances: Stance[] = ['agree', 'disagree', 'discuss'];
  for (let s = 0; s < stories; s++) {
    for (const h of storyHeadlines[s]!) {
      for (const id of storyBodies[s]!) pairs.push({ headline: h, bodyId: id, stance: stances[Math.floor(random() * 3)]! });
      for (let u = 0; u < 4; u++) {
        const other = (s + 1 + Math.floor(random() * (stories - 1))) % stories;
        const ids = storyBodies[other]!;
        pairs.push({ headline: h, bodyId: ids[Math.floor(random() * ids.length)]!, stance: 'unrelated' });
      }
    }
  }
  return { bodies, pairs };
}

describe('normaliseText', () => {
  it('lower-cases, drops punctuation and collapses whitespace', () => {
    expect(normaliseText('  The U.S. Army — didn’t\n\tdeny it!  ')).toBe('the u s army didnt deny it');
    expect(normaliseText('ÉCOLE, Wörds')).toBe(normaliseText('école wörds'));
    expect(normaliseText('ﬁrst')).toBe('first'); // NFKC
  });
});

describe('nearDuplicatePairs / bodyGroups', () => {
  const random = mulberry32(7);
  const a = prose(random, 120);
  const b = prose(random, 120);
  const bodies = new Map([
    ['1', a],
    ['2', a.toUpperCase().replace(/\./g, ',')], // same normalised text
    ['3', a.slice(0, Math.floor(a.length * 0.85))], // trimmed copy
    ['4', b],
    ['5', prose(random, 120)],
  ]);

  it('finds identical and near-identical bodies, and only those', () => {
    expect(nearDuplicatePairs(bodies)).toEqual([
      ['1', '2'],
      ['1', '3'],
      ['2', '3'],
    ]);
  });

  it('groups copies together, and stories through related pairs only', () => {
    const pairs: Pair[] = [
      { headline: 'Claim one', bodyId: '4', stance: 'agree' },
      { headline: 'claim ONE!', bodyId: '5', stance: 'discuss' }, // same headline once normalised
      { headline: 'Claim one', bodyId: '1', stance: 'unrelated' },
    ];
    const content = bodyGroups({ bodies, pairs }, { stories: false });
    expect([...content]).toEqual([
      ['1', '1'],
      ['2', '1'],
      ['3', '1'],
      ['4', '4'],
      ['5', '5'],
    ]);
    const story = bodyGroups({ bodies, pairs });
    expect(story.get('5')).toBe('4');
    expect(story.get('1')).toBe('1');
  });
});

describe('splitFnc', () => {
  const data = synthetic(99);

  it('puts no body text, near-identical body, pair or story in two splits', () => {
    for (const by of ['story', 'content'] as const) {
      const split = splitFnc(data, { by });
      const c = checkSplit(data, split);
      expect(c.sharedBodies).toBe(0);
      expect(c.sharedNearDuplicates).toBe(0);
      expect(c.sharedPairs).toBe(0);
      if (by === 'story') expect(c.storyHeadlinesShared).toBe(0);
      // Directly: no normalised body text in two splits.
      const where = new Map<string, Set<string>>();
      for (const s of SPLITS) {
        for (const p of split[s]) {
          const key = normaliseText(data.bodies.get(p.bodyId)!);
          where.set(key, (where.get(key) ?? new Set()).add(s));
        }
      }
      expect([...where.values()].every((v) => v.size === 1)).toBe(true);
    }
  });

  it('keeps every pair exactly once, with its body, in file order', () => {
    const split = splitFnc(data);
    expect(split.train.length + split.dev.length + split.test.length).toBe(data.pairs.length);
    for (const s of SPLITS) {
      for (const p of split[s]) expect(split.splitOf.get(p.bodyId)).toBe(s);
      const order = split[s].map((p) => data.pairs.indexOf(p));
      expect(order).toEqual([...order].sort((x, y) => x - y));
    }
  });

  it('holds out about the requested shares', () => {
    const split = splitFnc(data, { devShare: 0.2, testShare: 0.15 });
    const n = data.pairs.length;
    expect(split.dev.length / n).toBeGreaterThan(0.15);
    expect(split.dev.length / n).toBeLessThan(0.25);
    expect(split.test.length / n).toBeGreaterThan(0.1);
    expect(split.test.length / n).toBeLessThan(0.2);
  });

  it('is deterministic for a seed, and changes with the seed', () => {
    const a = splitFnc(data);
    const b = splitFnc(synthetic(99));
    expect([...b.splitOf]).toEqual([...a.splitOf]);
    expect(b.test).toEqual(a.test);
    const c = splitFnc(data, { seed: 4 });
    expect([...c.splitOf]).not.toEqual([...a.splitOf]);
  });
});

const fncDir = fileURLToPath(new URL(`../../${DEFAULT_DATA_DIR}`, import.meta.url));
describe.skipIf(!existsSync(fncDir))('splitFnc on FNC-1', () => {
  it('splits by whole stories with no shared body text or pair', () => {
    const data = readFnc(fncDir);
    const split = splitFnc(data);
    const c = checkSplit(data, split);
    expect(c).toMatchObject({ sharedBodies: 0, sharedNearDuplicates: 0, sharedPairs: 0, storyHeadlinesShared: 0 });
    expect(split.train.length + split.dev.length + split.test.length).toBe(data.pairs.length);
    // The sizes docs/stance-evaluation.md reports.
    expect([split.train.length, split.dev.length, split.test.length]).toEqual([34648, 7527, 7797]);
  }, 120_000);
});
