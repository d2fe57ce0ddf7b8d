/**
 * The screen: a cheap first look at a page, from its title and opening
 * paragraphs only, that decides whether the whole article is worth
 * extracting. Most pages a reader opens are about stories the corpus does
 * not cover; on those the content script never runs Readability.
 */
import calibration from './calibration.json';

/** Characters of opening text the content script sends (the calibration measured this much). */
export const SCREEN_CHARS = 2000;

/**
 * Relatedness of the opening at which the page goes on to full analysis.
 * Calibrated so that 99% of the same-story pairs the full check flags pass
 * (scripts/calibrate-relatedness.ts).
 */
export const SCREEN_THRESHOLD: number = (calibration as { screenThreshold?: number }).screenThreshold ?? 0;
