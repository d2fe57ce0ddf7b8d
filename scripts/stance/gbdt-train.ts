/**
 * A small, deterministic histogram gradient-boosting trainer (logistic loss
 * for two classes, softmax for more), producing the JSON read by
 * `lib/stance/gbdt.ts`. Single-threaded, no dependencies.
 */
import type { EnsembleJson, TreeJson } from '../../lib/stance/gbdt.ts';
import { mulberry32 } from '../../lib/random.ts';

export interface GbdtOptions {
  rounds: number;
  maxDepth: number;
  learningRate: number;
  /** L2 regularisation of leaf values. */
  lambda: number;
  /** Minimum hessian sum in a child. */
  minChildWeight: number;
  /** Minimum gain to split. */
  minGain: number;
  /** Share of rows sampled per round (without replacement). */
  subsample: number;
  /** Share of features considered per tree. */
  colsample: number;
  /** Maximum histogram bins per feature (<= 256). */
  bins: number;
  seed: number;
}

export const DEFAULT_GBDT: GbdtOptions = {
  rounds: 200,
  maxDepth: 4,
  learningRate: 0.1,
  lambda: 1,
  minChildWeight: 1,
  minGain: 0,
  subsample: 0.8,
  colsample: 1,
  bins: 64,
  seed: 1,
};

/** Deterministic PRNG (mulberry32) returning floats in [0, 1). */
export const rng = mulberry32;

function roundSig(v: number): number {
  return Number(v.toPrecision(6));
}

/** Per-feature split thresholds (ascending) from quantiles of the values. */
function makeThresholds(values: Float64Array, maxBins: number): number[] {
  const sorted = Float64Array.from(values).sort();
  const uniq: number[] = [];
  for (const v of sorted) if (uniq.length === 0 || uniq[uniq.length - 1] !== v) uniq.push(v);
  const out: number[] = [];
  if (uniq.length <= maxBins) {
    for (let i = 0; i + 1 < uniq.length; i++) out.push(roundSig((uniq[i]! + uniq[i + 1]!) / 2));
  } else {
    for (let q = 1; q < maxBins; q++) {
      const v = sorted[Math.floor((q * sorted.length) / maxBins)]!;
      // Threshold between v and the next larger unique value.
      let lo = 0;
      let hi = uniq.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (uniq[mid]! < v) lo = mid + 1;
        else hi = mid;
      }
      if (lo + 1 < uniq.length) out.push(roundSig((uniq[lo]! + uniq[lo + 1]!) / 2));
    }
  }
  return [...new Set(out)].sort((a, b) => a - b);
}

function binOf(thr: readonly number[], x: number): number {
  // Number of thresholds strictly below x: x <= thr[b] iff bin <= b.
  let lo = 0;
  let hi = thr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (thr[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Trains a boosted tree ensemble.
 * @param rows feature vectors
 * @param labels class index of each row, in [0, nClasses)
 * @param weights sample weight of each row
 */
export function trainGbdt(
  rows: readonly Float64Array[],
  labels: ArrayLike<number>,
  weights: ArrayLike<number>,
  nClasses: number,
  opt: GbdtOptions,
): EnsembleJson {
  const n = rows.length;
  const nf = rows[0]!.length;
  const outputs = nClasses === 2 ? 1 : nClasses;
  const random = rng(opt.seed);

  // Bin the data, column-major.
  const thresholds: number[][] = [];
  const bins: Uint8Array[] = [];
  const nBins: number[] = [];
  for (let f = 0; f < nf; f++) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = rows[i]![f]!;
    const thr = makeThresholds(col, Math.min(256, opt.bins));
    thresholds.push(thr);
    nBins.push(thr.length + 1);
    const b = new Uint8Array(n);
    for (let i = 0; i < n; i++) b[i] = binOf(thr, col[i]!);
    bins.push(b);
  }

  // Base scores from weighted class priors.
  const prior = new Float64Array(nClasses);
  let wSum = 0;
  for (let i = 0; i < n; i++) {
    prior[labels[i]!]! += weights[i]!;
    wSum += weights[i]!;
  }
  const base: number[] = [];
  if (outputs === 1) {
    const p = Math.min(Math.max(prior[1]! / wSum, 1e-6), 1 - 1e-6);
    base.push(roundSig(Math.log(p / (1 - p))));
  } else {
    for (let k = 0; k < nClasses; k++) base.push(roundSig(Math.log(Math.max(prior[k]! / wSum, 1e-6))));
  }

  const score = new Float64Array(n * outputs);
  for (let i = 0; i < n; i++) for (let k = 0; k < outputs; k++) score[i * outputs + k] = base[k]!;
  const grad = new Float64Array(n);
  const hess = new Float64Array(n);
  const prob = new Float64Array(n * outputs);
  const trees: TreeJson[] = [];
  const maxBins = Math.max(...nBins);
  const histG = new Float64Array(nf * maxBins);
  const histH = new Float64Array(nf * maxBins);

  for (let round = 0; round < opt.rounds; round++) {
    // Probabilities for all rows.
    for (let i = 0; i < n; i++) {
      if (outputs === 1) {
        prob[i] = 1 / (1 + Math.exp(-score[i]!));
      } else {
        let max = -Infinity;
        for (let k = 0; k < outputs; k++) max = Math.max(max, score[i * outputs + k]!);
        let sum = 0;
        for (let k = 0; k < outputs; k++) {
          const e = Math.exp(score[i * outputs + k]! - max);
          prob[i * outputs + k] = e;
          sum += e;
        }
        for (let k = 0; k < outputs; k++) prob[i * outputs + k]! /= sum;
      }
    }
    // Row sample for this round.
    const sample: number[] = [];
    for (let i = 0; i < n; i++) if (opt.subsample >= 1 || random() < opt.subsample) sample.push(i);
    const sampleRows = Int32Array.from(sample);

    for (let k = 0; k < outputs; k++) {
      for (let i = 0; i < n; i++) {
        const p = prob[i * outputs + k]!;
        const y = outputs === 1 ? (labels[i] === 1 ? 1 : 0) : labels[i] === k ? 1 : 0;
        const w = weights[i]!;
        grad[i] = w * (p - y);
        hess[i] = w * Math.max(p * (1 - p), 1e-6);
      }
      let features: number[] = [];
      for (let f = 0; f < nf; f++) if (opt.colsample >= 1 || random() < opt.colsample) features.push(f);
      if (features.length === 0) features = [Math.floor(random() * nf)];

      const tree: TreeJson = { f: [], t: [], l: [], r: [] };
      const leafOf = new Int32Array(n).fill(-1);
      const grow = (idx: Int32Array, depth: number): number => {
        const node = tree.f.length;
        tree.f.push(-1);
        tree.t.push(0);
        tree.l.push(0);
        tree.r.push(0);
        let G = 0;
        let H = 0;
        for (const i of idx) {
          G += grad[i]!;
          H += hess[i]!;
        }
        let bestGain = opt.minGain;
        let bestF = -1;
        let bestB = -1;
        if (depth < opt.maxDepth && idx.length >= 2) {
          const parent = (G * G) / (H + opt.lambda);
          for (const f of features) {
            const nb = nBins[f]!;
            if (nb < 2) continue;
            const off = f * maxBins;
            histG.fill(0, off, off + nb);
            histH.fill(0, off, off + nb);
            const col = bins[f]!;
            for (const i of idx) {
              const b = col[i]!;
              histG[off + b]! += grad[i]!;
              histH[off + b]! += hess[i]!;
            }
            let gl = 0;
            let hl = 0;
            for (let b = 0; b < nb - 1; b++) {
              gl += histG[off + b]!;
              hl += histH[off + b]!;
              const hr = H - hl;
              if (hl < opt.minChildWeight || hr < opt.minChildWeight) continue;
              const gr = G - gl;
              const gain = (gl * gl) / (hl + opt.lambda) + (gr * gr) / (hr + opt.lambda) - parent;
              if (gain > bestGain) {
                bestGain = gain;
                bestF = f;
                bestB = b;
              }
            }
          }
        }
        if (bestF < 0) {
          tree.t[node] = roundSig((-G / (H + opt.lambda)) * opt.learningRate);
          for (const i of idx) leafOf[i] = node;
          return node;
        }
        const col = bins[bestF]!;
        let nl = 0;
        for (const i of idx) if (col[i]! <= bestB) nl++;
        const li = new Int32Array(nl);
        const ri = new Int32Array(idx.length - nl);
        let a = 0;
        let c = 0;
        for (const i of idx) {
          if (col[i]! <= bestB) li[a++] = i;
          else ri[c++] = i;
        }
        tree.f[node] = bestF;
        tree.t[node] = thresholds[bestF]![bestB]!;
        tree.l[node] = grow(li, depth + 1);
        tree.r[node] = grow(ri, depth + 1);
        return node;
      };
      grow(sampleRows, 0);
      trees.push(tree);
      // Update scores of all rows (unsampled rows go through the tree).
      for (let i = 0; i < n; i++) {
        let node = leafOf[i]!;
        if (node < 0) {
          node = 0;
          const x = rows[i]!;
          while (tree.f[node]! >= 0) node = x[tree.f[node]!]! <= tree.t[node]! ? tree.l[node]! : tree.r[node]!;
        }
        score[i * outputs + k]! += tree.t[node]!;
      }
    }
  }
  return { outputs, base, trees };
}
