import { readStats, type CorpusDB, type DocRecord } from '../corpus/db.ts';
import { loadDocs, rankDocuments, sentenceCount, sentenceTerms, sentenceText } from '../corpus/search.ts';
import { idf } from '../text/idf.ts';
import { termCounts } from '../text/tokens.ts';
import { cosine, tfidfVector, type WeightedVector } from './similarity.ts';
import { sentences } from '../text/sentences.ts';
import { crossLanguageFactor, LIST_THRESHOLD, RELATEDNESS_THRESHOLD, SCREEN_THRESHOLD } from './thresholds.ts';
import { detectLanguage, sourceLanguage } from '../crosslang/detect.ts';
import { glossSentence } from '../crosslang/gloss.ts';
import { discountNames } from '../crosslang/name-weight.ts';
import { isFactCheck } from '../packs/format.ts';
import type { RelatedReport, RelatedResult, ScreenSample } from './types.ts';

/** Query terms taken from an article: enough to find its story, few enough to stay fast. */
const QUERY_TERMS = 40;
/** Candidate reports re-scored with the full similarity. */
const CANDIDATES = 20;
/** Candidates the screen re-scores: the story's reports rank near the top even from an opening. */
const SCREEN_CANDIDATES = 8;
/** Articles with fewer index terms than this are not judged (nav pages, stubs). */
const MIN_TERMS = 25;

export interface RelatedOptions {
  /** Only the relatedness figure: no reports, no passages (for the screen). */
  scoreOnly?: boolean;
  /** Override the calibrated threshold (the user's sensitivity setting). */
  threshold?: number;
  /** Most reports returned. */
  limit?: number;
  /** Only reports this accepts count (the cross-language reading's time window); all when absent. */
  eligible?: (doc: DocRecord) => boolean;
  /**
   * A factor on each of the article's term weights when deciding whether it is related (the
   * cross-language reading discounts names); 1 when absent. The reports listed are then those whose
   * plain similarity reaches `listThreshold`.
   */
  termWeight?: (term: string) => number;
  /** With `termWeight`: the plain similarity down to which reports are listed. */
  listThreshold?: number;
}

/**
 * Finds the corpus reports about the same story as an article: candidates
 * from the inverted index for the article's most specific terms, then the
 * TF-IDF cosine of whole texts, compared with a calibrated threshold.
 */
export async function findRelated(
  db: CorpusDB,
  article: { title: string; text: string },
  options: RelatedOptions = {},
): Promise<RelatedResult> {
  return (await findRelatedWithWeights(db, article, options)).result;
}

/** `findRelated`, also returning the corpus IDF of the query terms (later steps reuse them). */
export async function findRelatedWithWeights(
  db: CorpusDB,
  article: { title: string; text: string },
  options: RelatedOptions = {},
): Promise<{ result: RelatedResult; idfs: Map<string, number>; docs: Map<number, DocRecord>; factChecksNear: boolean }> {
  const idfs = new Map<string, number>();
  const docs = new Map<number, DocRecord>();
  const factChecks = { near: false };
  const result = await relatedReports(db, article, options, idfs, docs, factChecks);
  // `factChecksNear`: a fact-check document is as close to the article as a related report would be,
  // so its claims are worth matching against the corpus's fact-checks even without related reports.
  return { result, idfs, docs, factChecksNear: factChecks.near };
}

async function relatedReports(
  db: CorpusDB,
  article: { title: string; text: string },
  options: RelatedOptions,
  idfsOut: Map<string, number>,
  docsOut: Map<number, DocRecord>,
  factChecksOut: { near: boolean },
): Promise<RelatedResult> {
  const threshold = options.threshold ?? RELATEDNESS_THRESHOLD;
  const stats = await readStats(db);
  const empty: RelatedResult = { related: false, relatedness: 0, threshold, reports: [], corpusRevision: stats.revision };
  const counts = termCounts(`${article.title}\n${article.text}`);
  let total = 0;
  for (const n of counts.values()) total += n;
  if (total < MIN_TERMS || stats.documents === 0) return empty;

  const weigh = options.termWeight;
  const prior = tfidfVector(counts, weigh ? (t) => idf(t, stats.documents) * weigh(t) : (t) => idf(t, stats.documents));
  const query = new Map(
    [...prior.weights].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, QUERY_TERMS),
  );
  const { top, idfs } = await rankDocuments(db, query, options.scoreOnly ? SCREEN_CANDIDATES : CANDIDATES);
  for (const [t, w] of idfs) idfsOut.set(t, w);
  if (top.length === 0) return empty;
  const termIdf = (t: string): number => idfs.get(t) ?? idf(t, stats.documents);
  const a = tfidfVector(counts, termIdf);
  const weighted = weigh ? tfidfVector(counts, (t) => termIdf(t) * weigh(t)) : a;
  const docs = await loadDocs(
    db,
    top.map((d) => d.no),
  );
  const all = docs.map((doc) => {
    const v = tfidfVector(termCounts(`${doc.title}\n${doc.text}`), termIdf);
    const plain = cosine(a, v);
    return { doc, score: weigh ? cosine(weighted, v) : plain, plain };
  });
  all.sort((x, y) => y.score - x.score);
  // The screen asks whether the corpus speaks to the page at all, fact-checks included; the reports
  // listed and the relatedness shown are about reports only.
  if (options.scoreOnly) return { ...empty, related: (all[0]?.score ?? 0) >= threshold, relatedness: round(all[0]?.score ?? 0) };
  const scored = all.filter((s) => !isFactCheck(s.doc) && (options.eligible?.(s.doc) ?? true));
  // A fact-check among the article's closest documents: its claims are worth matching (the matcher,
  // not this similarity, decides; a one-sentence review scores low against a whole article).
  if (all.some((s) => isFactCheck(s.doc))) factChecksOut.near = true;
  const relatedness = scored[0]?.score ?? 0;
  const listAt = weigh && options.listThreshold !== undefined ? options.listThreshold : Math.min(threshold, LIST_THRESHOLD * (threshold / RELATEDNESS_THRESHOLD));
  const over = relatedness >= threshold ? scored.filter((s) => (weigh ? s.plain : s.score) >= listAt).sort((x, y) => y.plain - x.plain) : [];
  // Sentence vectors only for articles that get reports: most analysed pages are unrelated.
  // 60 sentences never need more than the text's first 20,000 characters.
  const articleSentences = over.length
    ? sentences(article.text.slice(0, 20_000))
        .slice(0, ARTICLE_SENTENCES)
        .map((x) => tfidfVector(termCounts(x.text), termIdf))
        .filter((v) => v.weights.size >= 4)
    : [];
  for (const { doc } of over) docsOut.set(doc.no, doc);
  const reports: RelatedReport[] = over
    .slice(0, options.limit ?? 10)
    .map(({ doc, plain: score }) => ({
      docId: doc.id,
      packId: doc.packId,
      docNo: doc.no,
      title: doc.title,
      outlet: doc.outlet,
      published: doc.published,
      url: doc.url,
      sources: doc.sources,
      score: round(score),
      passage: bestPassage(doc, articleSentences, termIdf),
    }));
  return { related: reports.length > 0, relatedness: round(relatedness), threshold, reports, corpusRevision: stats.revision };
}

/** The screen's verdict on a page's opening. */
export interface ScreenResult {
  /** Extract and analyse the whole article. */
  pass: boolean;
  relatedness: number;
  threshold: number;
}

/**
 * Screens a page from its title and opening paragraphs: worth a full
 * analysis if they are at least as close to some report as the calibrated
 * screen threshold (scaled like the user's sensitivity). An opening too short
 * to judge passes: the full analysis decides.
 */
export async function screenPage(db: CorpusDB, sample: ScreenSample, options: { threshold?: number } = {}): Promise<ScreenResult> {
  const threshold = round(SCREEN_THRESHOLD * ((options.threshold ?? RELATEDNESS_THRESHOLD) / RELATEDNESS_THRESHOLD));
  let text = `${sample.title}\n${sample.lead}`;
  let title = sample.title;
  let lead = sample.lead;
  let scaled = threshold;
  // A Spanish or Russian opening is screened through its English gloss, like the full check.
  const lang = sourceLanguage(detectLanguage(text, sample.language ?? null));
  let termWeight: ((term: string) => number) | undefined;
  if (lang) {
    const glosses = [title, ...sentences(lead).map((s) => s.text)].map((s) => glossSentence(s, lang, null));
    title = glosses[0]!.text;
    lead = glosses.slice(1).map((g) => g.text).join('\n');
    text = `${title}\n${lead}`;
    scaled = round(threshold * crossLanguageFactor(lang));
    termWeight = discountNames(glosses);
  }
  let total = 0;
  for (const n of termCounts(text).values()) total += n;
  if (total < MIN_TERMS) return { pass: true, relatedness: 0, threshold: scaled };
  const r = await findRelated(db, { title, text: lead }, { threshold: scaled, scoreOnly: true, termWeight });
  return { pass: r.related, relatedness: r.relatedness, threshold: scaled };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** Article sentences compared with report sentences when picking a passage. */
const ARTICLE_SENTENCES = 60;

/**
 * The report sentence that says most nearly what some sentence of the
 * article says (highest cosine over sentence pairs), with sentences from the
 * article's lead counting fully and later ones a little less: the lead states
 * the story.
 */
function bestPassage(doc: DocRecord, articleSentences: WeightedVector[], idfOf: (t: string) => number): string {
  let best = -1;
  let bestScore = -1;
  const n = sentenceCount(doc);
  for (let i = 0; i < n; i++) {
    const text = sentenceText(doc, i);
    // The headline repeated in the text says nothing the card does not already show.
    if (text.trim() === doc.title.trim()) continue;
    const counts = sentenceTerms(doc)[i]!;
    if (counts.size < 6) continue;
    const v = tfidfVector(counts, idfOf);
    for (let j = 0; j < articleSentences.length; j++) {
      const s = cosine(v, articleSentences[j]!) * (j < 5 ? 1 : 0.85);
      if (s > bestScore) {
        bestScore = s;
        best = i;
      }
    }
  }
  return best >= 0 ? sentenceText(doc, best) : doc.text.slice(0, 300);
}
