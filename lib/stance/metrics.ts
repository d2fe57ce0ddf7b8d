/** The FNC-1 challenge's metrics: FNC score, per-class and macro F1, confusion matrix. */
import { STANCES } from './model.ts';

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

