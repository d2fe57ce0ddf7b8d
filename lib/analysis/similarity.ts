/** A sparse term-weight vector with its Euclidean norm. */
export interface WeightedVector {
  weights: Map<string, number>;
  norm: number;
}

/** Sublinear TF times IDF for every term of a term-count map. */
export function tfidfVector(counts: ReadonlyMap<string, number>, idf: (term: string) => number): WeightedVector {
  const weights = new Map<string, number>();
  let sq = 0;
  for (const [t, tf] of counts) {
    const w = (1 + Math.log(tf)) * idf(t);
    weights.set(t, w);
    sq += w * w;
  }
  return { weights, norm: Math.sqrt(sq) };
}

/** Cosine similarity of two weighted vectors (0 when either is empty). */
export function cosine(a: WeightedVector, b: WeightedVector): number {
  if (!a.norm || !b.norm) return 0;
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small.weights) {
    const o = large.weights.get(t);
    if (o) dot += w * o;
  }
  return dot / (a.norm * b.norm);
}
