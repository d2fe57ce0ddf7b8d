/** Reading FNC-1 CSVs, the body-disjoint split and the challenge's metrics (Node only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { STANCES, type Stance } from '../../lib/stance/model.ts';
import { rng } from './gbdt-train.ts';

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
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { columns: true, bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (e) {
    throw new Error(`malformed CSV ${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const first = rows[0];
  for (const col of required) {
    if (first && !(col in first)) throw new Error(`malformed CSV ${path}: missing column "${col}"`);
  }
  if (!first) throw new Error(`malformed CSV ${path}: no data rows`);
  return rows;
}

/** Reads a bodies CSV (`Body ID,articleBody`). */
export function readBodies(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of readCsv(path, ['Body ID', 'articleBody'])) out.set(r['Body ID']!.trim(), r['articleBody']!);
  return out;
}

/** Reads a stances CSV (`Headline,Body ID[,Stance]`). */
export function readPairs(path: string): Pair[] {
  return readCsv(path, ['Headline', 'Body ID']).map((r, i) => {
    const p: Pair = { headline: r['Headline']!, bodyId: r['Body ID']!.trim() };
    const s = r['Stance'];
    if (s !== undefined && s !== '') {
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

export interface Metrics {
  fnc: number;
  fncShare: number;
  fncMax: number;
  macroF1: number;
  f1: number[];
  precision: number[];
  recall: number[];
  /** confusion[gold][predicted] */
  confusion: number[][];
  accuracy: number;
}

/** FNC-1 score, macro-F1, per-class F1 and confusion matrix. */
export function metrics(gold: ArrayLike<number>, pred: ArrayLike<number>): Metrics {
  const confusion = STANCES.map(() => STANCES.map(() => 0));
  let fnc = 0;
  let fncMax = 0;
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    const g = gold[i]!;
    const p = pred[i]!;
    confusion[g]![p]!++;
    if (g === p) correct++;
    const gRel = g !== 3;
    const pRel = p !== 3;
    fncMax += gRel ? 1 : 0.25;
    if (gRel === pRel) fnc += 0.25;
    if (gRel && g === p) fnc += 0.75;
  }
  const f1: number[] = [];
  const precision: number[] = [];
  const recall: number[] = [];
  for (let k = 0; k < 4; k++) {
    const tp = confusion[k]![k]!;
    const predK = confusion.reduce((s, row) => s + row[k]!, 0);
    const goldK = confusion[k]!.reduce((s, v) => s + v, 0);
    const pr = predK ? tp / predK : 0;
    const rc = goldK ? tp / goldK : 0;
    precision.push(pr);
    recall.push(rc);
    f1.push(pr + rc ? (2 * pr * rc) / (pr + rc) : 0);
  }
  return {
    fnc,
    fncMax,
    fncShare: fncMax ? fnc / fncMax : 0,
    macroF1: f1.reduce((a, b) => a + b, 0) / 4,
    f1,
    precision,
    recall,
    confusion,
    accuracy: gold.length ? correct / gold.length : 0,
  };
}

/** Human-readable report of {@link metrics}. */
export function formatMetrics(m: Metrics): string {
  const pct = (v: number) => (100 * v).toFixed(2);
  const lines = [
    `FNC score: ${m.fnc.toFixed(2)} / ${m.fncMax.toFixed(2)} = ${pct(m.fncShare)} % of maximum`,
    `macro-F1: ${m.macroF1.toFixed(4)}   accuracy: ${pct(m.accuracy)} %`,
    'per class:    precision  recall   F1',
    ...STANCES.map(
      (s, k) =>
        `  ${s.padEnd(10)}  ${m.precision[k]!.toFixed(4)}   ${m.recall[k]!.toFixed(4)}   ${m.f1[k]!.toFixed(4)}`,
    ),
    'confusion (rows gold, columns predicted):',
    '              ' + STANCES.map((s) => s.padStart(10)).join(''),
    ...STANCES.map((s, k) => `  ${s.padEnd(10)}  ` + m.confusion[k]!.map((v) => String(v).padStart(10)).join('')),
  ];
  return lines.join('\n');
}
