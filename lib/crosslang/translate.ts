/**
 * The better path where the browser translates on the device (Chrome's Translator API): the article's
 * sentences are translated one by one, so that every English sentence keeps its place in the
 * original, and the full English checker reads them. The translating function is passed in: the
 * content script gives the browser's, tests give their own.
 */
import { sentences } from '../text/sentences.ts';
import type { SourceLanguage } from './detect.ts';

/** One sentence of the article and its English translation. */
export interface TranslatedSentence {
  /** Index of the paragraph in the snapshot's `paragraphs`, and the sentence's offsets in it. */
  paragraph: number;
  start: number;
  end: number;
  english: string;
}

/** An article's translation into English, sentence by sentence. */
export interface ArticleTranslation {
  language: SourceLanguage;
  title: string;
  sentences: TranslatedSentence[];
}

/** Sentences translated at most (the claim checker reads no more), and the longest one sent. */
export const MAX_TRANSLATED_SENTENCES = 120;
export const MAX_TRANSLATED_SENTENCE = 2000;

/**
 * Translates an article's title and first sentences with `translate`. A sentence the translator
 * fails on is left out (its claims then get no verdict); returns null when nothing was translated.
 */
export async function translateArticle(
  article: { title: string; paragraphs: readonly string[] },
  language: SourceLanguage,
  translate: (text: string) => Promise<string>,
): Promise<ArticleTranslation | null> {
  const out: TranslatedSentence[] = [];
  for (const [paragraph, text] of article.paragraphs.entries()) {
    for (const s of sentences(text)) {
      if (out.length >= MAX_TRANSLATED_SENTENCES) break;
      if (s.text.length > MAX_TRANSLATED_SENTENCE) continue;
      try {
        const english = (await translate(s.text)).trim();
        if (english) out.push({ paragraph, start: s.start, end: s.end, english: english.slice(0, MAX_TRANSLATED_SENTENCE) });
      } catch {
        // One failed sentence does not stop the article.
      }
    }
  }
  if (out.length === 0) return null;
  let title = '';
  try {
    title = (await translate(article.title)).trim().slice(0, MAX_TRANSLATED_SENTENCE);
  } catch {
    title = '';
  }
  return { language, title, sentences: out };
}

/** Checks a translation received from a content script against the snapshot it came with. */
export function isTranslation(v: unknown, paragraphs: readonly string[]): v is ArticleTranslation {
  if (typeof v !== 'object' || v === null) return false;
  const t = v as Record<string, unknown>;
  if ((t.language !== 'es' && t.language !== 'ru') || typeof t.title !== 'string' || t.title.length > MAX_TRANSLATED_SENTENCE) return false;
  if (!Array.isArray(t.sentences) || t.sentences.length > MAX_TRANSLATED_SENTENCES) return false;
  for (let i = 0; i < t.sentences.length; i++) {
    const s = t.sentences[i] as Record<string, unknown> | undefined;
    if (typeof s !== 'object' || s === null) return false;
    const { paragraph, start, end, english } = s;
    if (!Number.isInteger(paragraph) || !Number.isInteger(start) || !Number.isInteger(end)) return false;
    const p = paragraphs[paragraph as number];
    if (p === undefined || (start as number) < 0 || (end as number) > p.length || (start as number) >= (end as number)) return false;
    if (typeof english !== 'string' || english.length > MAX_TRANSLATED_SENTENCE) return false;
  }
  return true;
}
