/**
 * Features of a claim against one passage, for the verifier: how much of the
 * claim the passage says (exactly, and in other words through word vectors),
 * and where they differ in what decides a fact: figures, dates, names,
 * negation and denial. Each difference is kept as a readable fact for the
 * card's "why" line.
 */
import { dates } from '../stance/rules.ts';
import { idf } from '../text/idf.ts';
import { term, words } from '../text/tokens.ts';
import { compareFigures, figures, type Figure } from './quantity.ts';
import type { WordVectors } from './vectors.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import { CONFIRM, DENIAL, HEDGE, isNegationWord } from '../text/cues.ts';

/** A word of a prepared sentence. */
interface Word {
  surface: string;
  lower: string;
  stem: string;
  /** Row in the word-vector table, -1 if none. */
  row: number;
  weight: number;
  /** Capitalised inside the sentence: part of a name. */
  name: boolean;
  /** Closed classes that vectors must not align: weekdays, months, numbers. */
  closed: 'weekday' | 'month' | 'number' | null;
}

/** A sentence prepared once for many comparisons. */
export interface PreparedText {
  text: string;
  words: Word[];
  stems: Set<string>;
  figures: Figure[];
  dates: ReturnType<typeof dates>;
  years: Set<string>;
  negations: number;
  denial: boolean;
  confirm: boolean;
  hedged: boolean;
  /** Idf-weighted mean of the word vectors, unit length (null without vectors). */
  centroid: Float32Array | null;
  /** Who confirmed or denied something: "Rostec denied", "Moscow confirmed". */
  stances: { who: string; denies: boolean; raw: string }[];
}

const SAYS = /\b(\p{Lu}[\p{L}'’-]+)(?:\s+(?:has|had|have|officially|publicly|quickly|flatly|later|also|then|eventually|finally|ultimately))*\s+(confirm(?:ed|s)?|acknowledg(?:ed|es)|admit(?:ted|s)?|den(?:ied|ies|y)|dismiss(?:ed|es)|reject(?:ed|s)|refut(?:ed|es))\b/gu;

function speakerStances(text: string): PreparedText['stances'] {
  const out: PreparedText['stances'] = [];
  if (!/confirm|acknowledg|admit|den[iy]|dismiss|reject|refut/i.test(text)) return out;
  for (const m of text.matchAll(SAYS)) {
    const who = term(m[1]!.toLowerCase().replace(/['’]s$/, ''));
    if (!who) continue;
    out.push({ who, denies: !/^(confirm|acknowledg|admit)/i.test(m[2]!), raw: m[0] });
  }
  return out;
}

// A country, its capital, its people and its government stand for one another in news
// ("Moscow" for Russia, "Caracas" for Venezuela): never a different name in the same role.
const METONYMS = [
  'russia russian russians moscow kremlin soviet', 'venezuela venezuelan venezuelans caracas miraflores chavista',
  'us american americans washington america white house pentagon', 'china chinese beijing', 'cuba cuban havana',
  'ukraine ukrainian kyiv kiev', 'britain british uk london england english', 'france french paris', 'germany german berlin',
  'iran iranian tehran', 'israel israeli jerusalem', 'colombia colombian bogota bogotá', 'brazil brazilian brasilia',
  'mexico mexican', 'turkey turkish ankara', 'syria syrian damascus', 'nicaragua nicaraguan managua', 'australia australian canberra',
  'spain spanish madrid', 'morocco moroccan rabat', 'norway norwegian oslo', 'europe european eu brussels',
].map((g) => new Set(g.split(' ')));
function sameGroup(a: string, b: string): boolean {
  const x = a.replace(/['’]s$/, '');
  const y = b.replace(/['’]s$/, '');
  return METONYMS.some((g) => g.has(x) && g.has(y));
}

/** Share of the claim said otherwise at which its only figure or date and the passage's are about the same thing. */
const SAME_SLOT = 0.7;

// Capitalised words that are not names of a particular person, place or body.
const GENERIC_NAMES = /^(?:russian|american|venezuelan|european|western|west|east|chinese|cuban|foreign|minister|ministry|president|state|states|department|press|news|the|government|embassy|navy|army|coast|guard|secretary|deputy|spokeswoman|spokesman|district|court|southern|northern|new|university|county|city|island|republic)$/;
const WEEKDAYS = new Set(WEEKDAY_NAMES);
const genericName = (lower: string): boolean => GENERIC_NAMES.test(lower) || WEEKDAYS.has(lower);
const MONTHS = new Set(MONTH_NAMES);
const SPELLED = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'thirty', 'fifty', 'hundred', 'thousand', 'million', 'billion', 'dozen', 'dozens']);
// Spellings that name the same thing: folded before comparison.
const ALIASES: [RegExp, string][] = [
  [/\bUnited States\b|\bU\.S\.A?\.?|\bUSA\b|\bAmerica\b/g, 'US'],
  [/\bUnited Nations\b|\bU\.N\./g, 'UN'],
  [/\bSergei\b/g, 'Sergey'],
];

function fold(text: string): string {
  let t = text;
  for (const [re, to] of ALIASES) t = t.replace(re, to);
  return t;
}

/** Prepares a sentence: words with stems, weights and vectors, figures, dates, cues. */
export function prepareText(text: string, vectors: WordVectors | null): PreparedText {
  const folded = fold(text);
  const ws: Word[] = [];
  const stems = new Set<string>();
  let negations = 0;
  let first = true;
  for (const w of words(folded)) {
    const surface = folded.slice(w.start, w.start + w.word.length);
    if (isNegationWord(w.word)) negations++;
    const stem = term(w.word);
    const isFirst = first;
    first = false;
    if (!stem) continue;
    const closed = WEEKDAYS.has(w.word) ? 'weekday' : MONTHS.has(w.word) ? 'month' : /\d/.test(w.word) || SPELLED.has(w.word) ? 'number' : null;
    const name = !isFirst && /^\p{Lu}/u.test(surface) && !closed;
    ws.push({ surface, lower: w.word, stem, row: vectors ? vectors.row(w.word.replace(/'s$/, '')) : -1, weight: Math.min(idf(stem, 0), 12), name, closed });
    stems.add(stem);
  }
  let centroid: Float32Array | null = null;
  if (vectors) {
    centroid = new Float32Array(vectors.dims);
    let any = false;
    for (const w of ws) {
      if (w.row < 0) continue;
      any = true;
      const v = vectors.vector(w.row);
      for (let d = 0; d < v.length; d++) centroid[d]! += v[d]! * w.weight;
    }
    if (any) {
      let n = 0;
      for (let d = 0; d < centroid.length; d++) n += centroid[d]! * centroid[d]!;
      n = Math.sqrt(n) || 1;
      for (let d = 0; d < centroid.length; d++) centroid[d]! /= n;
    } else centroid = null;
  }
  return {
    text,
    words: ws,
    stems,
    figures: figures(folded),
    dates: dates(folded),
    years: new Set(folded.match(/\b(19|20)\d\d\b/g) ?? []),
    negations,
    denial: DENIAL.test(folded),
    confirm: CONFIRM.test(folded),
    hedged: HEDGE.test(folded),
    centroid,
    stances: speakerStances(folded),
  };
}

function editDistanceAtMost1(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  let j = 0;
  let edits = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++;
      j++;
      continue;
    }
    if (++edits > 1) return false;
    if (a.length > b.length) i++;
    else if (b.length > a.length) j++;
    else {
      i++;
      j++;
    }
  }
  return edits + (a.length - i) + (b.length - j) <= 1;
}

/** What the comparison found, in facts a reader can check. */
export interface Comparison {
  features: Float64Array;
  /** Names, figures and dates of the claim that the passage also states. */
  matched: string[];
  /** Differences: "9 warships here, 11 in the report". */
  differing: { kind: 'number' | 'date' | 'entity' | 'denial' | 'negation'; claim: string; report: string }[];
  /** Figures the report states less precisely ("more than 10" for "about 30"). */
  lessPrecise: { claim: string; report: string }[];
  /** Share of the claim's weight said exactly or by a close synonym (cosine ≥ 0.75). */
  strictCoverage: number;
  /** Share of the claim's three weightiest words (not names) the passage says (cosine ≥ 0.75). */
  keyCoverage: number;
  /** Share of the claim's names the passage has (1 when the claim names no one). */
  nameCoverage: number;
  /** Share of the claim's weight the passage says, exactly or in other words (0..1). */
  softCoverage: number;
  exactCoverage: number;
}

export const FEATURE_NAMES = [
  'exactCoverage', 'softCoverage', 'softCoverage55', 'passageCoverage', 'unmatchedMaxWeight', 'unmatchedWeightShare',
  'claimNames', 'unmatchedNames', 'passageExtraNames', 'nameSwaps',
  'claimFigures', 'figuresSame', 'figuresCompatible', 'figuresConflict', 'figuresUnmatched',
  'datesSame', 'datesConflict', 'weekdaysSame', 'weekdaysConflict', 'yearsSame', 'yearsConflict',
  'claimNegations', 'passageNegations', 'negationMismatch', 'claimDenial', 'passageDenial', 'denialMismatch',
  'claimConfirm', 'passageConfirm', 'claimHedged', 'passageHedged',
  'claimLength', 'passageLength', 'centroidCosine', 'bigramOverlap',
] as const;
export const FEATURE_COUNT = FEATURE_NAMES.length;

/** Is the figure about the same thing: the same counted noun (or a near synonym). */
function sameThing(a: Figure, b: Figure, vectors: WordVectors | null): boolean {
  // Money: the same currency and something in common around it ("reward", "arms").
  if (a.unit.length === 1 || b.unit.length === 1) return a.unit === b.unit && [...a.context].filter((t) => b.context.has(t) && idf(t, 0) > 2.5).length >= 2;
  if (b.units.some((u) => a.units.includes(u))) return true;
  if (!vectors) return false;
  for (const u of a.units) for (const v of b.units) if (vectors.cosine(vectors.row(u), vectors.row(v)) >= 0.8) return true;
  return false;
}

/** A name without its possessive, plural or demonym ending: "Kurds", "Kurdish" and "Kurd's" are one name. */
function nameRoot(lower: string): string {
  const w = lower.replace(/['’]s$/, '');
  const m = /^(.{4,}?)(?:ians|ian|ans|an|ish|ese|is|i|es|s|a)$/.exec(w);
  return m ? m[1]! : w;
}

function bigrams(ws: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (let i = 1; i < ws.length; i++) out.add(`${ws[i - 1]!.stem} ${ws[i]!.stem}`);
  return out;
}

/**
 * Compares a claim with a passage. Vectors align content words that differ
 * in form ("envoys" ~ "diplomats") but never weekdays, months, numbers or
 * names: those must match exactly, and a close but different one (Friday
 * against Wednesday, Cuba against the Dominican Republic) is a difference.
 */
export function compare(claim: PreparedText, passage: PreparedText, vectors: WordVectors | null): Comparison {
  const f = new Float64Array(FEATURE_COUNT);
  const matched: string[] = [];
  const differing: Comparison['differing'] = [];
  const lessPrecise: Comparison['lessPrecise'] = [];
  let total = 0;
  let exact = 0;
  let soft = 0;
  let soft55 = 0;
  let unmatchedMax = 0;
  let unmatchedWeight = 0;
  let claimNames = 0;
  let unmatchedNames = 0;
  let strict = 0;
  const keyWords: { weight: number; best: number }[] = [];
  const unmatchedNameWords: Word[] = [];
  for (const w of claim.words) {
    if (w.closed === 'number') continue;
    total += w.weight;
    let best = 0;
    if (passage.stems.has(w.stem)) best = 1;
    else {
      for (const p of passage.words) {
        if (w.name || p.name || w.closed || p.closed) {
          if (w.name && p.name && w.lower.length >= 5 && editDistanceAtMost1(w.lower, p.lower)) best = Math.max(best, 0.9);
          continue;
        }
        if (vectors && w.row >= 0 && p.row >= 0) best = Math.max(best, vectors.cosine(w.row, p.row));
      }
    }
    if (best === 1) exact += w.weight;
    if (best >= 0.75) strict += w.weight;
    if (!w.name && !w.closed) keyWords.push({ weight: w.weight, best });
    soft += w.weight * Math.max(0, best);
    if (best >= 0.55) soft55 += w.weight;
    else {
      unmatchedMax = Math.max(unmatchedMax, w.weight);
      unmatchedWeight += w.weight;
    }
    if (w.name) {
      claimNames++;
      if (best >= 0.9) matched.push(w.surface);
      else {
        unmatchedNames++;
        unmatchedNameWords.push(w);
      }
    }
  }
  // Passage words the claim covers (is the passage about the claim, or about much else).
  let pTotal = 0;
  let pSoft = 0;
  let extraNames = 0;
  const extraNameWords: Word[] = [];
  for (const p of passage.words) {
    if (p.closed === 'number') continue;
    pTotal += p.weight;
    if (claim.stems.has(p.stem)) pSoft += p.weight;
    else if (p.name) {
      extraNames++;
      extraNameWords.push(p);
    }
  }
  // A name in the claim where the passage has a different name of the same kind, about the same thing.
  let swaps = 0;
  // Only where the rest of the claim is said: otherwise the names are about different things.
  // Two names fill the same role when they are of a kind (close vectors) or stand by the
  // same words ("Sergei Ryabkov" / "Sergey Lavrov", "travellers to the Dominican Republic" / "travelers to Cuba").
  const restCovered = total ? soft55 / total : 0;
  if (restCovered >= 0.5) {
    const near = (t: PreparedText, w: Word): Set<string> => {
      const i = t.words.indexOf(w);
      const out = new Set<string>();
      const prev = t.words[i - 1];
      if (prev?.name) out.add(`name:${prev.lower.slice(0, 4)}`);

      return out;
    };
    const seen = new Set<Word>();
    const anchored = claimNames - unmatchedNames >= 1 && restCovered >= 0.5;
    const related = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a) || nameRoot(a).startsWith(nameRoot(b)) || nameRoot(b).startsWith(nameRoot(a)) || sameGroup(a, b);
    const acronym = (name: string, t: PreparedText): boolean => name.length >= 2 && name.length <= 4 && name === name.toUpperCase() &&
      t.words.some((w, i) => w.name && [...name].every((ch, k) => t.words[i + k]?.surface[0] === ch));
    for (const w of unmatchedNameWords) {
      if (genericName(w.lower)) continue;
      const wn = near(claim, w);
      for (const p of extraNameWords) {
        if (seen.has(p) || genericName(p.lower) || related(w.lower, p.lower) || acronym(p.surface, claim) || acronym(w.surface, passage)) continue;
        // Of a kind (Kenya / Uganda, Toronto / McGill): enough when the same person or body anchors both.
        const sim = vectors && w.row >= 0 && p.row >= 0 ? vectors.cosine(w.row, p.row) : 0;
        const kin = (sim >= 0.7 && restCovered >= 0.7) || (sim >= 0.6 && anchored);
        // The same first name or title before both ("Sergei Ryabkov" / "Sergey Lavrov"), or the same word leading to both.
        const pn = near(passage, p);
        const sameRole = [...wn].some((t) => pn.has(t));
        if (kin || sameRole) {
          seen.add(p);
          swaps++;
          differing.push({ kind: 'entity', claim: w.surface, report: p.surface });
          break;
        }
      }
    }
  }
  // "Rostec confirmed" against "Rostec denied": the same speaker, the other way.
  for (const a of claim.stances) {
    const b = passage.stances.find((x) => x.who === a.who && x.denies !== a.denies);
    if (b) differing.push({ kind: 'denial', claim: a.raw, report: b.raw });
  }
  // Figures.
  let same = 0;
  let compatible = 0;
  let conflict = 0;
  let unmatchedFigures = 0;
  for (const a of claim.figures) {
    let peers = passage.figures.filter((b) => sameThing(a, b, vectors));
    // One figure on each side of sentences that otherwise say the same: the same count in other
    // words ("4,000 Russian tourists" / "6,000 visitors").
    const restSaid = total ? soft55 / total : 0;
    // Never for amounts in words or "one" ("several commercial airliners" / "one official"): their word is rarely the counted thing.
    const lone = (x: Figure): boolean => x.unit.length > 1 && !x.range.vague && x.value !== 1;
    if (peers.length === 0 && claim.figures.length === 1 && passage.figures.length === 1 && restSaid >= SAME_SLOT && lone(a) && lone(passage.figures[0]!)) peers = passage.figures;
    if (peers.length === 0) {
      unmatchedFigures++;
      continue;
    }
    const rel = peers.map((b) => compareFigures(a.range, b.range));
    if (rel.includes('same')) {
      same++;
      matched.push(a.raw);
    } else if (rel.includes('compatible')) {
      compatible++;
      lessPrecise.push({ claim: a.raw, report: peers[rel.indexOf('compatible')]!.raw });
    } else {
      conflict++;
      differing.push({ kind: 'number', claim: a.raw, report: peers[0]!.raw });
    }
  }
  // Dates: a different day for the same event, judged by the words around it.
  let datesSame = 0;
  let datesConflict = 0;
  let weekdaysSame = 0;
  let weekdaysConflict = 0;
  for (const kind of ['monthday', 'weekday'] as const) {
    const a = claim.dates.filter((d) => d.kind === kind);
    const b = passage.dates.filter((d) => d.kind === kind);
    for (const d of a) {
      if (b.some((x) => x.key === d.key)) {
        if (kind === 'monthday') datesSame++;
        else weekdaysSame++;
        matched.push(d.raw);
      } else if (b.length > 0 && a.length === 1) {
        const before = (t: PreparedText, raw: string): Set<string> => {
          const at = t.text.indexOf(raw);
          const prior = at < 0 ? [] : words(t.text.slice(Math.max(0, at - 60), at)).map((x) => term(x.word)).filter((x): x is string => !!x && !/\d/.test(x));
          return new Set(prior.slice(-2));
        };
        const mine = before(claim, d.raw);
        const restSaid = total ? soft55 / total : 0;
        const other = b.find((x) => [...before(passage, x.raw)].some((t) => mine.has(t))) ?? (b.length === 1 && restSaid >= SAME_SLOT ? b[0] : undefined);
        if (!other) continue;
        if (kind === 'monthday') datesConflict++;
        else weekdaysConflict++;
        differing.push({ kind: 'date', claim: d.raw, report: other.raw });
      }
    }
  }
  let yearsSame = 0;
  let yearsConflict = 0;
  const restSaidForYears = total ? soft55 / total : 0;
  for (const y of claim.years) {
    if (passage.years.has(y)) yearsSame++;
    else if (passage.years.size > 0) {
      yearsConflict++;
      // Readable only when the year is of the same thing: one year on each side of sentences that
      // otherwise say the same ("a 2012 tribute concert" / "the tribute concert in 2007"). With figures
      // that differ too, it is the same measure in another period ("10,000 visitors in 2024" / "6,000 in 2025").
      if (claim.years.size === 1 && passage.years.size === 1 && restSaidForYears >= SAME_SLOT && conflict + compatible === 0) differing.push({ kind: 'date', claim: y, report: [...passage.years][0]! });
    }
  }
  const negMismatch = (claim.negations > 0) !== (passage.negations > 0) ? 1 : 0;
  const denialMismatch = claim.denial !== passage.denial ? 1 : 0;
  let centroid = 0;
  if (claim.centroid && passage.centroid) for (let d = 0; d < claim.centroid.length; d++) centroid += claim.centroid[d]! * passage.centroid[d]!;
  const cb = bigrams(claim.words);
  const pb = bigrams(passage.words);
  let shared = 0;
  for (const b of cb) if (pb.has(b)) shared++;
  const v = [
    total ? exact / total : 0, total ? soft / total : 0, total ? soft55 / total : 0, pTotal ? pSoft / pTotal : 0,
    unmatchedMax, total ? unmatchedWeight / total : 0,
    claimNames, unmatchedNames, extraNames, swaps,
    claim.figures.length, same, compatible, conflict, unmatchedFigures,
    datesSame, datesConflict, weekdaysSame, weekdaysConflict, yearsSame, yearsConflict,
    claim.negations, passage.negations, negMismatch, claim.denial ? 1 : 0, passage.denial ? 1 : 0, denialMismatch,
    claim.confirm ? 1 : 0, passage.confirm ? 1 : 0, claim.hedged ? 1 : 0, passage.hedged ? 1 : 0,
    claim.words.length, passage.words.length, centroid, cb.size ? shared / cb.size : 0,
  ];
  v.forEach((x, i) => (f[i] = x));
  const key = keyWords.sort((a, b) => b.weight - a.weight).slice(0, 3);
  return {
    features: f, matched, differing, lessPrecise,
    softCoverage: total ? soft / total : 0,
    exactCoverage: total ? exact / total : 0,
    strictCoverage: total ? strict / total : 0,
    keyCoverage: key.length ? key.filter((k) => k.best >= 0.75).length / key.length : 0,
    nameCoverage: claimNames ? (claimNames - unmatchedNames) / claimNames : 1,
  };
}
