/**
 * Published fact-checks beside an article's claims: for each claim, the
 * corpus's fact-check documents (schema.org ClaimReview, pack format 2) whose
 * reviewed claim makes the same assertion, found by the index and decided by
 * the fact-check matcher (lib/factcheck/match.ts). A claim about the same
 * topic but another assertion gets none.
 */
import { readStats, type CorpusDB, type DocRecord } from '../corpus/db.ts';
import { fetchPostings, loadDocs, rankWithPostings } from '../corpus/search.ts';
import { buildFactCheckIndex, matchFactChecks } from '../factcheck/match.ts';
import { factCheckLinks, isFactCheck, type NormalizedRating } from '../packs/format.ts';
import { idf } from '../text/idf.ts';
import { termCounts } from '../text/tokens.ts';
import { timeContext, type TimeContext } from './context.ts';
import { tfidfVector } from './similarity.ts';

/** A published fact-check of one of the article's claims. */
export interface FactCheckFinding {
  docId: string;
  packId: string;
  /** The claim as the fact-checker states it. */
  claimReviewed: string;
  claimant: string | null;
  /** The rating as published ("Mostly False"), or null when the review gives none in words. */
  rating: string | null;
  normalizedRating: NormalizedRating;
  /** The fact-checker. */
  publisher: string;
  /** The review's title. */
  title: string;
  /** The review's URL when it is a web URL; `urlText` keeps any other value, shown inert. */
  url: string | null;
  urlText: string | null;
  datePublished: string | null;
  claimDate: string | null;
  /** How closely the reviewed claim matches (the matcher's score). */
  score: number;
  /** What matched, in words. */
  why: string[];
  /** The review's period relative to the article: a review from another period is earlier context. */
  time: TimeContext;
}

/** Index candidates read per claim: on dev, beside 20,000 distractor reviews, 8 lose no match and 6 lose one; each costs a chunk read. */
const CANDIDATES = 8;
/** Query terms per claim. */
const QUERY_TERMS = 8;
/** Fact-checks kept per claim (several fact-checkers may have rated it). */
const PER_CLAIM = 3;

/**
 * The fact-checks of each claim, by claim id. Reads only the query terms'
 * postings and the candidate documents, so its cost follows the claims, not
 * the corpus size. Claims with none are absent from the map.
 */
export async function findFactChecks(
  db: CorpusDB,
  claims: readonly { id: string; text: string }[],
  articleDate: string | null,
  options: { candidates?: number } = {},
): Promise<Map<string, FactCheckFinding[]>> {
  const candidates = options.candidates ?? CANDIDATES;
  const out = new Map<string, FactCheckFinding[]>();
  const stats = await readStats(db);
  if (stats.documents === 0 || claims.length === 0) return out;
  // Only fact-check documents are ranked, and only the segments of packs holding some are read: a
  // claim's words fill long reports too, which would crowd the reviews out of the candidates and
  // make the index reads many times larger. Without any fact-check, nothing is read.
  const { mask: only, count: reviews, packs } = await factCheckDocs(db, stats.nextDocNo);
  if (reviews === 0) return out;
  // The claims' most specific terms only (common words' postings grow with every review installed),
  // read from the index once for all claims; ranked among the fact-checks alone.
  const queries = claims.map((claim) => {
    const weights = tfidfVector(termCounts(claim.text), (t) => idf(t, stats.documents)).weights;
    return new Map([...weights].sort((a, b) => b[1] - a[1]).slice(0, QUERY_TERMS));
  });
  const postings = await fetchPostings(db, [...new Set(queries.flatMap((q) => [...q.keys()]))], packs);
  const population = { documents: reviews, nextDocNo: stats.nextDocNo };
  const tops = queries.map((query) => (query.size ? rankWithPostings(population, postings, query, candidates, only).top.map((d) => d.no) : []));
  // One read of every claim's candidates: a round trip per claim costs more than the matching.
  const loaded = new Map((await loadDocs(db, [...new Set(tops.flat())])).map((d) => [d.no, d]));
  const all = [...loaded.values()].filter(isFactCheck);
  if (all.length === 0) return out;
  const byKey = new Map(all.map((d) => [`${d.packId}\u0000${d.id}`, d]));
  // One matcher index over every claim's candidates: each review is prepared once.
  const index = buildFactCheckIndex([...byKey].map(([id, d]) => ({ id, claimReviewed: d.review.claimReviewed })));
  for (const [i, claim] of claims.entries()) {
    if (tops[i]!.length === 0) continue;
    const matches = matchFactChecks(claim.text, index, { limit: PER_CLAIM, candidates });
    const found = matches.map((m) => toFinding(byKey.get(m.id)!, m.score, m.why, articleDate));
    if (found.length) out.set(claim.id, found);
  }
  return out;
}

/**
 * The enabled fact-check documents: a mask over document numbers (1 for a fact-check, below
 * `nextDocNo`), how many there are, and the packs holding them. Read from the packs' records,
 * not from the documents.
 */
export async function factCheckDocs(db: CorpusDB, nextDocNo: number): Promise<{ mask: Uint8Array; count: number; packs: Set<string> }> {
  const mask = new Uint8Array(nextDocNo + 1);
  const packs = new Set<string>();
  let count = 0;
  for (const pack of await db.packs.toArray()) {
    if (!pack.enabled) continue;
    const ranges = pack.factCheckRanges;
    for (let i = 0; i < ranges.length; i += 2) {
      const from = Math.min(ranges[i]!, mask.length);
      const to = Math.min(ranges[i + 1]!, mask.length);
      mask.fill(1, from, to);
      count += to - from;
      if (to > from) packs.add(pack.id);
    }
  }
  return { mask, count, packs };
}

function toFinding(doc: DocRecord & { kind: 'fact-check'; review: NonNullable<DocRecord['review']> }, score: number, why: string[], articleDate: string | null): FactCheckFinding {
  const links = factCheckLinks(doc);
  // A review is dated by when the claim was made where known: that is the event it is about.
  const time = timeContext(articleDate, doc.review.claimDate ?? doc.published);
  return {
    docId: doc.id,
    packId: doc.packId,
    claimReviewed: doc.review.claimReviewed,
    claimant: doc.review.claimant,
    rating: doc.review.rating.alternateName,
    normalizedRating: doc.review.normalizedRating,
    publisher: doc.outlet,
    title: doc.title,
    url: links.url,
    urlText: links.url ? null : doc.url,
    datePublished: doc.published,
    claimDate: doc.review.claimDate,
    score: Math.round(score * 100) / 100,
    why,
    time,
  };
}
