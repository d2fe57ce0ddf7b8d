import { describe, expect, it } from 'vitest';
import { readFactCheckSet } from './data.ts';

describe('fact-check fixture', () => {
  const set = readFactCheckSet();
  it('has the promised size', () => {
    expect(set.reviews.length).toBeGreaterThanOrEqual(300);
    expect(set.claims.length).toBeGreaterThanOrEqual(150);
  });
  it('splits by article, about half each', () => {
    const dev = set.articles.filter((a) => a.split === 'dev').length;
    expect(Math.abs(dev - set.articles.length / 2)).toBeLessThanOrEqual(1);
  });
  it('has matches and near misses in both splits', () => {
    for (const split of ['dev', 'test']) {
      const cs = set.claims.filter((c) => c.split === split);
      expect(cs.filter((c) => c.match).length).toBeGreaterThan(30);
      expect(cs.filter((c) => !c.match).length).toBeGreaterThan(15);
    }
  });
});
