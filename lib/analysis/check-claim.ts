import { readStats, type CorpusDB } from '../corpus/db.ts';
import { loadDocs, rankDocuments } from '../corpus/search.ts';
import { idf } from '../text/idf.ts';
import { termCounts } from '../text/tokens.ts';
import { tfidfVector } from './similarity.ts';
import { gatherEvidence, type ClaimReport } from './evidence.ts';
import { factCheckDocs, findFactChecks } from './factchecks.ts';

/** Longest claim checked; a longer selection is cut at a sentence end before this. */
export const MAX_CLAIM_CHARS = 600;
/** Reports searched for one claim. */
const CANDIDATES = 10;

/** Thrown for input that cannot be checked; `message` is for the user. */
export class ClaimInputError extends Error {
  override name = 'ClaimInputError';
}

/** Trims a selection or typed claim to something checkable, or throws with the reason. */
export function normalizeClaim(raw: string): string {
  let text = raw.replace(/\s+/g, ' ').trim();
  if (!text) throw new ClaimInputError('Select or type a sentence to check.');
  if (text.length > MAX_CLAIM_CHARS) {
    const cut = text.slice(0, MAX_CLAIM_CHARS);
    const end = Math.max(cut.lastIndexOf('. '), cut.lastIndexOf('? '), cut.lastIndexOf('! '));
    text = end > 40 ? cut.slice(0, end + 1) : cut;
  }
  if ([...termCounts(text).keys()].length < 2) throw new ClaimInputError('That is too short to check: use a full sentence with names, numbers or events.');
  return text;
}

/**
 * Checks one claim (a selected sentence or a typed one) against the whole
 * corpus: the reports that mention its terms most, then the same passage
 * search, stance model and conflict rules as for an article's claims.
 */
export async function checkClaim(db: CorpusDB, raw: string, options: { articleDate?: string | null } = {}): Promise<ClaimReport> {
  const text = normalizeClaim(raw);
  const stats = await readStats(db);
  const query = tfidfVector(termCounts(text), (t) => idf(t, stats.documents)).weights;
  // Reports only: fact-checks are matched below by their reviewed claim, and short reviews sharing
  // the claim's words would otherwise take the reports' places among the candidates.
  const reviewed = await factCheckDocs(db, stats.nextDocNo);
  const reports = reviewed.count ? reviewed.mask.map((v) => 1 - v) : undefined;
  const { top, idfs } = await rankDocuments(db, query, CANDIDATES, reports);
  const docs = await loadDocs(
    db,
    top.map((d) => d.no),
  );
  const [claim] = await gatherEvidence(
    db,
    { paragraphs: [text], publishedTime: options.articleDate ?? null },
    docs.map((d) => ({ docNo: d.no })),
    stats.documents,
    { claims: [{ id: 'typed', text, paragraph: -1, start: 0, end: text.length, score: 0 }], idfs },
  );
  const factChecks = (await findFactChecks(db, [claim!], options.articleDate ?? null)).get(claim!.id);
  return factChecks ? { ...claim!, factChecks } : claim!;
}
