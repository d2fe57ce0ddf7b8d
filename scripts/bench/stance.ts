/**
 * Stance throughput (figure 6): the same claim–passage pairs timed in Node
 * and on the bench page in Chromium. No Node imports here: the bench page
 * bundles this file too, so both sides run the very same loop.
 */
import type { Pack } from '../../lib/packs/format.ts';
import { prepareBody, prepareClaim, type PreparedBody, type PreparedClaim, type StanceModel } from '../../lib/stance/index.ts';
import { mulberry32 as prng } from '../../lib/random.ts';

/** Claims, passages, and pairs of indices into them (what the page fetches as JSON). */
export interface StancePairs {
  claims: string[];
  passages: string[];
  pairs: [claim: number, passage: number][];
}

export interface StanceTiming {
  pairs: number;
  /** pairs/s of `predict(prepared claim, prepared passage)` per timed pass. */
  predictOnly: number[];
  /** pairs/s per pass with every claim and passage prepared in the pass, as the analysis does once per article. */
  withPreparation: number[];
}

// A plain splitter on purpose: the pairs must not change when lib/text does.
const SENTENCE = /(?<=[.!?]["”’)]?)\s+(?=["“‘(]?[A-Z0-9])/;
const STOP = new Set(['although', 'because', 'before', 'during', 'should', 'through', 'which', 'would', 'their', 'there', 'these', 'those', 'where', 'while', 'about', 'after', 'other', 'could', 'people', 'said', 'says']);

/**
 * `claimCount` claims (corpus sentences of 8–40 words), each paired with
 * `perClaim` passages (three-sentence windows of other reports). Two thirds
 * of a claim's passages share a specific word with it, as retrieved evidence
 * does (the model's second stage then runs); the rest are random, as weak
 * candidates are. Deterministic for a given pack.
 */
export function buildStancePairs(pack: Pack, claimCount = 400, perClaim = 15, seed = 7): StancePairs {
  const rand = prng(seed);
  const docs = pack.documents.slice(0, 2000).map((d) => d.text.split(/\n+/).flatMap((p) => p.split(SENTENCE)).map((s) => s.trim()).filter((s) => s.length > 0));
  const windows: { doc: number; text: string }[] = [];
  const byWord = new Map<string, number[]>();
  docs.forEach((sentences, doc) => {
    for (let s = 0; s + 2 < sentences.length; s += 2) {
      const w = windows.push({ doc, text: sentences.slice(s, s + 3).join(' ') }) - 1;
      for (const word of new Set(words(windows[w]!.text))) {
        const list = byWord.get(word) ?? [];
        list.push(w);
        byWord.set(word, list);
      }
    }
  });
  const out: StancePairs = { claims: [], passages: [], pairs: [] };
  const passageIndex = new Map<number, number>();
  const usePassage = (w: number): number => {
    let p = passageIndex.get(w);
    if (p === undefined) passageIndex.set(w, (p = out.passages.push(windows[w]!.text) - 1));
    return p;
  };
  let guard = 0;
  while (out.claims.length < claimCount && guard++ < claimCount * 50) {
    const doc = Math.floor(rand() * docs.length);
    const sentences = docs[doc]!;
    const claim = sentences[Math.floor(rand() * sentences.length)];
    if (!claim) continue;
    const n = claim.split(/\s+/).length;
    if (n < 8 || n > 40) continue;
    // Specific words: those in few windows, but in more than the claim's own report.
    const shared = [...new Set(words(claim))]
      .map((w) => (byWord.get(w) ?? []).filter((x) => windows[x]!.doc !== doc))
      .filter((l) => l.length > 0 && l.length < windows.length / 20)
      .sort((a, b) => a.length - b.length);
    const c = out.claims.push(claim) - 1;
    const chosen = new Set<number>();
    for (let k = 0; k < perClaim * 4 && chosen.size < Math.round((perClaim * 2) / 3) && shared.length; k++) {
      const list = shared[k % Math.min(shared.length, 3)]!;
      chosen.add(list[Math.floor(rand() * list.length)]!);
    }
    while (chosen.size < perClaim) {
      const w = Math.floor(rand() * windows.length);
      if (windows[w]!.doc !== doc) chosen.add(w);
    }
    for (const w of chosen) out.pairs.push([c, usePassage(w)]);
  }
  return out;
}

function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z]{6,}/g) ?? []).filter((w) => !STOP.has(w));
}

/** Times `repeats` passes over all pairs after one untimed warm-up pass (JIT, stemmer caches). */
export function timeStance(model: StanceModel, data: StancePairs, repeats = 5): StanceTiming {
  const prepareAll = () => ({ claims: data.claims.map((c) => prepareClaim(c)), passages: data.passages.map((p) => prepareBody(p)) });
  const predictAll = (claims: PreparedClaim[], passages: PreparedBody[]) => {
    let related = 0;
    for (const [c, p] of data.pairs) if (model.predict(claims[c]!, passages[p]!).stance !== 'unrelated') related++;
    return related;
  };
  const warm = prepareAll();
  predictAll(warm.claims, warm.passages);
  const result: StanceTiming = { pairs: data.pairs.length, predictOnly: [], withPreparation: [] };
  for (let r = 0; r < repeats; r++) {
    const t0 = performance.now();
    const prepared = prepareAll();
    const t1 = performance.now();
    predictAll(prepared.claims, prepared.passages);
    const t2 = performance.now();
    result.predictOnly.push(data.pairs.length / ((t2 - t1) / 1000));
    result.withPreparation.push(data.pairs.length / ((t2 - t0) / 1000));
  }
  return result;
}
