/**
 * A Spanish or Russian article the browser translated on the device: the English checker reads the
 * translation (lib/crosslang/translate.ts keeps each English sentence's place in the original), and
 * every claim it picks is shown as the article's own sentence with the English rendering beside it.
 */
import type { ArticleTranslation } from '../crosslang/translate.ts';
import type { ArticleReport } from './analyze.ts';
import type { ArticleSnapshot } from './types.ts';

interface Span {
  /** Offsets in the English paragraph. */
  from: number;
  to: number;
  /** The sentence in the original paragraph. */
  start: number;
  end: number;
}

/**
 * Runs `english` (the English analysis) on the translation and maps its claims back onto the
 * original article's sentences. A claim whose English spans two translated sentences is shown as
 * the first of them.
 */
export async function analyzeTranslated(
  snapshot: Pick<ArticleSnapshot, 'title' | 'text'> & Partial<Pick<ArticleSnapshot, 'paragraphs' | 'publishedTime'>>,
  translation: ArticleTranslation,
  english: (snapshot: { title: string; text: string; paragraphs: string[]; publishedTime: string | null }) => Promise<ArticleReport>,
): Promise<ArticleReport> {
  const original = snapshot.paragraphs ?? snapshot.text.split(/\n+/);
  // One English paragraph per original paragraph (empty where nothing was translated), so that
  // paragraph numbers stay the same.
  const paragraphs: string[] = original.map(() => '');
  const spans: Span[][] = original.map(() => []);
  for (const s of translation.sentences) {
    const p = paragraphs[s.paragraph];
    if (p === undefined) continue;
    const from = p ? p.length + 1 : 0;
    paragraphs[s.paragraph] = p ? `${p} ${s.english}` : s.english;
    spans[s.paragraph]!.push({ from, to: from + s.english.length, start: s.start, end: s.end });
  }
  const report = await english({
    title: translation.title || snapshot.title,
    text: paragraphs.filter(Boolean).join('\n\n'),
    paragraphs,
    publishedTime: snapshot.publishedTime ?? null,
  });
  const claims = report.claims.flatMap((c) => {
    const span = spans[c.paragraph]?.find((x) => c.start < x.to && c.end > x.from);
    const text = span && original[c.paragraph]!.slice(span.start, span.end);
    if (!span || !text) return [];
    return [{ ...c, text, start: span.start, end: span.end, rendering: c.text }];
  });
  return {
    ...report,
    language: translation.language,
    languageSupported: true,
    crossLanguage: { language: translation.language, method: 'translated', compared: claims.length, notCompared: 0, notComparedSentences: [] },
    claims,
  };
}
