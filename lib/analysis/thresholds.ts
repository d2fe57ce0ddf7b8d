/**
 * Where relatedness is decided: every threshold the extension compares a
 * similarity with, read from calibration.json (written by
 * scripts/calibrate-relatedness.ts). Settings, the screen and the full
 * check all read them here. Imports nothing but the calibration, so every
 * context may load it.
 */
import calibration from './calibration.json';

/** Relatedness at which an article counts as covering a corpus story (the "balanced" sensitivity). */
export const RELATEDNESS_THRESHOLD: number = calibration.threshold;

/**
 * Once an article is related, reports down to this similarity are listed with it: the
 * article threshold is set to keep near-miss stories silent, but a related article's
 * sidebar still shows the corpus's other reports of the story (another period included).
 */
export const LIST_THRESHOLD: number = (calibration as { fncThreshold?: number }).fncThreshold ?? calibration.threshold;

/** Characters of opening text the content script sends to the screen (the calibration measured this much). */
export const SCREEN_CHARS = 2000;

/**
 * The screen: a cheap first look at a page, from its title and opening paragraphs only, that
 * decides whether the whole article is worth extracting (most pages a reader opens are about
 * stories the corpus does not cover; on those the content script never runs Readability).
 * Relatedness of the opening at which the page goes on to full analysis, calibrated so that 99%
 * of the same-story pairs the full check flags pass.
 */
export const SCREEN_THRESHOLD: number = (calibration as { screenThreshold?: number }).screenThreshold ?? 0;

/**
 * Spanish and Russian articles are compared through their English gloss, which keeps only the words
 * that carry the story (and the word lists cover the two languages unequally), so their similarity to
 * a report runs on another scale: their relatedness threshold is the English one times this factor,
 * per language (calibrated on the dev splits of tests/fixtures/claims-es and claims-ru).
 */
export function crossLanguageFactor(lang: 'es' | 'ru'): number {
  return (calibration as { crossLanguageFactor?: Record<string, number> }).crossLanguageFactor?.[lang] ?? 1;
}

/**
 * Once a Spanish or Russian article is related (decided with its names discounted, see
 * lib/crosslang/name-weight.ts), the reports listed with it are those whose plain similarity to its
 * gloss reaches the English list threshold times this factor: the story's other reports share its
 * names as much as its words.
 */
export function crossLanguageListFactor(lang: 'es' | 'ru'): number {
  return (calibration as { crossLanguageListFactor?: Record<string, number> }).crossLanguageListFactor?.[lang] ?? 1;
}
