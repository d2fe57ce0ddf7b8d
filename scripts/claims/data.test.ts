import { describe, expect, it } from 'vitest';
import { fncPack, readArticles } from './data.ts';

describe('the claim evaluation set', () => {
  const articles = readArticles();
  it('has its articles, claims and labelled pairs, split by article into dev and test of the same kinds', () => {
    const count = (kind: string, split: string) => articles.filter((a) => a.kind === kind && a.split === split).length;
    for (const split of ['dev', 'test']) {
      expect(count('same-story', split)).toBe(10);
      expect(count('fnc', split)).toBe(5);
      expect(count('near-miss', split)).toBe(16);
    }
    const pairs = articles.reduce((n, a) => n + a.claims.length * a.corpus.length, 0);
    expect(pairs).toBeGreaterThanOrEqual(1600);
    expect(articles.filter((a) => a.kind === 'near-miss').every((a) => !a.expectRelated && a.claims.length === 0)).toBe(true);
  });
  it('labels only reports of each article’s corpus, and every FNC report is in the shipped bodies', () => {
    const fnc = new Set(fncPack()!.documents.map((d) => d.id));
    for (const a of articles.filter((x) => x.kind === 'fnc')) for (const id of a.corpus) expect(fnc.has(id)).toBe(true);
  });
});
