/** Reading FNC-1 CSVs, the train / dev / test split by story and body content, and the challenge's metrics (Node only). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { STANCES, type Stance } from '../../lib/stance/model.ts';
import { rng } from './gbdt-train.ts';
export { metrics, formatMetrics, type Metrics } from '../../lib/stance/metrics.ts';

export interface Pair {
  headline: string;
  bodyId: string;
  /** Gold stance, when the file has one. */
  stance?: Stance;
}

export const DEFAULT_DATA_DIR = '../shared/datasets/fnc-1';
function readCsv(path: string, required: string[]): Record<string, string>[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new Error(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  let rows: string[][];
  try {
    rows = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false });
  } catch (e) {
    throw new Error(`malformed CSV ${path}: ${(e as Error).message.split('\n')[0]}`);
  }
  const header = rows[0]?.map((h) => h.trim());
  if (!header) throw new Error(`malformed CSV ${path}: empty file, expected a header ${required.join(',')}`);
  for (const col of required) {
    if (!header.includes(col)) throw new Error(`malformed CSV ${path}: missing column "${col}"`);
  }
  return rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]!])));
}

/** Reads a bodies CSV (`Body ID,articleBody`). */
export function readBodies(path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of readCsv(path, ['Body ID', 'articleBody'])) out.set(r['Body ID']!.trim(), r['articleBody']!);
  return out;
}

/** Reads a stances CSV (`Headline,Body ID[,Stance]`). */
export function readPairs(path: string, opts: { ignoreStance?: boolean } = {}): Pair[] {
  return readCsv(path, ['Headline', 'Body ID']).map((r, i) => {
    const p: Pair = { headline: r['Headline']!, bodyId: r['Body ID']!.trim() };
    const s = r['Stance'];
    if (s !== undefined && s !== '' && !opts.ignoreStance) {
      const st = s.trim().toLowerCase();
      if (!(STANCES as readonly string[]).includes(st)) {
        throw new Error(`malformed CSV ${path}: row ${i + 2} has unknown stance "${s}"`);
      }
      p.stance = st as Stance;
    }
    return p;
  });
}

export interface Dataset {
  bodies: Map<string, string>;
  pairs: Pair[];
}

export function readFnc(dir: string): Dataset {
  return {
    bodies: readBodies(join(dir, 'train_bodies.csv')),
    pairs: readPairs(join(dir, 'train_stances.csv')),
  };
}

// ---------------------------------------------------------------------------
// The train / dev / test split.
//
// FNC-1 has byte-identical and near-identical bodies under different Body
// IDs, and every story (one claim of the Emergent data set) has many bodies
// and headlines. A split by Body ID alone puts copies of the same text, and
// other bodies of the same story, on both sides. So bodies are grouped by
// normalised content (identical or near-identical text) and by story
// (connected components of the related headline-body pairs), and whole groups
// go to one split. Every pair goes with its body, so each (headline, body
// text) pair and every related pair of a story sits in one split only; a
// headline may still occur in another split, but only in *unrelated* pairs
// with that split's bodies (which is how FNC-1 makes its unrelated pairs).
// ---------------------------------------------------------------------------

/** The three splits: train (fitted on), dev (tuned on), test (held out). */
export const SPLITS = ['train', 'dev', 'test'] as const;
export type SplitName = (typeof SPLITS)[number];

/** Seed of the split, and shares of pairs (in whole groups) for dev and test. */
export const SPLIT_SEED = 1337;
export const DEV_SHARE = 0.15;
export const TEST_SHARE = 0.15;
/** Seeded candidate assignments tried; the one closest to the target sizes and class mix wins. */
const SPLIT_CANDIDATES = 400;

/** Word shingle length and thresholds for near-identical bodies. */
const SHINGLE = 5;
/** Near-identical: Jaccard similarity of the shingle sets at least this... */
export const NEAR_DUP_JACCARD = 0.5;
/** ...or at least this share of the smaller body's shingles in the other (a trimmed or extended copy). */
export const NEAR_DUP_CONTAINMENT = 0.8;

/**
 * Body text as compared for duplicates: Unicode NFKC, lower case, apostrophes
 * dropped, other punctuation and symbols turned into spaces, whitespace collapsed.
 */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/['\u2019\u2018\u02bc`]/g, '')
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** Union-find over string keys; `find` returns the smallest key of the set (deterministic). */
class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let r = x;
    while (this.parent.has(r) && this.parent.get(r) !== r) r = this.parent.get(r)!;
    for (let y = x; y !== r; ) {
      const next = this.parent.get(y)!;
      this.parent.set(y, r);
      y = next;
    }
    return r;
  }
  union(a: string, b: string): void {
    const x = this.find(a);
    const y = this.find(b);
    if (x === y) return;
    if (x < y) this.parent.set(y, x);
    else this.parent.set(x, y);
  }
}

/**
 * Word 5-gram shingles of a normalised text, as 52-bit hashes of the word
 * sequence (two independent 32-bit FNV-style hashes; a collision among the
 * ~500,000 FNC-1 shingles has a chance of about 1 in 30,000 and could only
 * join two bodies that otherwise share most of their shingles anyway).
 */
function shingles(normalised: string, wordIds: Map<string, number>): Set<number> {
  const w = normalised
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      let id = wordIds.get(word);
      if (id === undefined) wordIds.set(word, (id = wordIds.size + 1));
      return id;
    });
  const out = new Set<number>();
  const hash = (from: number, to: number): number => {
    let h1 = 0x811c9dc5;
    let h2 = 0x1b873593;
    for (let i = from; i < to; i++) {
      h1 = Math.imul(h1 ^ w[i]!, 0x01000193);
      h2 = Math.imul(h2 ^ w[i]!, 0x5bd1e995) ^ (h2 >>> 13);
    }
    return (h1 >>> 0) * 0x100000 + ((h2 >>> 0) & 0xfffff);
  };
  if (w.length < SHINGLE) {
    if (w.length) out.add(hash(0, w.length));
    return out;
  }
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(hash(i, i + SHINGLE));
  return out;
}

const nearDuplicateCache = new WeakMap<Map<string, string>, [string, string][]>();

/**
 * Pairs of Body IDs whose texts are near-identical (word 5-gram shingles:
 * Jaccard >= NEAR_DUP_JACCARD or containment >= NEAR_DUP_CONTAINMENT), or
 * identical after {@link normaliseText}. Each pair once, `a < b` by id order.
 * Cached per `bodies` map (do not mutate it after a call).
 */
export function nearDuplicatePairs(bodies: Map<string, string>): [string, string][] {
  const cached = nearDuplicateCache.get(bodies);
  if (cached) return cached;
  const ids = [...bodies.keys()].sort(compareIds);
  const wordIds = new Map<string, number>();
  const sets = ids.map((id) => shingles(normaliseText(bodies.get(id)!), wordIds));
  const postings = new Map<number, number[]>();
  sets.forEach((set, i) => {
    for (const g of set) {
      let list = postings.get(g);
      if (!list) postings.set(g, (list = []));
      list.push(i);
    }
  });
  // For each body i, count the shingles it shares with each later body j.
  const out: [string, string][] = [];
  const shared = new Int32Array(ids.length);
  const touched: number[] = [];
  sets.forEach((set, i) => {
    for (const g of set) {
      for (const j of postings.get(g)!) {
        if (j <= i) continue;
        if (shared[j] === 0) touched.push(j);
        shared[j]!++;
      }
    }
    touched.sort((x, y) => x - y);
    for (const j of touched) {
      const c = shared[j]!;
      const a = set.size;
      const b = sets[j]!.size;
      if (c / (a + b - c) >= NEAR_DUP_JACCARD || c / Math.min(a, b) >= NEAR_DUP_CONTAINMENT) out.push([ids[i]!, ids[j]!]);
      shared[j] = 0;
    }
    touched.length = 0;
  });
  nearDuplicateCache.set(bodies, out);
  return out;
}

/** Numeric Body IDs in numeric order, others after them in string order. */
function compareIds(a: string, b: string): number {
  const x = Number(a);
  const y = Number(b);
  if (Number.isFinite(x) && Number.isFinite(y) && x !== y) return x - y;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Groups of bodies that must not be split: same or near-identical text, and,
 * with `stories`, the same story (bodies linked through related pairs, via a
 * shared headline or a shared body text). Returns Body ID -> group key (the
 * group's smallest Body ID).
 */
export function bodyGroups(data: Dataset, opts: { stories?: boolean } = {}): Map<string, string> {
  const uf = new UnionFind();
  const node = (id: string) => 'B' + id.padStart(12, '0');
  for (const id of data.bodies.keys()) uf.find(node(id));
  for (const [a, b] of nearDuplicatePairs(data.bodies)) uf.union(node(a), node(b));
  if (opts.stories ?? true) {
    for (const p of data.pairs) {
      if (p.stance === undefined || p.stance === 'unrelated' || !data.bodies.has(p.bodyId)) continue;
      uf.union(node(p.bodyId), 'H' + normaliseText(p.headline));
    }
  }
  // Key every group by its smallest Body ID.
  const keyOfRoot = new Map<string, string>();
  for (const id of [...data.bodies.keys()].sort(compareIds)) {
    const r = uf.find(node(id));
    if (!keyOfRoot.has(r)) keyOfRoot.set(r, id);
  }
  return new Map([...data.bodies.keys()].map((id) => [id, keyOfRoot.get(uf.find(node(id)))!]));
}

export interface FncSplit {
  seed: number;
  /** 'story': whole stories per split (the default); 'content': whole groups of identical / near-identical bodies only. */
  by: 'story' | 'content';
  /** Split of each Body ID. */
  splitOf: Map<string, SplitName>;
  /** Group key of each Body ID (see {@link bodyGroups}); CV folds should follow it too. */
  groupOf: Map<string, string>;
  train: Pair[];
  dev: Pair[];
  test: Pair[];
}

export interface SplitOptions {
  seed?: number;
  devShare?: number;
  testShare?: number;
  by?: 'story' | 'content';
}

/**
 * Seeded, deterministic three-way split of FNC-1 by whole groups of bodies
 * (see {@link bodyGroups}); pairs follow their body, in file order. Among
 * SPLIT_CANDIDATES seeded shuffles of the groups, each filling test then dev
 * up to its share of pairs, keeps the one whose dev and test are closest to
 * the target sizes and to the overall class mix.
 */
export function splitFnc(data: Dataset, opts: SplitOptions = {}): FncSplit {
  const seed = opts.seed ?? SPLIT_SEED;
  const share = { dev: opts.devShare ?? DEV_SHARE, test: opts.testShare ?? TEST_SHARE };
  const by = opts.by ?? 'story';
  const groupOf = bodyGroups(data, { stories: by === 'story' });
  const usable = data.pairs.filter((p) => groupOf.has(p.bodyId));
  // Pairs and labels per group.
  const classes = [...STANCES, 'none'] as const;
  const cls = (p: Pair) => (p.stance === undefined ? 4 : STANCES.indexOf(p.stance));
  const counts = new Map<string, number[]>();
  for (const key of new Set(groupOf.values())) counts.set(key, classes.map(() => 0));
  for (const p of usable) counts.get(groupOf.get(p.bodyId)!)![cls(p)]!++;
  const keys = [...counts.keys()].sort(compareIds);
  const total = classes.map((_, k) => usable.reduce((s, p) => s + (cls(p) === k ? 1 : 0), 0));
  const n = usable.length;

  const random = rng(seed);
  let best: Map<string, SplitName> | undefined;
  let bestScore = Infinity;
  for (let c = 0; c < SPLIT_CANDIDATES; c++) {
    const order = keys.slice();
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const assign = new Map<string, SplitName>();
    const got = { dev: classes.map(() => 0), test: classes.map(() => 0) };
    const size = { dev: 0, test: 0 };
    let cursor = 0;
    for (const s of ['test', 'dev'] as const) {
      // Add whole groups while that brings the split nearer its target size.
      while (share[s] > 0 && cursor < order.length) {
        const g = counts.get(order[cursor]!)!;
        const m = g.reduce((a, b) => a + b, 0);
        const target = share[s] * n;
        if (size[s] > 0 && Math.abs(size[s] + m - target) >= Math.abs(size[s] - target)) break;
        assign.set(order[cursor]!, s);
        size[s] += m;
        g.forEach((v, k) => (got[s][k]! += v));
        cursor++;
      }
    }
    for (; cursor < order.length; cursor++) assign.set(order[cursor]!, 'train');
    let score = 0;
    for (const s of ['dev', 'test'] as const) {
      if (share[s] <= 0) continue;
      score += Math.abs(size[s] / n - share[s]) / share[s];
      total.forEach((t, k) => {
        if (t > 0 && size[s] > 0) score += Math.abs(got[s][k]! / size[s] - t / n) / (t / n);
      });
    }
    if (score < bestScore - 1e-12) {
      bestScore = score;
      best = assign;
    }
  }
  const splitOf = new Map([...groupOf].map(([id, key]) => [id, best!.get(key)!]));
  const out: FncSplit = { seed, by, splitOf, groupOf, train: [], dev: [], test: [] };
  for (const p of usable) out[splitOf.get(p.bodyId)!].push(p);
  return out;
}

export interface SplitCheck {
  /** Normalised body texts found in more than one split (must be 0). */
  sharedBodies: number;
  /** Near-identical body pairs (see {@link nearDuplicatePairs}) across splits (must be 0). */
  sharedNearDuplicates: number;
  /** (headline, normalised body) pairs found in more than one split (must be 0). */
  sharedPairs: number;
  /** Headlines with related pairs in more than one split (0 when split by story). */
  storyHeadlinesShared: number;
  /** Pairs of dev / test whose headline also occurs in train (in unrelated pairs only, when split by story). */
  headlineSeenInTrain: { dev: number; test: number };
}

/** Checks a split from the texts themselves (not from the groups it was made with). */
export function checkSplit(data: Dataset, split: FncSplit): SplitCheck {
  const splitsOf = (map: Map<string, Set<SplitName>>, key: string, s: SplitName) => {
    let set = map.get(key);
    if (!set) map.set(key, (set = new Set()));
    set.add(s);
  };
  const norm = new Map<string, string>();
  for (const [id, text] of data.bodies) norm.set(id, normaliseText(text));
  const bodies = new Map<string, Set<SplitName>>();
  for (const [id, s] of split.splitOf) splitsOf(bodies, norm.get(id)!, s);
  const pairs = new Map<string, Set<SplitName>>();
  const related = new Map<string, Set<SplitName>>();
  for (const s of SPLITS) {
    for (const p of split[s]) {
      splitsOf(pairs, normaliseText(p.headline) + '\u0000' + norm.get(p.bodyId)!, s);
      if (p.stance !== undefined && p.stance !== 'unrelated') splitsOf(related, normaliseText(p.headline), s);
    }
  }
  const multi = (m: Map<string, Set<SplitName>>) => [...m.values()].filter((v) => v.size > 1).length;
  const trainHeadlines = new Set(split.train.map((p) => normaliseText(p.headline)));
  const seen = (ps: Pair[]) => ps.filter((p) => trainHeadlines.has(normaliseText(p.headline))).length;
  return {
    sharedBodies: multi(bodies),
    sharedNearDuplicates: nearDuplicatePairs(data.bodies).filter(
      ([a, b]) => split.splitOf.get(a) !== split.splitOf.get(b),
    ).length,
    sharedPairs: multi(pairs),
    storyHeadlinesShared: multi(related),
    headlineSeenInTrain: { dev: seen(split.dev), test: seen(split.test) },
  };
}

/** One-paragraph description of a split and its check, for the training and evaluation logs. */
export function describeSplit(data: Dataset, split: FncSplit): string {
  const c = checkSplit(data, split);
  const line = (s: SplitName) => {
    const ps = split[s];
    const ids = new Set(ps.map((p) => p.bodyId));
    const groups = new Set([...ids].map((id) => split.groupOf.get(id)));
    const by = STANCES.map((st) => `${st} ${ps.filter((p) => p.stance === st).length}`).join(', ');
    return `  ${s.padEnd(5)} ${String(ps.length).padStart(6)} pairs, ${String(ids.size).padStart(4)} bodies, ${String(groups.size).padStart(3)} ${split.by === 'story' ? 'stories' : 'groups'} (${by})`;
  };
  const ok = c.sharedBodies === 0 && c.sharedNearDuplicates === 0 && c.sharedPairs === 0;
  return [
    `split by ${split.by === 'story' ? 'whole stories (and identical / near-identical bodies)' : 'identical / near-identical bodies'}, seed ${split.seed}:`,
    ...SPLITS.map(line),
    `  check: ${c.sharedBodies} normalised bodies, ${c.sharedNearDuplicates} near-identical body pairs, ` +
      `${c.sharedPairs} (headline, normalised body) pairs and ${c.storyHeadlinesShared} headlines of related pairs ` +
      `in more than one split${ok ? ' (ok)' : ' (LEAK)'}`,
    `  dev / test pairs whose headline also occurs in train${split.by === 'story' ? ' (there only in unrelated pairs, with bodies of other stories)' : ''}: ` +
      `${c.headlineSeenInTrain.dev} / ${c.headlineSeenInTrain.test}`,
  ].join('\n');
}

/**
 * The split of models trained before the three-way split (model.json meta
 * `split.devShareOfBodyIds`): a seeded share of Body IDs as dev, the rest
 * trained on. Kept only to tell which bodies such a model was trained on.
 */
export function legacyDevBodyIds(bodyIds: Iterable<string>, seed: number, share: number): Set<string> {
  const ids = [...bodyIds].sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  const random = rng(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return new Set(ids.slice(0, Math.round(ids.length * share)));
}

/**
 * Body IDs a model was trained on, from the `split` its model.json `meta`
 * records (this split or the legacy one); undefined when the meta says neither.
 */
export function trainedBodyIds(meta: unknown, data: Dataset): Set<string> | undefined {
  const split = (meta as { split?: Record<string, unknown> } | undefined)?.split;
  if (!split || typeof split.seed !== 'number') return undefined;
  if (typeof split.devShareOfBodyIds === 'number') {
    const dev = legacyDevBodyIds(data.bodies.keys(), split.seed, split.devShareOfBodyIds);
    return new Set([...data.bodies.keys()].filter((id) => !dev.has(id)));
  }
  if (split.by === 'story' || split.by === 'content') {
    const s = splitFnc(data, {
      seed: split.seed,
      by: split.by,
      devShare: Number(split.devShareOfPairs),
      testShare: Number(split.testShareOfPairs),
    });
    return new Set(s.train.map((p) => p.bodyId));
  }
  return undefined;
}

/** Indices of labels: agree 0, disagree 1, discuss 2, unrelated 3. */
export const labelIndex = (s: Stance): number => STANCES.indexOf(s);

/** Quotes a CSV field when needed (RFC 4180). */
export function csvField(v: string): string {
  return /[",\r\n]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}
