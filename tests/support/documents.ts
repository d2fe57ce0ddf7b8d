// Report documents written for the tests (not copied from the corpus), shared by the suites.
import type { PackDocument } from '../../lib/packs/format.ts';

/** A wire report the seed corpus lacks: a related page shows it once a pack adds it. */
export const PLANE_REPORT: PackDocument = {
  id: 'wire-2025-12-24-plane',
  url: 'https://example.org/wire/plane',
  title: 'Russian government plane lands at Maiquetía to fly out diplomats’ families',
  outlet: 'Example Wire',
  author: null,
  published: '2025-12-24',
  language: 'en',
  text: 'A Russian government plane landed at Maiquetía airport outside Caracas on Wednesday to fly out the families of Russian diplomats, a European intelligence official said. The evacuation of women and children from the Russian Embassy began on Friday, the official said. Moscow has denied any evacuation of its diplomats from Venezuela.',
  sources: ['Associated Press, citing a European intelligence official'],
};
