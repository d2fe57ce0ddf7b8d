/** Reading FNC-1 CSVs, the body-disjoint split and the challenge's metrics (Node only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { STANCES, type Stance } from '../../lib/stance/model.ts';
import { rng } from './gbdt-train.ts';
export { metrics, formatMetrics, type Metrics } from '../../lib/stance/metrics.ts';

export interface Pair {
  headline: string;
  bodyId: string;
  /** Gold stance, when the file has one. */
  stance?: Stance;
}

export const DEFAULT_DATA_DIR = '../shared/datasets/fnc-1';
/** Seed and share of Body IDs held out as the dev split. */
export const SPLIT_SEED = 1337;
export const DEV_SHARE = 0.15;

function readCsv(path: string, required: string[]): Record<string, string>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (e) {
    throw new Error(`malformed CSV ${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const header = rows[0]?.map((h) => h.trim());
  if (!header) throw new Error(`malformed CSV ${path}: empty file, expected a header ${required.join(',')}`);
  for (const col of required) {
    if (!header.includes(col)) throw new Error(`malformed CSV ${path}: missing column "${col}"`);
  }
  return rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
}

/** Reads a bodies CSV (`Body ID,articleBody`). */
export function readBodies(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of readCsv(path, ['Body ID', 'articleBody'])) out.set(r['Body ID']!.trim(), r['articleBody']!);
  return out;
}

/** Reads a stances CSV (`Headline,Body ID[,Stance]`). */
export function readPairs(path: string, opts: { ignoreStance?: boolean } = {}): Pair[] {
  return readCsv(path, ['Headline', 'Body ID']).map((r, i) => {
    const p: Pair = { headline: r['Headline']!, bodyId: r['Body ID']!.trim() };
    const s = r['Stance'];
    if (s !== undefined && s !== '' && !opts.ignoreStance) {
      const st = s.trim().toLowerCase();
      if (!(STANCES as readonly string[]).includes(st)) {
        throw new Error(`malformed CSV ${path}: row ${i + 2} has unknown stance "${s}"`);
      }
      p.stance = st as Stance;
    }
    return p;
  });
}

export interface Dataset {
  bodies: Map<string, string>;
  pairs: Pair[];
}

export function readFnc(dir: string): Dataset {
  return {
    bodies: readBodies(join(dir, 'train_bodies.csv')),
    pairs: readPairs(join(dir, 'train_stances.csv')),
  };
}

/** Body IDs of the dev split: a seeded DEV_SHARE of all Body IDs. */
export function devBodyIds(bodyIds: Iterable<string>, seed = SPLIT_SEED, share = DEV_SHARE): Set<string> {
  const ids = [...bodyIds].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const random = rng(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return new Set(ids.slice(0, Math.round(ids.length * share)));
}

/** Indices of labels: agree 0, disagree 1, discuss 2, unrelated 3. */
export const labelIndex = (s: Stance): number => STANCES.indexOf(s);

/** Quotes a CSV field when needed (RFC 4180). */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}
