/**
 * Someone else in the same role: "Dmitri Peskov" where the report has Maria Zakharova, "John
 * Bolton" for Pompeo, "Universidad Javeriana" for Icesi, a St Petersburg–Porlamar flight for the
 * Moscow one. The rest of such a sentence agrees with the report (the day, the quote, the figure), so
 * an anchor alone would read it as corroborating. It cannot: the report never names the newcomer,
 * and the passage names someone the sentence leaves out.
 */
import { MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import { containsWord, escapeRegExp } from '../text/regexp.ts';
import { continuedSpan, quoteSpan } from '../text/sentences.ts';
import { term } from '../text/tokens.ts';
import { namesAlike, unaccent } from './compare.ts';
import type { SourceLanguage } from './detect.ts';
import { romanize, spellingKey } from './names.ts';
import { OUTLETS } from './outlets.ts';
import { englishRegions } from './regions.ts';

/**
 * The sentence's names no related report knows: not a first name before a name the reports know
 * ("Mayk Pompeo", "Mark Rubio": only a spelling the reports do not share).
 */
export function strangers(glossText: string, names: readonly string[], reportTexts: readonly string[]): string[] {
  const known = (w: string): boolean => reportTexts.some((t) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(t));
  return names.filter((n) => {
    if (n.length < 3 || CAPITALS.has(n) || isRegion(n) || reportTexts.some((t) => namesAlike(t, n))) return false;
    // (A day's name is no party: "feriado por el Día de la Abolición del Ejército", glossed "day Abolicion army".)
    if (new RegExp(`\\bday\\s+${escapeRegExp(n)}(?![\\p{L}])`, 'iu').test(glossText)) return false;
    // Only a single word can be a first name ("St. Petersburg Porlamar", "Sankt-Peterburg Porlamar" are routes).
    if (/[\s-]/.test(n)) return true;
    const at = glossText.indexOf(n);
    const next = at < 0 ? '' : (glossText.slice(at + n.length).match(/^\s+(\S+)/)?.[1] ?? '');
    // (A place after it is no surname: "de visita en Casablanca, que Moscú…"; nor is a name the reports
    // never write after another word of a name, the end of a route: "рейс Казань — Порламар" / "the
    // Moscow-Porlamar flight".)
    const surname = (w: string): boolean => reportTexts.some((t) => new RegExp(`(?<![\\p{L}\\-–—])\\p{Lu}[\\p{L}.]*\\s+${escapeRegExp(w)}(?![\\p{L}])`, 'u').test(t));
    return !(/^\p{Lu}/u.test(next) && known(next) && !CAPITALS.has(next) && !isRegion(next) && surname(next));
  });
}

/**
 * The sentence's strangers it puts somewhere with a preposition ("desde Argel", "de visita en
 * Casablanca"): places, whose stand-in in the report is a place.
 */
export function strangersAsPlaces(sentence: string, newcomers: readonly string[]): string[] {
  // (Russian declines the place and the gloss spells it in Latin letters: «в Хьюстоне» is "Khyuston"'s.)
  const russian = [...sentence.matchAll(/(?<![\p{L}])(?:в|во|из)\s+(\p{Lu}[\p{L}-]+)/gu)].map((m) => skeleton(romanize(m[1]!)));
  return newcomers.filter((n) => new RegExp(`(?<![\\p{L}])(?:en|desde|de visita en|rumbo a|hacia)\\s+${escapeRegExp(n)}(?![\\p{L}])`, 'iu').test(sentence) || (n.length >= 4 && russian.some((p) => p.length >= 3 && sameSkeleton(p, skeleton(n)))));
}

// Capitalised words of a report sentence that name no one in particular: calendar, function words,
// titles and offices, which stand beside any name.
const NOT_A_NAME = new Set([
  ...[...MONTH_NAMES, ...WEEKDAY_NAMES].map((w) => w[0]!.toUpperCase() + w.slice(1)),
  ...('The A An In On At According But And As It He She They This That These Those His Her Its Their While After Before With For From By Of Meanwhile Also However Last Earlier Among Similarly So If When Since Despite Under Over Following ' +
    'Secretary State Defense Defence Foreign Minister Ministry President Vice Spokeswoman Spokesman Spokesperson Department Government Affairs Director Chief General Executive Officer CEO Deputy Adviser Advisor National Security Council House Senate Congress Court District Southern Northern Coast Guard Navy Army Air Force Forces Embassy Consulate ' +
    'Mr Mrs Ms Dr Sen Rep Gen Col Adm Pan Chavista Chavistas Chavismo Chavism').split(/\s+/),
]);
// Countries and peoples: many of a story's sentences name them; they are compared elsewhere (places).
let regionWords: Set<string> | undefined;
function isRegion(w: string): boolean {
  // (A people's word inside a longer name is no place: "American" of "American Samoa" is the "Pan
  // American" of an organisation, "British" of "British Virgin Islands" a British minister; a
  // country of one word stays one, "Japan", "Iran".)
  regionWords ??= new Set(englishRegions().flatMap((r) => { const parts = r.english.split(/[\s-]+/); return parts.length === 1 ? parts : parts.filter((x) => !PEOPLE.test(x) && !/^(?:French|Dutch)$/.test(x)); }));
  return regionWords.has(w);
}
const CAPITALS = new Set(['Moscow', 'Washington', 'Caracas', 'Kremlin', 'Pentagon', 'Beijing', 'Havana', 'Bogota', 'Bogotá', 'Caribbean', 'Europe', 'West', 'Western', 'America', 'Latin', 'U.S.', 'US', 'UN', 'EU', 'UK', 'USA']);
// Words of a name that say what kind of thing it names.
const KIND_NOUN = new Set(['University', 'Island', 'Islands', 'Group', 'Agency', 'Company', 'Press', 'Association', 'Institute', 'Party', 'Airlines', 'Bank']);
// More mentions than this in one report make a name one of its protagonists.
const PROTAGONIST = 3;
const PEOPLE = /^\p{Lu}\p{Ll}+(?:an|ian|ean|ese|ish)s?$/u;

// (c and k are one sound across scripts: "Icesi" / "Икеси" → "Ikes".)
const sound = (t: string): string => unaccent(t).toLowerCase().replace(/c(?!h)/g, 'k');

/**
 * A name in the report's sentence that the glossed sentence does not have: the one a stranger of
 * the sentence stands in for. Undefined when the passage names no one the sentence leaves out.
 */
export function competitor(passage: string, glossText: string, anchorNames: readonly string[], report = '', newcomers: readonly string[] = []): string | undefined {
  // The story's protagonists ("Maduro" in every other sentence of a report) are no one's stand-in:
  // a sentence that leaves them out talks about something else of theirs.
  const protagonist = (w: string): boolean => (report.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'gu'))?.length ?? 0) > PROTAGONIST;
  const plain = sound(glossText);
  const fullStranger = newcomers.some((n) => !/\s/.test(n) && new RegExp(`(?<![\\p{L}])\\p{Lu}\\p{Ll}+\\s+${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(glossText));
  const raw = passage.split(/\s+/);
  const words = raw.map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/, '').replace(/\./g, ''));
  // Named in the sentence, however declined or spelled ("Zakharova" / "Zajárova" both become the reports' spelling).
  const named = (w: string): boolean => {
    const mine = sound(w);
    return plain.includes(mine.slice(0, Math.max(3, mine.length - 2))) || anchorNames.some((n) => containsWord(n, w) || namesAlike(n, w));
  };
  // Runs of capitalised words ("Olga Petrenko", "Icesi University"): one name, named in the sentence if any word of it is.
  // (A sentence's first word is capitalised anyway: a name there only in capitals, "ATORUS confirmed".)
  // (…or one that does what names do: "Rostec denied the Journal's report.")
  const isName = (w: string, i: number): boolean => (i > 0 || /^\p{Lu}[\p{Lu}\d]+$/u.test(w) || ACTING.test(words[1] ?? '')) && w.length >= 2 && /^\p{Lu}/u.test(w) && !NOT_A_NAME.has(w);
  for (let i = 0; i < words.length; i++) {
    if (!isName(words[i]!, i)) continue;
    let j = i;
    // (A run ends at a comma: "an interview with Univision, Juan Guaido declared" names two.)
    while (j + 1 < words.length && !/[,;:)]$/.test(raw[j]!) && isName(words[j + 1]!, j + 1)) j++;
    const run = words.slice(i, j + 1);
    i = j;
    // A route or pair ("Moscow-Porlamar"): each end is a name, the capital too (a St Petersburg flight is another flight).
    // (Not a name with a small word inside: "Mar-a-Lago".)
    const ends = run.filter((w) => w.includes('-') && !/-\p{Ll}+-/u.test(w)).flatMap((w) => w.split('-')).filter((p) => p.length >= 3 && /^\p{Lu}/u.test(p));
    const otherEnd = ends.find((p) => !named(p));
    if (otherEnd && ends.some(named)) return otherEnd;
    const plainWords = run.filter((w) => (!w.includes('-') || /-\p{Ll}+-/u.test(w)) && w.length >= 3);
    // The word that says who it is: the surname, or the name before "University", "Group"…
    const head = plainWords.filter((w) => !KIND_NOUN.has(w)).at(-1);
    // (…or by its initials: "la agencia AP" names the Associated Press.)
    const initials = plainWords.length >= 2 ? plainWords.map((w) => w[0]).join('') : '';
    if (initials && new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u').test(glossText)) continue;
    // (…unless the sentence puts a stranger of first name and surname where the report has the
    // protagonist: "Maduro pidió ayuda … a Mijaíl Mishustin" / "pleaded with … Vladimir Putin".)
    if (!head || named(head) || isRegion(head) || CAPITALS.has(head) || PEOPLE.test(head) || (protagonist(head) && !speaker(passage, run.join(' '), glossText) && !(run.length >= 2 && fullStranger))) continue;
    // A newspaper the sentence names by what it is ("сведения газеты" / "the Journal's report"),
    // unless that word goes with its stranger ("la cadena Telemundo" / "Univision").
    if (OUTLET.test(head) && outletUnnamed(glossText, newcomers)) continue;
    return plainWords.join(' ');
  }
  return undefined;
}

// The last word of an outlet's name, and the words a sentence calls an outlet by.
const OUTLET = /^(?:Journal|Times|Post|Press|News|Network|Reuters|Bloomberg|Telegraph|Guardian|Gazette|Herald|Tribune|Agency|TASS|Tass|AP|AFP|EFE|CNN|CNBC|BBC)$/;
const OUTLET_NOUN = /^(?:newspaper|paper|daily|journal|agency|outlet|publication|media|press|channel|network|broadcaster|magazine)$/i;

/** Whether the glossed sentence calls an outlet by what it is, that word not beside one of its strangers. */
function outletUnnamed(glossText: string, newcomers: readonly string[]): boolean {
  const words = glossText.split(/\s+/).map((w) => w.replace(/[^\p{L}]/gu, ''));
  return words.some((w, i) => OUTLET_NOUN.test(w) && !newcomers.some((n) => [words[i - 1], words[i + 1]].some((x) => !!x && containsWord(n, x))));
}

// Whoever a quotation is attributed to (“…,” PEGAS Touristik said; Zakharova said: “…”), or whoever
// does what the sentence's stranger does ("ATORUS confirmed" / "Как подтвердил РСТ" → "confirmed … Rst"),
// holds the role the sentence gives its stranger, however often the report names them elsewhere.
function speaker(passage: string, name: string, glossText: string): boolean {
  const who = escapeRegExp(name);
  if (new RegExp(`[”"]\\s*,?\\s*${who}\\s+${SAYS}|${who}\\s+${SAYS}[^“"]{0,40}[“"]|[”"]\\s*,?\\s*${SAYS}\\s+(?:the\\s+)?${who}`, 'u').test(passage)) return true;
  const act = new RegExp(`${who}\\s+(?:has\\s+|had\\s+)?(${ACTS})\\b`, 'u').exec(passage)?.[1];
  return !!act && new RegExp(`\\b${act}\\b`, 'i').test(glossText);
}
const SAYS = '(?:said|says|told|stated|wrote|added|announced|declared)';
const ACTS = 'said|told|stated|announced|declared|confirmed|denied|reported|accused|warned';
const ACTING = new RegExp(`^(?:${ACTS})$`);

// The places the related reports name, in any form: built once for an article's reports (the same
// array for each of its sentences) and asked of each sentence's places.

function placesNamed(reportTexts: readonly string[]): (place: string) => boolean {
  let named = PLACES_NAMED.get(reportTexts);
  if (!named) PLACES_NAMED.set(reportTexts, (named = placeIndex(reportTexts)));
  return named;
}
const PLACES_NAMED = new WeakMap<readonly string[], (place: string) => boolean>();

function placeIndex(reportTexts: readonly string[]): (place: string) => boolean {
  // Words by their first four letters: two forms of one place share at least those (samePlace).
  const byStart = new Map<string, Set<string>>();
  for (const t of reportTexts) {
    for (const w of wordsOf(t)) {
      if (w.length < 4) continue;
      const start = w.slice(0, 4);
      let ws = byStart.get(start);
      if (!ws) byStart.set(start, (ws = new Set()));
      ws.add(w);
    }
  }
  return (place) => [...(byStart.get(place.slice(0, 4)) ?? [])].some((w) => samePlace(w, place));
}

/**
 * The sentence's places no related report names, in any form ("India", "Swedish", "Pacific"): a
 * place that stands where the report has another ("la India" / China, "la diplomacia sueca" /
 * Norway). A country's people count as the country ("Norwegian" is Norway).
 */
export function strangePlaces(places: readonly string[], reportTexts: readonly string[]): string[] {
  const named = placesNamed(reportTexts);
  return places.filter((p) => {
    if (CAPITALS.has(p)) return false;
    // ("Caribbean Sea", "United States": the word that says which.)
    const mine = wordsOf(p).filter((w) => w.length >= 4 && !GEO_WORDS.has(w));
    return mine.length > 0 && !mine.some(named);
  });
}

/**
 * The sentence's countries and places that no related report names, leaving out peoples' words: "la
 * Cadena SER española" says whose outlet speaks, not where something happened.
 */
export function strangeCountries(places: readonly string[], reportTexts: readonly string[]): string[] {
  return strangePlaces(places.filter((p) => !PEOPLE.test(p) || isCountry(p)), reportTexts);
}

// Countries whose English name ends like a people's word ("Iran", "Taiwan", "Vatican" of Vatican City).
let countryNames: Set<string> | undefined;
function isCountry(p: string): boolean {
  countryNames ??= new Set(englishRegions().map((r) => r.english.replace(/\s+City$/, '')));
  return countryNames.has(p);
}

/**
 * A place in the report's sentence that the glossed sentence does not name in any form: the one a
 * strange place of the sentence stands in for. Not the report's protagonists (named more than three
 * times in it: "Venezuela", "the Caribbean" of a story about them).
 */
export function placeCompetitor(passage: string, glossText: string, report = ''): string | undefined {
  const mine = wordsOf(glossText);
  // (A route's ends are places, "Moscow-Porlamar"; a name with a small word inside is one name, "Mar-a-Lago".)
  const words = passage.split(/\s+/).flatMap((t) => (/-\p{Ll}+-/u.test(t) ? [t] : t.split(/[-–—]+/))).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').replace(/['’]s$/, '').replace(/\.$/, ''));
  for (const [i, w] of words.entries()) {
    // (Not a people: "Russian Foreign Minister" says whose minister, not where he was; but "the
    // Guyanese government" is Guyana's, and "a Panamanian flag" is Panama's.)
    const government = PEOPLE.test(w) && /^(?:government|authorities|flag|flags)$/i.test(words[i + 1] ?? '');
    if (w.length < 4 || !/^\p{Lu}\p{Ll}/u.test(w) || GEO_WORDS.has(w.toLowerCase()) || !(isRegion(w) || CAPITALS.has(w) || SEAS.has(w) || government)) continue;
    if (mine.some((m) => samePlace(m, sound(w)))) continue;
    // A capital the sentence names by its country ("Moscow would oppose" / "Россия").
    const country = Object.hasOwn(CAPITAL_OF, w) ? CAPITAL_OF[w] : undefined;
    if (country && mine.some((m) => samePlace(m, country))) continue;
    if ((report.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, 'gu'))?.length ?? 0) > PROTAGONIST) continue;
    return w;
  }
  return undefined;
}

// Words that give a place a role in a sentence: who hosts, whose flag, what it is linked to.
// (…whose government acts: "правительство Панамы обвинило" / "The Guyanese government … accusing";
// with whom there are contacts: "contactos con Pekín" / "contacts with Moscow"; where a ship is
// registered: "inscrito en el registro de buques de Guyana" / "was registered in Panama".)
const SLOTS: [string, RegExp][] = [['host', /^host(?:s|ed|ing)?$/i], ['flag', /^flags?$/i], ['link', /^(?:link(?:s|ed)?|ties|tied)$/i], ['deploy', /^deploy(?:s|ed|ing|ment)?$/i], ['government', /^government$/i], ['contact', /^contacts?$/i], ['register', /^regist(?:ered|ry|ration)$/i], ['dispute', /^disputes?$/i]];
const INSTITUTIONS = new Set(['Pentagon', 'Kremlin', 'White House']);
const slotOf = (word: string): string | undefined => SLOTS.find(([, re]) => re.test(word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '')))?.[0];

// Titles that stand before a surname as a first name does ("President Trump", "Ataman Shabayev").
const TITLE = /^(?:Senator|Ambassador|Governor|Mayor|Judge|Colonel|Admiral|Commander|Chancellor|Premier|Prime|Leader|Ataman|Atam[aá]n|King|Queen|Prince|Pope|Saint|San|Santa|Sir|Lord|Lady|Professor|Prof|Captain|Lieutenant|Sergeant|Major|Marshal|Field|Attorney|Speaker|Representative|Congressman|Congresswoman)$/;

/**
 * A first name's or surname's consonants, from its spelling key (names.ts), as any alphabet's
 * spelling keeps them ("Serguéi" / "Sergey", "Mishel" / "Michelle", "Dels" / "Delcy").
 */
function skeleton(word: string): string {
  return spellingKey(word)
    .replace(/ch|sh|zh/g, 's')
    .replace(/c(?=[ei])/g, 's')
    .replace(/c|q/g, 'k')
    .replace(/[aeiouh]/g, '')
    .replace(/(.)\1+/g, '$1');
}
const sameSkeleton = (a: string, b: string): boolean => a.startsWith(b) || b.startsWith(a);
const FULL_NAMES = /(?<![\p{L}])(\p{Lu}\p{Ll}{2,})\s+(\p{Lu}[\p{L}'’-]{2,})/gu;

/**
 * The same surname with another first name in the report's sentence ("Виктор Рувинский" / "Vladimir
 * Rouvinski"): another person, or the right person misnamed. Returns both full names.
 */
export function firstNameCompetitor(passage: string, sentence: string, glossText: string, report: string): { claim: string; report: string } | undefined {
  const theirs = [...passage.matchAll(FULL_NAMES)].filter((m) => !NOT_A_NAME.has(m[1]!) && !TITLE.test(m[1]!)).map((m) => ({ first: m[1]!, last: m[2]!, firstKey: skeleton(m[1]!), lastKey: skeleton(m[2]!) }));
  if (!theirs.length) return undefined;
  const plain = unaccent(report);
  // (…and side by side in the sentence itself, not only in its gloss: "…Consejo, pero Pompeo…".)
  const written = [...sentence.matchAll(FULL_NAMES)].map((m) => [skeleton(m[1]!), skeleton(m[2]!)] as const);
  for (const mine of glossText.matchAll(FULL_NAMES)) {
    const [first, last] = [mine[1]!, mine[2]!];
    const [firstKey, lastKey] = [skeleton(first), skeleton(last)];
    if (NOT_A_NAME.has(first) || TITLE.test(first) || lastKey.length < 3 || firstKey.length < 2) continue;
    // (A first name is one the report never writes: the gloss sets names side by side that the
    // sentence did not, "Washington Maduro", "Gil Lavrov", each a name the report knows.)
    if (containsWord(plain, unaccent(first)) || isRegion(first) || CAPITALS.has(first)) continue;
    if (!written.some(([a, b]) => sameSkeleton(a, firstKey) && sameSkeleton(b, lastKey))) continue;
    for (const m of theirs) {
      if (!sameSkeleton(lastKey, m.lastKey) || m.lastKey.length < 3) continue;
      // (…unless it is the same first name in another spelling, or the same person named twice.)
      if (sameSkeleton(firstKey, m.firstKey) || m.firstKey.length < 2) return undefined;
      if (!containsWord(glossText, m.first)) return { claim: `${first} ${last}`, report: `${m.first} ${m.last}` };
    }
  }
  return undefined;
}

/**
 * A place the report's sentence gives the role the sentence gives another place ("примет у себя
 * Мексика" / "Canada will host"; "vínculos con Irán" / "a Panamanian flag linked to China"): the
 * sentence's place, though the reports know it, is not in the passage, and the passage's is not in
 * the sentence. Returns both, as the sentence and the report write them.
 */
export function slotCompetitor(passage: string, glossText: string, places: readonly string[]): { claim: string; report: string } | undefined {
  const mine = glossText.split(/\s+/);
  const theirs = passage.split(/\s+/);
  const inPassage = wordsOf(passage);
  // (Where forces are deployed comes after what they are: "deploys 11 warships and 15,000 troops to the Caribbean".)
  const near = (words: readonly string[], at: number): string => words.slice(Math.max(0, at - 3), at + (slotOf(words[at]!) === 'deploy' ? 9 : 4)).join(' ');
  for (const [k, w] of mine.entries()) {
    const slot = slotOf(w);
    if (!slot) continue;
    // (An institution named by its seat, "Pentagon", is who acts, not where.)
    // (A people beside a deployment is whose it is, not where: "el despliegue militar estadounidense".)
    // (…nor the one before "deployed": "Estados Unidos mantiene desplegados…" is who deploys.)
    const window = slot === 'deploy' ? mine.slice(k, k + 9).join(' ') : near(mine, k);
    // (A place that says so is a source, not a role's filler: "по версии Вашингтона, под чужим флагом".)
    const source = (p: string): boolean => new RegExp(`\\b(?:according|version|per|claims?|says?|said)\\s+(?:to\\s+)?(?:the\\s+)?${escapeRegExp(p)}\\b`, 'i').test(window);
    // (…nor the country right after the forces: «11 боевых кораблей США», "11 warship US", are America's.)
    const whose = (p: string): boolean => slot === 'deploy' && new RegExp(`\\b(?:warships?|ships?|vessels?|destroyers?|frigates?|troops|forces|soldiers|sailors|marines|servicem[ae]n)\\s+${escapeRegExp(p)}\\b`, 'i').test(window);
    const place = places.find((p) => !INSTITUTIONS.has(p) && !(slot === 'deploy' && PEOPLE.test(p) && !SEAS.has(p)) && containsWord(window, p) && !source(p) && !whose(p) && !wordsOf(p).some((x) => x.length >= 4 && !GEO_WORDS.has(x) && inPassage.some((y) => samePlace(x, y))));
    if (!place) continue;
    for (const [m, v] of theirs.entries()) {
      if (slotOf(v) !== slot) continue;
      // The role is of whatever the passage names nearest it: something the sentence names too
      // ("the Skipper…, as well as the Centuries, … flag linked to China" gives the Centuries' flag, not the Skipper's).
      // (A dispute is the country's own: "territorial disputes with Guyana" belong to no name beside them.)
      const owner = slot === 'dispute' ? undefined : nearestName(theirs, m);
      if (owner && !sound(glossText).includes(sound(owner).slice(0, Math.max(3, sound(owner).length - 2)))) continue;
      const other = placeCompetitor(near(theirs, m), glossText);
      if (other) return { claim: place, report: other };
    }
  }
  return undefined;
}

/** The capitalised word nearest `at` that names someone or something, not a place, a title or a date. */
function nearestName(words: readonly string[], at: number): string | undefined {
  let best: string | undefined;
  let distance = Infinity;
  for (const [i, raw] of words.entries()) {
    const w = raw.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '').replace(/['’]s$/, '');
    if (i === 0 || w.length < 3 || !/^\p{Lu}/u.test(w) || NOT_A_NAME.has(w) || isRegion(w) || CAPITALS.has(w) || CAPITALS.has(`${w}.`) || SEAS.has(w) || PEOPLE.test(w) || GEO_WORDS.has(w.toLowerCase())) continue;
    if (Math.abs(i - at) < distance) [best, distance] = [w, Math.abs(i - at)];
  }
  return best;
}

const wordsOf = (text: string): string[] => sound(text).match(/\p{L}+/gu) ?? [];
const PEOPLE_ENDING = /(?:an|ian|ean|ese|ish|i|ic)s?$/;

/** Whether two words name one place, a country and its people alike ("norway" / "norwegian", "china" / "chinese"), not "india" / "indicated". */
function samePlace(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 4 && common >= short.length - 3 && PEOPLE_ENDING.test(long);
}

const CAPITAL_OF: Record<string, string> = { Moscow: 'russia', Kremlin: 'russia', Washington: 'united', Pentagon: 'united', Caracas: 'venezuela', Havana: 'cuba', Beijing: 'china', Bogota: 'colombia', Bogotá: 'colombia' };
const GEO_WORDS = new Set(['united', 'states', 'state', 'republic', 'kingdom', 'north', 'south', 'east', 'west', 'eastern', 'western', 'northern', 'southern', 'ocean', 'island', 'islands', 'nations', 'union']);
const SEAS = new Set(['Caribbean', 'Pacific', 'Atlantic', 'Arctic', 'Mediterranean', 'Baltic']);
const SEA_NAMES = [...SEAS];

// A flight's route: "flight Moscow Caracas", "flight Moscow-Caracas" as a gloss writes it, "the
// Moscow-Porlamar flight", "a flight from Moscow to Havana" as a report does.
const GLOSS_ROUTE = /\bflights?\s+(\p{Lu}[\p{L}]+)[\s\-–—]+(\p{Lu}[\p{L}]+)/gu;
const REPORT_ROUTE = /(\p{Lu}[\p{L}]+)-(\p{Lu}[\p{L}]+)\s+(?:charter\s+)?flights?|\bflights?\s+from\s+(\p{Lu}[\p{L}]+)\s+to\s+(\p{Lu}[\p{L}]+)/gu;

/**
 * A flight the report's sentences (`passage`: the sentence with those beside it) route from the same
 * place to another end than the sentence does ("рейс Москва — Каракас" / "the Moscow-Porlamar
 * flight"): the sentence's end is named nowhere in them, and the report's is the end of none of the
 * sentence's flights. Returns both routes, as the sentence and the report write them.
 */
export function routeCompetitor(passage: string, glossText: string): { claim: string; report: string } | undefined {
  const mine = [...glossText.matchAll(GLOSS_ROUTE)].map((m) => ({ from: m[1]!, to: m[2]! }));
  if (!mine.length) return undefined;
  const theirs = [...passage.matchAll(REPORT_ROUTE)].map((m) => ({ from: (m[1] ?? m[3])!, to: (m[2] ?? m[4])! }));
  const same = (a: string, b: string): boolean => samePlace(sound(a), sound(b)) || sound(a).slice(0, 5) === sound(b).slice(0, 5);
  const inPassage = wordsOf(passage);
  for (const r of mine) {
    // The same two ends the other way round ("обратный рейс Порламар — Москва" / "the Moscow-Porlamar
    // flight"): another flight, unless the sentence has both ways.
    const back = theirs.find((t) => same(t.from, r.to) && same(t.to, r.from) && !mine.some((m) => same(m.from, t.from) && same(m.to, t.to)));
    if (back && !theirs.some((t) => same(t.from, r.from) && same(t.to, r.to))) return { claim: `${r.from}–${r.to}`, report: `${back.from}-${back.to}` };
    if (!theirs.some((t) => same(t.from, r.from)) || theirs.some((t) => same(t.to, r.to)) || inPassage.some((w) => same(w, r.to))) continue;
    const other = theirs.find((t) => same(t.from, r.from) && !mine.some((m) => same(m.to, t.to)));
    if (other) return { claim: `${r.from}–${r.to}`, report: `${other.from}-${other.to}` };
  }
  return undefined;
}

// Bodies that act, as English news and the gloss write them (either case: the gloss writes "defense ministry").
const ACTORS: [string, RegExp][] = [
  ['defense', /\b(?:pentagon|defen[cs]e (?:department|ministry)|department of defen[cs]e|ministry of defen[cs]e|war department)\b/gi],
  ['state', /\b(?:state department|department of state)\b/gi],
  ['white house', /\bwhite house\b/gi],
  ['kremlin', /\bkremlin\b/gi],
  ['foreign ministry', /\b(?:foreign (?:affairs )?ministry|ministry of foreign affairs)\b/gi],
  ['treasury', /\btreasury\b/gi],
  ['justice', /\b(?:justice department|department of justice)\b/gi],
  ['coast guard', /\bcoast guard\b/gi],
];
// Words between a body and its act: "the US State Department ordered", "Pentagon has ordered".
const BETWEEN = /^(?:us|u\.s\.|the|has|had|have|also|then|later|itself|on|russian|american|venezuelan)$/i;

// Offices a person holds, as English news and the gloss write them, each followed by its holder's name.
const OFFICES: [string, string][] = [
  ['state', 'secretary of state|state secretary'],
  ['defense', 'defen[cs]e secretary|secretary of defen[cs]e|defen[cs]e minister|minister of defen[cs]e|war secretary|secretary of war'],
  ['foreign', 'foreign minister|minister of foreign affairs|foreign secretary'],
  ['prime', 'prime minister'],
  ['vice', 'vice president'],
  ['ambassador', 'ambassador'],
];
// (Either case for the office, not for the name: a name is capitalised.)
const anyCase = (re: string): string => re.replace(/(?<!\[[^\]]*)\p{Ll}/gu, (c) => `[${c}${c.toUpperCase()}]`);
const OFFICE_HOLDER = new RegExp(`(?<![\\p{L}])(${OFFICES.map(([, re]) => anyCase(re)).join('|')})(?![\\p{L}]),?\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)`, 'gu');
const OFFICE_EXACT: [string, RegExp][] = OFFICES.map(([office, re]) => [office, new RegExp(`^(?:${re})$`, 'i')]);
const officeOf = (written: string): string | undefined => OFFICE_EXACT.find(([, re]) => re.test(written))?.[0];

// A body's spokesperson, the body either side of the word ("Foreign Ministry spokeswoman Maria
// Zakharova", the gloss's "spokesperson Kremlin Maria Zakharova"), then the name.
const NAME_AFTER = `,?\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)`;
const SPOKES = '[Ss]pokes(?:wo)?(?:man|person)';
// (Either case for the body, not for the name.)
const SPOKESPERSON_OF: [string, RegExp][] = ACTORS.map(([actor, re]) => {
  const body = anyCase(re.source.replace(/^\\b|\\b$/g, ''));
  return [actor, new RegExp(`(?:(?<![\\p{L}])(?:${body})\\s+${SPOKES}|${SPOKES}\\s+(?:of\\s+)?(?:the\\s+)?(?:${body}))${NAME_AFTER}`, 'gu')];
});

/**
 * Each holder's surname (as sound()) with the office written before the name ("Secretary of State
 * Marco Rubio"), a body's spokesperson too ("Foreign Ministry spokeswoman Maria Zakharova").
 */
function officeHolders(text: string): Holder[] {
  const offices = [...text.matchAll(OFFICE_HOLDER)].flatMap((m) => {
    const office = officeOf(m[1]!.replace(/\s+/g, ' '));
    const surname = m[2]!.split(/\s+/).at(-1)!;
    return office ? [{ surname: sound(surname), office, raw: `${m[1]} ${m[2]}` }] : [];
  });
  for (const [actor, re] of SPOKESPERSON_OF) {
    for (const m of text.matchAll(re)) offices.push({ surname: sound(m[1]!.split(/\s+/).at(-1)!), office: `${actor} spokesperson`, raw: m[0].trim() });
  }
  return offices;
}

/**
 * Someone the sentence gives another office than the report's sentence does ("secretario de Defensa,
 * Marco Rubio" / "Secretary of State Marco Rubio"): the same person, two offices. Returns both, as
 * the gloss and the report write them.
 */
export function officeCompetitor(passage: string, glossText: string): { claim: string; report: string } | undefined {
  const sameName = (a: string, b: string): boolean => a === b || (Math.min(a.length, b.length) >= 4 && a.slice(0, Math.max(4, Math.min(a.length, b.length) - 2)) === b.slice(0, Math.max(4, Math.min(a.length, b.length) - 2)));
  return officeClash(officeHolders(glossText), () => officeHolders(passage), sameName);
}

type Holder = { surname: string; office: string; raw: string };

/**
 * The first person of the report's sentence (`theirs`, read only when the sentence has holders) whom
 * the sentence (`mine`) gives another office, as both write it; not when the sentence also gives
 * them the report's office.
 */
function officeClash(mine: readonly Holder[], theirs: () => readonly Holder[], sameName: (a: string, b: string) => boolean): { claim: string; report: string } | undefined {
  if (!mine.length) return undefined;
  for (const t of theirs()) {
    const same = mine.filter((m) => sameName(m.surname, t.surname));
    const clash = same.find((m) => m.office !== t.office);
    if (clash && !same.some((m) => m.office === t.office)) return { claim: clash.raw, report: t.raw };
  }
  return undefined;
}

// What a company's people are, as the reports and the gloss write it: its chief, its spokesperson, its
// sales chief. (A bare "director" may be any of them: «коммерческий директор» is glossed "director".)
const CORPORATE: [string, string][] = [
  ['chief', 'CEO|chief executive(?: officer)?|director general|general director|managing director|head'],
  ['spokesperson', 'spokes(?:wo)?(?:man|person)|press secretary'],
  ['sales', 'commercial(?: director| manager)?|sales (?:director|manager|chief)'],
];
const CORPORATE_TITLE = CORPORATE.map(([, re]) => re).join('|');
// "CEO of Pegas Touristik Anna Podgornaya" / the gloss's "spokesperson Pegas Touristik Anna Podgornaya": the last capitalised word is the surname.
const TITLE_FIRST = new RegExp(`(?<![\\p{L}])(${anyCase(CORPORATE_TITLE)})(?![\\p{L}])(?:\\s+(?:of|at))?(?:\\s+the)?((?:\\s+\\p{Lu}[\\p{L}'’-]*){2,5})`, 'gu');
// "Anna Podgornaya, CEO of Pegas Touristik".
const NAME_FIRST = new RegExp(`(\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+),\\s+(?:the\\s+)?(${CORPORATE_TITLE})\\s+(?:of|at)\\s`, 'gu');
const CORPORATE_EXACT: [string, RegExp][] = CORPORATE.map(([office, re]) => [office, new RegExp(`^(?:${re})$`, 'i')]);
const corporateOf = (written: string): string | undefined => CORPORATE_EXACT.find(([, re]) => re.test(written))?.[0];

/** Each person a text gives a company title (chief, spokesperson, sales chief), by surname (as sound()). */
function corporateHolders(text: string): Holder[] {
  const out: Holder[] = [];
  for (const m of text.matchAll(TITLE_FIRST)) {
    const office = corporateOf(m[1]!.replace(/\s+/g, ' '));
    if (office) out.push({ surname: sound(m[2]!.trim().split(/\s+/).at(-1)!), office, raw: m[0].trim() });
  }
  for (const m of text.matchAll(NAME_FIRST)) {
    const office = corporateOf(m[2]!.replace(/\s+/g, ' '));
    if (office) out.push({ surname: sound(m[1]!.split(/\s+/).at(-1)!), office, raw: `${m[1]}, ${m[2]}` });
  }
  return out;
}

/**
 * Someone the sentence gives another title in a company than the report's sentence does ("gerenta
 * comercial de Pegas Touristik, Anna Podgórnaya" / "Anna Podgornaya, CEO of Pegas Touristik").
 */
export function corporateCompetitor(passage: string, glossText: string): { claim: string; report: string } | undefined {
  return officeClash(corporateHolders(glossText), () => corporateHolders(passage), (a, b) => a === b);
}

/** Each body that acts in a text, with the stem of the act that follows it ("State Department ordered" → state, order). */
function actsOf(text: string): { actor: string; raw: string; act: string }[] {
  const out: { actor: string; raw: string; act: string }[] = [];
  for (const [actor, re] of ACTORS) {
    for (const m of text.matchAll(re)) {
      const words = text.slice(m.index + m[0].length).match(/[\p{L}.'’]+/gu)?.slice(0, 4) ?? [];
      const act = words.find((w) => !BETWEEN.test(w));
      const stem = act && act.length >= 4 && !/^\p{Lu}/u.test(act) ? term(act.toLowerCase()) : null;
      if (stem) out.push({ actor, raw: m[0], act: stem });
    }
  }
  return out;
}

/**
 * A body the sentence has doing what the report's sentence has another body do ("el Pentágono
 * ordenó la salida" / "the US State Department ordered some members … to leave"): neither names the
 * other's body. Returns both, as the gloss and the report write them.
 */
export function actorCompetitor(passage: string, glossText: string): { claim: string; report: string } | undefined {
  const mine = actsOf(glossText);
  if (!mine.length) return undefined;
  const theirs = actsOf(passage);
  for (const a of mine) {
    const b = theirs.find((x) => x.act === a.act && x.actor !== a.actor);
    if (b && !theirs.some((x) => x.actor === a.actor) && !mine.some((x) => x.actor === b.actor)) return { claim: a.raw, report: b.raw };
  }
  return undefined;
}

// Where someone acts, in the sentence's own words ("desde la Casa Blanca", "в Белом доме") and in
// the report's ("at his Mar-a-Lago residence", "from the Kremlin"). The gloss drops the
// preposition, and with it the difference between acting there and being named.
const VENUES: { name: string; es: RegExp; ru: RegExp; en: RegExp; at?: RegExp }[] = [
  { name: 'White House', es: /(?<![\p{L}])(?:en|desde)\s+la\s+Casa\s+Blanca/iu, ru: /(?<![\p{L}])(?:в|из)\s+Бел(?:ом|ого)\s+дом[еа](?![\p{L}])/iu, en: /White\s+House/ },
  { name: 'Kremlin', es: /(?<![\p{L}])(?:en|desde)\s+el\s+Kreml[ií]n/iu, ru: /(?<![\p{L}])(?:в|из)\s+Кремл[еяь](?![\p{L}])/iu, en: /Kremlin/ },
  { name: 'Pentagon', es: /(?<![\p{L}])(?:en|desde)\s+el\s+Pent[aá]gono/iu, ru: /(?<![\p{L}])(?:в|из)\s+Пентагон[еа](?![\p{L}])/iu, en: /Pentagon/ },
  { name: 'Mar-a-Lago', es: /(?<![\p{L}])(?:en|desde)\s+(?:\p{L}+\s+){0,4}Mar-a-Lago/iu, ru: /(?<![\p{L}])(?:в|из)\s+(?:\p{L}+\s+){0,3}Мар-а-Лаго/iu, en: /Mar-a-Lago/ },
  { name: 'Miraflores', es: /(?<![\p{L}])(?:en|desde)\s+(?:el\s+)?(?:Palacio\s+de\s+)?Miraflores/iu, ru: /(?<![\p{L}])(?:в|из)\s+(?:\p{L}+\s+){0,2}Мирафлорес/iu, en: /Miraflores/ },
];

/**
 * A place the sentence has someone act in that the report's sentence has them act somewhere else
 * ("выступил в Белом доме" / "an event at his Mar-a-Lago residence, … what the White House
 * described"): the report names the sentence's place, but not as where it happened. Returns both.
 */
export function venueCompetitor(passage: string, sentence: string, lang: SourceLanguage): { claim: string; report: string } | undefined {
  const mine = VENUES.find((v) => v[lang].test(sentence));
  if (!mine) return undefined;
  const at = (v: (typeof VENUES)[number]): boolean => (v.at ??= new RegExp(`(?<![\\p{L}])(?:at|in|from)\\s+(?:(?:his|her|its|the)\\s+)?(?:\\p{L}+\\s+)?${v.en.source}`, 'u')).test(passage);
  if (at(mine)) return undefined;
  const theirs = VENUES.find((v) => v !== mine && at(v) && !v[lang].test(sentence));
  return theirs ? { claim: mine.name, report: theirs.name } : undefined;
}

// Whom someone spoke with, in the sentence's words and the report's. (A counterpart, a pronoun or
// a name the report shares is the report's person again; an ambassador, a president or a deputy
// minister is someone else.)
const SPOKE_WITH: Record<SourceLanguage, RegExp> = {
  es: /(?<![\p{L}])(?:habl|convers|charl|dialog|se\s+comunic)\p{L}*\s+(?:\p{L}+\s+){0,3}?con\s+((?:[^\s,.;:]+\s+){0,5}[^\s,.;:]+)/iu,
  ru: /(?<![\p{L}])(?:говорил|разговаривал|созвонил|обсудил|побеседовал|беседовал|переговорил|связался)\p{L}*\s+(?:[^\s,.;:]+\s+){0,3}?с\s+((?:[^\s,.;:]+\s+){0,4}[^\s,.;:]+)/iu,
};
const COUNTERPART = /(?<![\p{L}])(?:hom[oó]log\p{L}*|коллег\p{L}*|counterpart|él|ella|ним|ней)(?![\p{L}])/iu;
const OTHER_PARTY = /(?<![\p{L}])(?:embajador\p{L}*|presidente|viceminist\p{L}*|vicecanciller\p{L}*|portavoz|посл(?:ом|а|у)|посол|президент\p{L}*|заместител\p{L}*|замминистр\p{L}*|замглав\p{L}*)(?![\p{L}])/iu;
const FULL_NAME = /(?<![\p{L}])\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}{2,}/u;
const REPORT_SPOKE_WITH = /(?<![\p{L}])(?:spoke|talked|met)\s+(?:by\s+(?:phone|telephone)\s+)?with\s+[^.;:]{0,60}?(\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)/u;

/**
 * Someone the sentence has a person speak with where the report's sentence has them speak with
 * another, named ("habló por teléfono con el embajador de Rusia" / "spoke with his Russian
 * counterpart, Sergey Lavrov"): the rest, the day and the assurance, agrees. Returns both.
 */
export function interlocutorCompetitor(passage: string, sentence: string, glossText: string, lang: SourceLanguage): { claim: string; report: string } | undefined {
  const theirs = passage.match(REPORT_SPOKE_WITH);
  const mine = sentence.match(SPOKE_WITH[lang]);
  if (!theirs || !mine || COUNTERPART.test(mine[1]!)) return undefined;
  const person = theirs[1]!;
  const surname = person.split(/\s+/).pop()!;
  if (namesAlike(glossText, surname) || !(OTHER_PARTY.test(mine[1]!) || FULL_NAME.test(mine[1]!))) return undefined;
  return { claim: mine[1]!.split(/\s+(?:y|e|que|quien|и|а|который|которая)\s+/u)[0]!, report: person };
}

// Premises other than an embassy, where the sentence places what happened ("во дворе здания
// торгпредства", "en el patio de la residencia del embajador"), and the report's words for them.
const PREMISES: { name: string; es: RegExp; ru: RegExp; en: RegExp }[] = [
  { name: 'trade mission', es: /(?<![\p{L}])(?:en|desde|ante|frente\s+a)\s+(?:(?:el|la|los|las|del|de)\s+|\p{L}+\s+){0,4}?(?:oficina\s+comercial|representaci[oó]n\s+comercial|agregadur[ií]a\s+comercial)/iu, ru: /(?<![\p{L}])(?:в|во|у|из|возле|около|перед)\s+(?:\p{L}+\s+){0,3}?торгпредств\p{L}*/iu, en: /\btrade\s+(?:mission|office|representation)\b/i },
  { name: 'consulate', es: /(?<![\p{L}])(?:en|desde|ante|frente\s+a)\s+(?:(?:el|la|los|las|del|de)\s+|\p{L}+\s+){0,4}?consulado/iu, ru: /(?<![\p{L}])(?:в|во|у|из|возле|около|перед)\s+(?:\p{L}+\s+){0,3}?консульств\p{L}*/iu, en: /\bconsulate\b/i },
  { name: 'ambassador’s residence', es: /(?<![\p{L}])(?:en|desde|ante|frente\s+a)\s+(?:(?:el|la|los|las|del|de)\s+|\p{L}+\s+){0,4}?residencia\s+(?:oficial\s+)?del\s+embajador/iu, ru: /(?<![\p{L}])(?:в|во|у|из|возле|около|перед)\s+(?:\p{L}+\s+){0,3}?резиденци\p{L}*\s+посла/iu, en: /\bresidence\b/i },
];

/**
 * Premises the sentence places an act in that the report never names, where the report has it at
 * the embassy ("во дворе здания торгпредства" / "unusual activity at the Russian Embassy … the
 * compound's courtyard"). Returns both.
 */
export function premisesCompetitor(report: string, sentence: string, lang: SourceLanguage): { claim: string; report: string } | undefined {
  const mine = PREMISES.find((p) => p[lang].test(sentence));
  if (!mine || mine.en.test(report) || !/\bembassy\b/i.test(report)) return undefined;
  return { claim: mine.name, report: 'embassy' };
}

// Assemblies, courts and councils, as English news and the gloss write them (either case).
const BODIES: [string, RegExp][] = [
  ['national assembly', /\bnational assembly\b/gi],
  ['constituent assembly', /\b(?:national )?constituent assembly\b/gi],
  ['supreme court', /\bsupreme (?:court|tribunal)\b/gi],
  ['security council', /\bsecurity council\b/gi],
  ['general assembly', /\bgeneral assembly\b/gi],
  ['senate', /\bsenate\b/gi],
  ['congress', /\bcongress\b/gi],
];
const BODY_WORDS = new Set(['national', 'assembly', 'constituent', 'supreme', 'court', 'tribunal', 'justice', 'security', 'council', 'general', 'senate', 'congress']);

/** Each body in a text, with the stems of the words that follow it (what it did, to whom; not names, "Supreme Court Venezuela announced"). */
function bodiesOf(text: string): { body: string; raw: string; after: Set<string> }[] {
  return BODIES.flatMap(([body, re]) =>
    [...text.matchAll(re)].map((m) => {
      const words = text.slice(m.index + m[0].length).match(/[\p{L}']+/gu)?.slice(0, 6) ?? [];
      const after = new Set(words.filter((w) => !BODY_WORDS.has(w.toLowerCase()) && !/^\p{Lu}/u.test(w) && w.length >= 4).map((w) => term(w.toLowerCase())).filter((t): t is string => !!t));
      return { body, raw: m[0], after };
    }),
  );
}

/**
 * A body the sentence has doing what the report's sentence has another body do, told by a word
 * they share after it ("Tribunal Supremo … lo declarara usurpador" / "the national assembly
 * declared the dictator a usurper"): neither names the other's body. Returns both.
 */
export function bodyCompetitor(passage: string, glossText: string): { claim: string; report: string } | undefined {
  const mine = bodiesOf(glossText);
  if (!mine.length) return undefined;
  const theirs = bodiesOf(passage);
  for (const a of mine) {
    const b = theirs.find((x) => x.body !== a.body && [...x.after].some((t) => a.after.has(t)));
    if (b && !theirs.some((x) => x.body === a.body) && !mine.some((x) => x.body === b.body)) return { claim: a.raw, report: b.raw };
  }
  return undefined;
}

/**
 * A sea the sentence puts what it tells in where the report's sentence has another ("в восточной
 * части Тихого океана 11 военных кораблей" / "11 warships and 15,000 troops to the Caribbean"):
 * neither names the other's. Returns both.
 */
export function seaCompetitor(passage: string, glossText: string): { claim: string; report: string } | undefined {
  const mine = SEA_NAMES.filter((sea) => containsWord(glossText, sea));
  if (!mine.length) return undefined;
  const theirs = SEA_NAMES.filter((sea) => containsWord(passage, sea));
  if (!theirs.length || theirs.some((sea) => mine.includes(sea))) return undefined;
  return { claim: mine.join(', '), report: theirs[0]! };
}

const INTERVIEW = /\b(?:interview|interviewed|told|network|channel)\b/i;
// An outlet someone spoke to, as English news writes it ("told Fox Business Network", "in an interview with CNBC").
const TOLD: readonly [string, RegExp][] = OUTLETS.map(([name, re]) => [name, new RegExp(`\\b(?:told|interview with|speaking to)\\s+(?:the\\s+)?${re.source.replace(/^\\b/, '')}`, 'i')]);

/**
 * An outlet the sentence credits where the report's sentence credits another ("Newsmax раздобыл
 * документы" / "Leaked documents obtained by the Washington Post"; "В интервью RT" / "In remarks on
 * national television"): neither names the other's. Returns both.
 */
export function outletCompetitor(passage: string, glossText: string, report = ''): { claim: string; report: string } | undefined {
  const mine = OUTLETS.filter(([name, re]) => name !== 'national television' && re.test(glossText));
  if (mine.length !== 1) return undefined;
  // (An interview the passage does not tell, told elsewhere in the report: "в интервью CNBC" /
  // "Guaidó told Fox Business Network", the report never naming CNBC.)
  const interviewed = INTERVIEW.test(glossText) && !mine[0]![1].test(report) ? TOLD.filter(([, re]) => re.test(report)) : [];
  const theirs = [...OUTLETS.filter(([, re]) => re.test(passage)), ...interviewed];
  if (!theirs.length || theirs.some(([name]) => name === mine[0]![0]) || theirs.some(([, re]) => re.test(glossText))) return undefined;
  // (Nor against "national television" where the report names the sentence's outlet too: "Гуайдо в
  // интервью Fox Business Network пообещал…, а Мадуро заявил…" / "In remarks on national television,
  // Maduro said…", the report giving Guaidó's words to Fox Business elsewhere.)
  if (theirs.every(([name]) => name === 'national television') && mine[0]![1].test(report)) return undefined;
  return { claim: mine[0]![0], report: theirs[0]![0] };
}

/** A sentence, as the competitors read it: its own words, its gloss, and who and where it names. */
// Who heads a body, as the gloss writes the clause that says so ("que dirige Serguéi Chémezov", «которую
// возглавляет», «во главе с», "encabezada por": "led Serguei Chemezov", "head Khorkh Rodriges").
const HEADED_BY = String.raw`\b(?:led|leads|head|heads|headed|chaired|directed)\s+(?:by\s+)?(?:\p{Lu}\p{L}*\s+){0,2}`;

/** Whether the name `n` (as glossed) is, in the gloss, who heads a body the sentence names. */
function headOf(gloss: string, n: string): boolean {
  return new RegExp(`${HEADED_BY}${escapeRegExp(n)}(?![\\p{L}])`, 'u').test(gloss);
}

// A sentence's strangers that may stand in for someone of the report's (not who heads a body): read once per sentence, asked of each report sentence.
const STAND_INS = new WeakMap<RoleSentence, readonly string[]>();
function standIns(s: RoleSentence): readonly string[] {
  let out = STAND_INS.get(s);
  if (!out) STAND_INS.set(s, (out = s.newcomers.filter((n) => !headOf(s.gloss, n))));
  return out;
}

export interface RoleSentence {
  source: string;
  gloss: string;
  lang: SourceLanguage;
  names: readonly string[];
  places: readonly string[];
  /** Its names no related report knows (strangers). */
  newcomers: readonly string[];
  /** Its places no related report names (strangePlaces, strangersAsPlaces). */
  elsewhere: readonly string[];
}

/**
 * Someone or somewhere else in report sentence `i` of `texts`, in the role the sentence gives its
 * own: the first of the competitors above that finds one. A stranger is read with the rest of the
 * quotation the report's sentence opens, a stranger place also with the next sentence when it goes
 * on about the same person ("…Lavrov warned on Friday… While visiting Rabat, he…"); then another end
 * of the same flight, another office, another venue, another person spoken with, other premises,
 * another body or assembly acting, another outlet, and a place in another's role.
 */
export function roleCompetitor(s: RoleSentence, report: string, texts: readonly string[], i: number): { claim: string; report: string } | undefined {
  const passage = texts[i]!;
  const quoted = quoteSpan(texts, i);
  // (Not who heads a body the sentence names: "Rostec, que dirige Serguéi Chémezov, desmintió al
  // periódico" has Rostec deny, and the report's "the Journal" is no stand-in for its chief.)
  const newcomers = standIns(s);
  const theirs = newcomers.length ? competitor(quoted, s.gloss, s.names, report, newcomers) : undefined;
  if (theirs) return { claim: newcomers.join(' '), report: theirs };
  const there = s.elsewhere.length ? placeCompetitor(continuedSpan(texts, i), s.gloss, report) : undefined;
  if (there) return { claim: s.elsewhere.join(' '), report: there };
  return (
    routeCompetitor([texts[i - 1], passage, texts[i + 1]].filter((x): x is string => !!x).join(' '), s.gloss) ??
    firstNameCompetitor(passage, s.source, s.gloss, report) ??
    officeCompetitor(passage, s.gloss) ??
    corporateCompetitor(passage, s.gloss) ??
    venueCompetitor(passage, s.source, s.lang) ??
    interlocutorCompetitor(passage, s.source, s.gloss, s.lang) ??
    premisesCompetitor(report, s.source, s.lang) ??
    actorCompetitor(passage, s.gloss) ??
    bodyCompetitor(passage, s.gloss) ??
    seaCompetitor(passage, s.gloss) ??
    outletCompetitor(quoted, s.gloss, report) ??
    slotCompetitor(passage, s.gloss, s.places)
  );
}

// Verbs that give words to someone, as a gloss and a report write them.
const SAYING_VERBS = ['said', 'says', 'told', 'stated', 'wrote', 'added', 'announced', 'declared', 'reiterated', 'repeated', 'noted', 'warned', 'insisted', 'assured', 'claimed', 'tweeted'];
// (…and a gloss's renderings of the source's verbs: "pronunció", "afirmó".)
const SAYING = new RegExp(`^(?:${[...SAYING_VERBS, 'pronounced', 'affirmed', 'asserted'].join('|')})$`, 'i');
// Whoever the report's sentence gives words to: a name before its verb of saying, perhaps with a
// title between commas ("Vladimir Rouvinski, an international relations expert at Icesi University,
// noted: …"), or after a closing quote ("…,” Pompeo said).
const SPEAKER_BEFORE = new RegExp(`(?<![\\p{L}])((?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)(?:,[^,.;“”"]{3,80},)?\\s+(?:has\\s+|had\\s+|also\\s+)?(?:${SAYING_VERBS.join('|')})\\b`, 'gu');
const SPEAKER_AFTER = /[”"]\s*,?\s*(?:said|says|wrote|added|declared)\s+((?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+)/gu;

/**
 * Words the report gives one person and the sentence another the report also knows ("el secretario
 * de Estado, Marco Rubio, reiteró que los días de Maduro «están contados»" / "Trump … reiterated that
 * Maduro's days in power 'are numbered'"): the sentence's speaker, named beside its verb of saying,
 * is named elsewhere in the report but not in this sentence, and the report's speaker is not named in
 * the sentence. Returns both names, or undefined.
 */
export function knownSpeakerCompetitor(passage: string, glossText: string, names: readonly string[], report: string): { claim: string; report: string } | undefined {
  const theirs = [...passage.matchAll(SPEAKER_BEFORE), ...passage.matchAll(SPEAKER_AFTER)]
    .map((m) => m[1]!.split(/\s+/).filter((w) => !NOT_A_NAME.has(w) && !TITLE.test(w)))
    .filter((run) => run.length > 0 && !notSomeone(run.at(-1)!) && !names.some((n) => run.some((w) => sameName(w, n))));
  if (theirs.length !== 1) return undefined;
  const words = glossText.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''));
  const says = words.flatMap((w, i) => (SAYING.test(w) ? [i] : []));
  // (Beside the verb: just before it, or a title's length after it when the sentence puts its speaker last, "la
  // pronunció el secretario de Estado, Mike Pompeo".)
  const speaks = (n: string): boolean => words.some((w, i) => w === n && says.some((j) => (j > i && j - i <= 2) || (i > j && i - j <= 6)));
  const mine = names.filter((n) => /^\p{Lu}\p{Ll}/u.test(n) && speaks(n) && personIn(n, report) && !passage.includes(n));
  if (mine.length !== 1) return undefined;
  return { claim: mine[0]!, report: theirs[0]!.join(' ') };
}

/** Whether two spellings are one name ("Guaidó" / "Guaido", "Zajárova" / "Zakharova"), first names too. */
const sameName = (a: string, b: string): boolean => unaccent(a).toLowerCase() === unaccent(b).toLowerCase() || (a.length >= 4 && b.length >= 4 && skeleton(a) === skeleton(b));

/** Whether a capitalised word is a capital, a people, a country or an outlet: no one who speaks for themselves. */
const notSomeone = (w: string): boolean => CAPITALS.has(w) || PEOPLE.test(w) || OUTLET.test(w) || KIND_NOUN.has(w) || isRegion(w);

/** Whether the report names `surname` as a person's, after a first name ("Marco Rubio", "Donald Trump"). */
function personIn(surname: string, report: string): boolean {
  if (notSomeone(surname)) return false;
  // (Each surname on its own: "President Donald Trump" is no "President Donald".)
  const full = new RegExp(`(?<![\\p{L}])(\\p{Lu}\\p{Ll}{2,})\\s+${escapeRegExp(surname)}(?![\\p{L}])`, 'gu');
  for (const m of report.matchAll(full)) if (!NOT_A_NAME.has(m[1]!) && !TITLE.test(m[1]!) && !isRegion(m[1]!)) return true;
  return false;
}
