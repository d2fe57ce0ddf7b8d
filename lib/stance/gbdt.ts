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

/**
 * A compiled ensemble. Every tree is padded to a complete binary tree of the
 * ensemble's maximum depth (a leaf above the bottom becomes a chain of
 * always-left nodes), so scoring is a fixed number of steps per tree over flat
 * typed arrays.
 */
export class Ensemble {
  readonly outputs: number;
  private readonly base: Float64Array;
  private readonly depth: number;
  private readonly treeCount: number;
  /** Inner nodes, `2^depth - 1` per tree, in heap order. */
  private readonly feature: Int32Array;
  private readonly threshold: Float64Array;
  /** Leaves, `2^depth` per tree. */
  private readonly leaf: Float64Array;
  /** Scratch for the logit of a binary model. */
  private readonly logit = new Float64Array(1);

  /** Validates and compiles `json`; throws an Error describing the first problem. */
  constructor(json: EnsembleJson, featureCount: number) {
    if (typeof json !== 'object' || json === null) throw new Error('ensemble: not an object');
    const { outputs, base, trees } = json;
    if (!Number.isInteger(outputs) || outputs < 1) throw new Error('ensemble: bad outputs');
    if (!Array.isArray(base) || base.length !== outputs || !base.every(Number.isFinite)) {
      throw new Error('ensemble: bad base scores');
    }
    if (!Array.isArray(trees) || trees.length % outputs !== 0) throw new Error('ensemble: bad trees');
    let depth = 0;
    for (const tree of trees) {
      if (
        typeof tree !== 'object' || tree === null ||
        !Array.isArray(tree.f) || !Array.isArray(tree.t) || !Array.isArray(tree.l) || !Array.isArray(tree.r) ||
        tree.f.length === 0 || tree.t.length !== tree.f.length || tree.l.length !== tree.f.length ||
        tree.r.length !== tree.f.length
      ) {
        throw new Error('ensemble: malformed tree');
      }
      const n = tree.f.length;
      const depthOf = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        const f = tree.f[i]!;
        const t = tree.t[i]!;
        if (!Number.isInteger(f) || f < -1 || f >= featureCount || !Number.isFinite(t)) {
          throw new Error('ensemble: bad node');
        }
        if (f >= 0) {
          const l = tree.l[i]!;
          const r = tree.r[i]!;
          // Children come after their parent: guarantees a finite tree.
          if (!Number.isInteger(l) || !Number.isInteger(r) || l <= i || r <= i || l >= n || r >= n) {
            throw new Error('ensemble: bad child index');
          }
          depthOf[l] = depthOf[r] = depthOf[i]! + 1;
          depth = Math.max(depth, depthOf[i]! + 1);
        }
      }
    }
    if (depth > 12) throw new Error('ensemble: trees too deep');
    const inner = (1 << depth) - 1;
    this.outputs = outputs;
    this.base = Float64Array.from(base);
    this.depth = depth;
    this.treeCount = trees.length;
    this.feature = new Int32Array(trees.length * inner);
    this.threshold = new Float64Array(trees.length * inner).fill(Infinity);
    this.leaf = new Float64Array(trees.length * (inner + 1));
    trees.forEach((tree, ti) => {
      const fill = (src: number, pos: number, d: number): void => {
        if (d === depth) {
          this.leaf[ti * (inner + 1) + pos - inner] = tree.t[src]!;
          return;
        }
        const at = ti * inner + pos;
        if (tree.f[src]! >= 0) {
          this.feature[at] = tree.f[src]!;
          this.threshold[at] = tree.t[src]!;
          fill(tree.l[src]!, 2 * pos + 1, d + 1);
          fill(tree.r[src]!, 2 * pos + 2, d + 1);
        } else {
          // Leaf above the bottom: always go left; fill both sides anyway.
          fill(src, 2 * pos + 1, d + 1);
          fill(src, 2 * pos + 2, d + 1);
        }
      };
      fill(0, 0, 0);
    });
  }

  /**
   * Raw scores (logits) of `x` into `out` (length `outputs`).
   *
   * Each output is the sum of its base score and its trees' leaves, added in
   * tree order (so the result does not depend on how the trees are walked).
   * Two speed-ups, both exact: a node's child is computed arithmetically from
   * the comparison (no branch to mispredict, since the paths through a tree
   * are data-dependent), and two or three independent trees are walked side by
   * side so the CPU overlaps their chains of dependent loads.
   */
  score(x: ArrayLike<number>, out: Float64Array = new Float64Array(this.outputs)): Float64Array {
    const { feature, threshold, leaf, depth, outputs, treeCount } = this;
    const inner = (1 << depth) - 1;
    // Tree ti's inner nodes start at ti * inner, its leaves at ti * (inner + 1) = ti * inner + ti.
    // `+(x <= t)` is 1 to go left (child 2n + 1), 0 to go right (2n + 2).
    if (outputs === 3) {
      // Trees ti, ti + 1, ti + 2 add to outputs 0, 1, 2.
      let a0 = this.base[0]!;
      let a1 = this.base[1]!;
      let a2 = this.base[2]!;
      for (let ti = 0, o0 = 0; ti < treeCount; ti += 3, o0 += 3 * inner) {
        const o1 = o0 + inner;
        const o2 = o1 + inner;
        let n0 = 0;
        let n1 = 0;
        let n2 = 0;
        for (let d = 0; d < depth; d++) {
          n0 = 2 * n0 + 2 - +(x[feature[o0 + n0]!]! <= threshold[o0 + n0]!);
          n1 = 2 * n1 + 2 - +(x[feature[o1 + n1]!]! <= threshold[o1 + n1]!);
          n2 = 2 * n2 + 2 - +(x[feature[o2 + n2]!]! <= threshold[o2 + n2]!);
        }
        a0 += leaf[o0 + ti + n0 - inner]!;
        a1 += leaf[o1 + ti + 1 + n1 - inner]!;
        a2 += leaf[o2 + ti + 2 + n2 - inner]!;
      }
      out[0] = a0;
      out[1] = a1;
      out[2] = a2;
      return out;
    }
    if (outputs === 1) {
      let a = this.base[0]!;
      let ti = 0;
      let o0 = 0;
      for (; ti + 1 < treeCount; ti += 2, o0 += 2 * inner) {
        const o1 = o0 + inner;
        let n0 = 0;
        let n1 = 0;
        for (let d = 0; d < depth; d++) {
          n0 = 2 * n0 + 2 - +(x[feature[o0 + n0]!]! <= threshold[o0 + n0]!);
          n1 = 2 * n1 + 2 - +(x[feature[o1 + n1]!]! <= threshold[o1 + n1]!);
        }
        a += leaf[o0 + ti + n0 - inner]!;
        a += leaf[o1 + ti + 1 + n1 - inner]!;
      }
      if (ti < treeCount) {
        let n0 = 0;
        for (let d = 0; d < depth; d++) n0 = 2 * n0 + 2 - +(x[feature[o0 + n0]!]! <= threshold[o0 + n0]!);
        a += leaf[o0 + ti + n0 - inner]!;
      }
      out[0] = a;
      return out;
    }
    out.set(this.base);
    for (let ti = 0, off = 0; ti < treeCount; ti++, off += inner) {
      let node = 0;
      for (let d = 0; d < depth; d++) node = 2 * node + 2 - +(x[feature[off + node]!]! <= threshold[off + node]!);
      out[ti % outputs]! += leaf[off + ti + node - inner]!;
    }
    return out;
  }

  /** Class probabilities of `x` (into `out` if given): `[P(0), P(1)]` for a binary model, softmax otherwise. */
  probabilities(x: ArrayLike<number>, out?: Float64Array): Float64Array {
    if (this.outputs === 1) {
      const p = 1 / (1 + Math.exp(-this.score(x, this.logit)[0]!));
      const o = out ?? new Float64Array(2);
      o[0] = 1 - p;
      o[1] = p;
      return o;
    }
    return softmax(this.score(x, out));
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
