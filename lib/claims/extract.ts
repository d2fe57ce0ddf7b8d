import { sentences } from '../text/sentences.ts';
import { words } from '../text/tokens.ts';
import { monthAlternation, MONTH_NAMES, weekdayPattern } from '../text/calendar.ts';
import { DENIAL } from '../text/cues.ts';

/** A check-worthy sentence of the article. */
export interface Claim {
  /** Stable within one analysis: `c<paragraph>-<sentence>`. */
  id: string;
  text: string;
  /** Index of the paragraph in the snapshot's `paragraphs`. */
  paragraph: number;
  /** Character offsets of the sentence inside that paragraph. */
  start: number;
  end: number;
  /** Check-worthiness (higher is more worth checking). */
  score: number;
}

export interface ClaimOptions {
  /** Most claims returned. */
  max?: number;
  /** Sentences considered at most, in article order: bounds the time on book-length pages. */
  maxSentences?: number;
}

// "March 3", "Sept. 14", "3 March".
const MONTHS = new RegExp(`\\b${monthAlternation()}\\b\\.?\\s*\\d{1,2}\\b|\\b\\d{1,2}\\s+(?:${MONTH_NAMES.join('|')})\\b`, 'i');
const WEEKDAYS = weekdayPattern();
const NUMBER = /(?:[$€£]\s?)?\b\d[\d,.]*\b(?:\s?(?:%|percent|million|billion|thousand))?|\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?)\b/i;
const ATTRIBUTION = /\b(said|says|told|according to|confirmed|reported|announced|stated|wrote|declared|claimed|alleged|warned|estimated|cited|citing)\b/i;
const OPINION = /\b(i think|i believe|we believe|in my (view|opinion)|should|ought to|must be|it is time|let us|let's|wonderful|terrible|shameful|disgrace|outrageous)\b/i;
// Page furniture that Readability sometimes keeps: bylines, captions, prompts.
const FURNITURE =
  /^(by\s+[A-Z][\w.'’-]+(\s+[A-Z][\w.'’-]+){0,3}(,|$)|read more|related:|see also|share (this|on)|follow us|subscribe|sign up|click here|advertisement|photo:|image:|credit:|copyright|©|all rights reserved|updated:?|published:?|leave a (reply|comment)|comments?$|watch:|listen:)|\b(subscribe to (our|the)|newsletter|sign up for|follow us on|share this (article|story)|cookie|terms of (use|service)|privacy policy)\b/i;

function countMatches(re: RegExp, text: string): number {
  return text.match(new RegExp(re.source, 'gi'))?.length ?? 0;
}

/** Proper names: capitalised words that do not start the sentence. */
function namedEntities(text: string): number {
  let n = 0;
  const ws = words(text);
  for (let i = 1; i < ws.length; i++) {
    const c = text[ws[i]!.start]!;
    if (c >= 'A' && c <= 'Z') n++;
  }
  return n;
}

/** Check-worthiness of one sentence, or -1 if it is not a claim at all. */
export function checkWorthiness(text: string): number {
  const t = text.trim();
  const n = words(t).length;
  if (n < 6 || n > 90) return -1;
  if (/\?["”’)]*$/.test(t)) return -1;
  if (FURNITURE.test(t)) return -1;
  // Datelines and bylines: short, built from separators, no statement.
  if (n < 16 && (/^by\s/i.test(t) || /\s[·|•]\s/.test(t))) return -1;
  let score = 0;
  score += Math.min(3, namedEntities(t)) * 0.6;
  score += Math.min(2, countMatches(NUMBER, t)) * 0.9;
  if (MONTHS.test(t)) score += 1.2;
  if (WEEKDAYS.test(t)) score += 0.6;
  if (ATTRIBUTION.test(t)) score += 0.8;
  if (DENIAL.test(t)) score += 1.0;
  if (OPINION.test(t)) score -= 1.5;
  // Very short sentences carry little; very long ones bundle several claims.
  if (n < 10) score -= 0.5;
  if (n > 50) score -= 0.5;
  return score;
}

/**
 * Picks the check-worthy sentences of an article: factual statements with
 * names, numbers, dates, attributions or denials; not questions, opinion or
 * page furniture. Returned best first, each with its position.
 */
export function extractClaims(paragraphs: readonly string[], options: ClaimOptions = {}): Claim[] {
  const max = options.max ?? 12;
  let budget = options.maxSentences ?? 400;
  const out: Claim[] = [];
  const seen = new Set<string>();
  for (let p = 0; p < paragraphs.length && budget > 0; p++) {
    const para = paragraphs[p]!;
    const sents = sentences(para);
    for (let s = 0; s < sents.length && budget > 0; s++, budget--) {
      const sent = sents[s]!;
      const key = sent.text.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      const score = checkWorthiness(sent.text);
      if (score < 1) continue;
      // Earlier sentences state the story; later ones add detail.
      const lead = p < 3 ? 0.3 : 0;
      out.push({ id: `c${p}-${s}`, text: sent.text, paragraph: p, start: sent.start, end: sent.end, score: Math.round((score + lead) * 100) / 100 });
    }
  }
  out.sort((a, b) => b.score - a.score || a.paragraph - b.paragraph || a.start - b.start);
  return out.slice(0, max);
}
