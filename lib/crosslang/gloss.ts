/**
 * An English gloss of a Spanish or Russian sentence, without a translation model: figures and dates
 * rewritten the English way, words looked up by stem in a small bilingual list (lib/crosslang/lexicon),
 * country names from the browser's own Intl.DisplayNames, other names transliterated. The gloss is a
 * bag of English words in the sentence's order, good enough for the corpus search and for comparing
 * figures, dates and names with English reports; it is never shown as a translation.
 */
import snowball from 'snowball-stemmers';
import esWords from './lexicon/es.json';
import ruWords from './lexicon/ru.json';
import { findDates, type SourceDate } from './dates.ts';
import type { SourceLanguage } from './detect.ts';
import { romanize, spellingKey, type NameBook } from './names.ts';
import { findFigures, type SourceFigure } from './numbers.ts';
import { englishRegions } from './regions.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';

/** What a gloss found that can be compared across languages. */
export interface Anchors {
  figures: SourceFigure[];
  dates: SourceDate[];
  /** Names of people, bodies, ships… in English spelling ("Zakharova", "Rostec", "Skipper"). */
  names: string[];
  /** Countries, capitals and peoples ("Russia", "Caracas", "Russian"): they name the story, not a fact of it. */
  places: string[];
}

export interface Gloss {
  /** The English words, in order. */
  text: string;
  anchors: Anchors;
}

interface Lexicon {
  /** Stem sequence ("fuerz arm") → English. */
  entries: Map<string, string>;
  /** The listed words as written (lower case, ё as е) → English: they win over a stem they share with another word. */
  exact: Map<string, string>;
  /** Stem sequence of a country's name in this language → its English name. */
  regions: Map<string, string>;
  /** English names of countries and territories. */
  countries: Set<string>;
  /** Longest key in words. */
  longest: number;
  stem(word: string): string;
}

const lexicons = new Map<SourceLanguage, Lexicon>();

const fold = (w: string): string => w.toLowerCase().replace(/ё/g, 'е');

function lexicon(lang: SourceLanguage): Lexicon {
  let lex = lexicons.get(lang);
  if (lex) return lex;
  const stemmer = snowball.newStemmer(lang === 'es' ? 'spanish' : 'russian');
  const stem = (w: string): string => stemmer.stem(fold(w));
  const entries = new Map<string, string>();
  const exact = new Map<string, string>();
  const regions = new Map<string, string>();
  const countries = new Set<string>();
  let longest = 1;
  const add = (into: Map<string, string>, phrase: string, english: string): void => {
    // "С-300" would key on the letter "с" (a preposition): figures and models are read as names.
    if (/\d/.test(phrase)) return;
    // "=publicó": this form only, its stem being another word's ("público").
    const formOnly = phrase.startsWith('=');
    if (formOnly) phrase = phrase.slice(1);
    // Words as the gloss reads them: "пресс-секретарь" is one word.
    const words = phrase.match(WORD) ?? [];
    if (words.length === 0) return;
    longest = Math.max(longest, words.length);
    const key = words.map(stem).join(' ');
    // The first listed wins: the lists put the common rendering first.
    if (!into.has(key) && !formOnly) into.set(key, english);
    if (into === entries) exact.set(words.map(fold).join(' '), english);
  };
  for (const [k, v] of Object.entries((lang === 'es' ? esWords : ruWords) as Record<string, string>)) add(entries, k, v);
  // Country and territory names as the browser's ICU writes them in this language ("Rusia", "Венесуэла").
  const local = new Intl.DisplayNames([lang], { type: 'region' });
  for (const { code, english } of englishRegions()) {
    const name = local.of(code);
    if (!name || name === code) continue;
    add(regions, name, english);
    // The Russian stemmer cuts some names apart from their cases ("Гайана" → "гайа", "Гайаной" →
    // "гайан"): a one-word name in -а/-я is listed in each case too.
    // (After a consonant only: "Самоа" would take "самой".)
    if (lang === 'ru' && /^\p{L}+[^аеёиоуыэюя][ая]$/u.test(name)) {
      const base = name.slice(0, -1);
      for (const ending of name.endsWith('а') ? ['ы', 'е', 'у', 'ой'] : ['и', 'е', 'ю', 'ей']) add(regions, base + ending, english);
    }
    countries.add(english);
  }
  lex = { entries, exact, regions, countries, longest, stem };
  lexicons.set(lang, lex);
  return lex;
}

const QUALIFIERS: Record<SourceLanguage, [RegExp, string][]> = {
  es: [
    // ("no más de diez" is at most ten: read before "más de".)
    [/\b(no más de|no mas de)\s*$/, 'at most'],
    [/\b(más de|mas de|por encima de)\s*$/, 'more than'],
    // ("no menos de 14" is at least 14: read before "menos de".)
    [/\b(al menos|por lo menos|como mínimo|no menos de)\s*$/, 'at least'],
    // "ni siquiera una decena", "no llegaban a veinte": fewer than the figure.
    [/\b(menos de|por debajo de|ni siquiera|no llega(?:ba|ban|n)? a)\s*$/, 'fewer than'],
    [/\b(casi)\s*$/, 'nearly'],
    [/\b(hasta)\s*$/, 'up to'],
    [/\b(unos|unas|cerca de|alrededor de|aproximadamente|en torno a|más o menos)\s*$/, 'about'],
  ],
  ru: [
    // "не более десяти" is at most ten, not more than ten (read before "более").
    [/(?:^|[^\p{L}])(не более|не больше|не свыше)\s*$/u, 'up to'],
    // ("более чем на 30 млрд долларов": a sum is "на" its amount.)
    [/(?:^|[^\p{L}])(более|свыше|больше|более чем)(?:\s+на(?:\s+сумму)?)?\s*$/u, 'more than'],
    // ("не менее 14" is at least 14: read before "менее".)
    [/(?:^|[^\p{L}])(не менее|не меньше|как минимум|по меньшей мере)\s*$/u, 'at least'],
    [/(?:^|[^\p{L}])(менее|меньше|менее чем)(?:\s+на(?:\s+сумму)?)?\s*$/u, 'fewer than'],
    [/(?:^|[^\p{L}])(почти|без малого|чуть меньше|чуть менее|под)\s*$/u, 'nearly'],
    [/(?:^|[^\p{L}])(до)\s*$/u, 'up to'],
    [/(?:^|[^\p{L}])(около|порядка|примерно|приблизительно|почти|где-то)\s*$/u, 'about'],
  ],
};

// Verbs of a change in amount, before "до" / "hasta" and the figure it came to.
const CHANGED: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:elev\p{L}*|aument\p{L}*|sub(?:ió|ieron|ido|e|en)|dupl\p{L}*|redu\p{L}*|recort\p{L}*|baj(?:ó|aron|ado)|ca(?:yó|yeron|ído)|disminu\p{L}*|increment\p{L}*)(?![\p{L}])/iu,
  ru: /(?<![\p{L}])(?:подн\p{L}*|подним\p{L}*|повы\p{L}*|увелич\p{L}*|сократ\p{L}*|сокращ\p{L}*|сниз\p{L}*|сниж\p{L}*|вырос\p{L}*|упал\p{L}*|уменьш\p{L}*|урез\p{L}*|удво\p{L}*)(?![\p{L}])/iu,
};

// Capitals, seats of government, regions and peoples the word lists render with a capital.
const PLACES = /^(?:US|USA|U\.S\.|UN|EU|UK|Caribbean Sea|Pacific|Atlantic|Arctic|\w+ (?:Ocean|Sea)|Moscow|Caracas|Washington|Kremlin|White House|Pentagon|Havana|Beijing|Bogota|Bogotá|Caribbean|Europe|West|Latin America|Miraflores|\w+(?:an|ian|ese|ish|ean))$/;

// What follows a figure that counts nothing named after it.
const ELIDED = /^\s*(?:que\b|quienes\b|de ellos\b|de ellas\b|которы\p{L}*|из них\b|[,;:)]|[—–]\s|\.?\s*$)/u;
// Things a figure counts, as the gloss writes them.
const COUNTED = /^(?:employees?|workers?|staff|specialists?|soldiers?|troops|servicem[ae]n|diplomats?|tourists?|visitors?|warships?|ships?|vessels?|tankers?|vehicles?|cars?|planes?|aircraft|people|mercenar(?:y|ies)|contractors?)$/;

// English nouns of people a count may stand for.
const COUNTED_PEOPLE = /^(?:soldiers?|troops|contingent|servicem[ae]n|military|personnel|marines|tourists?|visitors?|travell?ers|diplomats?|citizens?|employees?|workers?|specialists?|passengers?|nationals?|mercenar(?:y|ies)|fighters?|contractors?|Russians|Venezuelans|Americans|Cubans)$/;

const CALENDAR = new RegExp(`^(?:${[...MONTH_NAMES, ...WEEKDAY_NAMES].join('|')}|the|a|an)$`, 'i');

const NEGATIONS = new Set(['not', 'no', 'never', 'without', 'nor']);
const NEGATION_WORDS: Record<SourceLanguage, Set<string>> = {
  es: new Set(['no', 'ni', 'nunca', 'jamás', 'sin', 'ningún', 'ninguno', 'ninguna', 'nadie', 'nada', 'tampoco']),
  ru: new Set(['не', 'нет', 'ни', 'никогда', 'без', 'никто', 'ничего', 'ничто', 'никакой', 'никаких']),
};

/** Whether the words after "reconocer" / "признать" name whom it recognises (a capital, "a Guaidó", "президентом"). */
function recognizes(next?: { surface: string }, after?: { surface: string }, before: readonly { surface: string }[] = []): boolean {
  // "Гуайдо законным лидером Венесуэлы признают…": the one recognised, as what, before the verb.
  if (before.some((t) => /^(?:законн|легитимн|лидер|президент|руковод|главой|leg[ií]tim|presidente|l[ií]der)/i.test(t.surface))) return true;
  if (!next) return false;
  if (/^\p{Lu}/u.test(next.surface)) return true;
  if (/^(?:a|al|como)$/i.test(next.surface)) return !!after && /^\p{Lu}/u.test(after.surface) || /^como$/i.test(next.surface);
  return /^(?:законн|легитимн|президент|лидер|руковод|главой|его|ее|их|ему|le|les|lo|la)/i.test(next.surface);
}

const SINCE: Record<SourceLanguage, RegExp> = { es: /\bdesde\s+(?:(?:el|los)\s+)?(?:años?\s+)?$/iu, ru: /(?<![\p{L}])[сС]\s+$/u };
const WORD = /\p{L}+(?:[-'’]\p{L}+)*/gu;

// A first word no list knows, with a description after it ("Rosoboronexport, la agencia estatal…",
// "Рособоронэкспорт, государственный экспортер…"): a name, however few reports know it.
// Words that open a sentence with a comma after them and name no one.
const CONNECTIVE = /^(?:mientras|además|asimismo|entonces|luego|después|ahora|hoy|ayer|anoche|así|finalmente|también|tampoco|incluso|pero|aunque|sin|por|primero|segundo|antes|allí|aquí|entretanto|paralelamente|recientemente|oficialmente|однако|впрочем|тем|между|итак|поэтому|вчера|сегодня|также|теперь|затем|потом|кроме|сначала|официально|напомним|например|следовательно)$/iu;
// (Only a description of a body or a person: "Además, la agencia dijo" is no name.)
const BREAK = /[•·|ℹ\p{Extended_Pictographic}]/u;
const APPOSITION = new RegExp(
  '^,\\s+(?:(?:la|el|un|una)\\s+(?:\\p{Ll}+\\s+)?(?:agencia|empresa|compañía|corporación|firma|consorcio|conglomerado|holding|aerolínea|naviera|petrolera|operador[a]?|touroperador[a]?|asociación|organización|fundación|diario|periódico|cadena|banco)' +
    '|(?:\\p{Ll}+(?:ый|ий|ой|ая|ое|ые)\\s+)?(?:компания|корпорация|госкорпорация|агентство|концерн|холдинг|экспортер|экспортёр|авиакомпания|туроператор|ассоциация|организация|фонд|газета|издание|телеканал|банк))(?![\\p{L}])',
  'u',
);

// "que" / "что" opening a clause whose first words date it ("que el pasado domingo", "как в минувшее
// воскресенье"), not a verb between them ("que comenzaron el martes": what began, not what was told).
const CLAUSE: Record<SourceLanguage, RegExp> = {
  es: /(?:^|[\s,])(?:que|cómo)\s+(?:(?:el|la|los|las|en|este|esta|ese|esa|aquel|aquella|pasado|pasada|último|última|mismo|misma)\s+){0,2}$/iu,
  ru: /(?:^|[\s,])(?:что|как)\s+(?:(?:в|во|на|минувш\p{L}*|прошл\p{L}*|последн\p{L}*|эт\p{L}*|тот|ту|том)\s+){0,2}$/iu,
};

/**
 * Glosses one sentence. `articleDate` anchors relative dates; `names`, once the related reports are
 * known, turns "Zajárova" and "Захаровой" into the reports' "Zakharova".
 */
const PERCENT = /^\s*(?:%|por\s+ciento(?![\p{L}])|процент\p{L}*)/iu;

const RU_ORDINAL = /^(четв[её]рт|пят|шест|седьм|восьм|девят|десят)(?:ый|ой|ого|ому|ым|ом|ая|ую|ое|ые|ых|ыми)$/iu;
const RU_ORDINALS: Record<string, string> = { четверт: 'fourth', четвёрт: 'fourth', пят: 'fifth', шест: 'sixth', седьм: 'seventh', восьм: 'eighth', девят: 'ninth', десят: 'tenth' };

/** Whether the Spanish token `i` (a form of "negar") is reflexive and followed by "a": "se ha negado (siempre) a". */
function refusing(tokens: readonly { surface: string }[], i: number): boolean {
  const before = tokens.slice(Math.max(0, i - 3), i).map((x) => x.surface.toLowerCase());
  const se = before.lastIndexOf('se');
  if (se < 0 || before.slice(se + 1).some((w) => !/^(?:ha|han|había|habían|habría|hubiera|he|hemos)$/.test(w))) return false;
  let j = i + 1;
  while (tokens[j] && /mente$/i.test(tokens[j]!.surface)) j++;
  return /^(?:a|al)$/i.test(tokens[j]?.surface ?? '');
}

// Russian comparatives ("тяжелее", "больше", "хуже"), which «всё» before them makes "more and more".
const RU_COMPARATIVE = /^(?:\p{L}{2,}(?:ее|ей)|больше|меньше|лучше|хуже|чаще|реже|дальше|дороже|дешевле|громче|глубже|выше|ниже|сильнее|слабее|позже|раньше)$/iu;

// Offices the lexicon writes, and a name with its comma just before one ("Marco Rubio, [el] …").
const OFFICE = /^(?:secretary of state|secretary of defense|defense secretary|secretary of war|war secretary|defense minister|foreign minister|prime minister|vice president|ambassador)$/;
const HOLDER_BEFORE = /(?<![\p{L}])(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’-]+,\s*(?:(?:el|la|the)\s+)?$/u;

/**
 * Where the name starts whose office the lexicon run at tokens `i`…`i + used` names, when the office
 * follows it with a comma ("Marco Rubio, secretario de Estado, y Pete Hegseth"): English writes the
 * office before that name, not before the next one. Not when a name follows the office ("Según
 * Trump, el secretario de Estado, Marco Rubio"), nor when the word before is a place ("Desde Argel,
 * el canciller ruso, Serguéi Lavrov").
 */
function officeHolderAt(sentence: string, tokens: readonly { surface: string; at: number; stem: string }[], i: number, used: number, lex: Lexicon): number | undefined {
  const place = (w: { surface: string; stem: string } | undefined): boolean => {
    const e = w ? lex.exact.get(fold(w.surface)) ?? lex.regions.get(w.stem) ?? lex.entries.get(w.stem) : undefined;
    return !!e && (lex.countries.has(e) || PLACES.test(e));
  };
  // (A country after the office is its own: «госсекретарем США, и Питом».)
  const whose = place(tokens[i + used]) ? i + used + 1 : i + used;
  const after = sentence.slice(tokens[whose - 1]!.at + tokens[whose - 1]!.surface.length);
  if (/^\s*,?\s*(?!(?:y|e|и)\s)\p{Lu}/u.test(after)) return undefined;
  const at = tokens[i]!.at;
  const holder = HOLDER_BEFORE.exec(sentence.slice(0, at))?.index;
  return holder !== undefined && !place(tokens.filter((x) => x.at >= holder && x.at < at).at(-1)) ? holder : undefined;
}

export function glossSentence(sentence: string, lang: SourceLanguage, articleDate: string | null, names?: NameBook): Gloss {
  const lex = lexicon(lang);
  const dates = findDates(sentence, lang, articleDate);
  const inDate = (i: number): boolean => dates.some((d) => i >= d.start && i < d.end);
  const all = findFigures(sentence, lang).filter((f) => !inDate(f.start));
  // ("por ciento" is "percent", not a hundred.)
  const figures = all.filter((f) => !f.year && !(lang === 'es' && /^ciento$/i.test(f.source) && /(?:^|\s)por\s+$/i.test(sentence.slice(Math.max(0, f.start - 5), f.start))));
  // A year no date took ("en 1995", "в 2019 году", "desde 2010") is written as English writes it.
  // "desde 2010", "с 2000 года": a year something has gone on since keeps its "since" (the act's years are compared beside it).
  const pieces: { at: number; text: string }[] = all.filter((f) => f.year).map((f) => ({ at: f.start, text: `${SINCE[lang].test(sentence.slice(Math.max(0, f.start - 16), f.start)) ? 'since ' : ''}${f.source},` }));
  // Dates end with a comma: "November, 4,000" is never read as "November 4".
  for (const d of dates) pieces.push({ at: d.start, text: `${d.english},` });
  // "en vigor desde noviembre", «с ноября»: the day or month something began, not when anything happened.
  for (const d of dates) if (SINCE[lang].test(sentence.slice(Math.max(0, d.start - 16), d.start))) d.since = true;
  // "contaron que el domingo…", "рассказывали, как в воскресенье…": a day after "that" dates what was
  // told, not the telling; the gloss keeps the "that" the little words would otherwise lose.
  for (const d of dates) if (CLAUSE[lang].test(sentence.slice(Math.max(0, d.start - 24), d.start))) pieces.push({ at: d.start - 0.5, text: 'that' });
  // "más de diez", "около ста": the qualifier goes with the figure, the English verifier reads ranges from it.
  const qualifiers: { start: number; end: number }[] = [];
  for (const f of figures) {
    const before = sentence.slice(Math.max(0, f.start - 24), f.start).toLowerCase();
    const q = QUALIFIERS[lang].find(([re]) => re.test(before));
    if (q) {
      const m = q[0].exec(before)!;
      qualifiers.push({ start: f.start - before.length + m.index, end: f.start });
      // "подняли вдвое — до 100 млн", "la elevó hasta 100 millones": what a change came to, not a ceiling.
      const to = q[1] === 'up to' && /(?:^|[^\p{L}])(?:до|hasta)\s*$/u.test(before) && CHANGED[lang].test(sentence.slice(Math.max(0, f.start - 60), f.start));
      pieces.push({ at: f.start - before.length + m.index, text: to ? 'to' : q[1] });
    } else if (f.over) pieces.push({ at: f.start - 0.5, text: 'more than' });
    // "US$ 50 millones", "$50 млн": the currency sign goes with the figure, as English writes it ("$50 million").
    // ("RD$", "MX$", "COL$" are pesos, not dollars: no report's dollar figure is theirs.)
    const pesos = /(?<![\p{L}])(?:RD|MX|COL?|CLP?|ARS?|UYU?)\$\s*$/u.exec(sentence.slice(Math.max(0, f.start - 6), f.start));
    const sign = pesos ? null : /(?:US\$|\$|USD)\s*$/.exec(sentence.slice(Math.max(0, f.start - 5), f.start));
    if (pesos) qualifiers.push({ start: f.start - pesos[0].length, end: f.start });
    // "más de 6.000, todos en vuelos": a figure before a comma counts nothing that follows it.
    const alone = /^\s*[,;:)]/.test(sentence.slice(f.end));
    // "un 30 %", "70 процентов", "70 por ciento": a share, as English writes it ("30 percent").
    const percent = PERCENT.exec(sentence.slice(f.end));
    if (percent) qualifiers.push({ start: f.end, end: f.end + percent[0].length });
    pieces.push({ at: f.start, text: `${sign ? '$' : ''}${f.english}${pesos ? ' pesos' : ''}${percent ? ' percent' : ''}${alone ? ',' : ''}` });
    if (sign) qualifiers.push({ start: f.start - sign[0].length, end: f.start });
  }
  const taken = (i: number): boolean => inDate(i) || figures.some((f) => i >= f.start && i < f.end) || qualifiers.some((q) => i >= q.start && i < q.end);
  const tokens = [...sentence.matchAll(WORD)].filter((m) => !taken(m.index)).map((m) => ({ surface: m[0], at: m.index, stem: lex.stem(m[0]) }));
  const found: string[] = [];
  const places: string[] = [];
  // A capitalised first word is a name only when the reports know it: sentences start with "Los", "Que", "Мы".
  const firstWord = tokens[0]?.at ?? 0;
  // "туроператор Anex Tour": Latin words side by side in a Cyrillic sentence are one foreign name.
  let latinRun: { piece: { text: string }; end: number } | undefined;
  const addName = (t: { surface: string; at: number }, name: string): void => {
    const latin = lang === 'ru' && /^[A-Za-z'-]+$/.test(t.surface);
    const previous = pieces.at(-1);
    if (latin && latinRun && previous === latinRun.piece && latinRun.end === t.at - 1 && sentence[t.at - 1] === ' ') {
      // (English writes "the Washington Post" mid-sentence: the article is no part of the name.)
      found[found.length - 1] = previous.text = previous.text === 'The' ? name : `${previous.text} ${name}`;
      latinRun.end = t.at + t.surface.length;
      return;
    }
    found.push(name);
    pieces.push({ at: t.at, text: name });
    latinRun = latin ? { piece: pieces.at(-1)!, end: t.at + t.surface.length } : undefined;
  };
  // A word after a dash, a bullet or an emoji starts a clause of its own, as a feed or a timeline writes
  // them ("Пт, 28.11 · 19:40 — 🔔 Сейчас на Маргарите…"): capitalised, it is no name either.
  // (A Latin word in a Cyrillic sentence is a name wherever it stands; "ℹ️" is a letter to Unicode.)
  const afterBreak = (i: number): boolean => {
    if (i === 0 || (lang === 'ru' && /^[A-Za-z]/.test(tokens[i]!.surface))) return false;
    const before = tokens[i - 1]!;
    const gap = sentence.slice(before.surface === 'ℹ' ? before.at : before.at + before.surface.length, tokens[i]!.at);
    // (A dash after a time or a date, "19:40 — Сейчас"; in prose, "los vecinos — Ramírez entre ellos —", a name.)
    return BREAK.test(gap) || (/[—–]/.test(gap) && (/\d/.test(gap) || /^\d/.test(before.surface)));
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let english: string | undefined;
    let used = 1;
    // A name the reports spell the same way is that name, whatever word shares its stem ("Maduro" / "madurismo").
    const known = /^\p{Lu}/u.test(t.surface) && t.at > firstWord ? names?.exact(t.surface) : undefined;
    const listed = lex.exact.get(fold(t.surface)) ?? lex.entries.get(t.stem) ?? lex.regions.get(t.stem);
    if (known && !(listed && spellingKey(listed) === spellingKey(known))) {
      addName(t, known);
      continue;
    }
    for (let n = Math.min(lex.longest, tokens.length - i); n >= 1 && !english; n--) {
      const run = tokens.slice(i, i + n);
      const key = run.map((x) => x.stem).join(' ');
      // A country is a name, written with a capital: "данные" is no Denmark, "того" no Togo.
      english = lex.exact.get(run.map((x) => fold(x.surface)).join(' ')) ?? (/^\p{Lu}/u.test(t.surface) ? lex.regions.get(key) : undefined) ?? lex.entries.get(key);
      if (english) used = n;
    }
    // "reconoció que…", "сокращение признали": owning up to something is admitting it; recognising is
    // done to someone ("reconocen a Guaidó", "признали Гуайдо президентом").
    if (english === 'recognized' && used === 1 && !recognizes(tokens[i + 1], tokens[i + 2], tokens.slice(Math.max(0, i - 3), i))) english = 'admitted';
    // Russian ordinals share their stems with the numbers ("пятый" / "пять"): "пятый год" is the fifth.
    const ordinal = lang === 'ru' && used === 1 ? RU_ORDINAL.exec(t.surface) : null;
    if (ordinal) english = RU_ORDINALS[ordinal[1]!.toLowerCase()];
    // "se ha negado repetidamente a dejar el cargo": refusing to do something is no denial of news
    // (the lexicon's "se negó a" does not reach past an auxiliary or an adverb).
    if (lang === 'es' && english === 'denied' && used === 1 && refusing(tokens, i)) english = 'refused';
    // A negation only from the word itself: stems of other words meet it ("ней" → "не", "sino" → "sin").
    if (english && used === 1 && NEGATIONS.has(english) && !NEGATION_WORDS[lang].has(t.surface.toLowerCase())) english = undefined;
    const capital = /^\p{Lu}/u.test(t.surface);
    // "uno de los líderes", "одного из объединений": one of several, which the figures did not count, is no count in English either.
    if (english === 'one' && used === 1) continue;
    // "todos menos México", «все, кроме Мексики»: all but one, not all.
    if (english === 'all' && used === 1 && tokens.slice(i + 1, i + 6).some((x, k) => (lang === 'es' ? k === 0 && /^(?:menos|excepto|salvo)$/i.test(x.surface) : /^кроме$/i.test(x.surface)))) english = 'all but';
    // «всё тяжелее», «все больше»: more and more, not all ("становится все тяжелее" / "increasingly difficult").
    if (lang === 'ru' && used === 1 && /^вс[её]$/i.test(t.surface) && RU_COMPARATIVE.test(tokens[i + 1]?.surface ?? '')) english = 'increasingly';
    if (english) {
      // A body the lists name as English news elsewhere does, spelled as the reports spell it ("ATOR" / "ATORUS").
      if (/^\p{Lu}/u.test(english) && !lex.countries.has(english) && !PLACES.test(english) && !CALENDAR.test(english)) english = names?.find(english, english) ?? english;
      // Month and weekday names are dates (read above when they are), "The" of a title no name.
      if (/^\p{Lu}/u.test(english) && !CALENDAR.test(english)) (lex.countries.has(english) || PLACES.test(english) ? places : found).push(english);
      // "4.000 rusos": the counted people in lower case, as English counts them ("4,000 russians").
      const figure = figures.find((f) => f.end <= t.at && !/\p{L}/u.test(sentence.slice(f.end, t.at)));
      // "восемь американских кораблей": a people's adjective goes before the figure (and its "more
      // than"), where English puts it, so that the figure counts the noun ("American 8 ships"). Only a
      // Russian adjective stands there: "8.000 rusos" counts the Russians themselves.
      const adjective = lang === 'ru' && /(?:ск|цк)(?:ий|ая|ое|ие|их|ого|ому|им|ими|ой|ую)$/u.test(t.surface);
      const before = figure && qualifiers.find((q) => q.end === figure.start);
      // "численность военнослужащих … 9 тыс. человек": Russian counts people with "человек" after the
      // figure and names who they are earlier; the figure counts those ("9,000 servicemen").
      if (figure && lang === 'ru' && english === 'people') {
        const who = pieces.filter((p) => p.at < figure.start && COUNTED_PEOPLE.test(p.text)).at(-1);
        if (who) english = who.text;
      }
      const holderAt = OFFICE.test(english) ? officeHolderAt(sentence, tokens, i, used, lex) : undefined;
      if (holderAt !== undefined) pieces.push({ at: holderAt - 0.5, text: english });
      else if (figure && adjective && /^\p{Lu}/u.test(english) && PLACES.test(english) && /(?:an|ian|ese|ish)$/.test(english)) pieces.push({ at: (before?.start ?? figure.start) - 0.5, text: english });
      // (A capital: "marcha" is a "march", not the month.)
      else pieces.push({ at: t.at, text: figure ? english.toLowerCase() : /^\p{Lu}/u.test(english) && CALENDAR.test(english) ? `${english},` : english });
      i += used - 1;
    } else if (capital && t.surface.length > 1 && ((t.at > firstWord && !afterBreak(i)) || names?.find(t.surface, t.stem) || (APPOSITION.test(sentence.slice(t.at + t.surface.length)) && !CONNECTIVE.test(t.surface)))) {
      // A name the lists do not know: the corpus's spelling when known, else its Latin letters.
      // Russian names decline ("Рябкова", "Лавровым"): without a report's spelling, the stem's letters.
      // A name already in Latin letters ("AP", "WSJ" in a Russian text) stays as written.
      const latin = /^[A-Za-z'-]+$/.test(t.surface) ? t.surface : romanize(lang === 'ru' ? t.stem[0]!.toUpperCase() + t.stem.slice(1) : t.surface).replace(/[^A-Za-z'-]/g, '');
      // "Moscú-Porlamar": a route or pair of names, each part in English ("Moscow-Porlamar").
      const parts = t.surface.split('-');
      const compound = parts.length > 1 && parts.every((p) => /^\p{Lu}/u.test(p))
        ? parts.map((p) => names?.exact(p) ?? lex.exact.get(fold(p)) ?? lex.regions.get(lex.stem(p)) ?? lex.entries.get(lex.stem(p)) ?? romanize(p).replace(/[^A-Za-z']/g, '')).join('-')
        : undefined;
      const name = names?.find(t.surface, t.stem) ?? compound ?? latin;
      if (!name || CALENDAR.test(name)) continue;
      addName(t, name);
    }
  }
  // "unas decenas de empleados, frente a los cerca de 1.500 que llegó a tener": a figure that counts
  // nothing after it ("que", a comma, the end) counts what the sentence counted last ("1,500 employees").
  for (const f of figures) {
    if (!ELIDED.test(sentence.slice(f.end))) continue;
    const noun = pieces.filter((p) => p.at < f.start && COUNTED.test(p.text)).at(-1);
    if (!noun) continue;
    // ("ni siquiera una decena, según uno de ellos": the comma goes after the noun, "fewer than 10 cars,".)
    const figure = pieces.find((p) => p.at === f.start && p.text.endsWith(','));
    if (figure) figure.text = figure.text.slice(0, -1);
    pieces.push({ at: f.end, text: figure ? `${noun.text},` : noun.text });
  }
  pieces.sort((a, b) => a.at - b.at);
  // "dozens employee", "several dozens people": English counts in words with "of" and a singular "dozen".
  const text = pieces.map((p) => p.text).join(' ').replace(/\bseveral dozens\b/g, 'several dozen').replace(/\b(dozens|hundreds|thousands)\s+(?!of\b)(?=[a-z])/g, '$1 of ');
  // An aside's date dates the aside's act: its words in English, to tell whether it is the report's.
  for (const d of dates) if (d.aside) d.asideGloss = glossSentence(d.aside, lang, null, names).text;
  return { text, anchors: { figures, dates, names: [...new Set(found)], places: [...new Set(places)] } };
}
