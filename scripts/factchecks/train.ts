/**
 * Fits the fact-check matcher's logistic model on the DEV split only: every
 * screened candidate not ruled out by a differing fact is a pair, positive
 * when it is the labelled review. Then picks the threshold with the best dev
 * recall at dev precision ≥ 92 % (top match per claim, as eval.ts counts).
 * Writes lib/factcheck/weights.json.
 *
 * Usage: npx tsx scripts/factchecks/train.ts [--dry-run]
 */
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFactCheckIndex, PAIR_FEATURES, scoreCandidates } from '../../lib/factcheck/match.ts';
import { readFactCheckSet } from './data.ts';

const L2 = 0.01;
const EPOCHS = 4000;
const RATE = 0.5;
const MIN_PRECISION = 0.92;

function fit(xs: number[][], ys: number[]): { w: number[]; b: number } {
  const d = xs[0]!.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const pos = ys.filter((y) => y === 1).length;
  // Balance the classes: a handful of positives among many screened negatives.
  const wPos = ys.length / (2 * pos);
  const wNeg = ys.length / (2 * (ys.length - pos));
  for (let e = 0; e < EPOCHS; e++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < xs.length; i++) {
      let z = b;
      for (let k = 0; k < d; k++) z += w[k]! * xs[i]![k]!;
      const p = 1 / (1 + Math.exp(-z));
      const g = (p - ys[i]!) * (ys[i] ? wPos : wNeg);
      for (let k = 0; k < d; k++) gw[k]! += g * xs[i]![k]!;
      gb += g;
    }
    for (let k = 0; k < d; k++) w[k]! -= RATE * (gw[k]! / xs.length + L2 * w[k]!);
    b -= (RATE * gb) / xs.length;
  }
  return { w, b };
}

function main(): void {
  const set = readFactCheckSet();
  const ix = buildFactCheckIndex(set.reviews);
  const dev = set.claims.filter((c) => c.split === 'dev');
  const xs: number[][] = [];
  const ys: number[] = [];
  const perClaim: { gold: string | null; cands: { id: string; x: number[] }[] }[] = [];
  for (const c of dev) {
    const cands = scoreCandidates(c.text, ix).filter((k) => k.differ.length === 0);
    perClaim.push({ gold: c.match, cands });
    for (const k of cands) {
      xs.push(k.x);
      ys.push(k.id === c.match ? 1 : 0);
    }
  }
  const { w, b } = fit(xs, ys);
  const score = (x: number[]): number => 1 / (1 + Math.exp(-(b + x.reduce((s, v, k) => s + v * w[k]!, 0))));
  const gold = dev.filter((c) => c.match).length;
  let best = { t: 0.5, recall: -1, precision: 0 };
  for (let t = 0.05; t < 0.99; t += 0.01) {
    let predicted = 0;
    let correct = 0;
    for (const pc of perClaim) {
      const top = pc.cands.map((k) => ({ id: k.id, s: score(k.x) })).filter((k) => k.s >= t).sort((a, b2) => b2.s - a.s)[0];
      if (!top) continue;
      predicted++;
      if (top.id === pc.gold) correct++;
    }
    const precision = predicted ? correct / predicted : 1;
    const recall = correct / gold;
    if (precision >= MIN_PRECISION && recall > best.recall) best = { t: Number(t.toFixed(2)), recall, precision };
  }
  console.log(`dev pairs ${xs.length} (${ys.filter((y) => y).length} positive)`);
  PAIR_FEATURES.forEach((f, k) => console.log(`  ${f.padEnd(22)} ${w[k]!.toFixed(3)}`));
  console.log(`  bias ${b.toFixed(3)}; threshold ${best.t}: dev precision ${(best.precision * 100).toFixed(1)}%, recall ${(best.recall * 100).toFixed(1)}%`);
  if (process.argv.includes('--dry-run')) return;
  const out = { features: [...PAIR_FEATURES], weights: w.map((x) => Number(x.toFixed(4))), bias: Number(b.toFixed(4)), threshold: best.t };
  writeFileSync(join(dirname(fileURLToPath(import.meta.url)), '../../lib/factcheck/weights.json'), `${JSON.stringify(out, null, 2)}\n`);
}

main();
