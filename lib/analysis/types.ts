import type { ArticleTranslation } from '../crosslang/translate.ts';
/** What the content script extracts from a page (plain data, no DOM). */
export interface ArticleSnapshot {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 timestamp if the page states one. */
  publishedTime: string | null;
  /** BCP 47 language tag from the page, e.g. `en-US`, or null. */
  language: string | null;
  /** Plain text of the article, paragraphs separated by blank lines. */
  text: string;
  paragraphs: string[];
  /** A Spanish or Russian article translated on the device by the browser, when it can (lib/crosslang/translate.ts). */
  translation?: ArticleTranslation;
}

/** What the content script sends first: enough to screen the page against the corpus. */
export interface ScreenSample {
  url: string;
  /** The page's title (og:title, else the document title). */
  title: string;
  /** The meta description and the opening paragraphs, up to SCREEN_CHARS of them. */
  lead: string;
  language: string | null;
}

/** A corpus report related to the article. */
export interface RelatedReport {
  /** Document id within its pack (the seed file name for seeds). */
  docId: string;
  packId: string;
  /** Internal document number in the corpus database. */
  docNo: number;
  title: string;
  outlet: string;
  published: string | null;
  url: string | null;
  sources: string[];
  /** Cosine similarity of the article and the report (0..1). */
  score: number;
  /** The report's sentence that best matches the article. */
  passage: string;
}

/** Is the article about a story the corpus covers, and which reports. */
export interface RelatedResult {
  related: boolean;
  /** Similarity to the closest report (0..1); compared with `threshold`. */
  relatedness: number;
  threshold: number;
  /** Reports at or above the threshold, best first. */
  reports: RelatedReport[];
  /** The corpus revision this was computed against. */
  corpusRevision: number;
}

/** Article-level counts of a claim check. */
export interface ArticleSummary {
  claims: number;
  /** Claims with at least one evidence item. */
  withEvidence: number;
  /** Claims with a conflict from the same period. */
  conflicts: number;
  corroborated: number;
  /** Distinct original sources behind corroborating or conflicting evidence. */
  independentSources: number;
  /** Claims a published fact-check in the corpus has rated. */
  factChecked: number;
}
