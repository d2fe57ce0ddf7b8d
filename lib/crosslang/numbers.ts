/**
 * Figures in Spanish and Russian text ("1.250", "1,5 millones", "ocho buques", "1 250", "1,5 млн",
 * "восемь кораблей"), read into values and written the English way ("1,250", "1.5 million", "8"),
 * so that the English verifier compares them with the reports' figures.
 */
import { ES_MONTH_NAMES } from '../text/calendar.ts';
import type { SourceLanguage } from './detect.ts';

/** A figure found in a sentence. */
export interface SourceFigure {
  /** Character offsets of the figure in the sentence (number and scale words, not the unit). */
  start: number;
  end: number;
  /** The figure as written ("ocho", "1,5 millones"). */
  source: string;
  value: number;
  /** The value as English news writes it ("8", "1,250", "1.5 million"). */
  english: string;
  /** True when the figure is a year (1900–2099 written as four digits): dates handle it. */
  year: boolean;
  /** "четыре с небольшим тысячи", "cuatro mil y pico": a little over the figure. */
  over?: boolean;
}

const ES_UNITS: Record<string, number> = {
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  once: 11, doce: 12, trece: 13, catorce: 14, quince: 15, dieciséis: 16, dieciseis: 16, diecisiete: 17, dieciocho: 18,
  diecinueve: 19, veinte: 20, veintiuno: 21, veintiún: 21, veintiuna: 21, veintidós: 22, veintidos: 22, veintitrés: 23,
  veintitres: 23, veinticuatro: 24, veinticinco: 25, veintiséis: 26, veintiseis: 26, veintisiete: 27, veintiocho: 28,
  veintinueve: 29, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
  cien: 100, ciento: 100, doscientos: 200, doscientas: 200, trescientos: 300, trescientas: 300, cuatrocientos: 400,
  cuatrocientas: 400, quinientos: 500, quinientas: 500, seiscientos: 600, seiscientas: 600, setecientos: 700,
  setecientas: 700, ochocientos: 800, ochocientas: 800, novecientos: 900, novecientas: 900,
  docena: 12,
  // Halves count only before a scale word ("medio millar", "media docena"): alone they are "middle".
  medio: 0.5, media: 0.5,
};
// What a collective ("la quincena de…") is not a count of: months and days (a fortnight), years (a decade).
const ES_NOT_COUNTED = new RegExp(`^(?:${ES_MONTH_NAMES.join('|')}|setiembre|días|años|mes|meses)$`);
// "una decena", "dos decenas", "un centenar": counts in tens and hundreds multiply like "mil".
const ES_SCALES: Record<string, number> = {
  mil: 1e3, millón: 1e6, millon: 1e6, millones: 1e6, millardo: 1e9, millardos: 1e9,
  decena: 10, decenas: 10, quincena: 15, veintena: 20, treintena: 30, cincuentena: 50, centenar: 100, centenares: 100, millar: 1e3, millares: 1e3,
  docena: 12, docenas: 12,
};

// Russian numerals in the case forms news copy uses ("восемь", "восьми", "восемью").
const RU_UNITS: [RegExp, number][] = [
  [/^(один|одна|одно|одного|одной|одному|одним|одну)$/, 1],
  [/^(два|две|двух|двум|двумя)$/, 2],
  [/^(три|трех|трёх|трем|трём|тремя)$/, 3],
  [/^(четыре|четырех|четырёх|четырем|четырём|четырьмя)$/, 4],
  [/^(пять|пяти|пятью)$/, 5], [/^(шесть|шести|шестью)$/, 6], [/^(семь|семи|семью)$/, 7],
  [/^(восемь|восьми|восемью|восьмью)$/, 8], [/^(девять|девяти|девятью)$/, 9], [/^(десять|десяти|десятью)$/, 10],
  [/^(одиннадцать|одиннадцати|одиннадцатью)$/, 11], [/^(двенадцать|двенадцати|двенадцатью)$/, 12], [/^(тринадцать|тринадцати|тринадцатью)$/, 13],
  [/^(четырнадцать|четырнадцати|четырнадцатью)$/, 14], [/^(пятнадцать|пятнадцати|пятнадцатью)$/, 15], [/^(шестнадцать|шестнадцати|шестнадцатью)$/, 16],
  [/^(семнадцать|семнадцати|семнадцатью)$/, 17], [/^(восемнадцать|восемнадцати|восемнадцатью)$/, 18], [/^(девятнадцать|девятнадцати|девятнадцатью)$/, 19],
  [/^(двадцать|двадцати|двадцатью)$/, 20], [/^(тридцать|тридцати|тридцатью)$/, 30], [/^(сорок|сорока)$/, 40],
  [/^(пятьдесят|пятидесяти|пятьюдесятью)$/, 50], [/^(шестьдесят|шестидесяти|шестьюдесятью)$/, 60], [/^(семьдесят|семидесяти|семьюдесятью)$/, 70],
  [/^(восемьдесят|восьмидесяти|восемьюдесятью)$/, 80], [/^(девяносто|девяноста)$/, 90], [/^(сто|ста)$/, 100],
  [/^(двести|двухсот)$/, 200], [/^(триста|трехсот|трёхсот)$/, 300], [/^(четыреста|четырехсот|четырёхсот)$/, 400],
  [/^(пятьсот|пятисот)$/, 500], [/^(шестьсот|шестисот)$/, 600], [/^(семьсот|семисот)$/, 700],
  [/^(восемьсот|восьмисот)$/, 800], [/^(девятьсот|девятисот)$/, 900],
  // Collective numerals: "двое суток", "трое детей".
  [/^(двое|двоих|двоим|двоими)$/, 2], [/^(трое|троих|троим|троими)$/, 3], [/^(четверо|четверых|четверым)$/, 4],
  [/^(пятеро|пятерых|пятерым)$/, 5], [/^(шестеро|шестерых)$/, 6], [/^(семеро|семерых)$/, 7],
  [/^(дюжина|дюжины|дюжину)$/, 12],
  [/^(полтора|полторы|полутора)$/, 1.5],
  [/^(полсотни|полусотни)$/, 50], [/^(полтораста|полутораста)$/, 150], [/^(полтысячи|полутысячи)$/, 500], [/^(полмиллиона|полумиллиона)$/, 5e5], [/^(полмиллиарда|полумиллиарда)$/, 5e8],
];
// "два десятка", "полтора десятка": tens multiply like "тысяча".
const RU_SCALES: [RegExp, number][] = [
  // Every case, singular and plural ("о 15 тысячах военных", "о двух миллионах").
  [/^(десяток|десятка|десятков|десятком|десятку|десятке|десятки|десятками|десяткам|десятках)$/, 10],
  [/^(сотня|сотни|сотен|сотню|сотней|сотне|сотням|сотнями|сотнях)$/, 100],
  [/^(тыс|тысяча|тысячи|тысяч|тысячу|тысячами|тысячей|тысячам|тысяче|тысячах)$/, 1e3],
  [/^(млн|миллион|миллиона|миллионов|миллионами|миллионам|миллионе|миллионом|миллионах)$/, 1e6],
  [/^(млрд|миллиард|миллиарда|миллиардов|миллиардами|миллиардам|миллиарде|миллиардом|миллиардах)$/, 1e9],
];

/** The value of one spelled number word ("diez", "пятнадцатью"), or null. */
export function spelledNumber(word: string, lang: SourceLanguage): number | null {
  // (Own keys only: "constructor" is a Spanish word and every object's property.)
  if (lang === 'es') return Object.hasOwn(ES_UNITS, word) ? ES_UNITS[word]! : null;
  for (const [re, v] of RU_UNITS) if (re.test(word)) return v;
  return null;
}

function scale(word: string, lang: SourceLanguage): number | null {
  if (lang === 'es') return Object.hasOwn(ES_SCALES, word) ? ES_SCALES[word]! : null;
  for (const [re, v] of RU_SCALES) if (re.test(word)) return v;
  return null;
}

/**
 * Digits as Spanish or Russian write them: "1.250" or "1 250" (thousands), "1,5" (decimals).
 * `scaled`: a scale word follows ("3,100 millones").
 */
function digitValue(raw: string, lang: SourceLanguage, scaled: boolean): number | null {
  let s = raw.replace(/[\s\u00a0\u202f]/g, '');
  // "1.250.000" / "1.250" are thousands in Spanish; a single dot with one or two decimals ("2.5") is a decimal point.
  if (lang === 'es' && /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s)) s = s.replace(/\./g, '');
  // Mexico, the Caribbean and Central America group thousands with commas ("1,046 salvadoreños",
  // "RD$3,100 millones"). Spain's decimal comma never counts people in thousandths, nor ends a
  // figure before "millones" with a zero ("3,1 millones"), so only "1,125 millones" stays a decimal.
  else if (lang === 'es' && /^\d{1,3}(,\d{3})+$/.test(s) && (!scaled || /0$/.test(s) || /,.*,/.test(s))) s = s.replace(/,/g, '');
  s = s.replace(',', '.');
  const v = Number(s);
  return Number.isFinite(v) ? v : null;
}

/** A value the English way: "1,250", "1.5 million", "40". */
export function englishFigure(value: number, withScale: boolean): string {
  if (withScale && value >= 1e9) return `${+(value / 1e9).toFixed(2)} billion`;
  if (withScale && value >= 1e6) return `${+(value / 1e6).toFixed(2)} million`;
  return Number.isInteger(value) ? value.toLocaleString('en-US') : String(+value.toFixed(3));
}

// A strength written as an adjective, "15-тысячный", «десятитысячный»: the scale of its stem.
const STRENGTH: Record<string, number> = { тысячн: 1e3, миллионн: 1e6 };

// Digits with thousands groups ("1.250", "1 250") or a decimal comma; or a word.
const TOKEN = /\d{1,3}(?:[.\s\u00a0\u202f]\d{3})+(?:,\d+)?|\d{1,3}(?:,\d{3}){2,}|\d+(?:[.,]\d+)?|\p{L}+/gu;

// A fraction of a figure, just before it ("la mitad de los", "la décima parte de los alrededor de",
// "половину из", "треть от"): the count is the fraction's.
const FRACTION: Record<SourceLanguage, RegExp> = {
  es: /(?:^|[^\p{L}])(?:(?:la\s+|una\s+)?(mitad|(?:tercera|cuarta|quinta|d[ée]cima)\s+parte)|un\s+(tercio|cuarto))\s+de(?:\s+(?:los|las|sus|esos|esas|aquellos|aquellas))?(?:\s+(?:alrededor\s+de|cerca\s+de|unos|unas|aproximadamente))?\s+$/iu,
  ru: /(?:^|[^\p{L}])(половин[аыуеой]{1,2}|трет[ьиюя]|четверт[ьиюя]|десят(?:ую|ая|ой)\s+част[ьи]|пят(?:ую|ая|ой)\s+част[ьи])\s+(?:из\s+|от\s+)?(?:(?:примерно|около|почти)\s+)?(?:\p{L}+\s+)?$/iu,
};
const FRACTION_OF: [RegExp, number][] = [[/^(?:mitad|половин)/i, 2], [/^(?:tercer|tercio|трет)/i, 3], [/^(?:cuart|четверт)/i, 4], [/^(?:quint|пят)/i, 5], [/^(?:d[ée]cim|десят)/i, 10]];

// Amounts in plural multiples, said in words ("cientos de empleados", "varios miles", "сотни
// людей", "нескольких сотен"): English news says "hundreds of", "several hundred", a range, not a count.
// (Dozens, "decenas", "десятки", are words of the lexicon: "dozens of countries" is no count a report must state.)
const MULTIPLE: Record<SourceLanguage, [RegExp, string][]> = {
  es: [[/^(cientos|centenares)$/, 'hundred'], [/^(miles|millares)$/, 'thousand']],
  // ("сотни" is as often one hundred, "около восьми кораблей и сотни военных": it stays a count.)
  ru: [[/^(сотен|сотнями|сотням|сотнях)$/, 'hundred'], [/^(тысячи|тысяч|тысячами|тысячам|тысячах)$/, 'thousand']],
};
const SEVERAL: Record<SourceLanguage, RegExp> = {
  es: /^(varios|varias|unos|unas|algunos|algunas)$/,
  ru: /^(несколько|нескольких|нескольким|несколькими)$/,
};
// Before these, "тысячи" is one thousand ("около тысячи", "из тысячи"), not thousands.
const ONE_OF_SCALE = /^(около|почти|более|свыше|менее|до|с|со|из|от|порядка|под|больше|меньше|примерно|приблизительно|без|чем)$/;
const VAGUE_VALUE: Record<string, number> = { hundred: 450, thousand: 4500 };

/** A plural multiple at token `i` ("miles de", "сотни", "нескольких сотен"), as English writes it, or null. */
function multipleAt(tokens: readonly { lower: string }[], i: number, lang: SourceLanguage): { from: number; english: string; value: number } | null {
  const t = tokens[i]!.lower;
  const what = MULTIPLE[lang].find(([re]) => re.test(t))?.[1];
  if (!what) return null;
  const before = tokens[i - 1]?.lower ?? '';
  if (SEVERAL[lang].test(before)) return { from: i - 1, english: `several ${what}`, value: VAGUE_VALUE[what]! };
  // ("unos pocos centenares": a few hundred, as English says it.)
  if (lang === 'es' && /^(pocos|pocas)$/.test(before)) return { from: /^(unos|unas)$/.test(tokens[i - 2]?.lower ?? '') ? i - 2 : i - 1, english: `a few ${what}`, value: VAGUE_VALUE[what]! };
  if (lang === 'es') {
    // "cientos de empleados", not "miles de millones" (billions: a scale of its own).
    if (tokens[i + 1]?.lower !== 'de' || scale(tokens[i + 2]?.lower ?? '', lang) !== null) return null;
  } else if (ONE_OF_SCALE.test(before) && t === 'тысячи') return null;
  return { from: i, english: `${what}s`, value: VAGUE_VALUE[what]! };
}

// A time of day ("a las 18.00", "в 7.30 утра", "18:00 horas"): an hour on the clock, no count. With a
// point only where the words around it say so ("1.50" can be a price where the point is decimal).
const CLOCK = /(?<![\d.,:])(?:[01]?\d|2[0-4])([.:])[0-5]\d(?![\d]|[.,:]\d)/gu;
const CLOCK_BEFORE = /(?:^|[^\p{L}])(?:las|la|a|hacia|desde|hasta|sobre|в|к|с|до|около|после|от)\s+$/iu;
const CLOCK_AFTER = /^\s*(?:h\b|hs\b|horas?\b|hrs?\b|ч\b|час|утра|вечера|дня|ночи|по\s+(?:московскому|местному))/iu;
// A reference to a document, a page or an article ("(док. 13)", "(doc. 8)", "p. 45", "№ 3"): a
// number that counts nothing.
const REFERENCE = /(?<![\p{L}])(?:(?:док|doc|docs|стр|с|p|pp|pág|págs|art|ст|no)\.|№|nº|n\.º)\s*\d+(?:\s*[-–]\s*\d+)?/giu;
/** A model's designation ("Т-72Б1", "Су-30МК2", "F-16", "K-8"): a letter or few, a hyphen, a number; a name, not a count (unheard.ts reads it as a name). */
export const DESIGNATION_PATTERN = String.raw`\p{Lu}\p{L}{0,3}-\d+(?:\p{L}+\d*)*`;
// (…and digits glued to letters, "Б1" in "Т-72Б1".)
const DESIGNATION = new RegExp(String.raw`(?<![\p{L}\d])${DESIGNATION_PATTERN}|(?<=\p{L})\d+`, 'gu');
function referenceSpans(sentence: string): { start: number; end: number }[] {
  return [...sentence.matchAll(REFERENCE), ...sentence.matchAll(DESIGNATION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

function clockSpans(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of sentence.matchAll(CLOCK)) {
    const end = m.index + m[0].length;
    if (m[1] === ':' || CLOCK_BEFORE.test(sentence.slice(Math.max(0, m.index - 12), m.index)) || CLOCK_AFTER.test(sentence.slice(end))) out.push({ start: m.index, end });
  }
  return out;
}

/**
 * The figures of a Spanish or Russian sentence, in order. Digits and spelled numbers up to the
 * hundreds, compounds ("treinta y dos", "двадцать пять"), scale words ("mil", "millones", "тыс.",
 * "млн") and both digit conventions.
 */
export function findFigures(sentence: string, lang: SourceLanguage): SourceFigure[] {
  const tokens: { text: string; lower: string; start: number; end: number }[] = [];
  const clock = [...clockSpans(sentence), ...referenceSpans(sentence)];
  for (const m of sentence.matchAll(TOKEN)) {
    const text = m[0];
    if (clock.some((c) => m.index >= c.start && m.index < c.end)) continue;
    tokens.push({ text, lower: text.toLowerCase(), start: m.index, end: m.index + text.length });
  }
  const out: SourceFigure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let value: number | null = null;
    let j = i;
    let isDigits = false;
    // "сотни четыре", "тысячи три", "тысяч пятнадцать": the scale word first, the count after it, is a rough figure.
    const count = lang === 'ru' && scale(t.lower, lang) !== null && !/^\d/.test(tokens[i - 1]?.text ?? '') && spelledNumber(tokens[i - 1]?.lower ?? '', lang) === null ? spelledNumber(tokens[i + 1]?.lower ?? '', lang) : null;
    if (count !== null && count >= 2 && (count < 10 || (/^(тысяч|сотен)$/.test(t.lower) && count < 100))) {
      const v = count * scale(t.lower, lang)!;
      out.push({ start: t.start, end: tokens[i + 1]!.end, source: sentence.slice(t.start, tokens[i + 1]!.end), value: v, english: `about ${englishFigure(v, false)}`, year: false });
      i++;
      continue;
    }
    // "десятитысячный контингент", "пятнадцатитысячная группировка": a strength in one spelled word.
    const strengthWord = lang === 'ru' ? /^(\p{L}+?)(тысячн|миллионн)\p{L}+$/u.exec(t.lower) : null;
    const strengthCount = strengthWord ? spelledNumber(strengthWord[1]!, lang) : null;
    if (strengthWord && strengthCount !== null && strengthCount >= 1) {
      const v = strengthCount * STRENGTH[strengthWord[2]!]!;
      out.push({ start: t.start, end: t.end, source: t.text, value: v, english: englishFigure(v, true), year: false });
      continue;
    }
    const multiple = multipleAt(tokens, i, lang);
    if (multiple) {
      const from = tokens[multiple.from]!.start;
      out.push({ start: from, end: t.end, source: sentence.slice(from, t.end), value: multiple.value, english: multiple.english, year: false });
      continue;
    }
    if (/^\d/.test(t.text)) {
      value = digitValue(t.text, lang, scale(tokens[i + 1]?.lower ?? '', lang) !== null);
      isDigits = true;
    } else if (scale(t.lower, lang) !== null && (/^(mil|тысяча|тысячу|тысяче|тысячей|сотня|сотни|сотню|десяток|десятка|centenar)$/.test(t.lower) || (t.lower === 'тысячи' && ONE_OF_SCALE.test(tokens[i - 1]?.lower ?? '')))) {
      // A lone scale word is a figure too ("mil soldados", "тысяча военных", "около десятка машин").
      value = 1;
      j = i - 1;
    } else if (lang === 'es' && /^(?:decena|docena|quincena|veintena|treintena|cincuentena)$/.test(t.lower) && tokens[i - 1]?.lower === 'la' && tokens[i + 1]?.lower === 'de' && !ES_NOT_COUNTED.test(tokens[i + 2]?.lower ?? '')) {
      // "la quincena de gobiernos": the fifteen or so (but "la primera quincena de diciembre" is a fortnight).
      value = 1;
      j = i - 1;
    } else {
      const v = spelledNumber(t.lower, lang);
      // "un"/"una" alone are articles: a figure only before a scale word ("un millón"). Russian has no
      // articles: "один танкер" counts one, but not "один из" ("one of") or "ни одного" ("not a single").
      // ("одна за другой", one after another, counts nothing either.)
      const one = v === 1 && (scale(tokens[i + 1]?.lower ?? '', lang) !== null || (lang === 'ru' && !/^(из|изо|за)$/.test(tokens[i + 1]?.lower ?? '') && !/^(ни|не)$/.test(tokens[i - 1]?.lower ?? '') && /^\p{Ll}/u.test(t.text) === true && /^\p{L}/u.test(tokens[i + 1]?.text ?? '')));
      const bareHalf = v !== null && v < 1 && scale(tokens[i + 1]?.lower ?? '', lang) === null;
      if (v !== null && (v !== 1 || one) && !bareHalf) {
        value = v;
        // Compounds: "treinta y dos", "ciento veinte", "двадцать пять", "сто двадцать".
        while (j + 1 < tokens.length) {
          const nx = tokens[j + 1]!;
          const joined = lang === 'es' && nx.lower === 'y' && j + 2 < tokens.length ? tokens[j + 2]! : nx;
          const nv = spelledNumber(joined.lower, lang);
          if (nv === null || nv >= value || (nv >= 100 && value < 1000) || (value % 10 !== 0 && value < 100)) break;
          value += nv;
          j = joined === nx ? j + 1 : j + 2;
        }
      }
    }
    if (value === null) continue;
    // "три с половиной тысячи": and a half, before the scale word.
    if (lang === 'ru' && tokens[j + 1]?.lower === 'с' && tokens[j + 2]?.lower === 'половиной') {
      value += 0.5;
      j += 2;
    }
    // "четыре с небольшим тысячи": a little over, before the scale word (or after it: "тысяча с лишним").
    let over = false;
    const littleOver = (): boolean => {
      const a = tokens[j + 1]?.lower, b = tokens[j + 2]?.lower ?? '';
      return lang === 'ru' ? a === 'с' && /^(?:небольшим|лишним|гаком)$/.test(b) : a === 'y' && /^(?:pico|tantos|tantas)$/.test(b);
    };
    if (littleOver()) {
      over = true;
      j += 2;
    }
    // "mil" after a number or alone ("mil soldados"), "millones", "млн", "тыс.": one or two scale words.
    let scaled = false;
    let last = 1;
    // "15-тысячный контингент": a strength written as an adjective.
    const strength = lang === 'ru' && isDigits && sentence[tokens[j]!.end] === '-' ? /^(тысячн|миллионн)/.exec(tokens[j + 1]?.lower ?? '') : null;
    if (strength) {
      value *= STRENGTH[strength[1]!]!;
      scaled = true;
      j++;
    }
    for (let k = 0; k < 2 && j + 1 < tokens.length; k++) {
      const s = scale(tokens[j + 1]!.lower, lang);
      if (s === null) break;
      value *= s;
      last = s;
      scaled = true;
      j++;
    }
    // "dos millones y medio": and a half of the scale, after it.
    if (lang === 'es' && scaled && tokens[j + 1]?.lower === 'y' && /^medi[oa]$/.test(tokens[j + 2]?.lower ?? '')) {
      value += last / 2;
      j += 2;
    }
    if (!over && littleOver()) {
      over = true;
      j += 2;
    }
    // "una decena larga", "un centenar largo": well over it.
    if (!over && lang === 'es' && scaled && /^larg[oa]s?$/.test(tokens[j + 1]?.lower ?? '')) {
      over = true;
      j += 1;
    }
    if (j < i) continue;
    const start = t.start;
    const end = tokens[j]!.end;
    const year = isDigits && !scaled && /^(19|20)\d\d$/.test(t.text);
    // "la mitad de los 1.000 empleados", "половину из тысячи": the figure is the half, written from its fraction.
    const fraction = !year ? FRACTION[lang].exec(sentence.slice(Math.max(0, start - 48), start)) : null;
    const part = fraction ? (FRACTION_OF.find(([re]) => re.test(fraction[1] ?? fraction[2]!))?.[1] ?? 1) : 1;
    const from = fraction ? start - fraction[0].length : start;
    const counted = value / part;
    out.push({ start: from, end, source: sentence.slice(from, end), value: counted, english: englishFigure(counted, scaled), year, ...(over ? { over } : {}) });
    i = j;
  }
  // "dio una semana para salir", "дал неделю на сборы": a week given as a deadline is seven days
  // (news gives deadlines in days or hours: "within 72 hours").
  for (const m of sentence.matchAll(WEEK_DEADLINE[lang])) {
    const week = m[1] ?? m[2]!;
    const start = m.index + m[0].length - week.length;
    if (out.some((f) => f.start < start + week.length && start < f.end)) continue;
    out.push({ start, end: start + week.length, source: week, value: 7, english: '7 days', year: false });
  }
  // "дал американским дипломатам сутки на то, чтобы…", "les dio un día para salir": a day given as a
  // deadline is 24 hours.
  for (const m of sentence.matchAll(DAY_DEADLINE[lang])) {
    const day = m[1]!;
    const start = m.index + m[0].length - day.length;
    if (out.some((f) => f.start < start + day.length && start < f.end)) continue;
    out.push({ start, end: start + day.length, source: day, value: 24, english: '24 hours', year: false });
  }
  // "можно пересчитать по пальцам одной руки", "se contaban con los dedos de una mano": five at most,
  // however the count is written (not the one of "одной руки").
  for (const m of sentence.matchAll(ON_ONE_HAND[lang])) {
    const end = m.index + m[0].length;
    for (let k = out.length - 1; k >= 0; k--) if (out[k]!.start < end && m.index < out[k]!.end) out.splice(k, 1);
    out.push({ start: m.index, end, source: m[0], value: 5, english: 'at most 5', year: false });
  }
  // «счет шел на единицы»: a count in single figures, fewer than ten.
  if (lang === 'ru') {
    for (const m of sentence.matchAll(SINGLE_FIGURES)) {
      const end = m.index + m[0].length;
      if (out.some((f) => f.start < end && m.index < f.end)) continue;
      out.push({ start: m.index, end, source: m[0], value: 9, english: 'fewer than 10', year: false });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // "once (11) buques", "quince mil (15.000) efectivos": legal and official style writes a figure in
  // words and again in digits; the digits are the same figure, not a second one.
  for (let k = out.length - 1; k > 0; k--) {
    const [a, b] = [out[k - 1]!, out[k]!];
    if (a.value === b.value && /^\s*\(\s*$/.test(sentence.slice(a.end, b.start)) && sentence[b.end] === ')') {
      a.end = b.end + 1;
      a.source = sentence.slice(a.start, a.end);
      out.splice(k, 1);
    }
  }
  return out;
}

const DAY_DEADLINE: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:dio|dieron|da|dan|dar|daba|concedió|concede|otorgó|plazo\s+de)\s+(?:\p{L}+\s+){0,3}?(un\s+d[ií]a)(?=\s+(?:de\s+plazo|para)(?![\p{L}]))/giu,
  ru: /(?<![\p{L}])(?:дал|дала|дали|дает|даёт|дают|дав|предоставил\p{L}*|срок\p{L}*\s+в)\s+(?:\p{L}+\s+){0,3}?(сутки)(?=\s+на(?![\p{L}]))/giu,
};

const SINGLE_FIGURES = /(?<![\p{L}])сч[её]т(?:[\s,]+\p{L}+){0,2}?[\s,]+(?:шел|шёл|идет|идёт|пош[её]л)\s+на\s+единицы(?![\p{L}])/giu;
const ON_ONE_HAND: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])contar(?:se|los|las)?\s+con\s+los\s+dedos\s+de\s+(?:una|la)\s+(?:sola\s+)?mano|(?<![\p{L}])(?:se\s+)?(?:cuentan|contaban|contaron|cuenta|contaba)\s+con\s+los\s+dedos\s+de\s+(?:una|la)\s+(?:sola\s+)?mano/giu,
  ru: /(?<![\p{L}])(?:пересчитать|сосчитать|перечесть|перечислить|счесть|считать|пересчитывались|пересчитывают)\s+по\s+пальцам(?:\s+одной\s+руки)?(?![\p{L}])/giu,
};

const WEEK_DEADLINE: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:(?:dio|dieron|da|dan|dar|daba|concedió|concede|otorgó|plazo\s+de)\s+(?:\p{L}+\s+){0,3}?(una\s+semana)|(una\s+semana)(?=\s+(?:de\s+plazo|para\s+(?:salir|abandonar|irse|marcharse|dejar|retirarse|abandonarlo|abandonarla))(?![\p{L}])))(?![\p{L}])/giu,
  ru: /(?<![\p{L}])(?:(?:дал|дала|дали|дает|даёт|дают|дав|предоставил\p{L}*|срок\p{L}*\s+в)\s+(?:\p{L}+\s+){0,3}?(неделю)|(неделю)(?=\s+на\s+(?:отъезд|сборы|то|выезд)))(?![\p{L}])/giu,
};
