import type { CorpusDB } from '../corpus/db.ts';
import { findRelated, type RelatedOptions } from './related.ts';
import type { ArticleSnapshot, RelatedResult } from './types.ts';

/** The analysis of one article against the corpus: the single entry point for the background and the CLI. */
export type ArticleReport = RelatedResult;

/**
 * Analyses an extracted article against the corpus. Pure with respect to the
 * page: it receives plain data and reads only the corpus database.
 */
export async function analyzeArticle(
  db: CorpusDB,
  snapshot: Pick<ArticleSnapshot, 'title' | 'text'>,
  options: RelatedOptions = {},
): Promise<ArticleReport> {
  return findRelated(db, snapshot, options);
}
