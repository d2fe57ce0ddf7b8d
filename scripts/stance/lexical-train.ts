/** Trains the multinomial logistic regression of lib/stance/lexical.ts (full-batch Adam, L2). */
import type { LexicalJson } from '../../lib/stance/lexical.ts';

export interface SparseRow {
  index: number[];
  value: number[];
}

export interface LexicalOptions {
  epochs: number;
  learningRate: number;
  l2: number;
}

export function trainLexical(
  terms: string[],
  rows: SparseRow[],
  labels: ArrayLike<number>,
  sampleWeights: ArrayLike<number>,
  classes: number,
  opt: LexicalOptions,
): LexicalJson {
  const V = terms.length;
  const W = new Float64Array(classes * V);
  const b = new Float64Array(classes);
  const mW = new Float64Array(W.length);
  const vW = new Float64Array(W.length);
  const mb = new Float64Array(classes);
  const vb = new Float64Array(classes);
  const gW = new Float64Array(W.length);
  const gb = new Float64Array(classes);
  const beta1 = 0.9;
  const beta2 = 0.999;
  let wSum = 0;
  for (let i = 0; i < rows.length; i++) wSum += sampleWeights[i]!;
  const z = new Float64Array(classes);
  for (let epoch = 1; epoch <= opt.epochs; epoch++) {
    gW.fill(0);
    gb.fill(0);
    for (let i = 0; i < rows.length; i++) {
      const { index, value } = rows[i]!;
      let max = -Infinity;
      for (let k = 0; k < classes; k++) {
        let acc = b[k]!;
        for (let j = 0; j < index.length; j++) acc += W[k * V + index[j]!]! * value[j]!;
        z[k] = acc;
        if (acc > max) max = acc;
      }
      let sum = 0;
      for (let k = 0; k < classes; k++) sum += (z[k] = Math.exp(z[k]! - max));
      const w = sampleWeights[i]! / wSum;
      for (let k = 0; k < classes; k++) {
        const g = w * (z[k]! / sum - (labels[i] === k ? 1 : 0));
        gb[k]! += g;
        for (let j = 0; j < index.length; j++) gW[k * V + index[j]!]! += g * value[j]!;
      }
    }
    const c1 = 1 - beta1 ** epoch;
    const c2 = 1 - beta2 ** epoch;
    for (let p = 0; p < W.length; p++) {
      const g = gW[p]! + opt.l2 * W[p]!;
      mW[p] = beta1 * mW[p]! + (1 - beta1) * g;
      vW[p] = beta2 * vW[p]! + (1 - beta2) * g * g;
      W[p]! -= (opt.learningRate * (mW[p]! / c1)) / (Math.sqrt(vW[p]! / c2) + 1e-8);
    }
    for (let k = 0; k < classes; k++) {
      const g = gb[k]!;
      mb[k] = beta1 * mb[k]! + (1 - beta1) * g;
      vb[k] = beta2 * vb[k]! + (1 - beta2) * g * g;
      b[k]! -= (opt.learningRate * (mb[k]! / c1)) / (Math.sqrt(vb[k]! / c2) + 1e-8);
    }
  }
  const round = (v: number) => Number(v.toPrecision(4));
  return { terms, weights: Array.from(W, round), bias: Array.from(b, round) };
}
