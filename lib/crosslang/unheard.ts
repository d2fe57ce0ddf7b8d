/**
 * A party no report has heard of: "la reparación de sus aviones de combate Sukhoi", "a la agencia
 * TASS", "el portaaviones Gerald R. Ford". A sentence that names one says more than any report, which
 * can discuss it but not confirm it. Not a place the sentence puts something in ("en Florida",
 * "el aeropuerto de Maiquetía": where, which reports word as "the capital's airport"), not who
 * relays the fact (an outlet, a witness), nor a capitalised common noun of an institution ("la
 * Cámara", "la Federación de Rusia") or a title. Only names the sentence writes in Latin script:
 * the gloss romanises Cyrillic words it cannot translate, and those are too often common words
 * written with a capital ("Universitet", "Spasib"). Taking every such name as a party, as first
 * tried, cost 84 right Spanish agreements on dev for 21 wrong ones; read this way, 4 for 9.
 */
import { escapeRegExp } from '../text/regexp.ts';
import { unaccent } from './compare.ts';
import { romanize } from './names.ts';
import { DESIGNATION_PATTERN } from './numbers.ts';

// (The patterns are unaccented, as the sentence is read: unheardOf unaccents it.)
// Words that put what follows somewhere: "en Cali", "rumbo a Maiquetía", "la plaza de Petare".
const WHERE = String.raw`(?:en|desde|hacia|hasta|rumbo\s+a|cerca\s+de|(?:aeropuerto|ciudad|estado|residencia|finca|plaza|barrio|puerto|isla|provincia|region|localidad|universidad|distrito|complejo|fuerte|capital)\s+(?:de(?:l)?|en))`;
// A place of a body the sentence names: "la Universidad Icesi de Cali", "Icesi, de Cali".
const OF_A_NAME = String.raw`\p{Lu}\p{L}+,?\s+de`;
// Who tells the report's fact (an outlet, a witness, a listener) is no party to it: "El «Capitol
// Ledger» cuenta que…", "añade TMI", "Echenique informó a la Junta de que…". (Stems of verbs of saying.)
const SAYS = String.raw`(?:cuent|conto|public|inform|dic|dij|anad|senal|explic|recuerd|record|escrib|relat|asegur|afirm|sostien|sostuv|coment|indic|report|apunt|detall|precis|resum|resalt|respond|agreg|destac|subray|advirt|advier)\p{L}*`;
// "Para Ferrándiz, …": whose view it is.
const VIEW_OF = String.raw`^(?:para|segun)`;
// Titles that go before a name.
const TITLE = /^(?:Sr|Sra|Srta|Dr|Dra|Don|Dona)$/;
// An article before a single capitalised word makes it an institution's common noun ("la Junta").
const ARTICLE = '(?:el|la|los|las|del|al)';

/**
 * The names among `newcomers` (glossed names no related report knows, substitute.ts `strangers`)
 * that the sentence gives as a party of its own, written in Latin script in `source`.
 */
export function unheardOf(source: string, newcomers: readonly string[]): string[] {
  const plain = unaccent(source);
  return newcomers.filter((word) => {
    if (TITLE.test(word)) return false;
    // The whole name the word is of ("Palm Beach", "Coral Springs"), as the sentence writes it.
    const span = new RegExp(`(?:\\p{Lu}[\\p{L}-]*\\s+)*(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])(?:\\s+\\p{Lu}[\\p{L}-]*)*`, 'u').exec(plain);
    if (!span) return false;
    // (Asked of the word and of the whole name: "Para Ferrándiz," begins the sentence, "finca de Palm Beach".)
    return ![word, span[0]].some((n) => {
      const name = escapeRegExp(n);
      return (
        new RegExp(`(?<![\\p{L}])${WHERE}\\s+${name}(?![\\p{L}])`, 'iu').test(plain) ||
        new RegExp(`${OF_A_NAME}\\s+${name}(?![\\p{L}])`, 'u').test(plain) ||
        new RegExp(`(?<![\\p{L}])${name}[»"”]?,?(?:\\s+\\S+){0,2}?\\s+${SAYS}|(?<![\\p{L}])${SAYS}(?:\\s+\\S+){0,2}?\\s+${name}(?![\\p{L}])`, 'iu').test(plain) ||
        new RegExp(`${VIEW_OF}\\s+${name}(?![\\p{L}])`, 'iu').test(plain) ||
        (!/\s/.test(n) && n !== n.toUpperCase() && new RegExp(`(?<![\\p{L}])${ARTICLE}\\s+${name}(?![\\p{L}])`, 'iu').test(plain))
      );
    });
  });
}

// A model's designation ("K-8", "VN-4", "Су-30МК2", "Ту-160"), whole.
const MODEL = new RegExp(String.raw`(?<![\p{L}\d-])${DESIGNATION_PATTERN}(?![\p{L}\d])`, 'gu');
/** A designation as letters and digits alone, Cyrillic written the Latin way ("Су-30МК2" → "su30mk2"). */
const modelKey = (m: string): string => romanize(m).toLowerCase().replace(/[^a-z0-9]/g, '');

/** The models the reports name by their designation, each as letters and digits alone (read once per article). */
export function modelsIn(reports: readonly string[]): Set<string> {
  return new Set(reports.flatMap((r) => [...r.matchAll(MODEL)].map((m) => modelKey(m[0]))));
}

/**
 * The models the sentence names by their designation ("aviones de entrenamiento K-8", «Су-30МК2») that
 * none of the reports' models (`known`, modelsIn) is: a detail of its own, which a report can discuss
 * but not confirm.
 */
export function unheardModels(source: string, known: ReadonlySet<string>): string[] {
  return [...source.matchAll(MODEL)].map((m) => m[0]).filter((m) => !known.has(modelKey(m)));
}
