/**
 * The labelled fact-check set of tests/fixtures/factchecks: reviewed claims
 * (as fact-checkers phrase them) and article claims grouped into articles,
 * each labelled with the review it makes the same assertion as, or none.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const FIXTURE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../tests/fixtures/factchecks');

export type Split = 'dev' | 'test';

export interface Review {
  id: string;
  claimReviewed: string;
  rating: string;
}

/** Why a claim is in the set: a paraphrase of its review, or a near miss of one kind. */
export type ClaimKind = 'paraphrase' | 'near-figure' | 'near-date' | 'near-person' | 'near-name' | 'near-scope' | 'near-topic' | 'negation' | 'no-review';

export interface ArticleClaim {
  article: string;
  split: Split;
  text: string;
  /** Id of the review making the same assertion, null when none does. */
  match: string | null;
  kind: ClaimKind;
}

export interface Article {
  id: string;
  split: Split;
  topic: string;
  title: string;
}

function jsonl<T>(file: string): T[] {
  return readFileSync(join(FIXTURE_DIR, file), 'utf8').split('\n').filter((l) => l.trim()).map((l, i) => {
    try {
      return JSON.parse(l) as T;
    } catch (e) {
      throw new Error(`${file}:${i + 1}: ${(e as Error).message}`);
    }
  });
}

/** Reads and checks the labelled set: unique ids, every label names a review, every claim an article. */
export function readFactCheckSet(): { reviews: Review[]; articles: Article[]; claims: ArticleClaim[] } {
  const reviews = jsonl<Review>('reviews.jsonl');
  const articles = jsonl<Article>('articles.jsonl');
  const ids = new Set<string>();
  for (const r of reviews) {
    if (ids.has(r.id)) throw new Error(`duplicate review id ${r.id}`);
    ids.add(r.id);
  }
  const byId = new Map(articles.map((a) => [a.id, a]));
  const claims = jsonl<Omit<ArticleClaim, 'split'>>('claims.jsonl').map((c): ArticleClaim => {
    const a = byId.get(c.article);
    if (!a) throw new Error(`claim of unknown article ${c.article}: ${c.text}`);
    if (c.match !== null && !ids.has(c.match)) throw new Error(`claim labelled with unknown review ${c.match}: ${c.text}`);
    if ((c.match === null) !== (c.kind !== 'paraphrase')) throw new Error(`a paraphrase needs a review, a near miss none: ${c.text}`);
    return { ...c, split: a.split };
  });
  return { reviews, articles, claims };
}
