/**
 * A bag-of-words logistic-regression model over a body's vocabulary, giving
 * body-level agree / disagree / discuss scores that the stance trees use as
 * features. The vocabulary is restricted to stems frequent across many
 * training bodies (style and reporting words rather than story topics).
 */
import type { PreparedBody } from './features.ts';

/** JSON form: `weights[k * terms.length + j]` is the weight of term j for class k. */
export interface LexicalJson {
  terms: string[];
  weights: number[];
  bias: number[];
}

/** Sparse L2-normalised log-TF vector of a body over a vocabulary. */
export function bagOfTerms(body: PreparedBody, vocab: Map<string, number>): { index: number[]; value: number[] } {
  const index: number[] = [];
  const value: number[] = [];
  let norm = 0;
  for (const [t, n] of body.tf) {
    const j = vocab.get(t);
    if (j === undefined) continue;
    const v = Math.log1p(n);
    index.push(j);
    value.push(v);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < value.length; i++) value[i]! /= norm;
  return { index, value };
}

/** A compiled lexical model with a per-body cache of its scores. */
export class LexicalModel {
  readonly classes: number;
  readonly vocab: Map<string, number>;
  private readonly weights: Float64Array;
  private readonly bias: Float64Array;
  private readonly cache = new WeakMap<PreparedBody, Float64Array>();

  constructor(json: LexicalJson) {
    if (typeof json !== 'object' || json === null) throw new Error('lexical: not an object');
    const { terms, weights, bias } = json;
    if (!Array.isArray(terms) || !terms.every((t) => typeof t === 'string')) throw new Error('lexical: bad terms');
    if (!Array.isArray(bias) || bias.length < 2 || !bias.every(Number.isFinite)) throw new Error('lexical: bad bias');
    if (!Array.isArray(weights) || weights.length !== bias.length * terms.length || !weights.every(Number.isFinite)) {
      throw new Error('lexical: bad weights');
    }
    this.classes = bias.length;
    this.vocab = new Map(terms.map((t, i) => [t, i]));
    this.weights = Float64Array.from(weights);
    this.bias = Float64Array.from(bias);
  }

  /** Centred logits (each minus their mean) of a body; cached per body. */
  scores(body: PreparedBody): Float64Array {
    let s = this.cache.get(body);
    if (s) return s;
    const { index, value } = bagOfTerms(body, this.vocab);
    const V = this.vocab.size;
    s = Float64Array.from(this.bias);
    for (let k = 0; k < this.classes; k++) {
      let acc = s[k]!;
      for (let i = 0; i < index.length; i++) acc += this.weights[k * V + index[i]!]! * value[i]!;
      s[k] = acc;
    }
    let mean = 0;
    for (const v of s) mean += v;
    mean /= s.length;
    for (let k = 0; k < s.length; k++) s[k]! -= mean;
    this.cache.set(body, s);
    return s;
  }
}
