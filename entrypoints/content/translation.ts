import type { ArticleSnapshot } from '../../lib/analysis/types.ts';
import type { SourceLanguage } from '../../lib/crosslang/detect.ts';
import { translateArticle, type ArticleTranslation } from '../../lib/crosslang/translate.ts';

/** The part of Chrome's Translator API used here (Chrome 138+, desktop; absent in Firefox). */
interface TranslatorApi {
  availability(options: { sourceLanguage: string; targetLanguage: string }): Promise<string>;
  create(options: { sourceLanguage: string; targetLanguage: string }): Promise<{ translate(text: string): Promise<string>; destroy?(): void }>;
}

/** Spanish or Russian by the page's tag, or Russian by its letters (Ukrainian letters excluded). */
function guessLanguage(snapshot: ArticleSnapshot): SourceLanguage | null {
  const tag = snapshot.language?.toLowerCase() ?? '';
  if (tag.startsWith('es')) return 'es';
  if (tag.startsWith('ru')) return 'ru';
  const sample = snapshot.text.slice(0, 3000);
  const cyrillic = sample.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 1;
  return cyrillic > letters / 2 && !/[іїєґў]/i.test(sample) ? 'ru' : null;
}

/**
 * The article translated into English by the browser, on this device, when the browser has a
 * translation model for its language already installed. It never starts a model download by
 * itself (that needs the reader's gesture and a network); without a model the background compares
 * the article by its figures, dates and names instead.
 */
export async function translateOnDevice(snapshot: ArticleSnapshot): Promise<ArticleTranslation | undefined> {
  const api = (globalThis as { Translator?: TranslatorApi }).Translator;
  const language = guessLanguage(snapshot);
  if (!api || !language) return undefined;
  try {
    const options = { sourceLanguage: language, targetLanguage: 'en' };
    if ((await api.availability(options)) !== 'available') return undefined;
    const translator = await api.create(options);
    try {
      return (await translateArticle(snapshot, language, (text) => translator.translate(text))) ?? undefined;
    } finally {
      translator.destroy?.();
    }
  } catch {
    return undefined;
  }
}
