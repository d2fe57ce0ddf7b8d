/**
 * Dates in Spanish and Russian ("el viernes 19 de diciembre", "в марте 2019 года", "неделю назад"),
 * read with chrono-node's es and ru locales against the article's date, and written the English way
 * ("Friday, December 19", "March 2019", "December 13, 2025") for the English verifier.
 */
import { es, ru } from 'chrono-node';
import { ES_MONTH_NAMES, MONTH_NAMES, RU_MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import type { SourceLanguage } from './detect.ts';
import { spelledNumber } from './numbers.ts';

/** A date found in a sentence. */
export interface SourceDate {
  start: number;
  end: number;
  source: string;
  english: string;
  /** The day and month are written out, not inferred from a weekday or "yesterday". */
  explicit: boolean;
  /** A day counted back from the article's date ("anteayer", "hace diez días", "две недели назад"): known to the day, however it is written. */
  counted?: boolean;
  /** A weekday of the week before or after the article's ("el lunes de la semana pasada"): that day, not any with its name. */
  shifted?: boolean;
  /** A season ("el otoño pasado", "прошлой осенью"), written "autumn 2018": months, not a day. */
  season?: boolean;
  /** A part of a week ("a mediados de semana", "в начале следующей недели"): its first and last days (ISO). */
  days?: { from: string; to: string };
  /** The relative clause set off by dashes or brackets that holds the date ("que el miércoles se juramentó" in "Guaidó —que el miércoles se juramentó— volvió a…"): the day of that clause's act, not the sentence's. */
  aside?: string;
  /** The aside in English words (glossSentence fills it in). */
  asideGloss?: string;
  /** After "desde", «с»: when something began and still holds (glossSentence fills it in). */
  since?: boolean;
}

// Spanish days counted back, which chrono's es locale does not read ("anteayer", "hace diez días",
// "anoche": the night before the article's day, not the article's evening).
const ES_AGO = /(?<![\p{L}])(?:(anteayer|antier)|hace\s+(\d{1,2}|\p{L}+)\s+(d[ií]as?|semanas?)|(anoche))(?![\p{L}])/giu;
// Spanish months counted back ("hace un mes", "hace algo más de dos meses"), which chrono misreads
// ("de un mes" as the month ahead): the month they fall in.
const ES_MONTHS_AGO = /(?<![\p{L}])hace\s+(?:(?:algo|poco|casi|apenas|ya|unos?|más|menos|de)\s+){0,3}(un|\d{1,2}|\p{L}+)\s+mes(?:es)?(?![\p{L}])/giu;
// "накануне" alone (not "накануне выборов", the eve of something) is the day before the article's;
// "вчерашний", "позавчерашний" (of yesterday, of the day before) are days chrono reads only as adverbs.
const RU_EVE = /(?<![\p{L}])(?:накануне(?=\s*(?:[,.;:!?)»—–-]|$))|(поза)?вчерашн\p{L}*)/giu;
// A count back in days or weeks from the article's date (not "la semana pasada", a week not a day).
const COUNTED = /((?<![\p{L}])(?:ayer|mañana|вчера|завтра|сегодня\s+(?:утром|днем|днём|вечером|ночью)|hoy\s+por\s+la\s+(?:mañana|tarde|noche))(?![\p{L}])|anteayer|antier|anoche|hace\s+\S+\s+(?:d[ií]as?|semanas?)|позавчера|(?:дн|недел)\S*\s+назад)/iu;

// The weekday before last ("в позапрошлую среду", "el miércoles antepasado", "el antepasado miércoles").
const BEFORE_LAST_BEFORE = /(?:позапрошл\p{L}*|antepasad[oa])\s+$/iu;
const BEFORE_LAST_AFTER = /^\s+antepasad[oa](?![\p{L}])/iu;
// A weekday said to be past ("el domingo pasado", "el pasado domingo", "в прошлое воскресенье").
const PAST_AFTER = /^\s+(?:pasad[oa]|anterior)(?![\p{L}])/iu;
const PAST_IN = /(?:pasad[oa]|anterior|прошл\p{L}*|минувш\p{L}*)/iu;
const PAST_BEFORE = /(?:pasad[oa]|прошл\p{L}*|минувш\p{L}*)\s+(?:\p{L}+\s+)?$/iu;

// The coming weekday, not the last one.
const NEXT_BEFORE = /(?:próxim[oa]|ближайш\p{L}*|следующ\p{L}*)\s+(?:\p{L}+\s+)?\p{L}+$/iu;
const NEXT_AFTER = /^\s+(?:que viene|próxim[oa])(?![\p{L}])/iu;
// "the week after": after the weekday ("el sábado de la semana que viene", "в субботу на следующей
// неделе"), before it ("на следующей неделе в субботу") or inside chrono's match ("sábado de la próxima semana").
const NEXT_WEEK = '(?:semana\\s+que\\s+viene|próxima\\s+semana|semana\\s+próxima|следующей\\s+неделе|следующей\\s+недели|будущей\\s+неделе)';
const NEXT_WEEK_AFTER = new RegExp(`^,?\\s+(?:de\\s+la\\s+|на\\s+)?${NEXT_WEEK}(?![\\p{L}])`, 'iu');
const NEXT_WEEK_IN = new RegExp(NEXT_WEEK, 'iu');
const LAST_WEEK = '(?:semana\\s+pasada|semana\\s+anterior|прошлой\\s+неделе|прошлой\\s+недели|предыдущей\\s+неделе)';
const LAST_WEEK_AFTER = new RegExp(`^,?\\s+(?:de\\s+la\\s+|на\\s+)?${LAST_WEEK}(?![\\p{L}])`, 'iu');
const LAST_WEEK_IN = new RegExp(LAST_WEEK, 'iu');
const LAST_WEEK_BEFORE = new RegExp(`на\\s+${LAST_WEEK},?\\s+(?:\\p{L}+\\s+)?$`, 'iu');
const NIGHT_BEFORE = /(?<![\p{L}])в\s+ночь\s+на\s+$/iu;
const NEXT_WEEK_BEFORE = new RegExp(`на\\s+${NEXT_WEEK}\\s+(?:\\p{L}+\\s+)?$`, 'iu');
// Days named relative to the article's ("ayer", "неделю назад"); a bare time of day ("por la tarde") is no date.
const RELATIVE = /(ayer|anteayer|anoche|hoy|hace|вчера|позавчера|сегодня|назад|прошл)/i;

const NOW = /^(?:ahora|ahora mismo|actualmente|en este momento|сейчас|теперь|в настоящее время|в данный момент)$/i;

const cap = (s: string): string => s[0]!.toUpperCase() + s.slice(1);
// A day the English way, day first: "21 December 2025".
const dayWithYear = (d: Date): string => `${d.getUTCDate()} ${cap(MONTH_NAMES[d.getUTCMonth()]!)} ${d.getUTCFullYear()}`;

// The first or last day of a month in words ("el último día de abril", "на последний день ноября").
const ES_MONTHS = ES_MONTH_NAMES;
const RU_MONTHS = RU_MONTH_NAMES;
const EDGE_DAY: Record<SourceLanguage, RegExp> = {
  es: new RegExp(`(?<![\\p{L}])(?:el\\s+)?(primer|[uú]ltimo)\\s+d[ií]a\\s+de\\s+(${ES_MONTHS.join('|')})(?:\\s+de\\s+(\\d{4}))?(?![\\p{L}])`, 'giu'),
  ru: new RegExp(`(?<![\\p{L}])(перв\\p{L}*|последн\\p{L}*)\\s+(?:день|дня|днем|днём)\\s+(${RU_MONTHS.join('|')})(?:\\s+(\\d{4}))?(?![\\p{L}])`, 'giu'),
};

// A weekday counted within a month ("el penúltimo miércoles de mayo", "в последнюю пятницу мая",
// "el primer lunes de diciembre de 2025"): one day, which chrono reads only as a weekday.
const ES_WEEKDAYS = ['lunes', 'martes', 'mi[eé]rcoles', 'jueves', 'viernes', 's[aá]bado', 'domingo'];
const RU_WEEKDAYS = ['понедельник', 'вторник', 'среду', 'четверг', 'пятницу', 'субботу', 'воскресенье'];
const NTH_WEEKDAY: Record<SourceLanguage, RegExp> = {
  es: new RegExp(`(?<![\\p{L}])(?:el\\s+)?(primer|segundo|tercer|cuarto|pen[uú]ltimo|[uú]ltimo)\\s+(${ES_WEEKDAYS.join('|')})\\s+de(?:l\\s+mes\\s+de)?\\s+(${ES_MONTHS.join('|')})(?:\\s+(?:de\\s+|del\\s+)?(\\d{4}))?(?![\\p{L}])`, 'giu'),
  ru: new RegExp(`(?<![\\p{L}])(?:во?\\s+)?(перв|втор|трет|четв[её]рт|предпоследн|последн)\\p{L}*\\s+(${RU_WEEKDAYS.join('|')})\\s+(${RU_MONTHS.join('|')})(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?(?![\\p{L}])`, 'giu'),
};
const NTH: Record<string, number> = { primer: 1, segundo: 2, tercer: 3, cuarto: 4, перв: 1, втор: 2, трет: 3, четвёрт: 4, четверт: 4, 'penúltimo': -2, penultimo: -2, предпоследн: -2, 'último': -1, ultimo: -1, последн: -1 };

// Seasons as times of an event ("el otoño pasado", "este verano", "прошлой осенью", "зимой 2019
// года", "в конце осени", "с начала лета"): not "la temporada de invierno", "vacaciones de invierno" (a kind of thing).
const SEASON: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?<!(?<![\p{L}])de\s+)(?:(este|esta|ese|esa|aquel|aquella)\s+|(?:el|la)\s+)?(primavera|verano|oto[nñ]o|invierno)(?:\s+(?:(pasad[oa]|anterior)|del\s+a[nñ]o\s+(pasado)|(?:de|del)\s+(\d{4})))?(?![\p{L}])/giu,
  ru: /(?<![\p{L}])(?:(прошл\p{L}*|эт\p{L}*|минувш\p{L}*)\s+)?(весной|летом|осенью|зимой|(?<=(?:начале|середине|конце|концу|начала|середины|конца)\s+)(?:весны|лета|осени|зимы))(?:\s+(?:()()(\d{4})(?:\s*(?:года|г\.))?))?(?![\p{L}])/giu,
};
const SEASON_NAME: [RegExp, string, number][] = [[/^(?:primavera|весн)/i, 'spring', 2], [/^(?:verano|лет)/i, 'summer', 5], [/^(?:oto|осен)/i, 'autumn', 8], [/^(?:invierno|зим)/i, 'winter', 11]];

/** A season's English name, and its year as the article's date places it ("este": the last one begun by then; "pasado": the one before it). */
function seasonOf(m: RegExpMatchArray, ref: Date): string | null {
  const found = SEASON_NAME.find(([re]) => re.test(m[2]!));
  if (!found) return null;
  const [, name, startMonth] = found;
  // (Winter is named by the year its December falls in.)
  if (m[5]) return `${name} ${name === 'winter' ? Number(m[5]) - 1 : m[5]}`;
  const last = !!(m[3] || m[4]) || /^(?:прошл|минувш)/i.test(m[1] ?? '');
  // A bare season ("en otoño", "весной") may be of any year the story tells, like a month without
  // one: written without a year, which the comparison reads as a month's.
  if (!last && !m[1]) return name;
  let year = ref.getUTCFullYear();
  if (Date.UTC(year, startMonth, 1) > ref.getTime()) year--;
  // "pasado": a season already over, the one before when the article is in it.
  if (last && Date.UTC(year, startMonth + 3, 1) > ref.getTime()) year--;
  return `${name} ${year}`;
}

/** A month's year: the one written, else the article's, or the year before when that month is well past its date. */
function yearOfMonth(written: string | undefined, month: number, ref: Date): number {
  if (written) return Number(written);
  const year = ref.getUTCFullYear();
  return Date.UTC(year, month, 1) > ref.getTime() + 183 * 86_400_000 ? year - 1 : year;
}

/** The day of the month of the `nth` (negative: from the end) weekday `weekday` (0 = Monday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number | null {
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const days: number[] = [];
  for (let d = 1; d <= last; d++) if ((new Date(Date.UTC(year, month, d)).getUTCDay() + 6) % 7 === weekday) days.push(d);
  return (nth > 0 ? days[nth - 1] : days[days.length + nth]) ?? null;
}

// Holidays with a fixed day, and days told from them: "la víspera de Nochebuena", "una semana antes de
// Navidad", "за неделю до католического Рождества", "в канун Нового года", "в самый короткий день
// года". ("Рождество" alone is the Orthodox or the Catholic one, and "накануне" or "en vísperas de"
// any day of the run-up: not read.)
const HOLIDAY: Record<SourceLanguage, RegExp> = {
  // ("a cuatro días de Navidad": four days before it.)
  es: /(?<![\p{L}])(?:(?:la\s+)?(v[ií]spera)\s+de(?:l|\s+la)?\s+|(?:a\s+)?(una|dos|tres|cuatro|cinco|seis|siete|diez|\d{1,2})\s+(semanas?|d[ií]as?)\s+(?:(antes|despu[eé]s)\s+)?de(?:l|\s+la)?\s+)?(Nochebuena|Navidad|Nochevieja|A[nñ]o\s+Nuevo|D[ií]a\s+de\s+Reyes|solsticio\s+de\s+invierno|d[ií]a\s+m[aá]s\s+corto\s+del\s+a[nñ]o|Primero\s+de\s+Mayo|D[ií]a\s+(?:Internacional\s+)?del\s+Trabaj(?:o|ador)|D[ií]a\s+de\s+los\s+(?:Santos\s+)?Inocentes|D[ií]a\s+de\s+la\s+Hispanidad|(?:D[ií]a\s+de\s+)?Acci[oó]n\s+de\s+Gracias|Thanksgiving|Black\s+Friday|Viernes\s+Negro|D[ií]a\s+de\s+la\s+Inmaculada(?:\s+Concepci[oó]n)?|D[ií]a\s+de\s+Todos\s+los\s+Santos|D[ií]a\s+de\s+(?:los\s+)?(?:Muertos|Difuntos)|D[ií]a\s+de\s+la\s+Candelaria|(?:D[ií]a\s+de\s+)?San\s+Valent[ií]n)(?![\p{L}])/giu,
  ru: /(?<![\p{L}])(?:(в\s+канун)\s+|(?:ровно\s+)?(?:за|через)\s+(неделю|две\s+недели|\d{1,2}|\p{L}+)\s*(дн\p{L}*|день)?\s+(до|после)\s+)?(католическ\p{L}*\s+Рождеств\p{L}*|православн\p{L}*\s+Рождеств\p{L}*|Нов\p{L}*\s+год\p{L}*|католическ\p{L}*\s+сочельник\p{L}*|зимн\p{L}*\s+солнцестояни\p{L}*|сам\p{L}*\s+коротк\p{L}*\s+д(?:ень|ня|нём|нем)\s+(?:в\s+)?год[ау]|Первома\p{L}*|Д(?:ень|ня|нём|нем)\s+Победы|Д(?:ень|ня|нём|нем)\s+России|Д(?:ень|ня|нём|нем)\s+народного\s+единства|Николин\p{L}*\s+д(?:ень|ня|нём|нем)|Д(?:ень|ня|нём|нем)\s+(?:святого\s+)?Николая(?:\s+Чудотворца)?|Никол\p{L}*\s+зимн\p{L}*|Д(?:ень|ня|нём|нем)\s+Конституции|Татьянин\p{L}*\s+д(?:ень|ня|нём|нем)|Стар\p{L}*\s+Нов\p{L}*\s+год\p{L}*|Д(?:ень|ня|нём|нем)\s+защитника\s+Отечества|Д(?:ень|ня|нём|нем)\s+космонавтики|Д(?:ень|ня|нём|нем)\s+семьи,?\s+любви\s+и\s+верности|Д(?:ень|ня|нём|нем)\s+знаний|Д(?:ень|ня|нём|нем)\s+матери|Д(?:ень|ня|нём|нем)\s+благодарения|Черн\p{L}*\s+пятниц\p{L}*|Международн\p{L}*\s+женск\p{L}*\s+д(?:ень|ня|нём|нем)|Д(?:ень|ня|нём|нем)\s+(?:всех\s+)?влюбл[её]нных|Д(?:ень|ня|нём|нем)\s+святого\s+Валентина|Д(?:ень|ня|нём|нем)\s+чекиста|Д(?:ень|ня|нём|нем)\s+работника\s+органов\s+безопасности|Д(?:ень|ня|нём|нем)\s+энергетика|Д(?:ень|ня|нём|нем)\s+спасателя|Д(?:ень|ня|нём|нем)\s+российской\s+печати)(?![\p{L}])/giu,
};

const AROUND = /(?:antes|despu[eé]s|hasta|desde|tras|до|после|перед|с|со|к)\s+(?:de(?:l|\s+la)?\s+)?(?:el\s+|la\s+)?$/iu;
// "la Navidad pasada", "прошлый Новый год": the one of the year before.
const LAST_ONE = /^\s+(?:pasad[ao]|anterior)(?![\p{L}])/iu;

// Each holiday's month and day, the first that matches. Days that move are told by the year:
// Thanksgiving is the fourth Thursday of November, Black Friday the day after it, Mother's Day in
// Russia the last Sunday of November. (The winter solstice, the shortest day, falls on 21 December
// in these years.)
const thanksgiving = (year: number): number => nthWeekday(year, 10, 3, 4)!;
const HOLIDAY_DAYS: readonly [RegExp, number, number | ((year: number) => number)][] = [
  [/gracias|thanksgiving|благодарени/, 11, thanksgiving],
  [/black|negro|черн/, 11, (year) => thanksgiving(year) + 1],
  [/матери/, 11, (year) => nthWeekday(year, 10, 6, -1)!],
  [/никол/, 12, 19],
  [/чекист|органов\s+безопасности/, 12, 20],
  [/энергетик/, 12, 22],
  [/спасател/, 12, 27],
  [/печати/, 1, 13],
  [/конституции/, 12, 12],
  [/inmaculada/, 12, 8],
  [/татьян/, 1, 25],
  [/стар/, 1, 14],
  [/candelaria/, 2, 2],
  [/valent|влюбл|валентин/, 2, 14],
  [/защитника/, 2, 23],
  [/женск/, 3, 8],
  [/космонавт/, 4, 12],
  [/верности/, 7, 8],
  [/знаний/, 9, 1],
  [/todos\s+los\s+santos/, 11, 1],
  [/muertos|difuntos/, 11, 2],
  [/solsticio|corto|солнцестоян|коротк/, 12, 21],
  [/primero\s+de\s+mayo|trabaj|первома/, 5, 1],
  [/победы/, 5, 9],
  [/россии/, 6, 12],
  [/единства/, 11, 4],
  [/inocentes/, 12, 28],
  [/hispanidad/, 10, 12],
  [/nochebuena|сочельник/, 12, 24],
  [/navidad|католическ/, 12, 25],
  [/nochevieja/, 12, 31],
  [/a[nñ]o\s+nuevo|нов/, 1, 1],
  [/reyes/, 1, 6],
  [/православн/, 1, 7],
];

function holidayOf(name: string): { month: number; day: (year: number) => number } | null {
  const n = name.toLowerCase();
  const found = HOLIDAY_DAYS.find(([re]) => re.test(n));
  if (!found) return null;
  const [, month, day] = found;
  return { month, day: typeof day === 'number' ? () => day : day };
}

function holidays(sentence: string, lang: SourceLanguage, refDate: Date): SourceDate[] {
  const out: SourceDate[] = [];
  for (const m of sentence.matchAll(HOLIDAY[lang])) {
    const holiday = holidayOf(m[5]!);
    const month = holiday?.month ?? 0;
    // "después de Navidad", "до Нового года": a time around the holiday, not its day.
    if (!month || (!m[1] && !m[2] && AROUND.test(sentence.slice(Math.max(0, m.index - 20), m.index)))) continue;
    let shift = 0;
    if (lang === 'es') {
      if (m[1]) shift = -1;
      else if (m[2]) {
        const n = /^\d/.test(m[2]) ? Number(m[2]) : spelledNumber(m[2].toLowerCase(), 'es');
        if (!n) continue;
        // (Without "antes" or "después", only "a … de" counts: "a cuatro días de Navidad".)
        if (!m[4] && !/^a\s/i.test(m[0])) continue;
        shift = n * (/^sem/i.test(m[3]!) ? 7 : 1) * (!m[4] || /^antes/i.test(m[4]) ? -1 : 1);
      }
    } else if (m[1]) shift = -1;
    else if (m[2]) {
      const n = /^недел/i.test(m[2]) ? 7 : /^две\s+недели/i.test(m[2]) ? 14 : /^\d/.test(m[2]) ? Number(m[2]) : spelledNumber(m[2].toLowerCase(), 'ru');
      if (!n || (!/^недел|^две/i.test(m[2]) && !m[3])) continue;
      shift = n * (m[4] === 'до' ? -1 : 1);
    }
    // The holiday nearest the article's date.
    const year = refDate.getUTCFullYear() + (month === 1 && refDate.getUTCMonth() >= 6 ? 1 : month === 12 && refDate.getUTCMonth() < 6 ? -1 : 0);
    const last = LAST_ONE.test(sentence.slice(m.index + m[0].length)) || /прошл\p{L}*\s+$/iu.test(sentence.slice(Math.max(0, m.index - 12), m.index)) ? 1 : 0;
    // (A moving holiday's day is that year's.)
    const day = holiday!.day(year - last);
    const d = new Date(Date.UTC(year - last, month - 1, day + shift));
    out.push({ start: m.index, end: m.index + m[0].length, source: m[0], english: dayWithYear(d), explicit: true, counted: true });
  }
  return out;
}

// A part of a month, the article's when it names none: "a principios de mes", "a mediados de este
// mes", "в конце месяца", "в первых числах декабря" (the English "early", "mid", "late"; the first
// days, "в первых числах", are its first five, written "start December").
const MONTH_PART: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:a|en)\s+(principios|comienzos|inicios|mediados|finales|fines)\s+de(?:l)?\s+(?:este\s+|ese\s+|aquel\s+)?mes(?![\p{L}])()/giu,
  ru: new RegExp(`(?<![\\p{L}])(?:в\\s+)?(начале|середине|конце|первых\\s+числах|последних\\s+числах)\\s+(?:(?:этого|текущего|того\\s+же)\\s+месяца|месяца|(${RU_MONTHS.join('|')}))(?![\\p{L}])`, 'giu'),
};
// Tenths and halves of a month, as Russian and Spanish date things: «в первой декаде декабря» (the 1st
// to the 10th), «во второй половине месяца», "la segunda quincena de diciembre" (the 16th on), "la
// primera decena de enero". They are glossed "first-tenth December", "second-half December": the
// comparison reads them as exact days (1–10, 11–20, 21–31; 1–15, 16–31), not as a loose "mid December". Only after a
// preposition: "pagábamos la primera quincena" is a fortnight's pay, not a time.
const MONTH_SPLIT: Record<SourceLanguage, RegExp> = {
  es: new RegExp(`(?<![\\p{L}])(?:en|durante)\\s+(?:la\\s+)?(primera|segunda|tercera|[uú]ltima)\\s+(decena|quincena|mitad)\\s+de(?:l)?\\s+(?:(?:este|ese|aquel)\\s+mes|mes|(${ES_MONTH_NAMES.join('|')}))(?:\\s+de\\s+(\\d{4}))?(?![\\p{L}])`, 'giu'),
  ru: new RegExp(`(?<![\\p{L}])(?:в|во)\\s+(первой|второй|третьей|последней)\\s+(декаде|половине)\\s+(?:(?:этого|текущего|того\\s+же)\\s+месяца|месяца|(${RU_MONTHS.join('|')}))(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?(?![\\p{L}])`, 'giu'),
};
/** How the gloss writes a MONTH_SPLIT match's part ("first-tenth", "second-half"), or null for a third half. */
function monthSplitPart(ordinal: string, unit: string): string | null {
  const n = /^(?:primera|первой)$/i.test(ordinal) ? 1 : /^(?:segunda|второй)$/i.test(ordinal) ? 2 : /^(?:tercera|третьей)$/i.test(ordinal) ? 3 : -1;
  if (/^(?:decena|декаде)$/i.test(unit)) return n === 1 ? 'first-tenth' : n === 2 ? 'second-tenth' : 'third-tenth';
  return n === 1 ? 'first-half' : n === 2 || n === -1 ? 'second-half' : null;
}
const PART_OF: Record<string, string> = { principios: 'early', comienzos: 'early', inicios: 'early', mediados: 'mid', finales: 'late', fines: 'late', начале: 'early', первых: 'start', середине: 'mid', конце: 'late', последних: 'late' };

// A part of the article's week, or of the week before or after it: "a mediados de semana", "a
// principios de la semana que viene", "в середине недели", "в начале следующей недели", "в конце прошлой
// недели", «на исходе минувшей недели», "al final de la semana pasada". News means Monday–Tuesday by the start, Tuesday–Thursday by the middle, Friday–Sunday by the end.
const WEEK_PART: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:a|en|al)\s+(principios|comienzos|inicios|mediados|mitad|finales|fines|final|cierre)\s+de\s+(?:la\s+|esta\s+)?(?:(pr[oó]xima)\s+)?semana(?:\s+(pasada|anterior|que\s+viene|pr[oó]xima))?(?![\p{L}])/giu,
  ru: /(?<![\p{L}])(?:в|к|на)\s+(начале|середине|конце|концу|исходе)\s+(?:(этой|текущей|прошлой|минувшей|следующей|будущей)\s+)?недели(?![\p{L}])/giu,
};
const WEEK_PART_DAYS: Record<string, [number, number]> = { principios: [0, 1], comienzos: [0, 1], inicios: [0, 1], начале: [0, 1], mediados: [1, 3], mitad: [1, 3], середине: [1, 3], finales: [4, 6], fines: [4, 6], final: [4, 6], cierre: [4, 6], конце: [4, 6], концу: [4, 6], исходе: [4, 6] };
const WEEK_PART_NAME: Record<string, string> = { principios: 'early', comienzos: 'early', inicios: 'early', начале: 'early', mediados: 'midweek', mitad: 'midweek', середине: 'midweek', finales: 'late', fines: 'late', final: 'late', cierre: 'late', конце: 'late', концу: 'late', исходе: 'late' };

/** The week part of a WEEK_PART match: its days as the article's date places them, and how English says it. */
function weekPart(m: RegExpMatchArray, ref: Date): { english: string; from: string; to: string } {
  const part = m[1]!.toLowerCase();
  const which = `${m[2] ?? ''} ${m[3] ?? ''}`.toLowerCase();
  const shift = /pr[oó]xim|que\s+viene|следующ|будущ/.test(which) ? 1 : /pasad|anterior|прошл|минувш/.test(which) ? -1 : 0;
  const monday = Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), ref.getUTCDate()) - ((ref.getUTCDay() + 6) % 7) * 86_400_000 + shift * 7 * 86_400_000;
  const [a, b] = WEEK_PART_DAYS[part]!;
  const iso = (t: number): string => new Date(t).toISOString().slice(0, 10);
  const name = WEEK_PART_NAME[part]!;
  const week = shift > 0 ? 'next week' : shift < 0 ? 'last week' : 'this week';
  return { english: name === 'midweek' && !shift ? 'midweek' : `${name} ${week}`, from: iso(monday + a * 86_400_000), to: iso(monday + b * 86_400_000) };
}

/** The weekday (0 = Sunday) of a day of the month as the article dates it: its month, or the month before for a day still to come. */
// "10-го", "3-го декабря", "3-го декабря 2025 года" (chrono reads neither).
const RU_BARE_DAY = new RegExp(`(?<![\\p{L}\\d.,])(\\d{1,2})-го(?![\\p{L}])(?:\\s+(${RU_MONTHS.join('|')})(?:\\s+(\\d{4})(?:\\s*(?:года|г\\.))?)?(?![\\p{L}]))?`, 'giu');
// Days of the month in words, in the genitive Russian dates them with ("первого", "десятого").
const RU_DAY_WORDS = ['первого', 'второго', 'третьего', 'четвертого', 'пятого', 'шестого', 'седьмого', 'восьмого', 'девятого', 'десятого'];
const RU_DAY_WORD = new RegExp(`^,?\\s+(${RU_DAY_WORDS.join('|')})(?![\\p{L}])(?!\\s+(?:раз|числа\\s+месяца))`, 'iu');

function weekdayOfDay(day: number, ref: Date): number {
  const month = day > ref.getUTCDate() ? ref.getUTCMonth() - 1 : ref.getUTCMonth();
  return new Date(Date.UTC(ref.getUTCFullYear(), month, day)).getUTCDay();
}

/** Removes the dates of `out` that overlap [start, end): a reading of those words that replaces them. */
function dropOverlapping(out: SourceDate[], start: number, end: number): void {
  for (let k = out.length - 1; k >= 0; k--) if (start < out[k]!.end && out[k]!.start < end) out.splice(k, 1);
}

/** How many days a match of RU_EVE or ES_AGO counts back from the article's date, or null ("hace unas días"). */
function daysBack(m: RegExpMatchArray, lang: SourceLanguage): number | null {
  if (lang === 'ru') return m[1] ? 2 : 1;
  if (m[1]) return 2;
  if (m[4]) return 1;
  const n = /^\d/.test(m[2]!) ? Number(m[2]) : spelledNumber(m[2]!.toLowerCase(), 'es');
  return n ? n * (/^sem/i.test(m[3]!) ? 7 : 1) : null;
}

/**
 * The dates of a sentence. `reference` (the article's date, ISO) anchors relative dates and weekdays;
 * without it they are kept only as weekday or month names.
 */
const DAY_MONTH = /(?<![\d.,])(\d{1,2})\.(\d{2})(?![\d,]|\.\d|\s*(?:%|млн|млрд|тыс|mil|mill|km|км))/gu;

export function findDates(sentence: string, lang: SourceLanguage, reference: string | null): SourceDate[] {
  const ref = reference ? new Date(reference) : null;
  const refDate = ref && !Number.isNaN(ref.getTime()) ? ref : new Date(Date.UTC(2000, 0, 1));
  const parser = lang === 'es' ? es : ru;
  const out: SourceDate[] = [];
  // The day a counted date ("mañana", "ayer") just named, and where it ends.
  let counted: { end: number; date: Date } | null = null;
  for (const r of parser.parse(sentence, refDate)) {
    // chrono's word boundaries are ASCII: "Mar" in "María" or "Mar-a-Lago" is no Tuesday.
    // ("23-го": a Russian day of the month takes its ending after a hyphen.)
    const ending = /\d$/.test(r.text) ? /^-?(?:го|е|ого)(?![\p{L}])/u.exec(sentence.slice(r.index + r.text.length))?.[0] ?? '' : '';
    const after = sentence.slice(r.index + r.text.length + ending.length, r.index + r.text.length + ending.length + 1);
    const before = sentence.slice(Math.max(0, r.index - 1), r.index);
    if (/[\p{L}-]/u.test(after) || /\p{L}/u.test(before)) continue;
    if (!r.start.isCertain('day') && !r.start.isCertain('month') && (r.text.match(/\p{L}/gu)?.length ?? 0) < 5) continue;
    // "ahora", "сейчас": the present tense of the sentence, not a day it names.
    if (NOW.test(r.text.trim())) continue;
    // "pasado mañana": the day after tomorrow (chrono reads the "mañana" alone).
    const afterTomorrow = lang === 'es' && /^mañana/i.test(r.text) && /(?<![\p{L}])pasado\s+$/iu.test(sentence.slice(Math.max(0, r.index - 8), r.index));
    if (afterTomorrow) {
      const day = r.start.date();
      day.setUTCDate(day.getUTCDate() + 1);
      const start = sentence.lastIndexOf('pasado', r.index);
      const source = sentence.slice(start, r.index + r.text.length);
      out.push({ start, end: r.index + r.text.length, source, english: dayWithYear(day), explicit: false, counted: true });
      counted = { end: r.index + r.text.length, date: day };
      continue;
    }
    // "por la mañana", "esta mañana": the morning, not tomorrow.
    if (/^mañana/i.test(r.text) && /(?:^|[^\p{L}])(?:la|esta|cada|una|aquella|misma)\s+$/iu.test(sentence.slice(Math.max(0, r.index - 12), r.index))) continue;
    // "un plazo de tres días", "durante dos semanas": a span, not the day chrono counts ahead to.
    if (/^(?:de|durante|por)\s+\S+\s+(?:d[ií]as?|semanas?|meses|mes|a[nñ]os?)$/i.test(r.text.trim())) continue;
    // "un plazo de 72 horas", "через 48 часов": hours are a deadline or a span, not a day a report names.
    if (/(?<![\p{L}])(?:horas?|minutos?|час\p{L}*|минут\p{L}*)(?![\p{L}])/iu.test(r.text)) continue;
    const c = r.start;
    let has = (k: 'day' | 'month' | 'year' | 'weekday'): boolean => c.isCertain(k);
    const d = c.date();
    let end = r.index + r.text.length + ending.length;
    // "el lunes 22", "во вторник, 23-го": a weekday with the day of the month after it is that day
    // (of the article's month, or the month before when the day is still to come).
    const inText = has('weekday') && !has('day') && reference ? /[,\s]+(\d{1,2})$/.exec(r.text) : null;
    let dayAfter: number | null = null;
    // "el viernes 19 a sacar…": chrono leaves the day out where what follows reads as a time; it is
    // the day of the month when the weekday falls on it (and no noun follows: "el viernes 12 personas" counts).
    // ("в понедельник, первого": the day of the month in words, as Russian says it.)
    const digits = !inText && has('weekday') && !has('day') && reference ? /^,?\s+(\d{1,2})(?![\d.,:]?\d)(?=\s*(?:[,.;:)»—–-]|$|(?:a|al|de|del|en|y|e|por|para|con|desde|sin|tras|ante|hasta|entre|sobre|cuando|que|и|в|во|на|с|по|к|до|без|после|перед|когда|что)\s))/iu.exec(sentence.slice(end)) : null;
    const spelled = !digits && !inText && lang === 'ru' && has('weekday') && !has('day') && reference ? RU_DAY_WORD.exec(sentence.slice(end)) : null;
    // (Chrono's own "el martes 22" too, and only when the weekday falls on that day: in a March 2024
    // retrospective of January 2019 it is no day of the article's months, and is read as its weekday.)
    const following = inText ? { day: Number(inText[1]), length: 0 } : digits ? { day: Number(digits[1]), length: digits[0].length } : spelled ? { day: RU_DAY_WORDS.indexOf(spelled[1]!.toLowerCase()) + 1, length: spelled[0].length } : null;
    // (…of the month after, when only its day falls on that weekday: "в понедельник, первого" on
    // Friday 28 November is Monday 1 December.)
    const fits = !!following && weekdayOfDay(following.day, refDate) === d.getUTCDay();
    const ahead = !!following && !fits && new Date(Date.UTC(refDate.getUTCFullYear(), refDate.getUTCMonth() + 1, following.day)).getUTCDay() === d.getUTCDay() && following.day + 14 < refDate.getUTCDate();
    if (following && (fits || ahead)) {
      dayAfter = following.day;
      end += following.length;
    }
    if (dayAfter !== null && dayAfter >= 1 && dayAfter <= 31) {
      d.setTime(refDate.getTime());
      if (ahead) d.setUTCMonth(d.getUTCMonth() + 1, 1);
      else if (dayAfter > refDate.getUTCDate()) d.setUTCMonth(d.getUTCMonth() - 1, 1);
      d.setUTCDate(dayAfter);
      const certain = has;
      has = (k) => k === 'day' || k === 'month' || certain(k);
    }
    // News dates a bare weekday in the past ("el jueves" in a Tuesday article is the Thursday before).
    // …unless the text says the next one ("el próximo martes", "el martes que viene", "в ближайшее воскресенье").
    const next = has('weekday') && !has('day') && (NEXT_BEFORE.test(sentence.slice(Math.max(0, r.index - 16), r.index + r.text.length)) || NEXT_AFTER.test(sentence.slice(end)));
    // "el sábado de la semana que viene", "в субботу на следующей неделе": that day of the week after the article's.
    const nextWeek = has('weekday') && !has('day') && (NEXT_WEEK_AFTER.test(sentence.slice(end)) || NEXT_WEEK_BEFORE.test(sentence.slice(Math.max(0, r.index - 24), r.index)) || NEXT_WEEK_IN.test(r.text));
    // "el lunes de la semana pasada", "в понедельник на прошлой неделе": that day of the week before the article's.
    const ahead24 = sentence.slice(Math.max(0, r.index - 24), r.index);
    const lastWeek = has('weekday') && !has('day') && !nextWeek && (LAST_WEEK_AFTER.test(sentence.slice(end)) || LAST_WEEK_BEFORE.test(ahead24) || LAST_WEEK_IN.test(r.text));
    // "в позапрошлую среду", "el miércoles antepasado": the one before the last such day.
    const beforeLast = has('weekday') && !has('day') && (BEFORE_LAST_BEFORE.test(ahead24) || BEFORE_LAST_AFTER.test(sentence.slice(end)));
    // "mañana, domingo", "ayer viernes", «завтра, в воскресенье»: a weekday beside the counted day it
    // names is that day, ahead or behind, not the last such weekday.
    const named = has('weekday') && !has('day') && counted && counted.date.getUTCDay() === d.getUTCDay() && /^[\s,]*(?:(?:el|в|во|на)\s+)?$/iu.test(sentence.slice(counted.end, r.index));
    if (named) d.setTime(counted!.date.getTime());
    else if (beforeLast) {
      const back = (refDate.getUTCDay() - d.getUTCDay() + 7) % 7 || 7;
      d.setTime(refDate.getTime() - (back + 7) * 86_400_000);
    } else if (nextWeek || lastWeek) {
      const monday = refDate.getTime() - ((refDate.getUTCDay() + 6) % 7) * 86_400_000;
      d.setTime(monday + ((nextWeek ? 7 : -7) + ((d.getUTCDay() + 6) % 7)) * 86_400_000);
      // (Chrono reads "на прошлой неделе" before the weekday as a day of its own.)
      const week = LAST_WEEK_BEFORE.exec(ahead24);
      if (week) dropOverlapping(out, r.index - ahead24.length + week.index, r.index);
    } else if (next) {
      // The first such day after the article's (chrono's "próximo sábado" is a week later than people mean).
      const ahead = (d.getUTCDay() - refDate.getUTCDay() + 7) % 7 || 7;
      d.setTime(refDate.getTime() + ahead * 86_400_000);
    }
    else if (has('weekday') && !has('day') && d.getTime() > refDate.getTime() + 86_400_000) d.setUTCDate(d.getUTCDate() - 7);
    // "el domingo pasado", "el pasado domingo", "в прошлое воскресенье" in a Sunday article: the Sunday before, not today.
    else if (has('weekday') && !has('day') && d.getTime() >= refDate.getTime() - 43_200_000 && (PAST_AFTER.test(sentence.slice(end)) || PAST_BEFORE.test(sentence.slice(Math.max(0, r.index - 16), r.index)) || PAST_IN.test(r.text))) d.setUTCDate(d.getUTCDate() - 7);
    // "в ночь на четверг" is the night before Thursday: Wednesday night, as English dates it.
    if (lang === 'ru' && has('weekday') && !has('day') && NIGHT_BEFORE.test(sentence.slice(Math.max(0, r.index - 12), r.index))) d.setUTCDate(d.getUTCDate() - 1);
    const month = MONTH_NAMES[d.getUTCMonth()]!;
    const parts: string[] = [];
    if (has('weekday') && dayAfter !== null) parts.push(cap(WEEKDAY_NAMES[(d.getUTCDay() + 6) % 7]!));
    if (has('weekday') && !has('day')) {
      parts.push(cap(WEEKDAY_NAMES[(d.getUTCDay() + 6) % 7]!));
      // With the article's date, the weekday is a day: "el viernes" in a Monday article is the Friday before.
      if (reference) parts.push(`${d.getUTCDate()} ${cap(month)}`);
    }
    // Day first ("2 June 2019"): the English date reader takes "June 2, 2019" for a figure's thousands.
    if (has('day') && has('month')) parts.push(`${d.getUTCDate()} ${cap(month)}${has('year') ? ` ${d.getUTCFullYear()}` : ''}`);
    else if (has('month')) parts.push(`${cap(month)}${has('year') ? ` ${d.getUTCFullYear()}` : ''}`);
    else if (has('year')) parts.push(String(d.getUTCFullYear()));
    // A span ("с августа по октябрь", "del 1 al 3 de diciembre"): its end too.
    if (r.end && parts.length > 0) {
      const e = r.end.date();
      if (r.end.isCertain('day') && r.end.isCertain('month')) parts.push(`${e.getUTCDate()} ${cap(MONTH_NAMES[e.getUTCMonth()]!)}`);
      else if (r.end.isCertain('month')) parts.push(cap(MONTH_NAMES[e.getUTCMonth()]!));
    }
    // A relative date ("hace una semana") is certain of nothing but known from the reference.
    if (parts.length === 0 && reference && RELATIVE.test(r.text)) parts.push(`${d.getUTCDate()} ${cap(month)} ${d.getUTCFullYear()}`);
    if (parts.length === 0) continue;
    // "hoy", "на прошлой неделе": chrono is certain of their day, but the article's date gave it, not the text.
    out.push({ start: r.index, end, source: sentence.slice(r.index, end), english: parts.join(', '), explicit: has('day') && has('month') && !RELATIVE.test(r.text), ...(has('day') && COUNTED.test(r.text) ? { counted: true } : {}), ...(nextWeek || lastWeek || beforeLast ? { shifted: true, counted: true } : {}) });
    counted = has('day') && COUNTED.test(r.text) ? { end, date: new Date(d.getTime()) } : null;
  }
  for (const m of sentence.matchAll(EDGE_DAY[lang])) {
    // More than chrono's month alone ("abril", "mayo de 2019"): the day replaces it.
    dropOverlapping(out, m.index, m.index + m[0].length);
    const month = (lang === 'es' ? ES_MONTHS : RU_MONTHS).indexOf(m[2]!.toLowerCase());
    const year = yearOfMonth(m[3], month, refDate);
    const day = /^(?:primer|перв)/i.test(m[1]!) ? 1 : new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    out.push({ start: m.index, end: m.index + m[0].length, source: m[0], english: `${day} ${cap(MONTH_NAMES[month]!)}${m[3] ? ` ${year}` : ''}`, explicit: true });
  }
  for (const m of sentence.matchAll(NTH_WEEKDAY[lang])) {
    const month = (lang === 'es' ? ES_MONTHS : RU_MONTHS).indexOf(m[3]!.toLowerCase());
    const weekday = (lang === 'es' ? ES_WEEKDAYS : RU_WEEKDAYS).findIndex((w) => new RegExp(`^${w}$`, 'iu').test(m[2]!));
    const year = yearOfMonth(m[4], month, refDate);
    const day = nthWeekday(year, month, weekday, NTH[m[1]!.toLowerCase()] ?? 0);
    if (!day || (!m[4] && !reference)) continue;
    // More than chrono's weekday and month: the day replaces them.
    dropOverlapping(out, m.index, m.index + m[0].length);
    out.push({ start: m.index, end: m.index + m[0].length, source: m[0], english: `${day} ${cap(MONTH_NAMES[month]!)}${m[4] ? ` ${year}` : ''}`, explicit: true });
  }
  if (reference) {
    for (const m of sentence.matchAll(SEASON[lang])) {
      const english = seasonOf(m, refDate);
      if (!english || out.some((d) => m.index < d.end && d.start < m.index + m[0].length)) continue;
      out.push({ start: m.index, end: m.index + m[0].length, source: m[0], english, explicit: false, season: true });
    }
  }
  // "его задержали 10-го": a day of the month alone, in the article's month (or the month before when
  // the day is still to come), not a count.
  if (reference && lang === 'ru') {
    for (const m of sentence.matchAll(RU_BARE_DAY)) {
      const day = Number(m[1]);
      const end = m.index + m[0].length;
      // (A reading inside it, "ноября 2024 года", gives way; one reaching past it stays.)
      if (day < 1 || day > 31 || out.some((d) => m.index < d.end && d.start < end && (d.start < m.index || d.end > end))) continue;
      dropOverlapping(out, m.index, end);
      const month = m[2] ? RU_MONTHS.indexOf(m[2].toLowerCase()) : -1;
      const d = month >= 0 ? new Date(Date.UTC(yearOfMonth(m[3], month, refDate), month, day)) : new Date(Date.UTC(refDate.getUTCFullYear(), refDate.getUTCMonth() - (day > refDate.getUTCDate() ? 1 : 0), day));
      out.push({ start: m.index, end, source: m[0], english: `${d.getUTCDate()} ${cap(MONTH_NAMES[d.getUTCMonth()]!)}${m[3] ? ` ${m[3]}` : ''}`, explicit: true });
    }
  }
  if (reference && lang === 'es') {
    for (const m of sentence.matchAll(ES_MONTHS_AGO)) {
      const n = m[1]!.toLowerCase() === 'un' ? 1 : /^\d/.test(m[1]!) ? Number(m[1]) : spelledNumber(m[1]!.toLowerCase(), 'es');
      if (!n || n > 24) continue;
      dropOverlapping(out, m.index, m.index + m[0].length);
      const d = new Date(Date.UTC(refDate.getUTCFullYear(), refDate.getUTCMonth() - n, 1));
      out.push({ start: m.index, end: m.index + m[0].length, source: m[0], english: `${cap(MONTH_NAMES[d.getUTCMonth()]!)} ${d.getUTCFullYear()}`, explicit: false });
    }
  }
  if (reference) {
    for (const m of sentence.matchAll(MONTH_PART[lang])) {
      // "a principios de mes", "в середине месяца": a part of the article's month; "в первых числах декабря": of that month.
      const named = m[2] ? RU_MONTHS.indexOf(m[2].toLowerCase()) : refDate.getUTCMonth();
      dropOverlapping(out, m.index, m.index + m[0].length);
      out.push({ start: m.index, end: m.index + m[0].length, source: m[0], english: `${PART_OF[m[1]!.toLowerCase().split(/\s+/)[0]!]} ${cap(MONTH_NAMES[named]!)}`, explicit: false });
    }
  }
  if (reference) {
    for (const m of sentence.matchAll(MONTH_SPLIT[lang])) {
      const part = monthSplitPart(m[1]!.toLowerCase(), m[2]!.toLowerCase());
      if (!part) continue;
      const named = m[3] ? (lang === 'es' ? ES_MONTHS : RU_MONTHS).indexOf(m[3].toLowerCase()) : refDate.getUTCMonth();
      dropOverlapping(out, m.index, m.index + m[0].length);
      out.push({ start: m.index, end: m.index + m[0].length, source: m[0], english: `${part} ${cap(MONTH_NAMES[named]!)}${m[4] ? ` ${m[4]}` : ''}`, explicit: false });
    }
  }
  if (reference) {
    for (const m of sentence.matchAll(WEEK_PART[lang])) {
      // (Chrono reads "la semana pasada", "следующей недели" inside it as days of their own.)
      dropOverlapping(out, m.index, m.index + m[0].length);
      const { english, from, to } = weekPart(m, refDate);
      out.push({ start: m.index, end: m.index + m[0].length, source: m[0], english, explicit: false, days: { from, to } });
    }
  }
  if (reference) out.push(...holidays(sentence, lang, refDate).filter((h) => !out.some((d) => h.start < d.end && d.start < h.end)));
  // "Пт, 28.11 · 19:40", "(27.11)": a day and a month in figures without a year, as feeds and timelines
  // write them. Both languages write decimals with a comma, so two figures after a point are a month.
  if (reference) {
    for (const m of sentence.matchAll(DAY_MONTH)) {
      const day = Number(m[1]);
      const month = Number(m[2]) - 1;
      const end = m.index + m[0].length;
      if (day < 1 || day > 31 || month < 0 || month > 11 || out.some((d) => m.index < d.end && d.start < end)) continue;
      out.push({ start: m.index, end, source: m[0], english: dayWithYear(new Date(Date.UTC(yearOfMonth(undefined, month, refDate), month, day))), explicit: true });
    }
  }
  out.sort((a, b) => a.start - b.start);
  // Days chrono does not count back: "накануне", "anteayer", "hace diez días".
  if (reference && ref && !Number.isNaN(ref.getTime())) {
    for (const m of sentence.matchAll(lang === 'ru' ? RU_EVE : ES_AGO)) {
      if (out.some((d) => m.index < d.end && d.start < m.index + m[0].length)) continue;
      const days = daysBack(m, lang);
      if (!days) continue;
      const d = new Date(ref);
      d.setUTCDate(d.getUTCDate() - days);
      out.push({ start: m.index, end: m.index + m[0].length, source: m[0], english: dayWithYear(d), explicit: false, counted: true });
    }
    out.sort((a, b) => a.start - b.start);
  }
  for (const d of out) {
    const aside = asideAround(sentence, d.start, d.end);
    if (aside) d.aside = aside;
  }
  return out;
}

// A relative clause between dashes or brackets: "—que el miércoles se juramentó—", "(который в
// пятницу …)".
const ASIDE_OPEN = /(?:\s[—–]\s?|\()\s*(?:que|quien|quienes|cuando|donde|el cual|la cual|котор\p{L}*|кто|когда|где)(?![\p{L}])/giu;
function asideAround(sentence: string, start: number, end: number): string | undefined {
  for (const m of sentence.slice(0, start).matchAll(ASIDE_OPEN)) {
    const from = m.index + m[0].search(/[—–(]/u) + 1;
    const close = m[0].includes('(') ? /\)/u : /[—–]/u;
    if (close.test(sentence.slice(from, start))) continue;
    const to = sentence.slice(end).search(close);
    if (to >= 0) return sentence.slice(from, end + to).trim();
  }
  return undefined;
}

// A day told from another event, not from the article's date or a calendar: "al día siguiente de su
// jura", "dos días después de que…", "el mismo día en que…", "на следующий день после…", "через двое
// суток после…", "в тот же день, когда…", "накануне отъезда первых семей", "la víspera de la jura". (Alone, "al día siguiente" and "в тот же день" point back
// at the sentence before, whose day the reader already has; "días después", with no count, names no day.)
// (…and "el día de la final", «в день выхода выпуска»: an event's day; not "el Día del Trabajador", a holiday's name.)
const FROM_EVENT: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:al\s+d[ií]a\s+siguiente\s+de|(?:un|una|dos|tres|cuatro|cinco|seis|siete|\d{1,2})\s+(?:d[ií]as?|semanas?)\s+(?:despu[eé]s|antes|m[aá]s\s+tarde)\s+de|(?:el|ese|aquel|la|esa|aquella)\s+mism[oa]\s+(?:d[ií]a|semana|mes)\s+(?:en\s+)?(?:(?:el|la)\s+)?(?:que|de)|(?:el\s+mes|la\s+semana)\s+en\s+(?:el\s+|la\s+)?que|(?:unas|pocas|algunas|un\s+par\s+de|dos|tres|cuatro|\d{1,2})\s+horas\s+(?:antes|despu[eé]s)\s+de|el\s+d[ií]a\s+(?:en\s+)?que|la\s+v[ií]spera\s+de|al\s+(?:segundo|tercer|cuarto|quinto|\d{1,2}\.?[ºo]?)\s+d[ií]a\s+de)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:на\s+(?:следующий|другой)\s+день\s+после|(?:через|спустя)\s+(?:\p{L}+\s+)?(?:сутки|суток|день|дня|дней|неделю|недели|недель)\s+после|за\s+(?:\p{L}+\s+)?(?:сутки|суток|день|дня|дней|неделю|недели)\s+до\s+(?:того|как)|в\s+(?:тот\s+же\s+день|том\s+же\s+месяце|ту\s+же\s+неделю),?\s+(?:когда|что)|(?:за|через|спустя)\s+(?:\p{L}+\s+)?час(?:а|ов)?\s+(?:до|после)|в\s+день,?\s+когда|в\s+день\s+(?!рождения)\p{L}{4,}|на\s+(?:второй|третий|четв[её]ртый|пятый|\d{1,2}-й)\s+день\s+(?:после|с\s+начала|от\s+начала|вывоза|эвакуации|протестов)|накануне\s+(?!(?:вечером|утром|днем|днём|ночью|этого|того)(?![\p{L}]))\p{L}{4,})(?![\p{L}])/iu,
};

// "el día de la final": an event's day. (Lower case, so without the i flag FROM_EVENT has: "el Día del
// Trabajador" is a holiday's name, a day of the calendar.)
const EVENT_DAY_ES = /(?<![\p{L}])el\s+d[ií]a\s+de(?:l|\s+la|\s+las|\s+los)\s/u;

/**
 * Whether a Spanish or Russian sentence tells its day from another event ("на следующий день после
 * того, как колонна покинула посольство"): a day no calendar or report date can check.
 */
export function dayFromEvent(sentence: string, lang: SourceLanguage): boolean {
  return FROM_EVENT[lang].test(sentence) || (lang === 'es' && EVENT_DAY_ES.test(sentence));
}

// What will happen: the future tense and its markers ("mañana", "buscará", "tiene previsto", "завтра",
// "выступит", "состоится"). Russian perfective futures look like presents: the common ones of news.
const FUTURE: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:mañana|pasado mañana|próxim[oa]s?|tienen? previsto|está previst[oa]|prevé|convocad[oa] para|va a|van a|\p{L}+(?:rá|rán|ré|remos))(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:завтра|послезавтра|предстоит|планиру\p{L}*|намерен\p{L}*|будет|будут|ожидается|собира\p{L}*|ближайш\p{L}*|следующ\p{L}*|выступит|проведет|проведёт|обсудит|состоится|пройдет|пройдёт|примет|посетит|встретится)(?![\p{L}])/iu,
};

/** Whether a Spanish or Russian sentence tells what will happen (its weekday is ahead of the article's date). */
export function looksAhead(sentence: string, lang: SourceLanguage): boolean {
  return FUTURE[lang].test(sentence);
}

