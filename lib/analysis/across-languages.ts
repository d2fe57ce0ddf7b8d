/**
 * Spanish and Russian articles checked against English reports without a translation model: the
 * article is glossed into English words (lib/crosslang/gloss.ts) for the corpus search, and each
 * sentence that carries a figure, a date or a name is read by the English verifier in its gloss.
 * A verdict is kept only where it rests on such an anchor: a conflict must differ in a figure, date,
 * name or denial the sentence states; a corroboration must share a figure or date, or a name with
 * the passage. Other sentences are listed as not compared, never given a verdict.
 */
import type { CorpusDB } from '../corpus/db.ts';
import { readStats, type DocRecord } from '../corpus/db.ts';
import { getDocs } from '../corpus/docstore.ts';
import type { Claim } from '../claims/extract.ts';
import { glossSentence, type Anchors, type Gloss } from '../crosslang/gloss.ts';
import type { SourceLanguage } from '../crosslang/detect.ts';
import { NameBook } from '../crosslang/names.ts';
import { sentences } from '../text/sentences.ts';
import { finishClaim, gatherEvidence, type ClaimReport, type Evidence } from './evidence.ts';
import { findRelatedWithWeights, type RelatedOptions } from './related.ts';
import { CROSS_LANGUAGE_THRESHOLD_FACTOR, RELATEDNESS_THRESHOLD } from './thresholds.ts';
import type { RelatedResult } from './types.ts';

/** How a Spanish or Russian article was compared, for the sidebar's first line and the CLI. */
export interface CrossLanguageSummary {
  language: SourceLanguage;
  /** Claims with a figure, date or name, compared with the reports. */
  compared: number;
  /** Sentences without any, never given a verdict. */
  notCompared: number;
  /** The first of them, listed in the sidebar as not compared. */
  notComparedSentences: string[];
}

/** A claim of a Spanish or Russian article. */
export interface CrossLanguageClaim {
  /** False for a sentence with no figure, date or name: listed, never given a verdict. */
  compared: boolean;
}

/** Most sentences read per article (in order), and most claims shown. */
const MAX_SENTENCES = 80;
const MAX_CLAIMS = 12;
const MAX_NOT_COMPARED = 20;
/** A sentence shorter than this many words is a heading, caption or dateline, not a claim. */
const MIN_WORDS = 6;

interface SourceSentence {
  paragraph: number;
  start: number;
  end: number;
  text: string;
  gloss: Gloss;
}

function readSentences(paragraphs: readonly string[], lang: SourceLanguage, date: string | null, names?: NameBook): SourceSentence[] {
  const out: SourceSentence[] = [];
  paragraphs.forEach((p, paragraph) => {
    for (const s of sentences(p)) {
      if (out.length >= MAX_SENTENCES) return;
      out.push({ paragraph, start: s.start, end: s.end, text: s.text, gloss: glossSentence(s.text, lang, date, names) });
    }
  });
  return out;
}

function anchorCount(a: Anchors): number {
  return a.figures.length * 2 + a.dates.length * 2 + a.names.length;
}

/**
 * Related reports for a Spanish or Russian article, from its gloss. The gloss keeps the words that
 * carry the story and drops the rest, so its similarity to a report runs lower than an English
 * article's: the threshold is scaled by CROSS_LANGUAGE_THRESHOLD_FACTOR (calibrated on the dev split).
 */
export async function findRelatedAcrossLanguages(
  db: CorpusDB,
  article: { title: string; paragraphs: readonly string[]; publishedTime: string | null },
  lang: SourceLanguage,
  options: RelatedOptions = {},
): Promise<{ result: RelatedResult; docs: Map<number, DocRecord>; idfs: Map<string, number> }> {
  const date = article.publishedTime;
  const title = glossSentence(article.title, lang, date).text;
  const text = readSentences(article.paragraphs, lang, date)
    .map((s) => s.gloss.text)
    .join('\n');
  const threshold = (options.threshold ?? RELATEDNESS_THRESHOLD) * CROSS_LANGUAGE_THRESHOLD_FACTOR;
  const { result, docs, idfs } = await findRelatedWithWeights(db, { title, text }, { ...options, threshold });
  return { result, docs, idfs };
}

/** Whether a verdict rests on something the sentence states and the verifier compared. */
function anchored(e: Evidence, anchors: Anchors): boolean {
  if (e.stance === 'conflicts') {
    // The conflict reasons name the differing values; one of them must be the sentence's own.
    return e.values.length > 0 || e.reasons.some((r) => /denied|a different name/i.test(r)) ;
  }
  if (e.stance === 'corroborates') {
    const passage = e.passage.toLowerCase();
    if (anchors.figures.some((f) => passage.includes(f.english.toLowerCase().replace(/ (million|billion)$/, '')))) return true;
    return anchors.names.filter((n) => passage.includes(n.toLowerCase())).length >= 2;
  }
  return true;
}

/**
 * Reads Spanish or Russian sentences (`claims`, with their place in the article) against English
 * reports: each sentence with a figure, date or name is glossed and read by the English verifier,
 * and keeps only verdicts that rest on those anchors; a sentence without any is returned with
 * `compared: false` and no evidence.
 */
export async function compareAcrossLanguages(
  db: CorpusDB,
  article: { paragraphs: readonly string[]; publishedTime: string | null },
  lang: SourceLanguage,
  claims: readonly Claim[],
  reports: readonly Pick<RelatedResult['reports'][number], 'docNo'>[],
  options: { docs?: Map<number, DocRecord>; idfs?: Map<string, number> } = {},
): Promise<(ClaimReport & CrossLanguageClaim)[]> {
  const texts = options.docs ? [...options.docs.values()] : await getDocs(db, reports.map((r) => r.docNo));
  const names = new NameBook(texts.filter((d): d is DocRecord => !!d).map((d) => `${d.title}\n${d.text}`));
  const glosses = claims.map((c) => glossSentence(c.text, lang, article.publishedTime, names));
  const comparable = claims.map((_, i) => anchorCount(glosses[i]!.anchors) > 0);
  const read = await gatherEvidence(
    db,
    { paragraphs: article.paragraphs, publishedTime: article.publishedTime },
    reports,
    (await readStats(db)).documents,
    { claims: claims.map((c, i) => ({ ...c, text: glosses[i]!.text })).filter((_, i) => comparable[i]), idfs: options.idfs, docs: options.docs },
  );
  let k = 0;
  return claims.map((c, i) => {
    if (!comparable[i]) return { ...finishClaim(c, []), compared: false };
    const anchors = glosses[i]!.anchors;
    const evidence = read[k++]!.evidence.filter((e) => anchored(e, anchors)).map((e) => withSourceValues(e, anchors));
    return { ...finishClaim(c, evidence), compared: true };
  });
}

/**
 * Checks a Spanish or Russian article's anchored sentences against the related reports. Returns the
 * claims (original sentences, with their place in the article) and the summary line's counts.
 */
export async function checkAcrossLanguages(
  db: CorpusDB,
  article: { paragraphs: readonly string[]; publishedTime: string | null },
  lang: SourceLanguage,
  related: RelatedResult,
  docs: Map<number, DocRecord>,
  idfs: Map<string, number>,
): Promise<{ claims: (ClaimReport & CrossLanguageClaim)[]; summary: CrossLanguageSummary }> {
  const all = readSentences(article.paragraphs, lang, article.publishedTime).filter((s) => s.text.split(/\s+/).length >= MIN_WORDS);
  const withAnchors = all.filter((s) => anchorCount(s.gloss.anchors) > 0);
  const picked = [...withAnchors].sort((a, b) => anchorCount(b.gloss.anchors) - anchorCount(a.gloss.anchors)).slice(0, MAX_CLAIMS);
  picked.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);
  const toClaim = (s: SourceSentence): Claim => ({ id: `c${s.paragraph}-${s.start}`, text: s.text, paragraph: s.paragraph, start: s.start, end: s.end, score: anchorCount(s.gloss.anchors) });
  const claims = await compareAcrossLanguages(db, article, lang, picked.map(toClaim), related.reports, { docs, idfs });
  const notCompared = all.filter((s) => anchorCount(s.gloss.anchors) === 0);
  return {
    claims,
    summary: { language: lang, compared: claims.length, notCompared: notCompared.length, notComparedSentences: notCompared.slice(0, MAX_NOT_COMPARED).map((s) => s.text) },
  };
}

/** A differing value shown as the article wrote it: "8 buques" beside the report's "11 warships". */
function withSourceValues(e: Evidence, anchors: Anchors): Evidence {
  if (!e.values.length) return e;
  const values = e.values.map((v) => {
    const figure = anchors.figures.find((f) => v.claim.includes(f.english));
    const date = anchors.dates.find((d) => v.claim.includes(d.english) || d.english.includes(v.claim));
    return { claim: figure?.source ?? date?.source ?? v.claim, report: v.report };
  });
  return { ...e, values };
}
