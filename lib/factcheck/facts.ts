/**
 * The checkable parts of an assertion, read independently of lib/verify's
 * passage logic: numbers as ranges (written in digits or words), years,
 * months, names (as runs of capitalised words) and the direction words that
 * turn one statement into its opposite ("raised" / "cut", "agreed" / "refused").
 */
import { term, words } from '../text/tokens.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import { isNegationWord } from '../text/cues.ts';

const UNITS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, single: 1,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALE: Record<string, number> = { hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, dozen: 12, m: 1e6, bn: 1e9 };
const ABOVE = new Set(['over', 'above', 'more than', 'at least', 'upwards of', 'exceeding']);
const BELOW = new Set(['under', 'below', 'less than', 'fewer than', 'up to', 'at most']);
const ABOUT = new Set(['about', 'around', 'roughly', 'approximately', 'nearly', 'almost', 'some', 'estimated', 'close to']);

/** A number of an assertion with the values it allows. */
export interface NumberFact {
  raw: string;
  value: number;
  /** How the figure bounds the amount: "under 16" and "under 14" differ though their ranges meet. */
  bound: 'exact' | 'about' | 'above' | 'below';
  lo: number;
  hi: number;
}

/** What an assertion states that a paraphrase must keep. */
export interface Facts {
  numbers: NumberFact[];
  /** Years and decades ("2025", "1960s"). */
  years: Set<string>;
  months: Set<number>;
  /** "this year", "last year": a year relative to the writing, never equal to a stated one. */
  relativeYear: boolean;
  /** Runs of capitalised words; each run a list of lower-cased words. */
  names: string[][];
  /** Direction words present, per opposed pair: +1 one side, -1 the other, 0 both or none. */
  polarity: number[];
  negated: boolean;
}

function spelled(w: string): number | null {
  // (Own keys only: "constructor" is in every object.)
  if (Object.hasOwn(UNITS, w)) return UNITS[w]!;
  if (Object.hasOwn(TENS, w)) return TENS[w]!;
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  return m ? TENS[m[1]!]! + UNITS[m[2]!]! : null;
}

/** Numbers, years and months of a text (days of the month are part of the date, not numbers). */
function readNumbers(text: string): Pick<Facts, 'numbers' | 'years' | 'months'> {
  const ws = words(text);
  const numbers: NumberFact[] = [];
  const years = new Set<string>();
  const months = new Set<number>();
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i]!.word;
    const surface = text.slice(ws[i]!.start, ws[i]!.start + w.length);
    const mi = MONTH_NAMES.indexOf(w);
    // "may" and "march" are months only when written as names or followed by a day or year.
    if (mi >= 0 && (/^\p{Lu}/u.test(surface) || /^\d/.test(ws[i + 1]?.word ?? ''))) {
      if (w !== 'may' || /^\p{Lu}/u.test(surface)) months.add(mi);
      continue;
    }
    let v: number | null = null;
    if (/^\d[\d,]*(?:\.\d+)?$/.test(w)) {
      const flat = w.replace(/,/g, '');
      const prev = ws[i - 1]?.word ?? '';
      const before = text.slice(Math.max(0, ws[i]!.start - 2), ws[i]!.start);
      if (/^(1[89]|20)\d\d$/.test(flat) && !w.includes(',') && !/[$€£]/.test(before)) {
        years.add(flat);
        continue;
      }
      if (MONTH_NAMES.includes(prev) && Number(flat) <= 31) continue;
      if (MONTH_NAMES.includes(ws[i + 1]?.word ?? '') && Number(flat) <= 31) continue;
      v = Number(flat);
    } else if (/^(1[89]|20)\d0s$/.test(w)) {
      years.add(w);
      continue;
    } else if (/^\d+(?:st|nd|rd|th)$/.test(w)) {
      continue;
    } else {
      v = spelled(w);
      // "one of", "one another": a pronoun, not a count.
      if (w === 'one' && /^(of|another|who|that)$/.test(ws[i + 1]?.word ?? '')) v = null;
      if ((w === 'a' || w === 'an') && Object.hasOwn(SCALE, ws[i + 1]?.word ?? '') && ws[i + 1]!.word.length > 2) v = 1;
    }
    if (v === null) continue;
    const first = i;
    let j = i + 1;
    let raw = surface;
    while (j < ws.length && Object.hasOwn(SCALE, ws[j]!.word) && !(ws[j]!.word.length <= 2 && ws[j]!.start > ws[j - 1]!.start + ws[j - 1]!.word.length + 1)) {
      v *= SCALE[ws[j]!.word]!;
      raw += ` ${ws[j]!.word}`;
      j++;
    }
    i = j - 1;
    const q1 = ws[first - 1]?.word ?? '';
    const q2 = `${ws[first - 2]?.word ?? ''} ${q1}`.trim();
    let lo = v * 0.995;
    let hi = v * 1.005;
    let bound: NumberFact['bound'] = 'exact';
    if (ABOVE.has(q1) || ABOVE.has(q2)) {
      hi = Infinity;
      bound = 'above';
    } else if (BELOW.has(q1) || BELOW.has(q2)) {
      lo = 0;
      bound = 'below';
    } else if (ABOUT.has(q1) || ABOUT.has(q2)) {
      lo = v * 0.98;
      hi = v * 1.02;
      bound = 'about';
    }
    numbers.push({ raw, value: v, bound, lo, hi });
  }
  return { numbers, years, months };
}

// Opposed directions: a claim on one side and a review on the other assert different things.
const OPPOSED: [string[], string[]][] = [
  [['rise', 'raise', 'increas', 'climb', 'grow', 'higher', 'highest', 'doubl', 'quadrupl', 'up', 'gain', 'hike', 'soar', 'jump', 'boost'], ['fall', 'fell', 'drop', 'cut', 'decreas', 'lower', 'lowest', 'declin', 'shrink', 'down', 'plung', 'reduc', 'slash']],
  [['support', 'back', 'favor', 'favour', 'endors', 'vote'], ['oppos', 'against', 'reject']],
  [['before', 'first', 'earlier'], ['after', 'second', 'later']],
  [['agre', 'accept'], ['refus', 'declin', 'reject']],
  [['won', 'win'], ['lost', 'lose']],
  [['allow', 'legal', 'permit', 'can'], ['ban', 'prohibit', 'illeg', 'forbid', 'bar']],
  [['open', 'reopen'], ['close', 'shut', 'suspend']],
  [['more', 'most'], ['less', 'fewer', 'least']],
  [['work', 'normal', 'continu'], ['suspend', 'halt', 'stop', 'close']],
];
// Capitalised words that are titles, roles or generic words, never the name that decides an assertion.
const NOT_NAMES = /^(?:the|a|an|in|on|at|from|since|after|before|during|says|said|claim|photo|video|image|president|senator|governor|representative|mayor|secretary|minister|ministry|health|department|state|states|government|actor|singer|sprinter|quarterback|opposition|leader|official|officials|first|lady|mr|mrs|ms|dr|north|south|east|west|northern|southern|eastern|western|central|great|new)$/;

// Negations that state the positive of another wording: "No country has bigger reserves than
// Venezuela" is "Venezuela has the largest reserves"; "will no longer be sold" is "sales will end".
function sameAsPositive(text: string): boolean {
  if (/\bno (?:other )?\w+ (?:has|have|is|are|produces?|generates?|holds?) (?:\w+ ){0,3}?(?:more|bigger|larger|greater|higher)\b.*\bthan\b/i.test(text)) return true;
  return /\bno longer\b/i.test(text) && !/\b(?:not|never|no(?! longer))\b/i.test(text.replace(/\bno longer\b/gi, ''));
}

/** Reads the checkable facts of an assertion. `knownNames` tells a name at the start of the sentence from an ordinary word. */
export function readFacts(text: string, knownNames: ReadonlySet<string>): Facts {
  const { numbers, years, months } = readNumbers(text);
  const ws = words(text);
  const names: string[][] = [];
  let run: string[] = [];
  let negated = false;
  for (let i = 0; i < ws.length; i++) {
    const { word, start } = ws[i]!;
    if (isNegationWord(word)) negated = true;
    const surface = text[start]!;
    const capital = /\p{Lu}/u.test(surface) && !MONTH_NAMES.includes(word) && !/^\d/.test(word) && !WEEKDAY_NAMES.includes(word);
    const afterColon = i > 0 && /:\s*$/.test(text.slice(ws[i - 1]!.start + ws[i - 1]!.word.length, start));
    const sentenceStart = i === 0 || afterColon;
    const isName = capital && (!sentenceStart || knownNames.has(word.replace(/'s$/, ''))) && !NOT_NAMES.test(word);
    // A name run breaks at punctuation other than an inner apostrophe.
    const gap = i > 0 ? text.slice(ws[i - 1]!.start + ws[i - 1]!.word.length, start) : '';
    if (isName) {
      if (run.length && gap.trim() === '') run.push(word.replace(/'s$/, ''));
      else {
        if (run.length) names.push(run);
        run = [word.replace(/'s$/, '')];
      }
    } else if (run.length) {
      names.push(run);
      run = [];
    }
  }
  if (run.length) names.push(run);
  // Direction words are common words: "OpenAI" is not "open".
  const stems = new Set(ws.filter((w) => !/\p{Lu}/u.test(text[w.start]!)).map((w) => term(w.word) ?? w.word));
  const lowerText = ` ${text.toLowerCase()} `;
  const polarity = OPPOSED.map(([a, b]) => {
    const has = (list: string[]): boolean => list.some((p) => (p.includes(' ') ? lowerText.includes(` ${p} `) : [...stems].some((s) => s.startsWith(p) && s.length <= p.length + 3)));
    const x = has(a);
    const y = has(b);
    return x === y ? 0 : x ? 1 : -1;
  });
  const relativeYear = /\b(?:this|last|next) year\b/i.test(text);
  return { numbers, years, months, relativeYear, names, polarity, negated: negated && !sameAsPositive(text) };
}

/** Capitalised words seen inside sentences (not first): names when they open another sentence. */
export function collectNames(text: string, into: Set<string>): void {
  const ws = words(text);
  for (let i = 1; i < ws.length; i++) {
    const { word, start } = ws[i]!;
    if (/\p{Lu}/u.test(text[start]!) && !NOT_NAMES.test(word) && !MONTH_NAMES.includes(word)) into.add(word.replace(/'s$/, ''));
  }
}
