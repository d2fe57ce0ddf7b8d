/**
 * Inference for gradient-boosted decision trees (the models trained by
 * `scripts/stance/gbdt-train.ts`). Pure TypeScript.
 */

/**
 * One regression tree in JSON form, as parallel arrays indexed by node
 * (node 0 is the root). An inner node sends `x[f[i]] <= t[i]` to `l[i]` and the
 * rest to `r[i]`; a leaf has `f[i] === -1` and its value in `t[i]`.
 */
export interface TreeJson {
  f: number[];
  t: number[];
  l: number[];
  r: number[];
}

/**
 * A boosted ensemble in JSON form. `outputs` is 1 for a binary model (the
 * raw score is a logit) or the number of classes (raw scores are softmax
 * logits). Tree `i` adds to output `i % outputs`.
 */
export interface EnsembleJson {
  outputs: number;
  base: number[];
  trees: TreeJson[];
}

/** A compiled ensemble: all nodes in flat typed arrays for fast scoring. */
export class Ensemble {
  readonly outputs: number;
  private readonly base: Float64Array;
  private readonly roots: Int32Array;
  private readonly feature: Int32Array;
  private readonly value: Float64Array;
  private readonly left: Int32Array;
  private readonly right: Int32Array;

  /** Validates and compiles `json`; throws an Error describing the first problem. */
  constructor(json: EnsembleJson, featureCount: number) {
    const { outputs, base, trees } = json;
    if (!Number.isInteger(outputs) || outputs < 1) throw new Error('ensemble: bad outputs');
    if (!Array.isArray(base) || base.length !== outputs || !base.every(Number.isFinite)) {
      throw new Error('ensemble: bad base scores');
    }
    if (!Array.isArray(trees) || trees.length % outputs !== 0) throw new Error('ensemble: bad trees');
    let total = 0;
    for (const tree of trees) {
      if (
        typeof tree !== 'object' || tree === null ||
        !Array.isArray(tree.f) || !Array.isArray(tree.t) || !Array.isArray(tree.l) || !Array.isArray(tree.r) ||
        tree.f.length === 0 || tree.t.length !== tree.f.length || tree.l.length !== tree.f.length ||
        tree.r.length !== tree.f.length
      ) {
        throw new Error('ensemble: malformed tree');
      }
      total += tree.f.length;
    }
    this.outputs = outputs;
    this.base = Float64Array.from(base);
    this.roots = new Int32Array(trees.length);
    this.feature = new Int32Array(total);
    this.value = new Float64Array(total);
    this.left = new Int32Array(total);
    this.right = new Int32Array(total);
    let off = 0;
    trees.forEach((tree, ti) => {
      const n = tree.f.length;
      this.roots[ti] = off;
      for (let i = 0; i < n; i++) {
        const f = tree.f[i]!;
        const t = tree.t[i]!;
        if (!Number.isInteger(f) || f < -1 || f >= featureCount || !Number.isFinite(t)) {
          throw new Error('ensemble: bad node');
        }
        this.feature[off + i] = f;
        this.value[off + i] = t;
        if (f >= 0) {
          const l = tree.l[i]!;
          const r = tree.r[i]!;
          // Children must come after their parent: guarantees termination.
          if (!Number.isInteger(l) || !Number.isInteger(r) || l <= i || r <= i || l >= n || r >= n) {
            throw new Error('ensemble: bad child index');
          }
          this.left[off + i] = off + l;
          this.right[off + i] = off + r;
        }
      }
      off += n;
    });
  }

  /** Raw scores (logits) of `x` into `out` (length `outputs`). */
  score(x: ArrayLike<number>, out: Float64Array = new Float64Array(this.outputs)): Float64Array {
    const { feature, value, left, right, roots, outputs } = this;
    out.set(this.base);
    for (let ti = 0; ti < roots.length; ti++) {
      let node = roots[ti]!;
      let f = feature[node]!;
      while (f >= 0) {
        node = x[f]! <= value[node]! ? left[node]! : right[node]!;
        f = feature[node]!;
      }
      out[ti % outputs]! += value[node]!;
    }
    return out;
  }

  /** Class probabilities of `x`: `[P(0), P(1)]` for a binary model, softmax otherwise. */
  probabilities(x: ArrayLike<number>): Float64Array {
    const s = this.score(x);
    if (this.outputs === 1) {
      const p = 1 / (1 + Math.exp(-s[0]!));
      return Float64Array.of(1 - p, p);
    }
    return softmax(s);
  }
}

/** In-place softmax; returns its argument. */
export function softmax(s: Float64Array): Float64Array {
  let max = -Infinity;
  for (const v of s) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < s.length; i++) {
    s[i] = Math.exp(s[i]! - max);
    sum += s[i]!;
  }
  for (let i = 0; i < s.length; i++) s[i]! /= sum;
  return s;
}
