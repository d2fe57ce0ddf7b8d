/**
 * The anchor reading: a Spanish or Russian sentence's figures, dates and speakers set against an
 * English report's sentences, through the sentence's English gloss. A verdict needs the two
 * sentences to be about the same thing (shared names and words) and then a figure, date or denial
 * that agrees or cannot agree; anything less is left to the caller as a discussion.
 */
import type { PreparedText } from '../verify/features.ts';
import { compareFigures, figures, type Range } from '../verify/quantity.ts';
import type { WordVectors } from '../verify/vectors.ts';
import type { SourceDate } from './dates.ts';
import type { SourceLanguage } from './detect.ts';
import { outletsIn } from './outlets.ts';
import { statesSetAside } from './contrast.ts';
import { englishDayPart, otherTimeOfDay, type DayPart } from './day-part.ts';
import { fatesIn, otherFate, type Fate } from './fate.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import { ATTRIBUTION_CUES, CONFIRM_CUES, DENIAL, DENIAL_VERBS, DENIED_NEWS, DENYING, isNegationWord, NOT_DENIED } from '../text/cues.ts';
import { containsWord, escapeRegExp } from '../text/regexp.ts';
import { term } from '../text/tokens.ts';

// Counted things that English news names with several words: a gloss's word and a report's may
// differ ("soldiers" / "troops", "ships" / "warships").
const UNIT_CLASSES = [
  'soldier troop militari servicemen serviceman personnel marin conting',
  'warship ship vessel destroy frigat',
  'plane aircraft jet airplan',
  'car vehicl automobil',
  'dollar usd $',
  'euro eur €',
  'rubl rub',
  'pound £ sterl',
  'tourist visitor travel compatriot',
  'peopl person citizen dead death fatal victim',
  'employe worker staff specialist workforc',
  'countri nation state govern',
].map((g) => g.split(' '));
const UNIT_CLASS = new Map(UNIT_CLASSES.flatMap((g) => g.map((u) => [u, g[0]!] as const)));
const unitOf = (u: string): string => UNIT_CLASS.get(u) ?? u;
// Countries: many groups of one story are made of them ("more than 50 countries" recognise
// Guaidó, "14 states" make up the Lima Group): a difference needs sentences plainly about one group.
const LOOSE_UNITS = new Set(['countri']);

/**
 * compareFigures, except that two lower bounds of the same large count are two counts: news writes
 * "more than 8,000" for 8,300 and "over 6,000" for 6,200, so the two cannot both be the figure. A
 * small one is a loose floor ("more than 10 vehicles", "at least twenty"): both may hold. A ceiling
 * and a floor on the same figure ("nearly ten", "fewer than ten" / "more than 10") leave no count
 * between them: the words exclude the figure itself.
 */
function relate(a: Range, b: Range): ReturnType<typeof compareFigures> {
  if (transposed(a, b)) return 'conflict';
  if (a.hi === Infinity && b.hi === Infinity && !a.vague && !b.vague && Math.min(a.lo, b.lo) >= 100 && Math.abs(a.lo - b.lo) > 0.15 * Math.max(a.lo, b.lo)) return 'conflict';
  const meet = (low: Range, high: Range): boolean => !low.exact && !high.exact && !low.vague && !high.vague && low.hi === high.lo && high.hi === Infinity && low.lo < low.hi;
  if (meet(a, b) || meet(b, a)) return 'conflict';
  return compareFigures(a, b);
}

// Currencies, by their unit class: a sum in one is no sum in another.
const CURRENCIES = new Set(['dollar', 'euro', 'rubl', 'pound', 'peso', 'bolivar', 'bolívar', 'yuan']);
const currencyOf = (f: PreparedText['figures'][number]): string | undefined => f.units.map(unitOf).find((u) => CURRENCIES.has(u));

/**
 * The same digits in another order ("41" / "at least 14", "1.250" / "1,520"): a figure copied wrong,
 * not a second estimate, however loose the words around each.
 */
function transposed(a: Range, b: Range): boolean {
  if (a.vague || b.vague || a.lo === b.lo || !Number.isInteger(a.lo) || !Number.isInteger(b.lo) || a.lo < 10 || b.lo < 10) return false;
  const digits = (n: number): string => [...String(n)].sort().join('');
  return digits(a.lo) === digits(b.lo);
}

// Below this, a count agrees only between sentences plainly about the same thing (set on the dev splits).
const SMALL_COUNT = 10;

const DAY_MS = 86_400_000;

/** A report's date when it gives the day ("2025-12-22"); "2025-11", a month, has no weekdays or weeks. */
function fullDate(date: string | null | undefined): Date | null {
  const d = date && /^\d{4}-\d{2}-\d{2}/.test(date) ? new Date(date.slice(0, 10)) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
}

/** January is 0; the gloss writes "December", MONTH_NAMES "december". */
const monthIndex = (name: string): number => MONTH_NAMES.indexOf(name.toLowerCase());

/**
 * A month named without a year is the last such month up to the text's date ("last May" in a January
 * 2019 report is May 2018), or, `ahead` (the text tells what will happen), the next one from it ("In
 * February or March, Canada will host…" in January 2019 is 2019).
 */
function yearOf(m: { month: string; year: string | null }, date: string | null | undefined, ahead = false): string | null {
  if (m.year || !date) return m.year;
  const year = Number(date.slice(0, 4));
  const month = monthIndex(m.month) + 1;
  const now = Number(date.slice(5, 7));
  if (ahead) return String(month >= now ? year : year + 1);
  return String(month <= now ? year : year - 1);
}

// A vague count the sentence tells too ("de los pocos países que le apoyan" / "one of just a handful
// of nations that continued to back"): the report's vague count is of those, the sentence's figure of others.
// (Nor is a vague count of countries set against any figure: "a handful of nations" backing one side
// is no count of the "medio centenar" recognising the other.)
const FEW = /\b(?:few|handful)\b/i;

// Sums of money in the millions: a story names few, each for one thing.
const LARGE_SUM = 1_000_000;
const MONEY = 'dollar';

const REWARD = new Set(['reward', 'bounty'].map((w) => term(w)!));
const REWARDED = new Set(['reward', 'bounty', 'capture', 'captured', 'arrest', 'arrested', 'detain', 'detained', 'apprehension'].map((w) => term(w)!));
function rewarded(gloss: PreparedText): boolean {
  for (const t of gloss.stems) if (REWARDED.has(t)) return true;
  return false;
}

/**
 * Two sums of money for the same thing ("una recompensa de 15 millones de dólares" / "there is a
 * reward of $50,000,000"): one large sum on each side, and a word the report writes beside its sum
 * (what it is paid for) is in the sentence. Names and places do not count: they are not what is paid.
 */
function paidFor(gloss: PreparedText, s: PreparedText, a: PreparedText['figures'][number], b: PreparedText['figures'][number], generic: ReadonlySet<string>): boolean {
  const money = (f: PreparedText['figures'][number]): boolean => f.units.some((u) => unitOf(u) === MONEY) && f.value >= LARGE_SUM && f.range.exact && !f.range.vague;
  if (!money(a) || !money(b) || gloss.figures.filter(money).length !== 1 || s.figures.filter(money).length !== 1) return false;
  const at = s.text.indexOf(b.raw);
  if (at < 0) return false;
  const words = (t: string): string[] => t.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w));
  const beside = [...words(s.text.slice(0, at)).slice(-2), ...words(s.text.slice(at + b.raw.length)).slice(0, 2)];
  return beside.some((w) => {
    const t = term(w.replace(/[^\p{L}]/gu, ''));
    // A reward is paid for a capture: "15 millones de dólares por la captura de Maduro" / "a reward of $50,000,000".
    return !!t && !generic.has(t) && unitOf(t) !== MONEY && (gloss.stems.has(t) || (REWARD.has(t) && rewarded(gloss)));
  });
}


// Counted things too common to be one count of a story ("people", "countries"), sums (paidFor) and
// measures, which measure many things of a story ("48 hours" after an oath, "72 hours" to leave).
// (Seats and tickets measure what was on offer, not who came: "6.000 plazas" / "over 6,000 visitors".)
const CAPACITY = new Set(['seats', 'tickets'].map((w) => term(w)!));
const MEASURES = new Set([...['hours', 'days', 'weeks', 'months', 'years', 'minutes', 'percent', 'times', 'kilometers', 'miles', 'barrels', 'tons'].map((w) => term(w)!), ...CAPACITY]);
const COMMON_UNITS = new Set(['peopl', 'countri', MONEY, ...MEASURES]);

/**
 * The report's one count of a thing the sentence counts once too ("около двух десятков военных
 * кораблей" / "the U.S. deploys 11 warships"): a story counts its warships, troops or tourists once,
 * so two counts of them differ even between sentences that share little else. Not for common
 * things, small counts or vague amounts.
 */
function onlyCount(a: PreparedText['figures'][number], b: PreparedText['figures'][number], gloss: PreparedText, reportCounts: (unit: string) => number): boolean {
  const unit = unitOf(b.units[0]!);
  // The thing itself on both sides ("20 small vessels" counts boats, not the report's warships).
  if (unitOf(a.units[0]!) !== unit || COMMON_UNITS.has(unit) || a.value < SMALL_COUNT || b.value < SMALL_COUNT || a.range.vague || b.range.vague) return false;
  return gloss.figures.filter((f) => countsUnit(f, unit)).length === 1 && reportCounts(unit) === 1;
}

const countsUnit = (f: PreparedText['figures'][number], unit: string): boolean => f.units.some((u) => unitOf(u) === unit);

/** A figure that may stand alone against another of other words: never a measure or a count of countries ("thirty countries" / "72 hours"). */
const countable = (f: PreparedText['figures'][number]): boolean => !f.units[0] || (!MEASURES.has(unitOf(f.units[0])) && !LOOSE_UNITS.has(unitOf(f.units[0])));

const DAY_UNIT = term('days')!;
const PERCENT_UNIT = term('percent')!;
const HOUR_UNIT = term('hours')!;

/**
 * A span in days as hours, when the report counts it in hours ("трое суток", "tres días" / "within
 * 72 hours"): news gives a deadline either way.
 */
function inHoursFor(f: PreparedText['figures'][number], s: PreparedText): PreparedText['figures'][number] {
  if (f.units[0] !== DAY_UNIT || !s.figures.some((b) => b.units[0] === HOUR_UNIT)) return f;
  const { lo, hi } = f.range;
  return { ...f, units: [HOUR_UNIT, ...f.units.slice(1)], value: f.value * 24, range: { ...f.range, lo: lo * 24, hi: hi * 24 } };
}

/** A quotation of the sentence: as written, and the stems of its English gloss that count. */
export interface QuotedWords {
  text: string;
  stems: string[];
}

// Most of a quotation's words, and at least two, in a quotation of the report (set on the dev splits).
const QUOTE_SHARE = 0.6;
const QUOTATION = /[“"‘]([^”"’]{3,400})[”"’]/g;

/**
 * The stems a sentence quotes from the source language, glossed (`gloss` of each «…», “…”): those
 * with two or more words that say something (not names, figures or the story's places).
 */
export function quotationsOf(source: string, glossOf: (text: string) => PreparedText, generic: ReadonlySet<string>, least = 2): QuotedWords[] {
  const out: QuotedWords[] = [];
  for (const m of source.matchAll(/[«“"„]([^»”"“]{3,400})[»”"“]/g)) {
    const p = glossOf(m[1]!);
    const stems = p.words.filter((w) => !w.name && !w.closed && !generic.has(w.stem) && !/^\d/.test(w.stem)).map((w) => w.stem);
    if (new Set(stems).size >= least) out.push({ text: m[1]!, stems: [...new Set(stems)] });
  }
  return out;
}

/**
 * Whether every quotation of a sentence (`quotes`, a one-word one too) is in report sentence `i` or
 * the one before or after it: «bloqueo total y completo» and «están contados» are two things said,
 * and a report sentence with only the first tells half of it ("…would oppose the “destructive
 * politics”… While visiting Rabat, he denounced Washington’s “calls for coup”": the next sentence).
 */
export function quotesNear(quotes: readonly QuotedWords[], sentences: readonly PreparedText[], i: number, vectors?: WordVectors | null): boolean {
  const near = [sentences[i], sentences[i - 1], sentences[i + 1]].filter((x): x is PreparedText => !!x);
  // (In other words of the same sense too: «очень мрачно» glossed "very grim" / "in very somber tones".)
  return quotes.every((q) => q.stems.some((t) => near.some((x) => x.stems.has(t) || !!sameAct(t, (u) => x.stems.has(u)) || synonymAmong(t, x.words, vectors))));
}

/** Whether one of `words` is close to the stem `stem` in the word vectors (not a closed word: a month, a number). */
function synonymAmong(stem: string, words: readonly PreparedText['words'][number][], vectors?: WordVectors | null): boolean {
  const row = vectors?.row(stem) ?? -1;
  return row >= 0 && words.some((w) => w.row >= 0 && !w.closed && vectors!.cosine(w.row, row) >= SYNONYM);
}

// What a report sentence quotes (“…”), read once per sentence.
const QUOTE_SPANS = new WeakMap<PreparedText, string[]>();
function quoteSpans(s: PreparedText): string[] {
  let spans = QUOTE_SPANS.get(s);
  if (!spans) QUOTE_SPANS.set(s, (spans = [...s.text.matchAll(QUOTATION)].map((m) => m[1]!)));
  return spans;
}

// Per report sentence, the test of whether a stem is among its quoted words (or their close synonyms).
const QUOTED = new WeakMap<PreparedText, ((stem: string) => boolean) | null>();
function quotedWords(s: PreparedText, vectors?: WordVectors | null): ((stem: string) => boolean) | null {
  if (QUOTED.has(s)) return QUOTED.get(s)!;
  const spans = quoteSpans(s).map((q) => q.toLowerCase());
  let test: ((stem: string) => boolean) | null = null;
  if (spans.length) {
    const inQuote = s.words.filter((w) => spans.some((q) => containsWord(q, w.lower)));
    const stems = new Set(inQuote.map((w) => w.stem));
    test = (stem) => stems.has(stem) || !!sameAct(stem, (u) => stems.has(u)) || synonymAmong(stem, inQuote, vectors);
  }
  QUOTED.set(s, test);
  return test;
}

// The phrases a report sentence quotes, each with its content words (names aside).
const REPORT_QUOTES = new WeakMap<PreparedText, { text: string; stems: string[] }[]>();
function reportQuotes(s: PreparedText): { text: string; stems: string[] }[] {
  let qs = REPORT_QUOTES.get(s);
  if (!qs) {
    qs = quoteSpans(s).map((q) => ({ text: q, stems: [...new Set(s.words.filter((w) => !w.name && !w.closed && containsWord(q.toLowerCase(), w.lower)).map((w) => w.stem))] })).filter((q) => q.stems.length > 0);
    REPORT_QUOTES.set(s, qs);
  }
  return qs;
}

const NO_NAMES: ReadonlySet<string> = new Set();

/**
 * Whether the person the glossed sentence names last before the quoted words (`stems`) is one the
 * report's sentence never names: the words are someone else's. "Riabkov … le aseguró el apoyo de
 * Moscú contra la «agresión imperialista»" is Riabkov's assurance, not Gil's "aggressions".
 */
function quotedByAnother(glossText: string, names: readonly string[], stems: readonly string[], report: string): boolean {
  let at = -1;
  for (const m of glossText.matchAll(/\p{L}+/gu)) {
    if (stems.includes(term(m[0].toLowerCase()) ?? '')) {
      at = m.index;
      break;
    }
  }
  if (at < 0) return false;
  // (A person is a name written with another beside it, "Pedro Olmedo": a lone "Madrid" is a place.)
  const known = new Set(names.flatMap((n) => n.split(/\s+/)));
  const words = [...glossText.matchAll(/\p{L}[\p{L}'’-]*/gu)];
  let speaker: string | undefined;
  let role: { title: string; country: string } | undefined;
  let named = false;
  for (const [k, m] of words.entries()) {
    if (m.index >= at) break;
    const paired = known.has(words[k - 1]?.[0] ?? '') || known.has(words[k + 1]?.[0] ?? '');
    if (known.has(m[0])) {
      if (paired) {
        speaker = m[0];
        role = undefined;
      }
      named = true;
    } else if (named && SPEAKER_ROLE.test(m[0]) && !known.has(words[k + 1]?.[0] ?? '')) {
      const country = [words[k - 1]?.[0], words[k + 1]?.[0]].find((w) => countryWord(w ?? ''));
      if (country) role = { title: m[0].toLowerCase(), country: country.replace(/\./g, '').slice(0, 4) };
    }
  }
  // A title after the person, with no name of its own, is someone else speaking ("по словам Хиля,
  // российский министр заверил…", "habló con el embajador ruso, que le aseguró…"): the report's
  // sentence must have that title too (a minister is a "counterpart" to a minister).
  if (role) {
    const title = role.title === 'minister' ? '(?:minister|counterpart)' : role.title;
    return !new RegExp(`\\b${role.country}\\p{L}*(?:['’]s)?\\s+(?:\\p{L}+\\s+)?${title}|\\b${title}\\s+(?:of\\s+)?(?:the\\s+)?${role.country}`, 'iu').test(report);
  }
  return !!speaker && !namesAlike(report, speaker);
}
const SPEAKER_ROLE = /^(?:minister|ambassador|envoy|spokesman|spokeswoman|spokesperson|diplomat|official|counterpart)$/i;
// (A title of some country's, "Russian minister", "ambassador Russia": a title beside the person, "Zakharova spokeswoman ministry", is the person.)
const COUNTRY_NAME = /^(?:Russia|Venezuela|China|Cuba|Colombia|Norway|Iran|Guyana|Panama)$/;
const countryWord = (w: string): boolean => PEOPLE_ADJECTIVE.test(w) || COUNTRY_NAME.test(w);

// The one year a sentence gives, with the words either side of it (stems), or null.
const MONTH_BEFORE = new RegExp(`(?:${MONTH_NAMES.join('|')}|\\d)[\\s,]*$`, 'i');
const YEARS = new WeakMap<PreparedText, { year: string; context: Set<string> } | null>();
function yearsBeside(p: PreparedText): { year: string; context: Set<string> } | null {
  let y = YEARS.get(p);
  if (y === undefined) {
    // (Not the year of a written date, "19 December 2025", "August and November 2025": dates are read as dates.)
    const all = [...p.text.matchAll(/(?<![\d.,])((?:19|20)\d\d)(?![\d])/g)].filter((m) => !MONTH_BEFORE.test(p.text.slice(Math.max(0, m.index - 14), m.index)));
    y = null;
    if (all.length === 1 && p.years.size === 1) y = { year: all[0]![1]!, context: wordsAround(p.text, all[0]!.index, 4) };
    YEARS.set(p, y);
  }
  return y;
}

/** The words either side of a month with its year ("house arrest July 2017"), as yearsBeside gives them for a bare year. */
function monthYearBeside(p: PreparedText, m: { year: string | null; raw: string }): { year: string; context: Set<string> } | null {
  const at = p.text.indexOf(m.raw);
  return m.year && at >= 0 ? { year: m.year, context: wordsAround(p.text, at, m.raw.length) } : null;
}

/** The stems of the three words either side of `length` characters at `at` in `text`. */
function wordsAround(text: string, at: number, length: number): Set<string> {
  const near = (t: string): string[] => (t.match(/[\p{L}]+/gu) ?? []).map((w) => term(w.toLowerCase())).filter((w): w is string => !!w);
  return new Set([...near(text.slice(0, at)).slice(-3), ...near(text.slice(at + length)).slice(0, 3)]);
}

const LAST_WEEK = /\blast week\b/i;

/** The calendar week (Monday to Sunday) before a report's full date, or null. */
function lastWeek(reportDate: string | null | undefined): { from: Date; to: Date } | null {
  const d = fullDate(reportDate);
  if (!d) return null;
  const monday = d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY_MS;
  return { from: new Date(monday - 7 * DAY_MS), to: new Date(monday - DAY_MS) };
}

// "на позапрошлой неделе", "la semana antepasada" (lexicon): the week before the last one.
const WEEK_BEFORE_LAST = /\bthe week before last\b/i;

/** Whether two full dates fall in one calendar week (Monday to Sunday): "last week" is then the same week for both. */
function sameWeek(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = lastWeek(a);
  const y = lastWeek(b);
  return !!x && !!y && x.from.getTime() === y.from.getTime();
}

/** How far a span of time (`start`–`end`, ms) falls outside a week: negative when they meet. */
function outside(week: { from: Date; to: Date }, start: number, end: number): number {
  return Math.max(week.from.getTime() - end, start - week.to.getTime());
}

/** What the anchors say about one report. */
export interface AnchorFinding {
  stance: 'corroborates' | 'conflicts';
  kind: 'number' | 'date' | 'denial' | 'name' | 'quote' | 'entity' | 'other';
  /** Index of the report sentence. */
  sentence: number;
  /** The values side by side (English as written in the gloss, then the report's). */
  claim: string;
  report: string;
  /** How strongly the two sentences are about the same thing (shared names count double). */
  context: number;
  /** What each side says of its value, in English, where the values alone agree ("14 people" wounded / killed). */
  qualifiers?: { claim: string; report: string };
}

// A gloss picks one English word where a report picks another ("spokesperson" / "spokeswoman",
// "denied" / "dismissed"): a word this close in the vectors is the same word, as in the English verifier.
const SYNONYM = 0.75;

// Per gloss, the gloss's words close to a report word (by its vector row): one claim meets the
// same report words in hundreds of sentences.
const SYNONYMS = new WeakMap<PreparedText, Map<number, string[]>>();

function synonymsIn(gloss: PreparedText, row: number, vectors: WordVectors): string[] {
  let known = SYNONYMS.get(gloss);
  if (!known) SYNONYMS.set(gloss, (known = new Map()));
  let stems = known.get(row);
  if (!stems) {
    stems = gloss.words.filter((w) => w.row >= 0 && !w.closed && !w.name && vectors.cosine(w.row, row) >= SYNONYM).map((w) => w.stem);
    known.set(row, stems);
  }
  return stems;
}

const FIRST_NAME = /^(?:Donald|Marco|Nicol[aá]s|Nikolas|Sergey|Sergei|Maria|Mar[ií]a|Vladimir|Pete|Pit|Mike|John|Dzhon|Juan|Khuan|Yv[aá]n|Ivan|Dmitry|Dmitri|Anna|Yevgeny|Evgen)$/;
/** A word without its accents ("Guaidó" → "Guaido"). */
export const unaccent = (t: string): string => t.normalize('NFD').replace(/\p{M}/gu, '');
// Each report is asked for every name of every claim: its text is unaccented once.
const UNACCENTED = new Map<string, string>();
function unaccented(text: string): string {
  let plain = UNACCENTED.get(text);
  if (plain === undefined) {
    if (UNACCENTED.size > 64) UNACCENTED.clear();
    UNACCENTED.set(text, (plain = unaccent(text)));
  }
  return plain;
}

/**
 * Whether a report names the person, body or place a sentence names, however it is written: the
 * name itself, its words but the kind of thing it names ("Margarita Island" / "Margarita"),
 * without accents ("Guaidó" / "Guaido"), or by its initials. First names and peoples ("Donald",
 * "Russians") go with someone else's name and are not asked for.
 */
export function namesAlike(text: string, name: string): boolean {
  if (FIRST_NAME.test(name) || /^\p{Lu}\p{Ll}+(?:an|ian|ese)s$/u.test(name)) return true;
  if (mentions(text, name)) return true;
  const plain = unaccented(text);
  const words = unaccent(name).split(/[\s-]+/).filter((w) => w.length >= 3 && w !== 'The' && !NAME_NOUN.has(w) && !FIRST_NAME.test(w));
  if (containsWord(plain, unaccent(name)) || words.every((w) => containsWord(plain, w))) return true;
  // A name of several words, each in the text in any case, or cut to its stem by the gloss ("Трен-де-Арагуа"
  // glossed "Tren-de-aragu", «Картелем солнц» "Soles cartel" / "Tren de Aragua", "Cartel de los Soles").
  return words.length >= 2 && words.every((w) => stemIn(plain, w));
}

/** Whether `text` has the word `w`, in any case, or a word it begins that is at most two letters longer ("aragu" / "Aragua"). */
function stemIn(text: string, w: string): boolean {
  let re = STEM_PATTERNS.get(w);
  if (!re) {
    // (Compiled once per word: every claim meets the same few names in hundreds of sentences.)
    if (STEM_PATTERNS.size > 2000) STEM_PATTERNS.clear();
    STEM_PATTERNS.set(w, (re = new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(\\p{L}{0,2})(?![\\p{L}])`, 'iu')));
  }
  const m = re.exec(text);
  return !!m && (m[1] === '' || w.length >= 4);
}
const STEM_PATTERNS = new Map<string, RegExp>();

// Words of a name that say what kind of thing it names, which a report may leave out ("Margarita Island").
const NAME_NOUN = new Set(['Island', 'Islands', 'Department', 'Council', 'Ministry', 'Agency', 'Press', 'Group', 'University', 'Company', 'Republic']);

/** Whether `text` names `name` as a whole word, or by its initials ("Associated Press" / "AP") or spelled out. */
export function mentions(text: string, name: string): boolean {
  if (containsWord(text, name)) return true;
  const { initials, spelled } = nameForms(name);
  return (!!initials && containsWord(text, initials)) || (!!spelled && spelled.test(text));
}

// A name's other written forms, worked out once: every claim meets the same few names in hundreds of sentences.
const NAME_FORMS = new Map<string, { initials: string | null; spelled: RegExp | null }>();
function nameForms(name: string): { initials: string | null; spelled: RegExp | null } {
  let forms = NAME_FORMS.get(name);
  if (!forms) {
    if (NAME_FORMS.size > 2000) NAME_FORMS.clear();
    forms = {
      initials: /^(?:\p{Lu}\p{Ll}+\s+)+\p{Lu}\p{Ll}+$/u.test(name) ? name.split(/\s+/).map((w) => w[0]).join('') : null,
      spelled: /^\p{Lu}{2,5}$/u.test(name) ? new RegExp(`\\b${[...name].map((c) => `${c}\\p{Ll}+`).join('\\s+')}\\b`, 'u') : null,
    };
    NAME_FORMS.set(name, forms);
  }
  return forms;
}

// Words English news uses for one act that the vectors keep apart ("began" / "initiated" 0.56):
// a gloss has one of them, a report another.
const SAME_ACT = [
  ['begin', 'began', 'begun', 'start', 'started', 'initiated', 'launched', 'commenced'],
  ['reward', 'bounty'],
  ['ended', 'closed', 'concluded', 'finished', 'completed', 'end', 'close', 'conclude', 'finish', 'complete'],
  ['talks', 'dialogue', 'negotiations', 'conversations'],
  ['founded', 'established', 'created', 'exists', 'existed'],
].map((g) => new Set(g.map((w) => term(w)!)));
const SAME_ACT_OF = new Map(SAME_ACT.flatMap((g) => [...g].map((t) => [t, g] as const)));

/** Another stem English uses for the act `stem` names that `has` holds, if any. */
function sameAct(stem: string, has: (other: string) => boolean): string | undefined {
  for (const other of SAME_ACT_OF.get(stem) ?? []) if (has(other)) return other;
  return undefined;
}

/**
 * How much two sentences are about the same thing: shared word stems (or close synonyms, given
 * `vectors`), and shared names of people and bodies counted twice. Figures, dates and the countries
 * of the story are left out: they are what is compared, or what every sentence of the story shares.
 */
export function sharedContext(gloss: PreparedText, sentence: PreparedText, names: readonly string[], generic: ReadonlySet<string>, vectors?: WordVectors | null): { words: number; names: number } {
  let words = 0;
  // Report words already matched through SAME_ACT: the vectors must not count them again.
  const acts = new Set<string>();
  for (const t of gloss.stems) {
    if (generic.has(t) || /^\d/.test(t)) continue;
    if (sentence.stems.has(t)) words++;
    else {
      const u = sameAct(t, (v) => sentence.stems.has(v) && !gloss.stems.has(v));
      if (u) {
        words++;
        acts.add(u);
      }
    }
  }
  if (vectors) {
    const counted = new Set<string>();
    for (const p of sentence.words) {
      if (p.row < 0 || p.closed || p.name || gloss.stems.has(p.stem) || acts.has(p.stem)) continue;
      for (const stem of synonymsIn(gloss, p.row, vectors)) {
        if (sentence.stems.has(stem) || generic.has(stem) || counted.has(stem)) continue;
        counted.add(stem);
        words++;
      }
    }
  }
  // A counted thing named in other words ("ships" / "warships") is a shared word too.
  const theirs = new Set(sentence.figures.flatMap((f) => f.units.map(unitOf)));
  for (const u of new Set(gloss.figures.flatMap((f) => f.units.map(unitOf)))) if (theirs.has(u) && !sentence.stems.has(u) && !gloss.stems.has(u)) words++;
  // Names as whole words; a first name and a surname are one person ("Donald Trump"): counted by surname.
  const named = (n: string): boolean => mentions(sentence.text, n) || mentions(unaccented(sentence.text), unaccent(n)) || shortTitle(sentence.text, n);
  const shared = names.filter((n, i) => !(i + 1 < names.length && isFirstName(n, names[i + 1]!, sentence.text)) && named(n)).length;
  // Two names side by side in the gloss are one name when the report has its initials ("Associated Press" / "AP").
  const initialled = names.filter((n, i) => i + 1 < names.length && gloss.text.includes(`${n} ${names[i + 1]}`) && !named(n) && !named(names[i + 1]!) && named(`${n} ${names[i + 1]}`)).length;
  return { words, names: shared + initialled };
}

/** Whether `text` names a title of several words by its last one, as a second mention does ("The Wall Street Journal" / "the Journal’s report"). */
function shortTitle(text: string, name: string): boolean {
  const last = /\s(\p{Lu}\p{Ll}{3,})$/u.exec(name)?.[1];
  return !!last && containsWord(text, `the ${last}`);
}

// Words around a date that say who reported it, not what happened on it.
const REPORTING = new Set(['said', 'sai', 'say', 'claim', 'report', 'accord', 'cite', 'citing', 'told', 'agenc', 'sourc', 'associ', 'press', 'ap', 'reuter', 'decemb', 'novemb', 'octob']);

/**
 * Whether the date written `raw` in `text` dates a report rather than the event: an attribution verb
 * just before it ("según aseguró este lunes" → "said Monday") or the reporting source just after it
 * ("В понедельник агентство AP сообщило, что…" → "Monday, agency AP"). A gloss drops the little
 * words, so two words each side.
 */
function reportedOn(text: string, raw: string): boolean {
  const at = text.indexOf(raw);
  if (at < 0) return false;
  const words = (t: string): string[] => (t.match(/[\p{L}']+/gu) ?? []).filter((w) => !CALENDAR_WORD.test(w));
  // (Not across a "that": "told that Sunday" dates what was told.)
  const before = words(text.slice(0, at));
  return before.slice(before.lastIndexOf('that') + 1).slice(-2).some((w) => SAID.test(w)) || words(text.slice(at + raw.length)).slice(0, 2).some((w) => SOURCE.has(term(w.toLowerCase()) ?? ''));
}

// Declining to comment, as a gloss has it ("not commented", "comment refused", "declined … comments").
const NO_COMMENT = /\b(?:not|no|refused|declined)\s+(?:\S+\s+){0,2}?comment\w*|\bcomments?\s+(?:refused|declined)\b/i;
// A request for comment left unanswered: the outlet's own request ("no respondió a una solicitud de comentarios").
const UNANSWERED = /\b(?:request|inquir)\w*/i;

// The one rank a sentence gives a thing ("fourth year", "third tanker"), with the thing's stem.
const ORDINAL_VALUE: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };
const ORDINALS = Object.keys(ORDINAL_VALUE).join('|');
const ORDINAL = new RegExp(`\\b(${ORDINALS})\\s+([a-z]+)`, 'gi');
function rankOf(text: string): { rank: string; noun: string; raw: string } | null {
  const found = [...text.matchAll(ORDINAL)];
  if (found.length !== 1) return null;
  const noun = term(found[0]![2]!.toLowerCase());
  return noun ? { rank: found[0]![1]!.toLowerCase(), noun, raw: found[0]![0] } : null;
}

const SINCE_YEAR = /\bsince\s+((?:19|20)\d\d)\b/i;
const YEAR_OF = new RegExp(`\\b(${ORDINALS})\\s+year\\s+of\\s+([a-z]+)`, 'i');

/** A "since 2014" of the gloss whose count of years, in the report's year, is not the report's "fourth year of war". */
function yearsRunning(glossText: string, report: string, reportDate: string | null | undefined): { claim: string; report: string } | null {
  const since = SINCE_YEAR.exec(glossText);
  const theirs = since && reportDate ? YEAR_OF.exec(report) : null;
  if (!since || !theirs) return null;
  const what = term(theirs[2]!.toLowerCase());
  if (!what || !(glossText.match(/\p{L}+/gu) ?? []).some((w) => term(w.toLowerCase()) === what)) return null;
  const years = Number(reportDate!.slice(0, 4)) - Number(since[1]) + 1;
  return Math.abs(years - ORDINAL_VALUE[theirs[1]!.toLowerCase()]!) > 1 ? { claim: since[0], report: theirs[0] } : null;
}

// A day the report gives a publication ("a report published in The Wall Street Journal on June 2"),
// and a gloss's statement beside its day ("statement released 31 May").
const PUBLISHED_ON = /\b(?:published|reported|released|broke)\b(?:\s+\S+){0,5}\s+on\s*$/i;
const STATEMENT_OUT = /\b(?:statement|communique|released|published)\s+(?:\S+\s+)?$/i;

/** Whether the sentence names an outlet the report's sentence does not: its publishing is not the report's saying ("publicada … por The Wall Street Journal" / "Trump said on June 3"). */
function anotherOutlet(glossText: string, report: string): boolean {
  const theirs = outletsIn(report);
  return outletsIn(glossText).some((o) => !theirs.includes(o));
}

/** Whether the day written `raw` in `text` is the day something was said or published. */
function statedOn(text: string, raw: string): boolean {
  const before = text.slice(0, text.indexOf(raw));
  return reportedOn(text, raw) || PUBLISHED_ON.test(before) || STATEMENT_OUT.test(before) || frontedSaying(text, raw);
}

/**
 * Whether a day that opens the sentence dates its speaker's saying, the verb of saying coming within
 * a few words, after the speaker ("Вчера президент США Дональд Трамп сообщил в Twitter, что…" →
 * "4 June 2019, president US Donald Trump reported Twitter…").
 */
function frontedSaying(text: string, raw: string): boolean {
  if (text.indexOf(raw) !== 0) return false;
  const after = (text.slice(raw.length).match(/[\p{L}']+/gu) ?? []).slice(0, 6);
  const said = after.findIndex((w) => SAID.test(w));
  return said > 0 && !after.slice(0, said).includes('that');
}

// A verb of saying just before a day dates the saying ("said Monday"); "according to him, on Friday"
// gives the source of the event's day, not a day of its own.
// (Nor "citing": "очевидцы, на которых они ссылаются, видели вчера" glosses "witnesses citing observed";
// whoever is cited is a source, and the day is of what they saw.)
const SAID = new RegExp(`^(?:${ATTRIBUTION_CUES.filter((c) => c !== 'according' && c !== 'citing' && c !== 'cited').join('|')})$`, 'i');

// Who reported: beside a date, the date is the report's ("Monday, agency AP", "Reuters on Friday").
const SOURCE = new Set(['agenc', 'associ', 'press', 'ap', 'reuter', 'sourc', 'newspap', 'media']);

const WEEKEND = /\bweekend\b/i;

// A part of a month as the gloss writes it ("early December", "mid May", "late November"), and its days.
// ("start December" is how the gloss writes the first days of a month, "в первых числах декабря";
// "first-half December" and "second-tenth December" its halves and tenths, "la primera quincena de
// diciembre", «во второй декаде декабря», whose edges are exact days.)
const MONTH_PART = new RegExp(`\\b(early|mid|late|end|start|first-half|second-half|first-tenth|second-tenth|third-tenth)[\\s-]+(${MONTH_NAMES.join('|')})\\b`, 'i');
const PART_DAYS: Record<string, [number, number]> = { early: [1, 10], mid: [11, 20], late: [21, 31], end: [21, 31], start: [1, 5], 'first-half': [1, 15], 'second-half': [16, 31], 'first-tenth': [1, 10], 'second-tenth': [11, 20], 'third-tenth': [21, 31] };

const CALENDAR_STEMS = new Set([...MONTH_NAMES, ...WEEKDAY_NAMES].map((w) => term(w)));

const CALENDAR_MONTH = new RegExp(`\\b(?:${MONTH_NAMES.join('|')})\\b`, 'i');

const CALENDAR_WORD = new RegExp(`^(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')})$`, 'i');

// A day told relative to another ("the day after", "two days before"), so two sentences of one story can name two days.
const DAY_SHIFT = /\b(?:(?:the|a|one|two|three)\s+days?\s+(?:after|before|later|earlier)|(?:next|following|previous)\s+day|day\s+after|day\s+before)\b/i;

/** Days between an article's date and a report's, or the nearest day of the report's month when it gives no day. */
function daysFromReport(articleDate: string, reportDate: string): number {
  const at = Date.parse(articleDate.slice(0, 10));
  if (/^\d{4}-\d{2}$/.test(reportDate)) {
    const [y, m] = reportDate.split('-').map(Number) as [number, number];
    const from = Date.UTC(y, m - 1, 1);
    const to = Date.UTC(y, m, 0);
    return at < from ? (from - at) / DAY_MS : at > to ? (at - to) / DAY_MS : 0;
  }
  return Math.abs(at - Date.parse(reportDate.slice(0, 10))) / DAY_MS;
}

// How far a day counted back from the article's date ("ayer", "позавчера", "hace diez días") can be
// from the report's day of the same act (either way round the new year).
const COUNTED_REACH = 31;
const withinReach = (a: string, b: string): boolean => Math.min(daysApart(a, b), 365 - daysApart(a, b)) <= COUNTED_REACH;

/** Days between two "month-day" keys (of one year). */
function daysApart(a: string, b: string): number {
  const at = (k: string): number => Date.UTC(2001, Number(k.split('-')[0]) - 1, Number(k.split('-')[1]));
  return Math.abs(at(a) - at(b)) / DAY_MS;
}

/** Whether two dates' surroundings share a word of what happened (not a figure, a reporting word or a name: "Juan Guaidó" is beside every day of the story). */
function shares(a: ReadonlySet<string>, b: ReadonlySet<string>, names: ReadonlySet<string>): boolean {
  for (const t of a) if ((b.has(t) || sameAct(t, (u) => b.has(u))) && !/^\d/.test(t) && !REPORTING.has(t) && !names.has(t)) return true;
  return false;
}

// Roles: words beside a person's name on any day of a story, not what happened that day.
// (…and the bodies and peoples they act for: "country", "government".)
export const ROLES = [
  'president', 'minister', 'secretary', 'spokesman', 'spokeswoman', 'spokesperson', 'leader', 'head', 'official', 'chief', 'counterpart', 'ambassador', 'deputy', 'interim', 'acting', 'foreign',
  'country', 'government', 'state', 'nation', 'people',
].map((w) => term(w)!);

const WEEKDAY_WORD = new RegExp(`\\b(?:${WEEKDAY_NAMES.join('|')})\\b`, 'i');

const MONTH_ONLY = new RegExp(`\\b(${MONTH_NAMES.map((m) => m[0]!.toUpperCase() + m.slice(1)).join('|')})\\b(?!\\s+\\d{1,2}\\b)(?:,?\\s+(\\d{4}))?`, 'g');
// (Not global: a test, not a walk through matches.)
const MONTH_ONLY_ONE = new RegExp(MONTH_ONLY.source);

// A report's sentence of what is to come: its months are the next ones, not the last.
const WILL = /\bwill\b/i;

const EITHER_MONTH = new RegExp(`\\b(${MONTH_NAMES.join('|')}) or (${MONTH_NAMES.join('|')})\\b`, 'i');

// A season as the gloss writes it (dates.ts): "autumn 2018".
// (Without a year, the last such season begun by the text's date, as for a month: yearOf.)
const SEASON = /\b(spring|summer|autumn|winter)(?: (\d{4}))?\b/i;
const SEASON_START: Record<string, number> = { spring: 2, summer: 5, autumn: 8, winter: 11 };

/** The season a gloss names, as months counted from year 0 (its first and last), or null. */
function seasonOf(text: string, date: string | null | undefined): { raw: string; from: number; to: number } | null {
  const m = SEASON.exec(text);
  if (!m) return null;
  const start = SEASON_START[m[1]!.toLowerCase()]!;
  let year = m[2] ? Number(m[2]) : date && /^\d{4}-\d{2}/.test(date) ? Number(date.slice(0, 4)) : null;
  if (year === null) return null;
  if (!m[2] && start + 1 > Number(date!.slice(5, 7))) year--;
  const from = year * 12 + start;
  // "С начала лета", "a finales del verano": the season's first or last month only.
  const before = text.slice(Math.max(0, m.index - 24), m.index);
  if (/\b(?:began|begin(?:ning)?|start(?:ed)?|early)\s+(?:of\s+)?(?:the\s+)?$/i.test(before)) return { raw: m[0], from, to: from };
  if (/\b(?:end(?:ed)?|late)\s+(?:of\s+)?(?:the\s+)?$/i.test(before)) return { raw: m[0], from: from + 2, to: from + 2 };
  return { raw: m[0], from, to: from + 2 };
}

// Times of day, as a gloss or a report writes them: before noon, or after it.

/** The times of day a text names, each with its half of the day and the stems of the words within `reach` of it. */
function timesOf(text: string, reach: number): { raw: string; half: 'am' | 'pm'; near: Set<string> }[] {
  // ("во второй половине дня" glosses "second half day".)
  const words = text.replace(/\bsecond half (?:of )?(?:the )?day\b/gi, 'afternoon').replace(/\bfirst half (?:of )?(?:the )?day\b/gi, 'morning').match(/[\p{L}']+/gu) ?? [];
  const out: { raw: string; half: 'am' | 'pm'; near: Set<string> }[] = [];
  for (const [i, w] of words.entries()) {
    const part = englishDayPart(w);
    if (!part) continue;
    const near = new Set(words.slice(Math.max(0, i - reach), i + reach + 1).filter((x) => !englishDayPart(x)).map((x) => term(x.toLowerCase())).filter((t): t is string => !!t));
    out.push({ raw: w, half: part === 'afternoon' || part === 'evening' ? 'pm' : 'am', near });
  }
  return out;
}

/** Whether a "month-day" key falls within ISO days `from`–`to` (in the year that puts it nearest them). */
function withinDays(key: string, days: { from: string; to: string }): boolean {
  const [m, d] = key.split('-').map(Number) as [number, number];
  const from = Date.parse(days.from);
  const to = Date.parse(days.to);
  const year = Number(days.from.slice(0, 4));
  return [year - 1, year, year + 1].some((y) => {
    const t = Date.UTC(y, m - 1, d);
    return t >= from && t <= to;
  });
}

/** How many months a month (January is 0) of `year` falls outside a season; without a year, the nearest such month. */
function monthsOutside(season: { from: number; to: number }, month: number, year: string | null): number {
  const outside = (at: number): number => (at < season.from ? season.from - at : at > season.to ? at - season.to : 0);
  if (year) return outside(Number(year) * 12 + month);
  const base = Math.floor(season.from / 12) * 12 + month;
  return Math.min(outside(base - 12), outside(base), outside(base + 12));
}

/** Months named without a day ("in March", "April 2019"), with their year when given. */
function monthsOf(text: string): { month: string; year: string | null; raw: string }[] {
  return [...text.matchAll(MONTH_ONLY)].filter((m) => !/\d{1,2},?\s*$/.test(text.slice(0, m.index))).map((m) => ({ month: m[1]!, year: m[2] ?? null, raw: m[0].replace(/,$/, '') }));
}

// What another act, before or after the one a day dates, comes in: "On Thursday, the State Department
// ordered … after Donald Trump recognized Juan Guaido".
const SUBORDINATE = /\b(?:after|before|following|since)\b/i;

/**
 * Whether a report sentence's day `raw` dates a clause that shares no word with the gloss, the words
 * they share all being in a clause about another act, before or after it.
 */
function otherClause(gloss: PreparedText, text: string, raw: string, names: ReadonlySet<string>): boolean {
  const at = text.indexOf(raw);
  const sub = at < 0 ? null : SUBORDINATE.exec(text.slice(at + raw.length));
  if (!sub) return false;
  const clause = text.slice(0, at + raw.length + sub.index);
  // (Nor words of the report's names: "State Department" says who acted, not that a head of state did.)
  const stems = (clause.match(/\p{L}+/gu) ?? []).filter((w, i) => i === 0 || !/^\p{Lu}/u.test(w)).map((w) => term(w.toLowerCase())).filter((t): t is string => !!t && !names.has(t) && !CALENDAR_STEMS.has(t) && !ROLES.includes(t));
  return !stems.some((t) => gloss.stems.has(t));
}

/** Turns a report's weekday into "month-day" (the key of dates()): the last such day up to the report's date. */
function weekdayResolver(reportDate: string | null): (weekday: string, ahead?: boolean) => string | null {
  const published = fullDate(reportDate);
  if (!published) return () => null;
  return (weekday, ahead = false) => {
    const index = WEEKDAY_NAMES.indexOf(weekday);
    if (index < 0) return null;
    // WEEKDAY_NAMES starts on Monday, getUTCDay on Sunday.
    const want = (index + 1) % 7;
    const d = new Date(published);
    if (ahead) d.setUTCDate(d.getUTCDate() + ((want - d.getUTCDay() + 7) % 7));
    else d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() - want + 7) % 7));
    return `${d.getUTCMonth() + 1}-${d.getUTCDate()}`;
  };
}

// Words that count a day back from the article's (not a holiday's name the date reader resolves: "este Black Friday").
const BACK_WORD = /(?<![\p{L}])(?:ayer|anteayer|antier|anoche|hace|вчера|позавчера|назад)(?![\p{L}])/iu;
// Words that put a day ahead of the article's.
const COMING_WORD = /(?<![\p{L}])(?:mañana|pasado\s+mañana|завтра|послезавтра|pr[oó]xim[oa]s?|que\s+viene|следующ\p{L}*|ближайш\p{L}*)(?![\p{L}])/iu;
// A day and month as a date reader writes them in English ("27 January 2019").
const DAY_MONTH = new RegExp(`(\\d{1,2}) (${MONTH_NAMES.join('|')})(?: (\\d{4}))?`, 'i');

// A report sentence about what will happen names a weekday ahead of its date ("will attend a meeting
// on Saturday" in a Friday report is the next day).
const WILL_HAPPEN = /\b(?:will|is (?:set|scheduled|due|expected) to|are (?:set|scheduled|due|expected) to|plans? to|next)\b/i;

/** Whether `first` stands before `next` as a first name does ("Donald Trump"), here or in the report. */
function isFirstName(first: string, next: string, text: string): boolean {
  return text.includes(`${first} ${next}`) || FIRST_NAME.test(first);
}

// "reduced the number of its employees in Venezuela to a few dozen from 1,000", "cut its staff from
// 1,500 to 300": a change of a count names the thing once, before both figures.
const AMOUNT = String.raw`(a few dozen|several dozen|a couple of dozen|a dozen|dozens|hundreds|thousands|\d{1,3}(?:,\d{3})*(?:\.\d+)?(?: (?:thousand|million))?)`;
const TO_FROM = String.raw`[^.;:]{0,60}?\b(?:to|from)\s+${AMOUNT}(?:\s+(?:to|from)\s+${AMOUNT})?`;
const CHANGED = [
  new RegExp(String.raw`\bnumber of\s+(?:(?:its|their|the|his|her)\s+)?([a-z]+)\b${TO_FROM}`, 'i'),
  new RegExp(String.raw`\b(?:cut|cuts|reduced|reduces|slashed|trimmed|increased|raised|boosted)\s+(?:its|their|the|his|her)\s+(?:[a-z]+\s+)?([a-z]+)\b${TO_FROM}`, 'i'),
];
const WITH_CHANGES = new WeakMap<PreparedText, PreparedText>();
// Per report (its prepared sentences, cached by the evidence step): read once, not once per claim.
const REPORT_WITH_CHANGES = new WeakMap<readonly PreparedText[], readonly PreparedText[]>();
function withChangedCountsAll(sentences: readonly PreparedText[]): readonly PreparedText[] {
  let out = REPORT_WITH_CHANGES.get(sentences);
  if (!out) REPORT_WITH_CHANGES.set(sentences, (out = sentences.map(withChangedCounts)));
  return out;
}
// The count a change started from ("from 1,000"): what was, not what is.
const FORMER = new WeakSet<object>();

/** A report sentence with the counts of a change it states before the thing they count, as figures of that thing. */
function withChangedCounts(s: PreparedText): PreparedText {
  let out = WITH_CHANGES.get(s);
  if (out) return out;
  out = s;
  const m = CHANGED.map((r) => r.exec(s.text)).find((x) => x && x[1]!.toLowerCase() !== 'number');
  if (m) {
    const noun = m[1]!.toLowerCase();
    const added = [m[2], m[3]].filter((a): a is string => !!a && !s.figures.some((f) => f.raw.includes(a))).flatMap((a) => {
      const f = figures(`${/^(?:dozens|hundreds|thousands)$/i.test(a) ? `${a} of` : a} ${noun}`);
      if (f.length !== 1 || f[0]!.units[0] !== term(noun)) return [];
      const figure = { ...f[0]!, raw: a };
      if (new RegExp(String.raw`\bfrom\s+${escapeRegExp(a)}`, 'i').test(m[0])) FORMER.add(figure);
      return [figure];
    });
    if (added.length) out = { ...s, figures: [...s.figures, ...added] };
  }
  WITH_CHANGES.set(s, out);
  return out;
}

/**
 * Reads a glossed sentence against a report's prepared sentences and returns the strongest anchored
 * finding, or null. `names`: the sentence's names of people and bodies in the reports' spelling;
 * `generic`: stems that name the story's countries and peoples.
 */
export function compareAnchors(
  gloss: PreparedText,
  reportSentences: readonly PreparedText[],
  names: readonly string[],
  generic: ReadonlySet<string>,
  options: { skip?: readonly boolean[]; reportDate?: string | null; explicitDates?: boolean; vectors?: WordVectors | null; sourceDates?: readonly SourceDate[]; short?: boolean; articleDate?: string | null; sourceFigures?: readonly { value: number }[]; allNamed?: boolean; ahead?: boolean; fromEvent?: boolean; nonDenial?: boolean; fromDenial?: boolean; quotes?: readonly QuotedWords[]; allQuotes?: readonly QuotedWords[]; setAside?: { stems: ReadonlySet<string>; written: string }; dayParts?: ReadonlySet<DayPart>; someoneElse?: (sentence: number) => { claim: string; report: string } | undefined; otherSpeaker?: (sentence: number) => { claim: string; report: string } | undefined; failed?: (sentence: PreparedText) => { claim: string; report: string } | null } = {},
): AnchorFinding | null {
  const sentences = withChangedCountsAll(reportSentences);
  const short = options.short ?? false;
  const sourceWeekday = (raw: string): boolean => !!options.sourceDates?.some((d) => !d.explicit && WEEKDAY_WORD.test(d.english) && d.english.includes(raw));
  const counted = (raw: string): boolean => !!options.sourceDates?.some((d) => d.counted && d.english.includes(raw));
  // Weekdays of an article and a report written weeks apart are not days of one week: they never differ.
  // (A report dated by its month only is of any day of it.)
  const apart = options.articleDate && options.reportDate ? daysFromReport(options.articleDate, options.reportDate) : 0;
  const weeksMeet = !(apart > 7);
  const skip = options.skip ?? [];
  const resolve = weekdayResolver(options.reportDate ?? null);
  let best: AnchorFinding | null = null;
  // Agreement needs every figure the sentence states: "11 warships and a $50 million reward" is only
  // discussed by a report that has the warships and no reward. Decided first, so that an agreement
  // that cannot stand never outranks a difference found in another sentence.
  const nameStems = new Set(stemsOfNames(names));
  let agreeable: boolean | undefined;
  const canAgree = (): boolean => (agreeable ??= options.allNamed !== false && statesEverything(gloss, sentences.filter((_, i) => !skip[i]), options.reportDate ?? null, options.sourceDates, options.sourceFigures));
  // A report's "month-day" key as a time, in the report's year.
  const reportDay = (key: string, reportDate: string): number => {
    const [m, d] = key.split('-').map(Number) as [number, number];
    return Date.UTC(Number(reportDate.slice(0, 4)), m - 1, d);
  };
  // A day the report gives after the article was written is of an event the article cannot tell.
  const afterArticle = (key: string): boolean => !!options.articleDate && !!options.reportDate && reportDay(key, options.reportDate) > Date.parse(options.articleDate.slice(0, 10)) + DAY_MS;
  const pastForReport = (key: string): boolean => !!options.reportDate && /^\d{4}-\d{2}-\d{2}/.test(options.reportDate) && reportDay(key, options.reportDate) <= Date.parse(options.reportDate.slice(0, 10));
  // The fates of the sentence's tolls (fate.ts), read on the first figure that agrees.
  let glossFates: ReadonlySet<Fate> | undefined;
  // The sentence's dates a finding names by `raw`, as written or in English.
  const writtenAs = (raw: string): SourceDate[] => options.sourceDates?.filter((x) => x.source === raw || x.english.includes(raw)) ?? [];
  // Whether the sentence's day written `raw` falls after the article's date: what it dates is still to come.
  // (Said to be ahead in so many words, "mañana", «завтра», "el próximo…": a day read from "через
  // сутки" or "la semana que cerró" may be another event's day that a date reader put ahead.)
  const comingDay = (raw: string): boolean => {
    if (!options.sourceDates?.some((x) => COMING_WORD.test(x.source))) return false;
    const d = options.articleDate ? writtenAs(raw)[0] : undefined;
    const m = d && DAY_MONTH.exec(d.english);
    if (!m) return false;
    const year = Number(m[3] ?? options.articleDate!.slice(0, 4));
    return Date.UTC(year, monthIndex(m[2]!), Number(m[1])) > Date.parse(options.articleDate!.slice(0, 10));
  };
  // Whether the sentence's day written `raw` is counted back from the article's ("ayer", "hace tres días").
  const countedBack = (raw: string): boolean => writtenAs(raw).some((x) => x.counted && !x.shifted && BACK_WORD.test(x.source));
  const consider = (f: AnchorFinding): void => {
    // ("Ayer … dieron a Maduro ocho días" in January / "talks … ended on May 29" in a June report;
    // a day still ahead for the report, a flight it says is cancelled, the article may tell too.)
    if (f.stance === 'conflicts' && f.kind === 'date' && sentences[f.sentence]!.dates.some((d) => d.raw === f.report && d.kind === 'monthday' && afterArticle(d.key) && pastForReport(d.key))) return;
    // (Nor a day still to come for the article, "convocó para mañana, domingo, una concentración",
    // against a day already past for the report, "Guaido reiterated his appeal on Friday": two events.)
    if (f.stance === 'conflicts' && f.kind === 'date' && comingDay(f.claim) && sentences[f.sentence]!.dates.some((d) => d.raw === f.report && !WILL_HAPPEN.test(sentences[f.sentence]!.text) && (d.kind === 'weekday' || (!!options.reportDate && pastForReport(d.key))))) return;
    // (Nor a day counted back from the article, "que se endurecieron ayer", against a day still ahead
    // when the report was written, "the Moscow-Porlamar flight on December 1 has been cancelled": the
    // report's day is what was scheduled, the sentence's when something was done.)
    if (f.stance === 'conflicts' && f.kind === 'date' && countedBack(f.claim) && sentences[f.sentence]!.dates.some((d) => d.raw === f.report && d.kind === 'monthday' && !('resolved' in d) && !!options.reportDate && !pastForReport(d.key))) return;
    // A day told from another event ("на следующий день после…") is a day the reading cannot check.
    // "ni confirmó ni desmintió", "не сказала ни «да», ни «нет»" against a report sentence with a denial:
    // the same person's denial is a conflict, anyone's is no agreement.
    if (f.stance === 'corroborates' && options.nonDenial && denies(sentences[f.sentence]!)) {
      const denier = sentences[f.sentence]!.stances.find((b) => b.denies && nameStems.has(b.who));
      if (!denier) return;
      f = { stance: 'conflicts', kind: 'denial', sentence: f.sentence, claim: 'neither confirmed nor denied', report: denier.raw, context: f.context };
    }
    // A report's day of a clause that shares nothing with the sentence dates another act (otherClause).
    if (f.stance === 'conflicts' && f.kind === 'date' && otherClause(gloss, sentences[f.sentence]!.text, f.report, nameStems)) return;
    // (Nor a report's day that names another event: "the abortive April 30 military uprising" is no
    // day of the talks the sentence dates, unless the sentence tells that event too.)
    if (f.stance === 'conflicts' && f.kind === 'date' && namesAnotherEvent(sentences[f.sentence]!.text, f.report, gloss)) return;
    // (Nor a count of those still there against one of all who came: "quedan todavía unos 300 turistas" /
    // "over 6,000 visitors traveling to Margarita".)
    if (f.stance === 'conflicts' && f.kind === 'number' && remainsBeside(gloss, f.claim) !== remainsBeside(sentences[f.sentence]!, f.report)) return;
    // (Nor counts of different years: "en 2019 … más de un millón de turistas rusos" / "over 6,000
    // visitors … between August and November 2025".)
    if (f.stance === 'conflicts' && f.kind === 'number' && gloss.years.size > 0 && sentences[f.sentence]!.years.size > 0 && ![...gloss.years].some((y) => sentences[f.sentence]!.years.has(y))) return;
    // (Nor a day the report gives someone else just before the sentence's own name: datesAnother.)
    if (f.stance === 'conflicts' && f.kind === 'date' && datesAnother(sentences[f.sentence]!.text, f.report, names, gloss.text)) return;
    // (Nor a day the sentence gives in an aside about another act than the report's: "Guaidó —que el
    // miércoles se juramentó— volvió a pedir…", but "(que dio la orden el miércoles…)" / "On Thursday,
    // the State Department ordered" is the same act.)
    const aside = f.stance === 'conflicts' && f.kind === 'date' ? options.sourceDates?.find((d) => d.aside && d.english.includes(f.claim)) : undefined;
    if (aside) {
      const theirs = sentences[f.sentence]!.dates.find((d) => d.raw === f.report);
      const words = new Set((aside.asideGloss ?? '').match(/\p{L}+/gu)?.map((w) => term(w.toLowerCase())).filter((t): t is string => !!t && !CALENDAR_STEMS.has(t)) ?? []);
      if (!theirs || !shares(words, theirs.context, nameStems)) return;
    }
    const reversed = f.stance === 'corroborates' ? reversedAct(gloss, sentences[f.sentence]!) : null;
    if (reversed && canAgree()) f = { stance: 'conflicts', kind: 'denial', sentence: f.sentence, ...reversed, context: f.context };
    const opposite = f.stance === 'corroborates' ? oppositeAttribute(gloss.text, sentences[f.sentence]!.text) : null;
    if (opposite) f = { stance: 'conflicts', kind: 'other', sentence: f.sentence, ...opposite, context: f.context };
    // (Or tried and failed where the report has it done: "intentó, sin éxito, hablar" / "spoke", attempt.ts.)
    const course = f.stance === 'corroborates' ? (reversedCourse(gloss, sentences[f.sentence]!, new Set([...generic, ...nameStems])) ?? options.failed?.(sentences[f.sentence]!) ?? null) : null;
    if (course) f = { stance: 'conflicts', kind: 'denial', sentence: f.sentence, claim: course.claim, report: course.report, context: f.context };
    // Words the report gives someone the sentence leaves out, given to another the report knows
    // (substitute.ts knownSpeakerCompetitor): checked before agreement, which the other's name denies.
    const speakerElse = f.stance === 'corroborates' ? options.otherSpeaker?.(f.sentence) : undefined;
    if (speakerElse) f = { stance: 'conflicts', kind: 'entity', sentence: f.sentence, claim: speakerElse.claim, report: speakerElse.report, context: f.context };
    if (f.stance === 'corroborates' && (options.fromEvent || !canAgree() || sourcesDiffer(gloss.text, sentences[f.sentence]!.text))) return;
    // "эту цифру называют не правозащитники, а прокуратура" / "according to Venezuelan NGOs": the report
    // states what the sentence sets aside, and the sentence corrects it.
    const setAside = f.stance === 'corroborates' && options.setAside ? statesSetAside(options.setAside.stems, sentences[f.sentence]!) : null;
    if (setAside) f = { stance: 'conflicts', kind: 'other', sentence: f.sentence, claim: options.setAside!.written, report: setAside, context: f.context };
    // "в понедельник около полудня" / "on Monday morning": the same day, another time of it.
    // (The sentence before may hold the part of the day the report's sentence goes on from: "on Monday
    // morning. … were observed gathering … before departing later in the afternoon".)
    // (No conflict either: the other time may be of another act, "к вечеру понедельника не ответило".)
    if (f.stance === 'corroborates' && otherTimeOfDay(options.dayParts, () => sentences.slice(Math.max(0, f.sentence - 1), f.sentence + 1).map((x) => x.text).join(' '))) return;
    // A day or a figure shared with a report's denial is no agreement with a sentence that denies nothing
    // («в понедельник МИД выпустил рекомендацию… выехать» / "Zakharova dismissed the claims on Monday").
    if (f.stance === 'corroborates' && (f.kind === 'date' || f.kind === 'number') && denies(sentences[f.sentence]!) && !glossDenial) return;
    // Agreeing but for someone no report knows where the report's sentence names someone the sentence
    // leaves out ("Peskov" / Zakharova, substitute.ts): the same statement given to another.
    const other = f.stance === 'corroborates' ? options.someoneElse?.(f.sentence) : undefined;
    if (other) f = { stance: 'conflicts', kind: 'entity', sentence: f.sentence, claim: other.claim, report: other.report, context: f.context };
    // The same toll of another fate ("ранения получили не меньше 14 человек" / "at least 14 people have been killed", fate.ts).
    const fate = f.stance === 'corroborates' && f.kind === 'number' ? otherFate((glossFates ??= fatesIn(gloss.text)), sentences[f.sentence]!.text) : null;
    if (fate) f = { stance: 'conflicts', kind: 'other', sentence: f.sentence, claim: f.claim, report: f.report, context: f.context, qualifiers: fate };
    // The better-grounded reading wins; between equals, a conflict (a reader must see it).
    if (!best || f.context > best.context || (f.context === best.context && f.stance === 'conflicts' && best.stance !== 'conflicts') || (f.kind === 'denial' && f.stance === 'conflicts' && best.stance === 'corroborates')) best = f;
  };
  const courseSkip = new Set([...generic, ...nameStems]);
  const eventWords = short ? [...gloss.stems].filter((t) => !generic.has(t) && !/^\d/.test(t) && !REPORTING.has(t) && !nameStems.has(t) && !CALENDAR_STEMS.has(t)).length : Infinity;
  // Most report sentences hold nothing any reading below could set against the sentence: no figure,
  // no date, no one confirming or denying. Skipped before the costlier word comparison (same findings).
  const byName = gloss.figures.length === 0 && names.length >= 2;
  // The sentence's own polarity, read once: every report sentence is set against it.
  const glossWithholds = withheld(gloss);
  const glossDenial = denies(gloss) && !glossWithholds && !options.fromDenial;
  const glossConfirm = confirms(gloss);
  const glossStances = glossWithholds || options.fromDenial ? [] : stancesOf(gloss).length ? stancesOf(gloss) : looseDenier(gloss, names);
  const glossDenies = glossStances.some((a) => a.denies);
  // Dates of the sentence itself, read once: every report sentence is set against them.
  const myMonths = monthsOf(gloss.text);
  // A month the sentence says something began in ("en vigor desde noviembre"): read once for every report sentence.
  const begun = myMonths.length === 1 && !!options.sourceDates?.some((d) => d.since && d.english.toLowerCase().startsWith(myMonths[0]!.month.toLowerCase()));
  const glossHasDay = gloss.dates.some((d) => d.kind === 'monthday');
  const part = myMonths.length === 1 && !glossHasDay ? MONTH_PART.exec(gloss.text) : null;
  const myPart = part && part[2]!.toLowerCase() === myMonths[0]!.month.toLowerCase() ? part : null;
  const myDays = gloss.dates.filter((d) => d.kind === 'weekday');
  const mySeason = seasonOf(gloss.text, options.articleDate);
  const myTimes = timesOf(gloss.text, 3);
  const myWeekPart = options.sourceDates?.find((d) => d.days && gloss.text.includes(d.english));
  // Whether the sentence tells a saying ("Trump aseguró en Twitter…"): its month may be the saying's.
  const glossSays = gloss.text.split(/\s+/).some((w) => SAID.test(w.replace(/\W+$/, '')));
  const myDates = gloss.dates.filter((d) => d.kind === 'monthday' && (options.explicitDates || counted(d.raw)));
  // The sentence's days named by a weekday ("el próximo martes"), as the article's date resolves them.
  const weekdayDates = gloss.dates.filter((d) => d.kind === 'monthday' && sourceWeekday(d.raw));
  // How many figures of each counted thing the whole report gives (onlyCount), counted once per thing.
  const reportCount = new Map<string, number>();
  const reportCounts = (unit: string): number => {
    let n = reportCount.get(unit);
    if (n === undefined) reportCount.set(unit, (n = sentences.reduce((sum, x, j) => sum + (skip[j] ? 0 : x.figures.filter((f) => countsUnit(f, unit)).length), 0)));
    return n;
  };
  // Names, words of the report's names ("State Department") and the roles people hold ("president" is
  // beside every day of Guaidó's): none of them is what happened on a day.
  // (A word named on one side only is two words: "departed" / "State Department".)
  const glossNamed = new Set(gloss.words.filter((w) => w.name).map((w) => w.stem));
  const notActs = (s: PreparedText): Set<string> => new Set([...nameStems, ...ROLES, ...s.words.filter((w) => w.name && !glossNamed.has(w.stem)).map((w) => w.stem)]);
  const quoting = !!options.quotes?.length;
  const holdsAnything = (s: PreparedText, i: number): boolean =>
    byName || s.figures.length > 0 || s.dates.length > 0 || s.denial || s.confirm || s.stances.length > 0 || CALENDAR_MONTH.test(s.text) ||
    (glossDenies && STATING.test(s.text)) || (i > 0 && sentences[i - 1]!.dates.length > 0) || LAST_WEEK.test(s.text) || (quoting && reportQuotes(s).length > 0) || (gloss.years.size > 0 && s.years.size > 0);
  sentences.forEach((s, i) => {
    if (skip[i] || !holdsAnything(s, i)) return;
    const ctx = sharedContext(gloss, s, names, generic, options.vectors);
    const context = ctx.words + 2 * ctx.names;
    // About the same thing: a shared name and two words, or four words.
    const covered = ctx.words >= 2 && ctx.words >= eventWords;
    const about = (ctx.names >= 1 && ctx.words >= 2) || ctx.words >= 4 || covered;
    // A difference counts only between sentences that plainly share their subject: or a short sentence
    // whose every word of what happened is in the report's ("вывоз начался в четверг" / "The
    // evacuations began on Friday").
    const close = (ctx.names >= 1 && ctx.words >= 3) || ctx.words >= 5 || covered;
    // A course kept where the sentence has it stopped, or the other way round, in a sentence plainly
    // about the same people ("оппозиция сворачивает уличные акции" / "Guaidó vowed to press ahead
    // with street protests"): a statement reversed, whatever else the two sentences give.
    // (The same thing after both acts, what goes on or stops: a glossed sentence has no commas to end
    // a clause, "repatriate compatriots continued Venezuela restrictions" is no course of flights.)
    const course = ctx.names >= 1 && close ? reversedCourse(gloss, s, courseSkip, true) : null;
    if (course) consider({ stance: 'conflicts', kind: 'denial', sentence: i, claim: course.claim, report: course.report, context });
    // Figures of the same counted thing (the same unit word, itself one of the shared words). One
    // figure agreeing shows the sentences count the same things: then another may differ ("8 warships
    // and 15,000 troops" / "11 warships and 15,000 troops").
    const differing: AnchorFinding[] = [];
    let agreed = false;
    // Two counted things on both sides ("8 ships and 10,000 servicemen" / "11 warships and 15,000
    // troops"): the sentences take the same inventory, so each count may differ.
    const inventory = gloss.figures.filter((a) => a.units[0] && s.figures.some((b) => unitOf(b.units[0]!) === unitOf(a.units.at(-1)!) || unitOf(b.units[0]!) === unitOf(a.units[0]!))).length >= 2;
    // The same sum in another currency ("50 millones de euros" / "$50,000,000"): the currency is wrong.
    // (One shared word is enough: «назначено вознаграждение — 50 млн евро» / "a reward of $50,000,000".)
    for (const a of gloss.figures) {
      const mine = currencyOf(a);
      const b = mine && (about || ctx.words + ctx.names >= 1) ? s.figures.find((f) => { const theirs = currencyOf(f); return !!theirs && theirs !== mine && !a.range.vague && !f.range.vague && relate(a.range, f.range) === 'same'; }) : undefined;
      if (b) consider({ stance: 'conflicts', kind: 'number', sentence: i, claim: a.raw, report: b.raw, context });
    }
    for (const a of gloss.figures.map((f) => inHoursFor(f, s))) {
      // (A span turned into hours is a small count all the same: "три дня до" is not "within 72 hours"
      // unless plainly one deadline, either way.)
      const converted = !gloss.figures.includes(a);
      const small = a.value < SMALL_COUNT || converted;
      // (A measure counts itself: "72 horas a los diplomáticos" counts hours, not diplomats.)
      const counted = a.units[0] && MEASURES.has(unitOf(a.units[0])) ? a.units.slice(0, 1) : a.units;
      const mine = new Set(counted.map(unitOf));
      const sameUnit = s.figures.filter((b) => b.units.some((u) => mine.has(unitOf(u))));
      // The same count of the same thing: enough with one more shared word, or alone when the count is not a small one.
      let peers = sameUnit.length && (ctx.names >= 1 || ctx.words >= 2 || a.value >= 5) ? sameUnit : [];
      // One figure on each side of close sentences: the same count in other words ("4,000 Russians" / "6,000 visitors").
      // Only for a difference, and only between counts of some size: small numbers count many things.
      // (Within a dropped zero or so: "37 жителей" who complained are not the report's "over 6,000 visitors" miscounted, "около 600" may be.)
      const lone = peers.length === 0 && gloss.figures.length === 1 && s.figures.length === 1 && close && a.value >= 10 && s.figures[0]!.value >= 10 && !a.range.vague && !s.figures[0]!.range.vague && countable(a) && countable(s.figures[0]!) && Math.abs(Math.log10(a.value / s.figures[0]!.value)) < 1.5;
      if (lone) peers = s.figures;
      // A change told on both sides ("до нескольких сотен — а еще недавно около тысячи" / "to a few dozen
      // from 1,000"): the count it started from pairs with the sentence's own, the other with what it came to.
      const former = peers.length > 1 ? peers.find((b) => FORMER.has(b)) : undefined;
      if (former && gloss.figures.some((o) => o !== a && countsUnit(o, unitOf(former.units[0]!)) && relate(o.range, former.range) === 'same')) peers = peers.filter((b) => b !== former);
      // The nearest count first: it is the one shown ("1,500" against the report's "1,000", not its "a few dozen").
      if (peers.length > 1) peers = [...peers].sort((x, y) => Math.abs(Math.log(x.value / a.value)) - Math.abs(Math.log(y.value / a.value)));
      // A figure that the nearest count of the sentence allows differs from none of its other counts.
      const nearest = peers.length > 1 ? relate(a.range, peers[0]!.range) : 'conflict';
      for (const b of peers) {
        // (A report's count of a body's members counts that body: "the Lima Group, … an organization of
        // 14 states" is no count of "more than 50 states" recognising Guaidó, unless the sentence names it.)
        if (membersOfAnother(s.text, b.raw, gloss.text)) continue;
        // People who live somewhere are not those who travel there ("unos 400 connacionales viven en
        // Caracas" / "over 6,000 visitors traveling to Margarita"), whatever word counts them.
        if (unitOf(b.units[0] ?? '') === 'tourist' && followedBy(gloss.text, a.raw, LIVING) !== followedBy(s.text, b.raw, LIVING)) continue;
        // A yearly sum is another figure than a total ("30.000 millones de dólares al año" / "over $30
        // billion in arms since 2000"): the same number differs, in close sentences, or says nothing.
        const yearly = followedBy(gloss.text, a.raw, RATE);
        if (relate(a.range, b.range) === 'same' && yearly !== followedBy(s.text, b.raw, RATE)) {
          if (close) consider({ stance: 'conflicts', kind: 'number', sentence: i, claim: yearly ? `${a.raw} a year` : a.raw, report: b.raw, context });
          continue;
        }
        const rel = b !== peers[0] && nearest !== 'conflict' ? 'compatible' : relate(a.range, b.range);
        // Agreement on the counted thing itself (the first unit word), never on a vague amount ("several").
        // ("military ships" / "warships": either of the gloss's two words may be the noun).
        const primary = counted.some((u) => unitOf(u) === unitOf(b.units[0]!)) || b.units.some((u) => unitOf(u) === unitOf(a.units[0]!));
        // Alone on each side, the same exact count in close sentences is the same count ("unos 400 los mercenarios" / "around 400 the number of mercenaries").
        // A small count ("dos petroleros") names many things of a story: it agrees only between close sentences.
        // A count a change started from agrees only with a sentence that tells the change too.
        if (rel === 'same' && FORMER.has(b) && gloss.figures.filter((f) => countsUnit(f, unitOf(b.units[0]!))).length < 2) continue;
        if (rel === 'same' && (lone ? (a.range.exact && b.range.exact) || a.value === b.value : primary) && !a.range.vague && !b.range.vague && (!small || close)) {
          agreed = true;
          consider({ stance: 'corroborates', kind: 'number', sentence: i, claim: a.raw, report: b.raw, context });
        } else if (
          rel === 'conflict' && !(b.range.vague && (FEW.test(gloss.text) || LOOSE_UNITS.has(unitOf(b.units[0] ?? '')))) &&
          // A difference only between sentences plainly about the same thing…
          (((!b.range.vague || a.value >= SMALL_COUNT) && (!converted || close) && ((close && (!LOOSE_UNITS.has(unitOf(a.units[0]!)) || ctx.words >= 4)) || lone || (primary && !LOOSE_UNITS.has(unitOf(a.units[0]!)) && (inventory || ctx.words >= 3 || (ctx.names >= 1 && ctx.words >= 2))))) ||
            // …or the report's only count of the thing, or two sums paid for the same thing.
            (primary && onlyCount(a, b, gloss, reportCounts)) ||
            paidFor(gloss, s, a, b, generic))
        ) {
          consider({ stance: 'conflicts', kind: 'number', sentence: i, claim: a.raw, report: b.raw, context });
        } else if (rel === 'conflict' && primary && !a.range.vague && !b.range.vague) {
          differing.push({ stance: 'conflicts', kind: 'number', sentence: i, claim: a.raw, report: b.raw, context });
        }
      }
    }
    if (agreed) for (const f of differing) consider(f);
    // Ranks of the same thing ("третий год ведет … операцию" / "its fourth year of war in Ukraine").
    const myRank = rankOf(gloss.text);
    const theirRank = myRank ? rankOf(s.text) : null;
    if (myRank && theirRank && myRank.noun === theirRank.noun && myRank.rank !== theirRank.rank && (close || agreed)) {
      consider({ stance: 'conflicts', kind: 'number', sentence: i, claim: myRank.raw, report: theirRank.raw, context });
    }
    // …or a year something began against the report's count of its years ("en guerra con Ucrania desde
    // 2014" / "its fourth year of war in Ukraine", in a 2025 report): more than a year apart.
    const since = !myRank && (close || agreed) ? yearsRunning(gloss.text, s.text, options.reportDate) : null;
    if (since) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: since.claim, report: since.report, context });
    // Years of one act ("основанное в 1993 году" / "Established in 1995, ATORUS…", "desde 2010" /
    // "since 2000"): the act or a name beside each year, one year on each side, in sentences about the
    // same thing (or agreeing on a figure: "$30 billion in arms since 2000").
    const myYear = yearsBeside(gloss);
    const theirYear = myYear ? yearsBeside(s) : null;
    if (myYear && theirYear && myYear.year !== theirYear.year && ((about && (close || ctx.names >= 1)) || agreed) && shares(myYear.context, theirYear.context, NO_NAMES)) {
      consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: myYear.year, report: theirYear.year, context });
    }
    // …and a month of a year against the report's bare year of the same act ("arresto domiciliario
    // desde julio de 2017" / "kept under house arrest since the 2014 protests"): a month adds nothing
    // the year does not already settle.
    const myDated = !myYear && myMonths.length === 1 && myMonths[0]!.year && !MONTH_ONLY_ONE.test(s.text) ? monthYearBeside(gloss, myMonths[0]!) : null;
    const theirBare = myDated ? yearsBeside(s) : null;
    if (myDated && theirBare && myDated.year !== theirBare.year && close && shares(myDated.context, theirBare.context, NO_NAMES)) {
      consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: myMonths[0]!.raw, report: theirBare.year, context });
    }
    // A body confirming what the report has it denying as news ("Rostec confirmed the cut" / "Rostec
    // denied the Journal's report"): the denial of "the report" or "the claims" is of the story itself.
    if (glossConfirm && !glossDenial && (gloss.negations === 0 || NOT_DENIED.test(gloss.text)) && DENIED_NEWS.test(s.text)) {
      const denier = s.stances.find((b) => b.denies && (gloss.stems.has(b.who) || glossStances.some((a) => !a.denies && s.stems.has(a.who))));
      // (…the body itself confirming: "El mensaje confirmaba lo que publicó el Journal: Rostec ha
      // recortado…" is the president's message.)
      if (denier && !confirmedByAnother(gloss.text, denier.who)) consider({ stance: 'conflicts', kind: 'denial', sentence: i, claim: 'confirmed', report: denier.raw, context });
    }
    // Three shared words, one of them the act beside each weekday ("la operación arrancó el pasado
    // jueves" / "The evacuations began on Friday"): the days of one act, each side naming one.
    const theirWeekdays = s.dates.filter((d) => d.kind === 'weekday');
    const sameActOnDay = ctx.words >= 3 && myDays.length === 1 && theirWeekdays.length === 1 && shares(myDays[0]!.context, theirWeekdays[0]!.context, nameStems);
    // A name and the act beside a day the sentence names by its weekday and one the report writes out
    // ("el Moscú–Porlamar del próximo martes queda cancelado" / "the Moscow-Porlamar flight on December 1
    // has been cancelled"): one act's two days.
    const fullDates = s.dates.filter((d) => d.kind === 'monthday');
    const sameActOnDate = ctx.names >= 1 && ctx.words >= 1 && weeksMeet && weekdayDates.length === 1 && fullDates.length === 1 && shares(weekdayDates[0]!.context, fullDates[0]!.context, nameStems);
    // Silence where the report has the same body denying ("Rostec no ha querido comentar la
    // información", "В «Ростехе» от комментариев отказались" / "Rostec denied the Journal's report").
    // (Not an outlet's request left unanswered: "Rostec no respondió a una solicitud de comentarios de
    // esta cadena" says nothing of what Rostec told others.)
    if (NO_COMMENT.test(gloss.text) && !UNANSWERED.test(gloss.text) && !glossDenial && ctx.names >= 1) {
      const denier = s.stances.find((b) => b.denies && nameStems.has(b.who));
      if (denier && !NOT_DENIED.test(s.text)) consider({ stance: 'conflicts', kind: 'denial', sentence: i, claim: 'no comment', report: denier.raw, context });
    }
    if (!about && !sameActOnDay && !sameActOnDate) return;
    // The same words quoted («очень мрачное» / “very grim”): the sentence quotes what the report quotes.
    if (options.quotes?.length && (!options.allQuotes || options.allQuotes.length < 2 || quotesNear(options.allQuotes, sentences, i, options.vectors))) {
      const quoted = quotedWords(s, options.vectors);
      for (const q of options.quotes) {
        const hit = quoted ? q.stems.filter((t) => quoted(t)).length : 0;
        if (hit >= 2 && hit >= QUOTE_SHARE * q.stems.length && samePolarity(gloss, s)) consider({ stance: 'corroborates', kind: 'quote', sentence: i, claim: q.text, report: '', context });
      }
      // …or the whole of what the report quotes, said by the same person: «bloqueo total y completo» / a "blockade".
      const theirs = ctx.names >= 1 ? reportQuotes(s).find((q) => q.stems.every((t) => gloss.stems.has(t) && !generic.has(t))) : undefined;
      if (theirs && samePolarity(gloss, s) && !quotedByAnother(gloss.text, names, theirs.stems, s.text)) consider({ stance: 'corroborates', kind: 'quote', sentence: i, claim: theirs.text, report: '', context });
    }
    // Names of people and bodies: two of them in a sentence that shares five of its words (four on the dev splits let one more wrong agreement in).
    // Not for a sentence with a figure: its figure is what it states, and no figure agreed.
    // (Nor for a sentence whose day is another than the sentence's: "On Thursday, … after Trump
    // recognized Guaido" does not date "Guaidó se juramentó el martes".)
    const otherDay = gloss.dates.length > 0 && s.dates.length > 0 && !gloss.dates.some((d) => s.dates.some((e) => e.key === d.key || (e.kind === 'weekday' && resolve(e.key) === d.key)));
    if (gloss.figures.length === 0 && ctx.names >= 2 && ctx.words >= 5 && !otherDay && samePolarity(gloss, s)) consider({ stance: 'corroborates', kind: 'name', sentence: i, claim: names.join(', '), report: '', context });
    // Dates: day and month, else weekdays. A report's weekday is the date it names before the
    // report's own date ("on Friday" in a Monday report), so it meets a day-and-month date.
    const ahead = WILL_HAPPEN.test(s.text);
    const reportDates = s.dates.flatMap((d) => {
      const day = d.kind === 'weekday' ? resolve(d.key, ahead) : null;
      return day ? [d, { ...d, kind: 'monthday' as const, key: day, resolved: true }] : [d];
    });
    for (const kind of ['monthday', 'weekday'] as const) {
      const mine = gloss.dates.filter((d) => d.kind === kind);
      const theirs = reportDates.filter((d) => d.kind === kind);
      if (!mine.length || !theirs.length) continue;
      // Two weekdays are one day only when they fall in the same week: the sentence's weekday read
      // against the article's date, the report's against its own ("Thursday" of 2019 is not this Thursday).
      const days = new Set(gloss.dates.filter((d) => d.kind === 'monthday').map((d) => d.key));
      // (Either way from the report's date: the sentence's own tense is not read, "в субботу обсудит" is ahead.)
      const sameWeek = (t: (typeof theirs)[number]): boolean => kind !== 'weekday' || days.size === 0 || !resolve(t.key) || days.has(resolve(t.key)!) || days.has(resolve(t.key, true)!);
      const same = mine.find((d) => theirs.some((t) => t.key === d.key && sameWeek(t)));
      // A date of the saying on either side is no date of the event: it may agree, never differ.
      const dated = (m: readonly { raw: string }[], text: string): boolean => m.length === 1 && !reportedOn(text, m[0]!.raw);
      // The same day agrees only between sentences plainly about the same thing (a full date too: a story's
      // days recur in many of its sentences; set on the dev splits).
      if (same && (close || (kind === 'weekday' && sameActOnDay))) consider({ stance: 'corroborates', kind: 'date', sentence: i, claim: same.raw, report: theirs.find((t) => t.key === same.key)!.raw, context });
      // Weekdays name the day something was said as often as the day it happened: only full dates conflict.
      // A day inferred from a weekday on either side may be off by the week it was counted from: no conflict.
      else if (kind === 'monthday' && close && options.explicitDates && dated(mine, gloss.text) && dated(theirs, s.text) && !('resolved' in theirs[0]!)) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: mine[0]!.raw, report: theirs[0]!.raw, context });
      // A day counted back from the article's date ("hace diez días", "позавчера") is a day, not a weekday
      // that may be a week off: another day than the report's (written, or its weekday).
      // (…of a report written in the same weeks, when the report's day is its weekday: months apart, another event.)
      // (…nor against a day months from it, "Ayer, en Chacao…" / "talks … ended on May 29": another event.)
      // (…and not against what the report says will happen, unless the sentence looks ahead too or it is
      // plainly the same act: the same people at the same place, "will headline an event at Mar-a-Lago".)
      else if (kind === 'monthday' && close && dated(mine, gloss.text) && dated(theirs, s.text) && counted(mine[0]!.raw) && daysApart(mine[0]!.key, theirs[0]!.key) >= 1 && withinReach(mine[0]!.key, theirs[0]!.key) && (weeksMeet || !('resolved' in theirs[0]!)) && (!ahead || !!options.ahead || (ctx.names >= 2 && ctx.words >= 4))) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: mine[0]!.raw, report: theirs[0]!.raw, context });
      // A weekday of the article's own week ("el pasado viernes" in a Tuesday article) against a date the
      // report writes out: news names a day of an earlier week by its date, so the weekday is that day.
      // (Not a weekday told from another day, "за сутки до этого, в воскресенье": its week is that day's.)
      else if (kind === 'monthday' && (close || (sameActOnDate && !same)) && weeksMeet && dated(mine, gloss.text) && dated(theirs, s.text) && !('resolved' in theirs[0]!) && sourceWeekday(mine[0]!.raw) && !DAY_SHIFT.test(gloss.text)) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: mine[0]!.raw, report: theirs[0]!.raw, context });
      // Both days are of the saying or the publishing, in close sentences ("lo adelantó el pasado viernes
      // The Wall Street Journal" / "a report published in The Wall Street Journal on June 2"; "un
      // comunicado difundido el viernes 31 de mayo" / "the foreign ministry said on May 29"): the
      // statement is the act.
      else if (kind === 'monthday' && !same && close && (ctx.names >= 1 || ctx.words >= 5) && weeksMeet && mine.length === 1 && theirs.length === 1 && !('resolved' in theirs[0]!) && (options.explicitDates || (sourceWeekday(mine[0]!.raw) && !DAY_SHIFT.test(gloss.text)) || counted(mine[0]!.raw)) && statedOn(gloss.text, mine[0]!.raw) && statedOn(s.text, theirs[0]!.raw) && !anotherOutlet(gloss.text, s.text)) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: mine[0]!.raw, report: theirs[0]!.raw, context });
      // A date the sentence writes out or counts back, and the report's one day for the same act (the
      // act's word beside each: "переговоры … завершились 27 мая" / "talks … ended on May 29"; "вывоз
      // начался 18 декабря" / "the evacuation operation initiated on Friday", a weekday of the report's
      // own week as its date resolves it).
      else if (kind === 'monthday' && !same && (ctx.words >= 3 || covered) && (options.explicitDates || (counted(mine[0]!.raw) && withinReach(mine[0]!.key, theirs[0]!.key))) && dated(mine, gloss.text) && dated(theirs, s.text) && shares(mine[0]!.context, theirs[0]!.context, notActs(s)) && (!('resolved' in theirs[0]!) || ((weeksMeet || !!options.explicitDates) && daysApart(mine[0]!.key, theirs[0]!.key) <= 6)) && (!ahead || !!options.ahead) && !DAY_SHIFT.test(s.text) && !DAY_SHIFT.test(gloss.text)) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: mine[0]!.raw, report: theirs[0]!.raw, context });
      // Two weekdays conflict only when they date the same act: the words around them meet, or both
      // sentences deny (or confirm): "began Thursday" / "began Friday", not "said Monday" / "began Friday".
      // "Thursday night, the day after his oath": a day counted from another event dates both, not one.
      // (Not against a weekday the report looks ahead to: what will happen is another act than what did.)
      // (…unless plainly the same act: the same people at the same place, "will headline an event at Mar-a-Lago".)
      // (A sentence telling a denial dates the denial: only a report's denial has a day to set against it.)
      else if (kind === 'weekday' && (close || sameActOnDay) && !days.has(resolve(theirs[0]!.key) ?? '') && (!glossDenial || denies(s)) && (!ahead || !!options.ahead || (ctx.names >= 2 && ctx.words >= 4)) && mine[0]!.key !== theirs[0]!.key && (weeksMeet || (ctx.names >= 1 && ctx.words >= 4)) && !DAY_SHIFT.test(s.text) && !DAY_SHIFT.test(gloss.text) && dated(mine, gloss.text) && dated(theirs, s.text) && (shares(mine[0]!.context, theirs[0]!.context, nameStems) || (glossDenial && denies(s)) || (glossConfirm && confirms(s)) || (ctx.names >= 2 && ctx.words >= 5))) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: mine[0]!.raw, report: theirs[0]!.raw, context });
    }
    // "El fin de semana", "на выходных" against a weekday of the working week in the report (its own
    // week: the weekend before the article).
    if (WEEKEND.test(gloss.text) && gloss.dates.length === 0 && close && weeksMeet) {
      const workdays = s.dates.filter((d) => d.kind === 'weekday');
      if (workdays.length === 1 && !/^(?:saturday|sunday)$/i.test(workdays[0]!.key) && !reportedOn(s.text, workdays[0]!.raw) && !DAY_SHIFT.test(s.text)) {
        consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: 'weekend', report: workdays[0]!.raw, context });
      }
    }
    // A report often dates a scene once and then describes it ("Witnesses reported activity at the
    // embassy on Monday morning. More than 10 vehicles … left in a convoy."): a sentence that plainly
    // tells the same scene without a day takes the day of the sentence before it.
    // So does a quote or scene continued from a sentence that gives a written date ("“…the Moscow-Porlamar
    // flight on December 1 has been cancelled. A Moscow-Varadero flight is planned instead,” Pegas said"),
    // against a day the sentence writes out or counts back.
    const before = i > 0 && !skip[i - 1] ? sentences[i - 1]! : null;
    if (before && close && s.dates.length === 0) {
      for (const [mine, kind] of [[myDays, 'weekday'], [myDates, 'monthday']] as const) {
        const theirs = before.dates.filter((d) => d.kind === kind);
        if (mine.length === 1 && theirs.length === 1 && mine[0]!.key !== theirs[0]!.key && !reportedOn(gloss.text, mine[0]!.raw) && !reportedOn(before.text, theirs[0]!.raw)) {
          consider({ stance: 'conflicts', kind: 'date', sentence: i - 1, claim: mine[0]!.raw, report: theirs[0]!.raw, context });
        }
      }
    }
    // Months ("April 2019" / "in March"), one on each side of sentences about the same thing.
    const theirMonths = monthsOf(s.text);
    // A time of day for the same act, morning or noon on one side and afternoon or night on the other
    // ("poco antes del mediodía, salieron en caravana" / "departing in a convoy later in the
    // afternoon"): the act's word beside each time.
    if (myTimes.length && close) {
      const theirs = timesOf(s.text, 5);
      // (Not when the sentence also gives the report's half: "esa noche del jueves, cuando aquí ya era
      // madrugada del viernes" is one moment in two time zones.)
      const clash = myTimes.find((a) => theirs.some((b) => b.half !== a.half && !myTimes.some((c) => c.half === b.half) && [...a.near].some((t) => b.near.has(t) && !nameStems.has(t))));
      if (clash) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: clash.raw, report: theirs.find((b) => b.half !== clash.half)!.raw, context });
    }
    // A part of a week ("в начале следующей недели", "a mediados de semana") against the one day the
    // report gives the same act, outside those days ("on Saturday" is not early next week).
    if (myWeekPart && close && !glossHasDay && myDays.length === 0) {
      const days = reportDates.filter((d) => d.kind === 'monthday');
      if (days.length === 1 && !reportedOn(s.text, days[0]!.raw) && !withinDays(days[0]!.key, myWeekPart.days!)) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: myWeekPart.english, report: days[0]!.raw, context });
    }
    // A season ("el otoño pasado", "зимой") against the one month the report gives the same act,
    // outside it ("in March" is no winter) in a sentence plainly about the same thing, or well outside
    // it in one that shares four words ("in March" is no autumn).
    if (mySeason && myMonths.length === 0 && !glossHasDay && (close || ctx.words >= 4)) {
      const month = theirMonths.length === 1 ? theirMonths[0]! : null;
      const day = close && !month && fullDates.length === 1 && !('resolved' in fullDates[0]!) ? fullDates[0]! : null;
      const raw = month?.raw ?? day?.raw;
      const index = month ? monthIndex(month.month) : day ? Number(day.key.split('-')[0]) - 1 : -1;
      if (raw && index >= 0 && !reportedOn(s.text, raw)) {
        const year = month ? yearOf(month, options.reportDate) : (options.reportDate?.slice(0, 4) ?? null);
        const outside = monthsOutside(mySeason, index, year);
        if (outside >= 2 || (outside >= 1 && close)) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: mySeason.raw, report: raw, context });
      }
    }
    const years = myMonths.length === 1 && theirMonths.length === 1 ? [yearOf(myMonths[0]!, options.articleDate), yearOf(theirMonths[0]!, options.reportDate)] : [];
    const sameYear = years.length === 2 && (years[0] === years[1] || !years[0] || !years[1]);
    // Months of two years, each read from its own writer's date days apart ("в начале января" on 28
    // January / "last May" on 25 January): two months of the calendar, however far apart by name.
    const yearsApart = years.length === 2 && !!years[0] && !!years[1] && years[0] !== years[1] && Math.abs(apart) <= 31;
    // A month against a full date of another month ("a finales de noviembre" / "last December 10"): fullDates.
    const either = EITHER_MONTH.exec(s.text);
    const otherMonth = myMonths.length === 1 && !glossHasDay && theirMonths.length === 0 && fullDates.length === 1 && !fullDates[0]!.raw.toLowerCase().includes(myMonths[0]!.month.toLowerCase()) && !myMonths[0]!.year;
    // A part of a month ("a principios de diciembre", "в середине мая") against the one day the
    // report gives (written, or its weekday): another month, or a day well outside that part.
    const days = reportDates.filter((d) => d.kind === 'monthday');
    if (myPart && (close || ctx.words >= 4) && days.length === 1 && !reportedOn(s.text, days[0]!.raw) && !theirMonths.some((m) => m.month !== myMonths[0]!.month)) {
      const [month, day] = days[0]!.key.split('-').map(Number) as [number, number];
      const mine = monthIndex(myPart[2]!) + 1;
      const [from, to] = PART_DAYS[myPart[1]!.toLowerCase()]!;
      // ("mid December" may be the 9th; «вторая декада» begins on the 11th.)
      const slack = myPart[1]!.includes('-') ? 0 : 2;
      const inside = month === mine && day >= from - slack && day <= to + slack;
      // Another month only against a date the report writes out: its weekday may be of another season.
      if (!inside && (month === mine || !('resolved' in days[0]!)) && !afterArticle(days[0]!.key)) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: myPart[0], report: days[0]!.raw, context });
      else if (month === mine && day >= from && day <= to) consider({ stance: 'corroborates', kind: 'date', sentence: i, claim: myPart[0], report: days[0]!.raw, context });
    } else if (otherMonth && close && ctx.words >= 4 && !reportedOn(s.text, fullDates[0]!.raw) && !afterArticle(fullDates[0]!.key)) {
      consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: myMonths[0]!.raw, report: fullDates[0]!.raw, context });
    } else if (
      // A saying the report dates ("Trump said on June 3 that Russia has informed him…") told with
      // another month ("En abril de 2019, Trump aseguró en Twitter que Rusia…"): the saying is the act.
      myMonths.length === 1 && !glossHasDay && theirMonths.length === 0 && fullDates.length === 1 && close && ctx.names >= 1 &&
      !fullDates[0]!.raw.toLowerCase().includes(myMonths[0]!.month.toLowerCase()) && (!myMonths[0]!.year || myMonths[0]!.year === options.reportDate?.slice(0, 4)) &&
      reportedOn(s.text, fullDates[0]!.raw) && glossSays && !afterArticle(fullDates[0]!.key)
    ) {
      consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: myMonths[0]!.raw, report: fullDates[0]!.raw, context });
    } else if (either && myMonths.length === 1 && !glossHasDay && ctx.words >= 4 && !either.slice(1).some((m) => m!.toLowerCase() === myMonths[0]!.month.toLowerCase()) && yearOf(myMonths[0]!, options.articleDate, !!options.ahead) === yearOf({ month: either[1]!, year: null }, options.reportDate, WILL.test(s.text))) {
      // One of two months ("In February or March, Canada will host…"): a third is another time.
      consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: myMonths[0]!.raw, report: either[0], context });
    } else if ((sameYear && ctx.words >= 4 && myMonths[0]!.month !== theirMonths[0]!.month) || (yearsApart && close)) {
      consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: myMonths[0]!.raw, report: theirMonths[0]!.raw, context });
    } else if (
      // The same month with a year the sentence writes and the report, writing none, does not mean
      // ("concluido en marzo de 2018" / "fulfilled … in March", written in June 2019): another March.
      close && ctx.words >= 4 && years.length === 2 && !!myMonths[0]!.year && !theirMonths[0]!.year && !!years[1] &&
      years[0] !== years[1] && myMonths[0]!.month === theirMonths[0]!.month && !/\b(?:1[89]|20)\d\d\b/.test(s.text)
    ) {
      consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: myMonths[0]!.raw, report: theirMonths[0]!.raw, context });
    } else if (sameYear && close && myMonths[0]!.month === theirMonths[0]!.month) {
      consider({ stance: 'corroborates', kind: 'date', sentence: i, claim: myMonths[0]!.raw, report: theirMonths[0]!.raw, context });
    }
    // "Last week" in the report is the calendar week before its date: a month or a part of a month the
    // sentence gives that misses that week is another time ("в начале декабря" / "Last week, Trump
    // demanded…" in a report of Monday 22 December).
    const reportWeek = close && LAST_WEEK.test(s.text) ? lastWeek(options.reportDate) : null;
    const week = glossHasDay ? null : reportWeek;
    // (Not a month something began in, "en vigor desde noviembre": it dates no act of last week's.)
    if (week && myMonths.length === 1 && !begun && !reportedOn(gloss.text, myMonths[0]!.raw)) {
      const m = monthIndex(myMonths[0]!.month);
      const year = Number(yearOf(myMonths[0]!, options.articleDate) ?? week.from.getUTCFullYear());
      const [from, to] = myPart ? PART_DAYS[myPart[1]!.toLowerCase()]! : [1, 31];
      const start = Date.UTC(year, m, from) - 2 * DAY_MS;
      const end = Math.min(Date.UTC(year, m, to), Date.UTC(year, m + 1, 0)) + 2 * DAY_MS;
      // (A month two or more months off is another time, not a misdated week: «no cuenten con que esto se
      // arregle en enero» in December is the coming January.)
      const gap = outside(week, start, end);
      if (gap > 0 && gap < MONTHS_OFF * DAY_MS) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: part?.[0] ?? myMonths[0]!.raw, report: 'last week', context });
    }
    // The week before last in an article of the report's own week is not the report's last week
    // («на позапрошлой неделе … потребовал» / "Last week, moreover, Trump demanded…").
    if (reportWeek && WEEK_BEFORE_LAST.test(gloss.text) && sameWeek(options.articleDate, options.reportDate)) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: 'the week before last', report: 'last week', context });
    // (…and so is a day the sentence gives outside that week: «на День благодарения» / "Last week, Trump
    // demanded…" in a report of Monday 22 December.)
    // (Only a day written or told from a holiday: "через несколько дней" is some days after another act.)
    const dayWeek = glossHasDay ? reportWeek : null;
    const dayOfWeek = dayWeek ? gloss.dates.filter((d) => d.kind === 'monthday') : [];
    const written = (raw: string): boolean => !!options.sourceDates?.some((d) => d.english.includes(raw) && (d.counted || /\d/.test(d.source)));
    if (dayWeek && dayOfWeek.length === 1 && written(dayOfWeek[0]!.raw) && !reportedOn(gloss.text, dayOfWeek[0]!.raw)) {
      const [m, d] = dayOfWeek[0]!.key.split('-').map(Number) as [number, number];
      const year = dayWeek.from.getUTCFullYear();
      const gap = Math.min(...[year - 1, year, year + 1].map((y) => outside(dayWeek, Date.UTC(y, m - 1, d), Date.UTC(y, m - 1, d))));
      if (gap > DAY_MS && gap < MONTHS_OFF * DAY_MS) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: dayOfWeek[0]!.raw, report: 'last week', context });
    }
    // A span of months ("с августа по октябрь" / "between August and November"): the same start and another end, or the reverse.
    if (myMonths.length === 2 && theirMonths.length === 2 && close) {
      const [a1, a2] = myMonths.map((m) => m.month.toLowerCase());
      const [b1, b2] = theirMonths.map((m) => m.month.toLowerCase());
      if ((a1 === b1) !== (a2 === b2)) consider({ stance: 'conflicts', kind: 'date', sentence: i, claim: `${myMonths[0]!.month}–${myMonths[1]!.month}`, report: `${theirMonths[0]!.month}–${theirMonths[1]!.month}`, context });
    }
    // The same body denying on both sides ("Rostec denied").
    if (ctx.names >= 1 && glossDenial && denies(s) && !glossConfirm && !confirms(s)) consider({ stance: 'corroborates', kind: 'denial', sentence: i, claim: 'denied', report: 'denied', context });
    // The same speaker confirming on one side and denying on the other.
    // (Not a denial of a sentence that confirms too, "reconoció que había hablado con Lavrov, pero negó
    // que…": what it denies is another thing than what it confirms.)
    const glossOwnStances = glossStances.filter((x) => !(x.denies && glossConfirm && glossDenial));
    for (const a of glossOwnStances) {
      const b = s.stances.find((x) => x.who === a.who && x.denies !== a.denies);
      if (b) consider({ stance: 'conflicts', kind: 'denial', sentence: i, claim: a.raw, report: b.raw, context });
    }
    // A speaker denying what the report has the same speaker plainly stating ("Podgórnaya denied the
    // special flights" / "Podgornaya stated that … repatriated on special flights").
    for (const a of glossOwnStances) {
      // (Rejecting or dismissing a thing is opposing it, not denying news: "el 71 % rechaza una intervención".)
      if (a.denies && close && s.stems.has(a.who) && (DENIES_NEWS_VERB.test(a.raw) || DENIED_NEWS.test(gloss.text)) && STATING.test(s.text) && !DENYING.test(s.text) && s.negations === 0 && !s.stances.some((b) => b.who === a.who)) {
        consider({ stance: 'conflicts', kind: 'denial', sentence: i, claim: a.raw, report: s.text.match(STATING)![0], context });
      }
    }
    // A gloss keeps few words between a speaker and the verb: a confirmation against a denial in
    // close sentences naming the same person.
    // (Whoever the report has confirming or denying must come before the sentence's verb, as its
    // subject: "El tuit venía a confirmar … que Rostec…" is the tweet confirming, not Rostec.)
    // (…nor a report's message, tweet or president confirming, against a sentence that does not name them.)
    if (ctx.names >= 1 && close && glossConfirm !== glossDenial && confirms(s) !== denies(s) && glossDenial !== denies(s) && speaksFirst(gloss, s) && !confirmerLeftOut(s.text, gloss.text)) {
      consider({ stance: 'conflicts', kind: 'denial', sentence: i, claim: glossDenial ? 'denied' : 'confirmed', report: denies(s) ? 'denied' : 'confirmed', context });
    }
  });
  return best;
}

// The pattern of a figure written out, per value: asked of every report sentence (no `g` flag, so reusable).
const WRITTEN = new Map<number, RegExp>();

/**
 * Whether a report (its sentences) states every figure of a glossed sentence; a sentence that says
 * more than the report is only discussed by it. ("одной из спецслужб", "uno de los": "one of" counts nothing.)
 */
export function statesEveryFigure(gloss: PreparedText, sentences: readonly PreparedText[]): boolean {
  // The number written out counts too: the English reader takes no figure from "around 400 the
  // number of" or "a few dozen from 1,000, according to".
  const written = (v: number): RegExp => {
    let re = WRITTEN.get(v);
    if (!re) {
      if (WRITTEN.size > 1000) WRITTEN.clear();
      WRITTEN.set(v, (re = new RegExp(`(?<![\\d.,])(?:${v.toLocaleString('en-US')}|${v})(?![\\d]|[.,]\\d)`)));
    }
    return re;
  };
  // (A share only by a share: "un 30 %" is not stated by "April 30".)
  const share = (f: PreparedText['figures'][number]): boolean => !!f.units[0] && unitOf(f.units[0]) === PERCENT_UNIT;
  // (Nor seats by visitors: what was on offer is not who came.)
  const offered = (f: PreparedText['figures'][number]): string | undefined => (f.units[0] && CAPACITY.has(unitOf(f.units[0])) ? unitOf(f.units[0]) : undefined);
  const stated = (f: PreparedText['figures'][number]): boolean =>
    sentences.some((s) => {
      const a = inHoursFor(f, s);
      if (share(a)) return s.figures.some((b) => share(b) && compareFigures(a.range, b.range) === 'same');
      if (offered(a)) return s.figures.some((b) => offered(b) === offered(a) && compareFigures(a.range, b.range) === 'same');
      return s.figures.some((b) => !b.range.vague && compareFigures(a.range, b.range) === 'same') || (Number.isInteger(a.value) && written(a.value).test(s.text));
    });
  return gloss.figures.every((a) => a.range.vague || a.value < 2 || stated(a));
}

// (Not "the United States".)
const STATING = /\b(?:said|says|stated|(?<!United\s)states|announced|told|assured|confirmed|explained)\b/i;
const CONFIRMING = /\b(?:confirm(?:s|ed)?|acknowledg(?:e|es|ed)|admit(?:s|ted)?)\b/i;

/**
 * Whether a report states every figure and the day of a glossed sentence: "el pasado martes Trump
 * ordenó un bloqueo" is only discussed by a report that has the blockade and no day for it. A day
 * beside "said" is the day of the saying, not a fact of the sentence.
 */
export function statesEverything(gloss: PreparedText, sentences: readonly PreparedText[], reportDate: string | null, sourceDates?: readonly SourceDate[], sourceFigures?: readonly { value: number }[]): boolean {
  if (!statesEveryFigure(gloss, sentences)) return false;
  // A figure the English reader takes no count from ("… con matrícula diplomática, unos quince,"):
  // the report must give it too, not a floor below it ("more than 10").
  const bare = (sourceFigures ?? []).filter((f) => f.value >= 2 && !gloss.figures.some((g) => Math.abs(g.value - f.value) <= 0.1 * f.value));
  const near = (v: number, w: number): boolean => Math.abs(v - w) <= 0.1 * Math.max(v, w);
  if (!bare.every((f) => sentences.some((s) => s.figures.some((b) => !b.range.vague && near(b.value, f.value))))) return false;
  // "…, una información que Moscú despacha como una provocación": the denial is a fact of the
  // sentence too, and a report that never mentions one only discusses it.
  if (denies(gloss) && !confirms(gloss) && DENYING.test(gloss.text) && !sentences.some((s) => DENYING.test(s.text))) return false;
  // "…, algo que la Cancillería rusa ha terminado por admitir": so is who confirmed it, in a report
  // sentence that has them confirming.
  for (const a of stancesOf(gloss)) {
    if (!a.denies && !sentences.some((s) => CONFIRMING.test(s.text) && s.stems.has(a.who))) return false;
  }
  // "A finales de noviembre": the month is a fact of the sentence too, even when it dates the saying
  // («Еще в январе источники … сообщали»: a report that never names January does not say when).
  const months = monthsOf(gloss.text);
  // (A report of that month need not name it.)
  const ownMonth = reportDate ? MONTH_NAMES[Number(reportDate.slice(5, 7)) - 1] : undefined;
  // (…of the sentence's year, when it gives one: "в мае 2017 года" is not the "last May" of a January 2019 report.)
  const ofYear = (m: (typeof months)[number], s: PreparedText): boolean => {
    const theirs = m.year ? monthsOf(s.text).find((x) => x.month.toLowerCase() === m.month.toLowerCase()) : undefined;
    const year = theirs ? yearOf(theirs, reportDate) : null;
    return !year || year === m.year;
  };
  // "A mediados de semana": so is a part of a week, which the report must give a day of.
  const part = sourceDates?.find((d) => d.days && gloss.text.includes(d.english) && !reportedOn(gloss.text, d.english));
  if (part) {
    const resolve = weekdayResolver(reportDate);
    const keys = sentences.flatMap((s) => s.dates.flatMap((d) => (d.kind === 'weekday' ? [resolve(d.key, WILL_HAPPEN.test(s.text))] : d.kind === 'monthday' ? [d.key] : [])));
    if (!keys.some((k) => !!k && withinDays(k, part.days!))) return false;
  }
  // "El otoño pasado": so is a season, which the report must date within a month of it (or be of it).
  const season = seasonOf(gloss.text, reportDate);
  if (season && !reportedOn(gloss.text, season.raw)) {
    const ownDay = reportDate && /^\d{4}-\d{2}/.test(reportDate) ? Number(reportDate.slice(0, 4)) * 12 + Number(reportDate.slice(5, 7)) - 1 : null;
    const inReport = sentences.some((s) => monthsOf(s.text).some((m) => monthsOutside(season, monthIndex(m.month), yearOf(m, reportDate)) <= 1));
    if (!inReport && !(ownDay !== null && ownDay >= season.from && ownDay <= season.to + 1)) return false;
  }
  // (Not a month the report gives as one of two: "In February or March" does not say February.)
  const eitherOr = (s: PreparedText, month: string): boolean =>
    eitherOrMonth(month).test(s.text) &&
    !months.some((o) => o.month.toLowerCase() !== month.toLowerCase() && containsWord(s.text, o.month));
  if (months.length && !months.every((m) => (m.month.toLowerCase() === ownMonth?.toLowerCase() && (!m.year || m.year === reportDate?.slice(0, 4))) || sentences.some((s) => containsWord(s.text, m.month) && ofYear(m, s) && !eitherOr(s, m.month)))) return false;
  // A day the article's date gave ("hoy", "la semana pasada") is when it was written, not a fact it states.
  // (A day counted back, "три дня назад", is a day the sentence states.)
  const written = (raw: string): boolean => !sourceDates || sourceDates.some((d) => d.english.includes(raw) && (d.explicit || d.counted || WEEKDAY_WORD.test(d.english)));
  // (A weekday of another week, "el lunes de la semana pasada", is its date only: not any Monday the report names.)
  const shifted = (d: PreparedText['dates'][number]): boolean => d.kind === 'weekday' && !!sourceDates?.some((x) => x.shifted && x.english.includes(d.raw));
  const days = gloss.dates.filter((d) => !reportedOn(gloss.text, d.raw) && written(d.raw) && !shifted(d));
  if (days.length === 0) return true;
  const resolve = weekdayResolver(reportDate);
  // A day and month written out, in a sentence about something of the sentence's: "protests on
  // Tuesday" does not date Guaidó's oath "во вторник, 22 января".
  const about = (s: PreparedText): boolean => [...s.stems].some((t) => !CALENDAR_STEMS.has(t) && !/^\d/.test(t) && gloss.stems.has(t));
  const writtenOut = !!sourceDates?.length && sourceDates.every((d) => d.explicit);
  const theirs = new Set(sentences.filter((s) => !writtenOut || about(s)).flatMap((s) => s.dates.flatMap((d) => [d.key, ...(d.kind === 'weekday' ? [resolve(d.key, WILL_HAPPEN.test(s.text))] : [])])));
  return days.some((d) => theirs.has(d.key));
}


// "February or March", either way round, per month.
const EITHER_OR = new Map<string, RegExp>();
const eitherOrMonth = (month: string): RegExp => {
  const key = month.toLowerCase();
  let re = EITHER_OR.get(key);
  if (!re) EITHER_OR.set(key, (re = new RegExp(`\\b(?:${key}\\s+or\\s+(?:${MONTH_NAMES.join('|')})|(?:${MONTH_NAMES.join('|')})\\s+or\\s+${key})\\b`, 'i')));
  return re;
};

/** Whether a sentence has someone denying (not a denial said not to have come). */
function denies(p: PreparedText): boolean {
  return p.denial && !NOT_DENIED.test(p.text) && (!ATTRIBUTIVE.test(p.text) || DENIAL.test(p.text.replace(ATTRIBUTIVE_ALL, '')));
}
// "A false flag", "fake news" name a thing; they deny nothing ("the claims are false" still does).
const ATTRIBUTIVE = /\b(?:false|fake)(?=\s+(?!(?:and|or|but|in|on|at|as|to|by|for|of)\b)\p{L})/iu;
const ATTRIBUTIVE_ALL = new RegExp(ATTRIBUTIVE.source, 'giu');

// Not saying is not denying: "Захарова не уточнила, кого имела в виду, говоря о провокациях" glosses
// "Zakharova not specified provocation", and "provocation" alone would make it a denial.
const WITHHELD = /\b(?:not|no|never|without)\s+(?:\S+\s+)?(?:specif\w*|clarif\w*|elaborat\w*|detail\w*|explain\w*|disclos\w*|reveal\w*|comment\w*|nam(?:e|ed|ing))\b/i;
const withheld = (p: PreparedText): boolean => WITHHELD.test(p.text) && !DENYING_VERB.test(p.text);

/** Whether a sentence has someone confirming, or not denying ("Rostec no lo negó"). */
function confirms(p: PreparedText): boolean {
  return p.confirm || NOT_DENIED.test(p.text);
}

// A denying verb of the gloss: "negó" glossed "denied".
const DENYING_VERB = new RegExp(`\\b(?:${DENIAL_VERBS.join('|')})\\b`, 'i');

/**
 * Who denied, where the gloss keeps words between the speaker and the verb ("Pompeo, en cambio, fue
 * más prudente: en la gala… negó que…" glossed "Pompeo changed gala Washington 1 May, denied…"): the
 * last person or body the sentence names before its denying verb.
 */
function looseDenier(gloss: PreparedText, names: readonly string[]): PreparedText['stances'] {
  const verb = DENYING_VERB.exec(gloss.text);
  if (!verb) return [];
  const before = gloss.text.slice(0, verb.index);
  const who = names.filter((n) => containsWord(before, n)).sort((a, b) => before.lastIndexOf(a) - before.lastIndexOf(b)).at(-1);
  const stem = who ? term(who.split(/\s+/).at(-1)!.toLowerCase()) : undefined;
  return stem ? [{ who: stem, denies: true, raw: `${who} ${verb[0]}` }] : [];
}

// The first confirming or denying verb of a gloss.
const STANCE_VERB = new RegExp(`\\b(?:${[...CONFIRM_CUES, ...DENIAL_VERBS].join('|')})\\b`, 'i');

/** Whether the report sentence's confirmer or denier (if it names one) stands before the gloss's own confirming or denying verb. */
function speaksFirst(gloss: PreparedText, s: PreparedText): boolean {
  const who = s.stances.map((b) => b.who);
  const verb = STANCE_VERB.exec(gloss.text);
  if (who.length === 0 || !verb) return true;
  const before = new Set((gloss.text.slice(0, verb.index).match(/\p{L}+/gu) ?? []).map((w) => term(w.toLowerCase())));
  return who.some((w) => before.has(w));
}

// What confirms a story without being the body that denied it: a message, a tweet, the president.
// (A few words may tell whose it is: "message leader American confirmed", the gloss of "el mensaje del mandatario norteamericano confirma".)
const CONFIRMED_BY = /\b(message|tweet|post|article|publication|president|Trump|White House)\s+(?:\S+\s+){0,3}?(?:confirm(?:s|ed)?|corroborat\w*)\b/i;

/** Whether the gloss's confirmation is said by a message, a tweet or a president, not by the body `who` (a stem). */
function confirmedByAnother(text: string, who: string): boolean {
  const m = CONFIRMED_BY.exec(text);
  // (Not the body itself among those words: "the president said Rostec confirmed".)
  return !!m && term(m[1]!.toLowerCase().split(/\s+/)[0]!) !== who && !m[0].toLowerCase().split(/\s+/).some((w) => term(w) === who);
}

// Descriptions that exclude each other, as English news writes them ("un conglomerado privado" / "a
// state defense contractor", "гражданских вертолетов" / "military helicopters", "con escala" /
// "direct charter flights"). Lower case only: "Secretary of State", "the State Department" are names.
const OPPOSITES: readonly [RegExp, RegExp][] = [
  [/(?<!\b(?:of|united)\s)\bstate(?:-owned|-run)?\b(?!\s+(?:of|department|secretary|media)\b)/, /\bprivate(?:ly)?\b/],
  [/\bmilitary\b/, /\bcivil(?:ian)?\b(?!\s+(?:war|society|rights)\b)/],
  [/\bdirect(?:ly)?\b/, /\b(?:stopovers?|layovers?|indirect|connecting)\b/],
  // (Either order: the gloss keeps the source's, "flight regular".)
  [/\b(?:regular|scheduled|commercial)\s+flights?\b|\bflights?\s+(?:regular|scheduled|commercial)\b/, /\b(?:special|evacuation|charter)\s+flights?\b|\bflights?\s+(?:special|evacuation|charter)\b/],
  [/\btemporar(?:y|ily)\b/, /\bpermanent(?:ly)?\b/],
  [/\bvoluntar(?:y|ily)\b/, /\b(?:mandatory|compulsory)\b/],
  // (A leave to go is no order to: «Госдепартамент разрешил … выехать», "autorizó la salida" / "ordered
  // some members of its diplomatic staff to leave".)
  [/\b(?:allowed|authori[sz]ed|permitted)\b/, /\bordered\b/],
  [/\b(?:postpon\w*|rescheduled)\b/, /\bcancel(?:led|ed|s)?\b/],
  // (A charge is not a verdict: «обвинительный приговор» / "an indictment for drug trafficking".)
  [/\b(?:conviction|convicted|sentenced)\b/, /\b(?:indictment|indicted)\b/],
  // (How many of a group: "примерно половина из них" / "the vast majority of which".)
  [/\b(?:half|minority)\b/, /\bmajority\b/],
  // (…or all of it: «отозвал весь дипломатический персонал» / "ordered some members of its diplomatic staff".)
  // (Not "almost all": «casi todos» is the vast majority.)
  [/(?<!\b(?:almost|nearly|virtually|practically)\s+)\ball\b(?!\s+but\b)/, /\b(?:some|part|(?:vast\s+)?majority|most\s+of)\b/],
  // (How talks ended: «terminaron … con un principio de acuerdo» / "ended on May 29, without progress".)
  [/(?<!\b(?:without|no)\s+(?:\S+\s+)?)\b(?:agreement|deal|accord|breakthrough)\b/i, /\b(?:without|no)\s+(?:any\s+)?(?:progress|agreement|deal|breakthrough)\b/i],
  // (How two spoke: «recibido una carta de su homólogo» / "confirmed he spoke with his Russian counterpart".)
  [/\bletter\b/i, /\b(?:spoke|talked)\s+(?:by\s+(?:tele)?phone\s+)?with\b|\bphone call\b/i],
  // (Where it was said: «на слушаниях в Сенате», "ante una comisión del Senado" / "said at a gala in Washington".)
  [/\b(?:hearings?|testimony|testif(?:y|ied|ying)|senate)\b/i, /\b(?:gala|banquet|dinner)\b/i],
  // (Which UN commissioner: «верховный комиссар ООН по делам беженцев» / "UN High Commissioner for Human Rights".)
  [/\bcommissioner\s+(?:\S+\s+){0,2}?refugees?\b/i, /\bcommissioner\s+(?:\S+\s+){0,2}?human rights\b/i],
  // (How an interview was given: "respondió en inglés y sin intérprete" / "speaking via an interpreter".)
  [/\bwithout\s+(?:an?\s+)?(?:interpreter|translator)\b/, /\b(?:via|through|with)\s+(?:an?\s+)?(?:interpreter|translator)\b/],
  // (Whether anyone died: «пока обходятся без погибших», "sin muertos" / "at least 14 people have been killed".)
  [/\b(?:without|no|not\s+left)\s+(?:any\s+)?(?:dead|deaths?|victims?|casualties|fatalities)\b/, /\bkilled\b/],
  // (How someone meant to leave: «tenía un barco preparado» / "getting prepared to get on this airplane".)
  [/\b(?:boat|ship|yacht)\b/, /\b(?:airplane|aeroplane|plane|aircraft|jet)\b/],
  // (A promise withheld is no promise: "este no le garantizó el respaldo de Moscú", «не пообещал поддержки» /
  // "who reportedly assured him of Russia's continued support".)
  [/\bnot\s+(?:\S+\s+)?(?:guarantee[ds]?|assure[ds]?|promise[ds]?|pledge[ds]?)\b/i, /\b(?:assured|guaranteed|promised|pledged)\b/i],
  // (…and a possibility studied is nothing done yet: "solamente estudia la posibilidad de organizar vuelos
  // especiales" / "has begun evacuating its citizens … via special flights".)
  [/\bpossibility\b/i, /\b(?:has|have)\s+(?:begun|started)\b/i],
  // (Where someone said it: "escribió Guaidó en su cuenta de Twitter" / "Guaidó told Fox Business Network".)
  [/\b(?:Twitter|tweet(?:ed|s)?)\b/i, /\btold\s+(?:the\s+)?(?:\p{Lu}[\p{L}.]*\s+){1,3}?(?:Network|News|Business|TV|Television|Radio|Channel)\b|\b(?:in|during)\s+an?\s+(?:\p{L}+\s+)?interview\b|\binterview(?:ed)?\s+(?:with|by)\b/u],
  // (What a message did to a report: "el tuit contradecía la información del Journal" / "The president's message confirms … report".)
  [/\bcontradict(?:s|ed|ing)?\b/, /\bconfirm(?:s|ed|ing)?\b/],
  // (Whose pilots a training centre trains: «для пилотов военно-транспортных самолетов» / "a helicopter training center".)
  [/\bpilots?\b(?:\s+\S+){0,3}?\s+(?:aircraft|airplanes?|planes?|fighters?|jets?|Sukhoi)\b/, /\bhelicopters?\b/],
  // (Weeks of something are not months of it: «несколько недель тайных переговоров» / "with months of secret talks".)
  [/\b(?:several|few|couple|one|two|three|four)\s+weeks?\b/i, /\bmonths\s+of\b/i],
  // (Days of work are not hours: "tres días hábiles", «три рабочих дня» / "within 72 hours".)
  [/\b(?:business|working|workers?)\s+days?\b|\bdays?\s+business\b/, /\bhours?\b/],
  // (Where someone is held: «сидит в военной тюрьме Рамо-Верде» / "kept under house arrest".)
  [/\b(?:prison|jail|penitentiary)\b/, /\bhouse arrest\b/],
  // (What became of a ship: «танкер Skipper … был потоплен» / "the seizure of the tanker Skipper".)
  [/\b(?:sunk|sank|sink(?:s|ing)?)\b/i, /\b(?:seiz(?:e|ed|ure|ing)|captured|boarded|detained|intercepted)\b/i],
  // (Said for the first time or once more: «Трамп впервые заявил» / "reiterated that Maduro's days … are numbered".)
  [/\bfirst time\b/i, /\b(?:reiterat\w*|again|repeated(?:ly)?)\b/i],
  // (Who charged him: «обвинение … предъявило Южное командование» / "an indictment … in the Southern District Court".)
  [/\bcommand\b/i, /\bcourt\b/i],
  // (What the charge is: "una acusación por lavado de dinero" / "an indictment for drug trafficking".)
  [/\b(?:drug[- ]?traffick\w*|narco-?traffick\w*)\b/, /\b(?:money[- ])?launder\w*\b/],
  // (Which UN body: "ante la Asamblea General de la ONU" / "a meeting of the United Nations Security Council".)
  [/\bSecurity Council\b/, /\bGeneral Assembly\b/],
  // (Which court: "ante la Corte Penal Internacional de La Haya" / "an indictment … in the Southern District Court".)
  [/\bInternational Criminal Court\b/, /\b(?:District|Federal|Supreme)\s+Court\b/],
  // (Whether a side took part: "unas elecciones en las que compitió con la oposición" / "a vote boycotted by the opposition".)
  [/\bboycott(?:s|ed|ing)?\b/, /\b(?:competed|competing|participated|participating|took part)\b/],
  // (Whether it was finished: "quedó a medio terminar en marzo" / "the last contract Rostec fulfilled … in March".)
  [/\b(?:half-(?:finished|built)|unfinished)\b/, /\b(?:fulfilled|completed)\b/],
  // (Who asked whom: "fue el Kremlin quien ofreció a Maduro radares" / "Maduro pleaded with Putin for … radars".)
  [/\boffer(?:s|ed|ing)?\b/, /\b(?:pleaded|pleads|begged|asked|requested|sought)\b/],
];

/**
 * A description of the sentence whose opposite the report's sentence gives, neither giving the
 * other's: the two agree on the figures and names but not on what the thing is.
 */
export function oppositeAttribute(glossText: string, report: string): { claim: string; report: string } | null {
  for (const pair of OPPOSITES) {
    for (const [mine, theirs] of [pair, [pair[1], pair[0]]] as const) {
      const a = mine.exec(glossText);
      const b = a && !theirs.test(glossText) ? theirs.exec(report) : null;
      if (a && b && !mine.test(report)) return { claim: a[0], report: b[0] };
    }
  }
  return otherPortfolio(glossText, report);
}

// A minister's portfolio, either order ("defense minister", "minister interior", "Minister of Defense"):
// the gloss keeps the source's order.
const PORTFOLIO = /\b(defen[cs]e|interior|internal|foreign|finance|oil|energy|justice)\s+minister\b|\bminister\s+(?:of\s+(?:the\s+)?)?(defen[cs]e|interior|internal|foreign|finance|oil|energy|justice)\b/gi;
const PORTFOLIO_KEY: Record<string, string> = { defence: 'defense', internal: 'interior', oil: 'energy' };
const NOT_WHO = /^(?:the|minister|ministry|secretary|president|venezuela|russia|united|states|cuba|china|colombia|washington|moscow|caracas|\p{L}+(?:an|ian|ese|ish))$/u;
function portfolios(text: string): Map<string, { raw: string; who: Set<string> }> {
  const out = new Map<string, { raw: string; who: Set<string> }>();
  for (const m of text.matchAll(PORTFOLIO)) {
    const word = (m[1] ?? m[2])!.toLowerCase();
    // Whose portfolio: the capitalised words just after it or just before it ("Minister of Defense
    // Vladimir Padrino", "Padrino, the defense minister").
    const near = `${text.slice(Math.max(0, m.index - 30), m.index)} ${text.slice(m.index + m[0].length, m.index + m[0].length + 40)}`;
    // (Not a country beside it: "Venezuela's foreign minister" and "Venezuela's defense minister" are two people.)
    const who = new Set((near.match(/\p{Lu}\p{Ll}{2,}/gu) ?? []).map((w) => w.toLowerCase()).filter((w) => !NOT_WHO.test(w)));
    out.set(PORTFOLIO_KEY[word] ?? word, { raw: m[0], who });
  }
  return out;
}

/** A minister of another portfolio than the sentence's ("minister internal Vladimir Padrino" / "the Minister of Defense Vladimir Padrino"), the report having none of the sentence's. */
function otherPortfolio(glossText: string, report: string): { claim: string; report: string } | null {
  const mine = portfolios(glossText);
  if (mine.size === 0) return null;
  const theirs = portfolios(report);
  if (theirs.size === 0 || [...mine.keys()].some((k) => theirs.has(k))) return null;
  // …of the same person: "министром обороны Питом Хегсетом" is no other portfolio of "Foreign Minister Yván Gil".
  for (const a of mine.values()) for (const b of theirs.values()) if ([...a.who].some((w) => b.who.has(w))) return { claim: a.raw, report: b.raw };
  return null;
}

// (Not the gloss's "year" of «desde el año 2000», "dollars year since 2000".)
const RATE = /^[\s,]*(?:(?:a|per|each|every)\s+)?(?:year|month)\b(?!s)(?![\s,]+(?:since\b|\d{4}))|^[\s,]*(?:annual(?:ly)?|yearly|monthly)\b/i;

/** Whether the figure written `raw` in `text` is a rate, a sum per year or month ("30 billion dollars year", "$5 million a year"). */
// Words that make a count of people one of those living where they are ("400 compatriot lived Caracas").
const LIVING = /^\s+(?:\S+\s+){0,2}?(?:liv(?:e|es|ed|ing)|resid\w*|settled)\b/i;

/** Whether what follows the figure written `raw` in `text` starts as `after` says (a rate, "a year"; people living there). */
function followedBy(text: string, raw: string, after: RegExp): boolean {
  const at = text.indexOf(raw);
  return at >= 0 && after.test(text.slice(at + raw.length));
}

const EVENT_NOUN = /^(?:uprising|coup|revolt|rebellion|election|elections|vote|referendum|attack|attacks|raid|summit|rally|march|protests?|strike|deadline|speech|ceremony|inauguration|swearing)$/i;

// Words that make a count one of those still there.
// ("seguían … en hoteles" glosses "continued": those still there.)
const REMAINING = /\b(?:remain(?:s|ed|ing)?|still|stay(?:s|ed|ing)?|left behind|continued)\b/i;

/**
 * Whether figure `raw` of `p` counts those still there: a word of remaining within a few words of
 * it. A sum or a measure is no one still there ("sigue en 25 millones de dólares", remains at).
 */
function remainsBeside(p: PreparedText, raw: string): boolean {
  const at = p.text.indexOf(raw);
  const unit = p.figures.find((f) => f.raw === raw)?.units[0];
  if (at < 0 || (unit && (CURRENCIES.has(unitOf(unit)) || MEASURES.has(unitOf(unit))))) return false;
  const before = p.text.slice(0, at).split(/\s+/).slice(-4).join(' ');
  const after = p.text.slice(at + raw.length).split(/\s+/).slice(0, 5).join(' ');
  return REMAINING.test(before) || REMAINING.test(after);
}

/**
 * Whether the report's day `raw` is told of someone or something else named just before it in its
 * clause, while the sentence's own name comes later in the report's sentence ("the seizure of the
 * tanker Skipper last December 10, as well as the Centuries" / "В субботу … задержали второй танкер —
 * Centuries"): the day is the other's.
 */
function datesAnother(report: string, raw: string, names: readonly string[], glossText: string): boolean {
  const at = report.indexOf(raw);
  if (at < 0 || names.length === 0) return false;
  const before = report.slice(0, at).split(/[,;:—–]|\s\((?=\p{L})/u).at(-1)!;
  // Things of the clause before the day named by their kind ("the tanker Skipper", "the freighter
  // Halcyon"); not a place ("a gala in Washington on May 1"), nor a person, who may act on either day.
  const theirs = [...before.matchAll(/\b(?:the|a|an|its|their)\s+\p{Ll}+\s+(\p{Lu}[\p{L}'’-]+)/gu)].map((m) => m[1]!).filter((w) => !CALENDAR_WORD.test(w));
  // (One of them the sentence names too makes the day the sentence's.)
  if (!theirs.length || theirs.some((w) => mentions(glossText, w) || names.some((n) => namesAlike(n, w) || containsWord(n, w)))) return false;
  const after = report.slice(at + raw.length);
  return names.some((n) => mentions(after, n));
}

/**
 * Whether the report's day written `raw` stands before an event's name as its name ("the April 30
 * military uprising", "the May 20 election") and the gloss tells no such event.
 */
function namesAnotherEvent(report: string, raw: string, gloss: PreparedText): boolean {
  const at = report.indexOf(raw);
  // (A year alone is the span's start, "since the 2014 protests" / «с 2017 года»: compared as it is.)
  if (at < 0 || /^\d{4}$/.test(raw.trim())) return false;
  const next = report.slice(at + raw.length).match(/^\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u);
  const noun = next ? [next[1], next[2]].find((w) => !!w && EVENT_NOUN.test(w)) : undefined;
  return !!noun && !gloss.stems.has(term(noun.toLowerCase()) ?? '');
}

const MEMBERS_OF = /\b(?:organi[sz]ation|group|bloc|alliance|union|coalition|association|community|club)\s+of\s+$/i;
const BODY_WORD = /\b(?:organi[sz]ation|group|bloc|alliance|union|coalition|association|community|club|members?)\b/i;
const NOT_THE_NAME = /^(?:The|A|An|Group|Organi[sz]ation|Pan|Union|Bloc|Alliance|\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish))$/u;

/**
 * Whether the report figure written `raw` counts the members of a body ("a Pan American organization
 * of 14 states") that the gloss does not name: the body's name is a capitalised word in the eight
 * words before it.
 */
function membersOfAnother(report: string, raw: string, glossText: string): boolean {
  const at = report.indexOf(raw);
  if (at < 0 || !MEMBERS_OF.test(report.slice(Math.max(0, at - 40), at))) return false;
  const before = report.slice(0, at).split(/\s+/).slice(-9).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const names = before.filter((w) => /^\p{Lu}\p{L}{2,}/u.test(w) && !NOT_THE_NAME.test(w));
  // (Named by what it is counts too: "14 стран объединения", "группа Лимы" glossed "group Lim".)
  return names.length > 0 && !names.some((w) => containsWord(glossText, w)) && !BODY_WORD.test(glossText);
}

/** Whether the report's confirmation is said by a message, a tweet or a president the glossed sentence does not name. */
function confirmerLeftOut(report: string, glossText: string): boolean {
  const m = CONFIRMED_BY.exec(report);
  return !!m && !new RegExp(`\\b${escapeRegExp(m[1]!)}`, 'i').test(glossText);
}

/** Who confirmed or denied, a denial said not to have come read as owning it. */
function stancesOf(p: PreparedText): PreparedText['stances'] {
  return NOT_DENIED.test(p.text) ? p.stances.map((a) => ({ ...a, denies: false })) : p.stances;
}

// Who a source is: "a European intelligence official", "un funcionario de inteligencia estadounidense".
const SOURCE_NOUN = /^(?:officials?|sources?|intelligence|agency|agencies|media|newspapers?)$/i;
const PEOPLE_ADJECTIVE = /^(?:\p{Lu}\p{Ll}+(?:an|ean|ese|ish|ian)|US|U\.S\.)$/u;

/** The peoples a sentence names beside a source ("European" in "a European intelligence official"). */
function sourcePeoples(text: string): Set<string> {
  const words = text.match(/[\p{L}.]+/gu) ?? [];
  const out = new Set<string>();
  words.forEach((w, i) => {
    if (!PEOPLE_ADJECTIVE.test(w)) return;
    if (SOURCE_NOUN.test(words[i - 1] ?? '') || SOURCE_NOUN.test(words[i + 1] ?? '')) out.add(w === 'U.S.' || w === 'US' ? 'American' : w);
  });
  return out;
}

/**
 * Whether a sentence and a report sentence give their source different peoples ("an American
 * intelligence official" / "a European intelligence official"): the same words, another source.
 */
export function sourcesDiffer(gloss: string, report: string): boolean {
  const mine = sourcePeoples(gloss);
  if (mine.size === 0) return false;
  const theirs = sourcePeoples(report);
  return theirs.size > 0 && ![...mine].some((p) => theirs.has(p));
}

/** The stems of the words of names ("Sergey Lavrov" → sergey, lavrov): a name's own words, not words a passage shares. */
export function stemsOfNames(names: readonly string[]): string[] {
  return names.flatMap((n) => n.toLowerCase().split(/\s+/)).map((w) => term(w)).filter((t): t is string => !!t);
}

// "not severed", "never asked": a negated act, its verb the next word of the gloss.
const NOT_ACT = /\b(?:not|never|(?:is|are|was|were|do|does|did|has|have|had|wo|ca)n['’]t)\s+(\p{L}{4,})/giu;
const STANCE_WORD = new RegExp(`^(?:${[...CONFIRM_CUES, ...DENIAL_VERBS, ...ATTRIBUTION_CUES, 'comment\\w*'].join('|')})$`, 'i');

/**
 * Whether the sentence says an act did not happen that the report's sentence says did ("дипломатические
 * отношения он формально не разорвал" / "Maduro severed diplomatic relations"), or the other way round
 * ("готова помогать Мадуро" / "Russia isn't going to help Maduro"): its other anchors may agree, the
 * sentence does not.
 */
function reversedAct(gloss: PreparedText, s: PreparedText): { claim: string; report: string } | null {
  if (gloss.negations > 0 && s.negations === 0) {
    // (A word before the intent is the act only where the report has it as a verb: "Moscow would
    // oppose", not the subject of «город не собирается».)
    const act = negatedActs(gloss.text, true).find((a) => s.stems.has(term(a.word.toLowerCase())!) && (!a.before || usedAsVerb(s.text, a.word)));
    return act ? { claim: `not ${act.word}`, report: act.word } : null;
  }
  if (s.negations === 0) return null;
  // The report's act, said plainly in the sentence, with no negation beside it anywhere (Russian puts
  // it either side: «не станет помогать», «помогать не будет»).
  const words = gloss.text.match(/[\p{L}'’]+/gu) ?? [];
  // (Names between do not count: «помогать Мадуро … Россия не станет» is glossed "helped Maduro Russia not".)
  const side = (i: number, step: 1 | -1): string[] => {
    const out: string[] = [];
    for (let j = i + step; j >= 0 && j < words.length && out.length < 2; j += step) if (!/^\p{Lu}/u.test(words[j]!)) out.push(words[j]!);
    return out;
  };
  const negatedAt = (i: number): boolean => [...side(i, -1), ...side(i, 1)].some((x) => isNegationWord(x.toLowerCase()));
  for (const { word } of negatedActs(s.text, false)) {
    const t = term(word.toLowerCase());
    const at = words.flatMap((w, i) => (term(w.toLowerCase()) === t ? [i] : []));
    if (at.length && !at.some(negatedAt)) return { claim: words[at[0]!]!, report: `not ${word}` };
  }
  return null;
}

/**
 * The acts a text says were not done ("not severed"; "not planned … to oppose"), as written; with
 * `lookBefore`, also a word just before an intent denied (Russian word order: «противодействовать
 * американцам Москва не собирается»), marked `before`.
 */
function negatedActs(text: string, lookBefore: boolean): { word: string; before: boolean }[] {
  const acted = (w: string): boolean => {
    // (A name after the negation is no act: "una fuente que no da la cara: Rostec…" glossed "not Rostec".)
    if (/^\p{Lu}/u.test(w)) return false;
    // (Not confirming or denying, "не подтверждают": the readings of stances have those.)
    return !!term(w.toLowerCase()) && !STANCE_WORD.test(w) && !NOT_MEANING.test(w);
  };
  const out: { word: string; before: boolean }[] = [];
  for (const m of text.matchAll(NOT_ACT)) {
    if (acted(m[1]!)) out.push({ word: m[1]!, before: false });
    if (!NOT_MEANING.test(m[1]!)) continue;
    // Not meaning to do it is not doing it: the act is the verb beside the intent, after it in Spanish
    // and English ("no piensa oponerse", "isn't going to help") and before it in Russian.
    const after = text.slice(m.index! + m[0].length).match(/\p{L}+/gu)?.slice(0, 2) ?? [];
    out.push(...after.filter(acted).map((word) => ({ word, before: false })));
    if (!lookBefore) continue;
    const before = text.slice(0, m.index).match(/\p{L}+/gu)?.slice(-3).reverse() ?? [];
    out.push(...before.filter(acted).map((word) => ({ word, before: true })));
  }
  return out;
}

/** Whether an English text has the word's stem as a verb: after "to", "would", "will"…, or with -ed. */
function usedAsVerb(text: string, word: string): boolean {
  const t = term(word.toLowerCase());
  const words = text.match(/[\p{L}'’]+/gu) ?? [];
  return words.some((w, i) => term(w.toLowerCase()) === t && (/ed$/i.test(w) || /^(?:to|would|will|could|should|can|must|may|might|did|does|do)$/i.test(words[i - 1] ?? '')));
}
const NOT_MEANING = /^(?:plan\w*|intend\w*|intention|going|want\w*|wish\w*|ready|willing|seek\w*|prepared)$/i;

// Verbs that deny news whatever their object; "rejected", "dismissed" deny only claims, reports, news.
const DENIES_NEWS_VERB = /\b(?:den(?:y|ies|ied|ying)|refut\w*|rebutt?\w*)\b/i;

// Days from a report's "last week" beyond which a month the sentence gives is another time.
const MONTHS_OFF = 62;

// Going on with something and stopping it: the same thing carried on in one sentence and stopped in
// the other ("los consulados seguirán funcionando" / "decided to close the … consulates", "преследование
// прекращено" / "continues to be pursued"); or someone staying where the other has them leave. Staying
// is not set against stopping: "тех, кто остался в Венесуэле, вывозят спецрейсами" is no flight
// kept against "cancel flights to Venezuela".
const GOES_ON = /^(?:continu\w*|keep|keeps|keeping|kept|maintain\w*|still|press(?:ed|es|ing)? ahead)$/i;
const STOPS = /^(?:stop\w*|halt\w*|close|closed|closes|closing|cancel\w*|interrupt\w*|suspend\w*|ceas\w*|scrap\w*|wound down|winding down|wind down|winds down|called off|call off|gave up|give up|given up|dropp\w*)$/i;
const STAYS = /^(?:remain\w*|stay|stayed|staying|stays)$/i;
const LEAVES = /^(?:leave|leaves|leaving|left|abandon\w*)$/i;
const COURSES: readonly { goes: RegExp; stops: RegExp }[] = [
  { goes: GOES_ON, stops: STOPS },
  { goes: STAYS, stops: LEAVES },
];
const courseWord = (w: string): { group: number; goes: boolean } | null => {
  for (const [group, c] of COURSES.entries()) {
    if (c.goes.test(w)) return { group, goes: true };
    if (c.stops.test(w)) return { group, goes: false };
  }
  return null;
};
const COURSE_WINDOW = 3;

/** The act word of each course ("continue", "closed") in a sentence, with the stems of the content words next to it. */
function coursesOf(p: PreparedText, skip: ReadonlySet<string>): { raw: string; group: number; goes: boolean; near: Set<string>; after: Set<string> }[] {
  const tokens = p.text.match(/[\p{L}\d'’-]+|[,;:.!?()«»“”"]/gu) ?? [];
  const out: { raw: string; group: number; goes: boolean; near: Set<string>; after: Set<string> }[] = [];
  // The content words either side, in the act's own clause (little words, names and places aside:
  // "close the Venezuelan embassy and consulates"; not "…street protests after talks").
  const content = (from: number, step: 1 | -1): string[] => {
    const found: string[] = [];
    for (let j = from; j >= 0 && j < tokens.length && found.length < COURSE_WINDOW; j += step) {
      const w = tokens[j]!;
      if (/^[,;:.!?()«»“”"]$/.test(w) || SUBORDINATE.test(w)) break;
      const t = term(w.toLowerCase());
      if (t && !skip.has(t) && !CALENDAR_STEMS.has(t) && !ROLES.includes(t) && !courseWord(w) && !/^\d/.test(t)) found.push(t.slice(0, 5));
    }
    return found;
  };
  for (let i = 0; i < tokens.length; i++) {
    const two = i + 1 < tokens.length ? `${tokens[i]} ${tokens[i + 1]}` : '';
    const raw = courseWord(two) ? two : courseWord(tokens[i]!) ? tokens[i]! : null;
    if (!raw) continue;
    // (Not a course said not to be taken: "not stopped" goes on.)
    if (i > 0 && isNegationWord(tokens[i - 1]!.toLowerCase())) continue;
    const after = new Set(content(i + raw.split(' ').length, 1));
    const near = new Set([...content(i - 1, -1), ...after]);
    out.push({ raw, ...courseWord(raw)!, near, after });
  }
  return out;
}

/**
 * Whether the sentence has something go on that the report's sentence has stopped, or the other way
 * round, the same thing beside both acts (its first letters: "pursuit" / "pursued"); with `objectAfter`,
 * after both acts ("winding down street protests" / "press ahead with street protests").
 */
export function reversedCourse(gloss: PreparedText, s: PreparedText, skip: ReadonlySet<string>, objectAfter = false): { claim: string; report: string } | null {
  const mine = coursesOf(gloss, skip);
  if (!mine.length) return null;
  for (const theirs of coursesOf(s, skip)) {
    const clash = mine.find((m) => m.group === theirs.group && m.goes !== theirs.goes && (objectAfter ? [...m.after].some((t) => theirs.after.has(t)) : [...m.near].some((t) => theirs.near.has(t))));
    if (clash) return { claim: clash.raw, report: theirs.raw };
  }
  return null;
}

// Saying neither yes nor no: "ni confirmó ni desmintió", "sin confirmar ni desmentir", "не подтвердил и не
// опроверг", "ни подтвердила, ни опровергла", "не сказала ни «да», ни «нет»".
// (Not ruling it out is no denial either: "no descartó que algunas familias…", "не исключила, что часть семей…".)
const NON_DENIAL: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:ni\s+confirm\p{L}*\s+ni\s+(?:desmint|desment|neg|nieg)\p{L}*|sin\s+confirmar\s+ni\s+(?:desmentir|negar)|ni\s+(?:desmint|desment|neg|nieg)\p{L}*\s+ni\s+confirm\p{L}*|ni\s+s[ií]\s+ni\s+no|no\s+(?:lo\s+)?descart\p{L}*)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:не\s+подтвердил\p{L}*\s+и\s+не\s+опроверг\p{L}*|ни\s+подтвердил\p{L}*,?\s+ни\s+опроверг\p{L}*|не\s+(?:стал\p{L}*\s+)?(?:ни\s+)?подтвержда\p{L}*,?\s+ни\s+опроверга\p{L}*|ни\s+«?да»?,?\s+ни\s+«?нет»?|не\s+исключ\p{L}*)(?![\p{L}])/iu,
};

// A denial the sentence only counts time from ("Un día después de ese desmentido, Gil habló con
// Lavrov", «после этого опровержения»): the sentence's act is another, and it denies nothing.
const FROM_DENIAL: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:(?:(?:\p{L}+\s+)?d[ií]as?\s+)?(?:despu[eé]s|antes|luego)\s+del?|tras)\s+(?:(?:ese|este|aquel|su|dicho|tal|el)\s+)?(?:desmentido|mentís|desmentida)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:после|вслед\s+за|спустя\s+\p{L}+\s+после)\s+(?:(?:этого|того|его|её|ее|их|такого)\s+)?(?:опровержени\p{L}*)(?![\p{L}])/iu,
};

/** Whether a Spanish or Russian sentence names a denial only as the point it counts time from. */
export function datesFromDenial(sentence: string, lang: SourceLanguage): boolean {
  return FROM_DENIAL[lang].test(sentence);
}

/** Whether a Spanish or Russian sentence says someone neither confirmed nor denied. */
export function saysNeither(sentence: string, lang: SourceLanguage): boolean {
  return NON_DENIAL[lang].test(sentence);
}

/** Whether two sentences say it the same way round: both negated or neither, both denying or neither. */
export function samePolarity(a: PreparedText, b: PreparedText): boolean {
  return negated(a) === negated(b) && denies(a) === denies(b);
}

// Holding back from an act is not doing it ("Бачелет воздержалась от призывов" / "Bachelet called for").
const REFRAINED = /\b(?:refrained|refrains|abstained|abstains|declined|declines)\b/i;
const negated = (p: PreparedText): boolean => p.negations > 0 || REFRAINED.test(p.text);
