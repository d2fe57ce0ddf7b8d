import background from './background-df.json';

interface BackgroundFile {
  formatVersion: 1;
  documents: number;
  terms: string;
  df: number[];
}

const bg = background as BackgroundFile;
/** Number of documents in the background collection. */
export const BACKGROUND_DOCS = bg.documents;
let bgDf: Map<string, number> | undefined;

/** Document frequency of `term` in the background news collection (0 if unseen or seen once). */
export function backgroundDf(term: string): number {
  if (!bgDf) {
    bgDf = new Map();
    const terms = bg.terms.split(' ');
    for (let i = 0; i < terms.length; i++) bgDf.set(terms[i]!, bg.df[i]!);
  }
  return bgDf.get(term) ?? 0;
}

/**
 * IDF of a term over the background collection plus the corpus. When the
 * corpus document frequency is unknown (not fetched), it is estimated at the
 * background's rate, so weights stay comparable across terms.
 */
export function idf(term: string, corpusDocs: number, corpusDf?: number): number {
  const b = backgroundDf(term);
  const c = corpusDf ?? (b * corpusDocs) / BACKGROUND_DOCS;
  return Math.log(1 + (BACKGROUND_DOCS + corpusDocs) / (b + c + 0.5));
}
