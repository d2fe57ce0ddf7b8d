import type { CorpusDB } from '../corpus/db.ts';
import { readStats } from '../corpus/db.ts';
import { primarySource, timeContext, type TimeContext } from './context.ts';
import { extractClaims } from '../claims/extract.ts';
import { gatherEvidence, finishClaim, type ClaimReport, type EvidenceStance } from './evidence.ts';
import { findFactChecks, type FactCheckFinding } from './factchecks.ts';
import { summarize } from './verdict.ts';
import { checkAcrossLanguages, findRelatedAcrossLanguages, type CrossLanguageSummary } from './across-languages.ts';
import { detectLanguage, sourceLanguage } from '../crosslang/detect.ts';
import { analyzeTranslated } from './translated.ts';

export { summarize, withoutDismissed } from './verdict.ts';
import { findRelatedWithWeights, type RelatedOptions } from './related.ts';
import type { ArticleSnapshot, ArticleSummary, RelatedResult } from './types.ts';
import type { SourceLanguage } from '../crosslang/detect.ts';

/** Version of the report shape (it is cached in IndexedDB). */
export const REPORT_FORMAT_VERSION = 5;

/** How one corpus report bears on the article as a whole. */
export interface ReportSummary {
  docId: string;
  packId: string;
  title: string;
  outlet: string;
  published: string | null;
  /** Conflicts if any claim conflicts with it, else corroborates if any is supported, else discusses. */
  stance: EvidenceStance | 'none';
  counts: Record<EvidenceStance, number>;
  time: TimeContext;
  sourceGroup: string | null;
}

/** Everything the sidebar, badge and CLI show for one article. */
export interface ArticleReport extends RelatedResult {
  formatVersion: typeof REPORT_FORMAT_VERSION;
  /** False for articles in a language the claim checker does not handle yet. */
  languageSupported: boolean;
  /** The article's language as read from its text (ISO 639-1), else the page's tag. */
  language: string | null;
  /** For a Spanish or Russian article: compared across languages by figures, dates and names. */
  crossLanguage: CrossLanguageSummary | null;
  articleDate: string | null;
  claims: ClaimReport[];
  perReport: ReportSummary[];
  summary: ArticleSummary;
}

/** The full claim checker reads English; Spanish and Russian are compared by anchors; others get nothing. */
export function isSupportedLanguage(lang: string | null): boolean {
  return !lang || /^(en|es|ru)\b/i.test(lang);
}

/**
 * Analyses an extracted article against the corpus: related reports, then
 * claim-by-claim evidence from them. The single entry point for the
 * background and the CLI; reads only the corpus database.
 */
export async function analyzeArticle(
  db: CorpusDB,
  snapshot: Pick<ArticleSnapshot, 'title' | 'text'> & Partial<Pick<ArticleSnapshot, 'paragraphs' | 'publishedTime' | 'language' | 'translation'>>,
  options: RelatedOptions & { maxClaims?: number } = {},
): Promise<ArticleReport> {
  const language = detectLanguage(`${snapshot.title}\n${snapshot.text}`, snapshot.language ?? null);
  const source = sourceLanguage(language);
  // The browser translated the article on the device: the full English checker reads it.
  if (source && snapshot.translation?.language === source) return analyzeTranslated(snapshot, snapshot.translation, (english) => analyzeEnglish(db, english, 'en', options));
  if (source) return analyzeAcrossLanguages(db, snapshot, source, options);
  return analyzeEnglish(db, snapshot, language, options);
}

async function analyzeEnglish(
  db: CorpusDB,
  snapshot: Pick<ArticleSnapshot, 'title' | 'text'> & Partial<Pick<ArticleSnapshot, 'paragraphs' | 'publishedTime'>>,
  language: string | null,
  options: RelatedOptions & { maxClaims?: number },
): Promise<ArticleReport> {
  const languageSupported = isSupportedLanguage(language);
  const { result: related, idfs, docs, factChecksNear } = await findRelatedWithWeights(db, snapshot, options);
  const articleDate = snapshot.publishedTime ?? null;
  const paragraphs = snapshot.paragraphs ?? snapshot.text.split(/\n+/);
  const checkFacts = languageSupported && (related.related || factChecksNear);
  const extracted = checkFacts ? extractClaims(paragraphs, { max: options.maxClaims ?? 12 }) : [];
  // Published fact-checks of the claims: for a related article, and for one with a fact-check among
  // its closest corpus documents (a fact-check pack may cover a story no report pack does). Looked up
  // while the reports' evidence is gathered, so that their index reads overlap.
  const [withEvidence, found] = await Promise.all([
    related.related && languageSupported
      ? gatherEvidence(db, { paragraphs, publishedTime: articleDate }, related.reports, (await readStats(db)).documents, { ...options, idfs, docs, claims: extracted })
      : Promise.resolve(null),
    checkFacts ? findFactChecks(db, extracted, articleDate) : Promise.resolve(new Map<string, FactCheckFinding[]>()),
  ]);
  let claims = withEvidence ?? (checkFacts ? extracted.map((c) => finishClaim(c, [])) : []);
  claims = claims.map((c) => (found.has(c.id) ? { ...c, factChecks: found.get(c.id) } : c));
  // Without related reports only the fact-checked claims are worth a card.
  if (!related.related) claims = claims.filter((c) => c.factChecks);
  const perReport = reportSummaries(related, claims, articleDate);
  return {
    ...related,
    // A fact-checked claim is reason enough for the pill, even without a related report.
    related: related.related || claims.some((c) => c.factChecks),
    formatVersion: REPORT_FORMAT_VERSION,
    languageSupported,
    language,
    crossLanguage: null,
    articleDate,
    claims,
    perReport,
    summary: summarize(claims),
  };
}


function reportSummaries(related: RelatedResult, claims: readonly ClaimReport[], articleDate: string | null): ReportSummary[] {
  return related.reports.map((r) => {
    const counts: Record<EvidenceStance, number> = { corroborates: 0, conflicts: 0, discusses: 0 };
    for (const c of claims) for (const e of c.evidence) if (e.docId === r.docId && e.packId === r.packId) counts[e.stance]++;
    const stance = counts.conflicts ? 'conflicts' : counts.corroborates ? 'corroborates' : counts.discusses ? 'discusses' : 'none';
    return {
      docId: r.docId,
      packId: r.packId,
      title: r.title,
      outlet: r.outlet,
      published: r.published,
      stance,
      counts,
      time: timeContext(articleDate, r.published),
      sourceGroup: primarySource(r.sources),
    };
  });
}

/** A Spanish or Russian article: related reports from its gloss, then its anchored claims (lib/analysis/across-languages.ts). */
async function analyzeAcrossLanguages(
  db: CorpusDB,
  snapshot: Pick<ArticleSnapshot, 'title' | 'text'> & Partial<Pick<ArticleSnapshot, 'paragraphs' | 'publishedTime' | 'language'>>,
  lang: SourceLanguage,
  options: RelatedOptions,
): Promise<ArticleReport> {
  const articleDate = snapshot.publishedTime ?? null;
  const paragraphs = snapshot.paragraphs ?? snapshot.text.split(/\n+/);
  const { result: related, docs, idfs, sentences } = await findRelatedAcrossLanguages(db, { title: snapshot.title, paragraphs, publishedTime: articleDate }, lang, options);
  const checked = related.related ? await checkAcrossLanguages(db, { paragraphs, publishedTime: articleDate }, lang, sentences, related, docs, idfs) : null;
  const claims = checked?.claims ?? [];
  return {
    ...related,
    formatVersion: REPORT_FORMAT_VERSION,
    languageSupported: true,
    language: lang,
    crossLanguage: checked?.summary ?? { language: lang, method: 'anchors', compared: 0, notCompared: 0, notComparedSentences: [] },
    articleDate,
    claims,
    perReport: reportSummaries(related, claims, articleDate),
    summary: summarize(claims),
  };
}
