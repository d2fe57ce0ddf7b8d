import vectorsJson from './vectors.json';
import { loadWordVectors, type VectorsJson, type WordVectors } from './vectors.ts';

let vectors: WordVectors | undefined;

/** The shipped word-vector table, decoded on first use (about 50 ms). */
export function wordVectors(): WordVectors {
  vectors ??= loadWordVectors(vectorsJson as VectorsJson);
  return vectors;
}
