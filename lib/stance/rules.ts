import { idf } from '../text/idf.ts';
import { term, words } from '../text/tokens.ts';
import { MONTH_NAMES, weekdayPattern } from '../text/calendar.ts';
import { DENIAL, HEARSAY, NEGATION } from '../text/cues.ts';

/**
 * Conflict rules: explicit, explainable checks on top of the stance model.
 * Each finding says why in words a reader can check against both texts.
 */
export interface RuleFinding {
  kind: 'number' | 'date' | 'denial' | 'negation';
  /** Human-readable reason. */
  reason: string;
  /** For number and date conflicts: the value in the claim and in the report. */
  values?: { claim: string; report: string };
}

/** A quantity mentioned in text: "more than 10 vehicles", "$25 million". */
export interface Quantity {
  value: number;
  /** Stem of the counted noun, or "$"/"€"/"£" for money. */
  unit: string;
  /** Stems that may name what is counted (the next word or two). */
  units: string[];
  raw: string;
  /** Stems around the quantity, to tell whether two mentions count the same thing. */
  context: Set<string>;
}

const SMALL: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, twenty: 20, thirty: 30, fifty: 50, hundred: 100,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9 };
const MONTH_RE = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = weekdayPattern('gi');
const DATE_MD = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{3}(?!\\d))|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})\\b`, 'gi');
const NUM = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const QUALIFIER = '(?:(more than|less than|fewer than|over|under|about|around|roughly|nearly|almost|at least|at most|some|up to|approximately)\\s+)?';
const QUANTITY = new RegExp(
  `${QUALIFIER}(?:(?:US|U\\.S\\.)\\s?)?([$€£])\\s?(${NUM})(?:\\s*(thousand|million|billion|bn|m|b)\\b)?|${QUALIFIER}\\b(${NUM}|${Object.keys(SMALL).join('|')})(?:\\s+(thousand|million|billion))?\\s+([a-z][a-z-]*)(?:\\s+([a-z][a-z-]*))?`,
  'gi',
);
const WINDOW = 6;

function stems(text: string): string[] {
  return words(text)
    .map((w) => term(w.word))
    .filter((t): t is string => !!t && !/\d/.test(t));
}

function contextAround(text: string, start: number, end: number): Set<string> {
  const before = stems(text.slice(0, start)).slice(-WINDOW);
  const after = stems(text.slice(end)).slice(0, WINDOW);
  return new Set([...before, ...after]);
}

function monthIndex(s: string): number {
  const k = s.toLowerCase().replace('.', '').slice(0, 3);
  return MONTH_NAMES.findIndex((m) => m.startsWith(k));
}

/** Quantities in a text, dates and years excluded. */
export function quantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const start = m.index;
    const end = start + m[0].length;
    if (m[2]) {
      const value = Number(m[3]!.replace(/,/g, '')) * (SCALE[(m[4] ?? '').toLowerCase()] ?? 1);
      out.push({ value, unit: m[2], units: [m[2]], raw: m[0].trim(), context: contextAround(text, start, end) });
      continue;
    }
    const numText = m[6]!.toLowerCase();
    const preceding = text.slice(Math.max(0, start - 12), start);
    // "December 10", "in 2019": dates, not counts of anything.
    if (new RegExp(`${MONTH_RE}\\s*$`, 'i').test(preceding)) continue;
    if (/^\d{4}$/.test(numText) && Number(numText) >= 1900 && Number(numText) <= 2100) continue;
    const value = (SMALL[numText] ?? Number(numText.replace(/,/g, ''))) * (SCALE[(m[7] ?? '').toLowerCase()] ?? 1);
    if (!Number.isFinite(value)) continue;
    // "estimated at around 400 the number of Russian mercenaries": the count comes first, its noun after "of".
    const numberOf = /^the$/i.test(m[8]!) && /^number$/i.test(m[9] ?? '') ? /^\s+of\s+([a-z][a-z-]*)(?:\s+([a-z][a-z-]*))?/i.exec(text.slice(end)) : null;
    const [next, after] = numberOf ? [numberOf[1]!, numberOf[2]] : [m[8]!, m[9]];
    // The counted noun is the next word, or the one after it ("10 diplomatic vehicles").
    const first = term(next.toLowerCase());
    if (!first || MONTH_NAMES.some((mn) => term(mn) === first)) continue;
    // A plural next word is the noun itself ("8 warships patrol"); otherwise it may be an adjective.
    const second = after && !/s$/i.test(next) ? term(after.toLowerCase()) : null;
    const units = second ? [first, second] : [first];
    const raw = [m[5], m[6], m[7], numberOf ? `${m[8]} ${m[9]}${numberOf[0]}` : m[8]].filter(Boolean).join(' ');
    out.push({ value, unit: first, units, raw, context: contextAround(text, start, end) });
  }
  return out;
}

/** Calendar mentions: month-day dates and weekdays, with their context. */
export interface DateMention {
  key: string;
  kind: 'monthday' | 'weekday';
  raw: string;
  context: Set<string>;
}

/** Dates in a text ("December 10", "10 Dec", "Friday"). */
export function dates(text: string): DateMention[] {
  const out: DateMention[] = [];
  for (const m of text.matchAll(DATE_MD)) {
    const month = monthIndex(m[1] ?? m[4]!);
    const day = Number(m[2] ?? m[3]);
    if (month < 0 || day < 1 || day > 31) continue;
    out.push({ key: `${month + 1}-${day}`, kind: 'monthday', raw: m[0], context: contextAround(text, m.index, m.index + m[0].length) });
  }
  for (const m of text.matchAll(WEEKDAY)) {
    out.push({ key: m[1]!.toLowerCase(), kind: 'weekday', raw: m[0], context: contextAround(text, m.index, m.index + m[0].length) });
  }
  return out;
}

function shares(a: Set<string>, b: Set<string>, except: string[] = []): boolean {
  for (const t of a) if (b.has(t) && !except.includes(t)) return true;
  return false;
}


/**
 * Applies the conflict rules to a claim and a passage that is about the same
 * thing. `coverage` is the share of the claim's term weight the passage
 * matches: the denial and negation rules need a close match, the value rules
 * check the words around each value instead. Returns every finding.
 */
export function conflictRules(
  claim: string,
  passage: string,
  options: { coverage?: number; valuesOnly?: boolean } = {},
): RuleFinding[] {
  const found: RuleFinding[] = [];
  const cq = quantities(claim);
  const pq = quantities(passage);
  for (const a of cq) {
    const money = a.unit.length === 1;
    const same = pq.filter((b) => (money ? b.unit === a.unit && shares(a.context, b.context) : b.units.some((u) => a.units.includes(u))));
    if (same.length === 0 || same.some((b) => approxEqual(a.value, b.value))) continue;
    const b = same[0]!;
    found.push({
      kind: 'number',
      reason: `Different figures for ${money ? 'the same amount' : 'the same count'}: “${a.raw}” here, “${b.raw}” in the report`,
      values: { claim: a.raw, report: b.raw },
    });
  }
  const cd = dates(claim);
  const pd = dates(passage);
  for (const kind of ['monthday', 'weekday'] as const) {
    const a = cd.filter((d) => d.kind === kind);
    const b = pd.filter((d) => d.kind === kind);
    if (a.length !== 1 || b.length === 0) continue;
    const mine = a[0]!;
    if (b.some((d) => d.key === mine.key)) continue;
    const other = b.find((d) => shares(mine.context, d.context));
    if (!other) continue;
    found.push({
      kind: 'date',
      reason: `Different dates for the same event: “${mine.raw}” here, “${other.raw}” in the report`,
      values: { claim: mine.raw, report: other.raw },
    });
  }
  if (options.valuesOnly) return found;
  const claimDenies = DENIAL.test(claim);
  const passageDenies = DENIAL.test(passage);
  if (passageDenies && !claimDenies) {
    found.push({ kind: 'denial', reason: `The report quotes a denial: “${excerpt(passage, DENIAL)}”` });
  } else if (claimDenies && !passageDenies && !HEARSAY.test(passage) && (options.coverage ?? 0) >= 0.35) {
    found.push({ kind: 'denial', reason: `The article carries a denial of what this report states: “${excerpt(passage, /./)}”` });
  }
  const cn = negatesShared(claim, passage);
  const pn = negatesShared(passage, claim);
  if ((options.coverage ?? 0) >= 0.5 && cn !== pn && !NEGATION.test(cn ? passage : claim) && found.length === 0 && !claimDenies && !passageDenies) {
    found.push({ kind: 'negation', reason: cn ? 'The claim is negated here but stated in the report' : 'The report negates what the claim states' });
  }
  return found;
}

/** Does `text` put a negation right before a content word that `other` also uses? */
function negatesShared(text: string, other: string): boolean {
  const otherStems = new Set(stems(other));
  const ws = words(text);
  for (let i = 0; i < ws.length; i++) {
    if (!NEGATION.test(ws[i]!.word)) continue;
    // The first content word after the negation is what it negates.
    for (let j = i + 1; j <= i + 3 && j < ws.length; j++) {
      const t = term(ws[j]!.word);
      if (!t) continue;
      if (otherStems.has(t) && idf(t, 0) > 3) return true;
      break;
    }
  }
  return false;
}


function approxEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= Math.max(a, b) * 0.02;
}

function excerpt(text: string, re: RegExp): string {
  const m = re.exec(text);
  if (!m || text.length <= 160) return text.length > 160 ? `${text.slice(0, 157)}…` : text;
  const from = Math.max(0, m.index - 70);
  const to = Math.min(text.length, m.index + 90);
  return `${from > 0 ? '…' : ''}${text.slice(from, to).trim()}${to < text.length ? '…' : ''}`;
}
