/**
 * The weight of names in a glossed article's relatedness. An English article's names are a small
 * share of its words; a gloss keeps every name but only the words the word lists know, so its names
 * ("Maduro", "Guaidó", "Caracas") outweigh the words that tell one event from another, and a report
 * on another event between the same people scores as high as one on the same event. Set on the dev
 * splits of tests/fixtures/claims-es and claims-ru: 0.2 gave the widest margin between the least
 * related same-story article and the most related near miss in both languages (1, 0.35, 0.2, 0.1
 * and 0 were tried; 0 loses the Russian margin).
 */
import { forEachTerm } from '../text/tokens.ts';
import type { Gloss } from './gloss.ts';

export const NAME_WEIGHT = 0.2;

/** A term weight for the relatedness search: the index terms of the glosses' names and places count NAME_WEIGHT. */
export function discountNames(glosses: readonly Gloss[]): (term: string) => number {
  const names = new Set<string>();
  for (const g of glosses) for (const n of [...g.anchors.names, ...g.anchors.places]) forEachTerm(n, (t) => names.add(t));
  return (t) => (names.has(t) ? NAME_WEIGHT : 1);
}
