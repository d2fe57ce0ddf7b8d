/**
 * Figures as ranges: "more than 10 vehicles" is (10, ∞), "about 30" is
 * roughly 26–34, "a few dozen" 24–60. Two figures for the same thing
 * conflict only when their ranges cannot both hold; "about 30" against
 * "more than 10" is a difference in precision, not a conflict.
 */
import { quantities, type Quantity } from '../stance/rules.ts';
import { term } from '../text/tokens.ts';

export interface Range {
  lo: number;
  hi: number;
  /** Stated exactly (no qualifier, not a vague amount). */
  exact: boolean;
  /** An amount in words ("several", "dozens of"): its bounds are a reading, not a statement. */
  vague?: boolean;
}

/** A figure of a sentence with the range it allows. */
export interface Figure extends Pick<Quantity, 'unit' | 'units' | 'raw' | 'context'> {
  value: number;
  range: Range;
}

const ABOUT = /^(about|around|roughly|approximately|some|nearly|almost|close to|an estimated|estimated)\b/i;
const ABOVE = /^(more than|over|at least|upwards of|in excess of|above)\b/i;
const BELOW = /^(less than|fewer than|under|at most|up to|below)\b/i;

function rangeOf(q: Quantity): Range {
  const raw = q.raw.toLowerCase();
  const v = q.value;
  if (ABOVE.test(raw)) return { lo: v, hi: Infinity, exact: false };
  if (BELOW.test(raw)) return { lo: 0, hi: v, exact: false };
  if (/^(nearly|almost)\b/.test(raw)) return { lo: v * 0.85, hi: v, exact: false };
  // Round figures are approximate even without "about": "15,000 troops" may be 14,600.
  const round = v >= 100 && v % 100 === 0;
  if (ABOUT.test(raw)) return { lo: v * 0.85, hi: v * 1.15, exact: false };
  if (round) return { lo: v * 0.95, hi: v * 1.05, exact: true };
  return { lo: v * 0.98, hi: v * 1.02, exact: true };
}

// Amounts said in words: "a few dozen employees", "dozens of vehicles", "hundreds of troops".
const VAGUE = /\b(a (?:few|couple of) dozen|several dozen|dozens of|a dozen|hundreds of|several hundred|thousands of|several thousand|a handful of|several|a few|a couple of)\s+([a-z][a-z-]*)/gi;
const VAGUE_RANGE: Record<string, [number, number]> = {
  'a few dozen': [24, 60], 'a couple of dozen': [20, 30], 'several dozen': [24, 100], 'dozens of': [24, 200], 'a dozen': [11, 13],
  'hundreds of': [200, 999], 'several hundred': [200, 900], 'thousands of': [2000, 9999], 'several thousand': [2000, 9000],
  'a handful of': [2, 6], several: [3, 9], 'a few': [2, 6], 'a couple of': [2, 3],
};

/** The figures of a text (counts and amounts), dates and years excluded. */
export function figures(text: string): Figure[] {
  // "nine U.S. warships": the counted noun is past the country's abbreviation.
  text = text.replace(/\b(?:U\.S\.|U\.K\.|U\.N\.|US|UK|EU|UN)\s+(?=[a-z])/g, '');
  const out: Figure[] = quantities(text).map((q) => ({ unit: q.unit, units: q.units, raw: q.raw, context: q.context, value: q.value, range: rangeOf(q) }));
  // Ages: "a 23-year-old", "the 71-year old cleric".
  for (const m of text.matchAll(/\b(\d{1,3})[- ]years?[- ]old\b/gi)) {
    const v = Number(m[1]);
    out.push({ unit: 'year-old', units: ['year-old'], raw: m[0], context: new Set(), value: v, range: { lo: v, hi: v, exact: true } });
  }
  for (const m of text.matchAll(VAGUE)) {
    const key = m[1]!.toLowerCase();
    const [lo, hi] = VAGUE_RANGE[key] ?? [2, 9];
    let noun = m[2]!.toLowerCase();
    if (noun === 'of') continue;
    const unit = term(noun);
    if (!unit) continue;
    noun = unit;
    out.push({ unit: noun, units: [noun], raw: m[0], context: new Set(), value: Math.sqrt(lo * hi), range: { lo, hi, exact: false, vague: true } });
  }
  // "several hundred troops" is one amount: not also "hundred troops", a hundred of them.
  const vague = out.filter((f) => f.range.vague).map((f) => f.raw.toLowerCase());
  return vague.length ? out.filter((f) => f.range.vague || !/^(?:hundred|thousand|dozen)\b/i.test(f.raw) || !vague.some((v) => v.endsWith(f.raw.toLowerCase()))) : out;
}

/** How two figures for the same thing relate. */
export type FigureRelation = 'same' | 'compatible' | 'conflict';

/**
 * Compares two figures already known to count the same thing: `same` when
 * they agree (rounding allowed), `compatible` when one is less precise than
 * the other but both can hold, `conflict` when they cannot both be true.
 */
export function compareFigures(a: Range, b: Range): FigureRelation {
  const overlap = Math.min(a.hi, b.hi) - Math.max(a.lo, b.lo);
  // "Several" against 11 is a difference in precision; a conflict needs the other figure far outside
  // what the words could mean ("hundreds of" against 40).
  const near = (v: Range, o: Range): boolean => o.hi >= v.lo / 2 && o.lo <= v.hi * 2;
  if (overlap < 0 && ((a.vague && near(a, b)) || (b.vague && near(b, a)))) return 'compatible';
  if (overlap < 0 || (overlap === 0 && (a.exact || b.exact) && a.lo !== b.lo && a.hi !== b.hi)) return 'conflict';
  if (a.exact && b.exact) return 'same';
  // Both approximate and close: the same figure, rounded.
  const mid = (r: Range): number => (Number.isFinite(r.hi) ? (r.lo + r.hi) / 2 : r.lo);
  if (Number.isFinite(a.hi) && Number.isFinite(b.hi) && Math.abs(mid(a) - mid(b)) <= 0.1 * Math.max(mid(a), mid(b))) return 'same';
  // One bound inside the other's exact value ("more than 10" vs "more than 10").
  if (a.lo === b.lo && a.hi === b.hi) return 'same';
  return 'compatible';
}
