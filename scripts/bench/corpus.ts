/**
 * Benchmark corpora: packs of N news reports built from the FNC-1 *train*
 * bodies (never the competition test files), with the five seed reports
 * inside, so a related article finds its story among N − 5 others.
 *
 * Each generated report mixes paragraphs of two or three bodies (a primary
 * body's lead and part of its rest, plus a few paragraphs of one or two
 * others), with a headline from the stances file and made-up outlet, author,
 * date, URL and cited sources. Every report comes from its own PRNG stream
 * seeded by its index, so the 1,000-report corpus is a prefix of the 10,000
 * one and every run builds the same bytes.
 *
 * Usage (writes a pack file): npx tsx scripts/bench/corpus.ts N OUT.json [FNC_DIR]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Pack, PackDocument } from '../../lib/packs/format.ts';
import { readSeedPack } from '../seed-pack.ts';
import { mulberry32 as prng } from '../../lib/random.ts';

export const DEFAULT_FNC_DIR = join(import.meta.dirname, '../../../shared/datasets/fnc-1');
export const FNC_MISSING = 'The benchmark needs the FNC-1 training data at ../shared/datasets/fnc-1 (train_bodies.csv, train_stances.csv); it is not there.';

export interface FncTrain {
  /** Paragraphs of each body, in file order. */
  bodies: { id: string; paragraphs: string[] }[];
  /** Headlines written for each body id (the stances file pairs them, related or not). */
  headlines: Map<string, string[]>;
}

/** True when the FNC-1 train files are present in `dir`. */
export function hasFnc(dir = DEFAULT_FNC_DIR): boolean {
  return existsSync(join(dir, 'train_bodies.csv')) && existsSync(join(dir, 'train_stances.csv'));
}

export function readFncTrain(dir = DEFAULT_FNC_DIR): FncTrain {
  const rows: { 'Body ID': string; articleBody: string }[] = parse(readFileSync(join(dir, 'train_bodies.csv'), 'utf8'), { columns: true });
  const bodies = rows
    .map((r) => ({
      id: r['Body ID'],
      // Bodies use single or blank-line breaks between paragraphs; very short lines are captions and bylines.
      paragraphs: r.articleBody.split(/\n+/).map((p) => p.trim()).filter((p) => p.length >= 40),
    }))
    .filter((b) => b.paragraphs.length > 0);
  const stances: { Headline: string; 'Body ID': string; Stance: string }[] = parse(readFileSync(join(dir, 'train_stances.csv'), 'utf8'), { columns: true });
  const headlines = new Map<string, string[]>();
  for (const s of stances) {
    // Only headlines about the body's own story make plausible titles for it.
    if (s.Stance === 'unrelated') continue;
    const list = headlines.get(s['Body ID']) ?? [];
    list.push(s.Headline.trim());
    headlines.set(s['Body ID'], list);
  }
  return { bodies, headlines };
}

const OUTLETS = [
  'The Morning Ledger', 'Harbor City Times', 'Northern Dispatch', 'The Daily Meridian', 'Capital Wire',
  'Evening Standard-Post', 'The Lakeside Chronicle', 'Pacific Current', 'Continental Review', 'The Riverside Herald',
  'Atlantic Monitor', 'Metro Observer', 'The Summit Journal', 'Valley Gazette', 'World Desk Today',
  'The Civic Record', 'Eastern Tribune', 'Global Briefing', 'The Frontier Telegraph', 'Coastal News Network',
  'The Independent Courier', 'Prairie Sentinel', 'Union Press Daily', 'The Bay Examiner', 'Highland Post',
  'National Ledger', 'The Weekly Compass', 'Southern Star Online', 'The Plainsman', 'Crossroads Report',
  'The Harbour Mail', 'Island Times', 'The Western Beacon', 'Central Bulletin', 'The Open Record',
  'Granite State Wire', 'The Delta Voice', 'Bridgeport Herald', 'The Canal Street Journal', 'Midland Reporter',
];
const FIRST = ['Anna', 'David', 'Maria', 'James', 'Sofia', 'Daniel', 'Laura', 'Michael', 'Elena', 'Robert', 'Priya', 'Tomás', 'Grace', 'Samuel', 'Yuki', 'Omar'];
const LAST = ['Whitfield', 'Moreno', 'Chen', 'Okafor', 'Lindqvist', 'Harper', 'Novak', 'Delgado', 'Brennan', 'Sato', 'Kowalski', 'Ibrahim', 'Fischer', 'Marsh', 'Reyes', 'Adeyemi'];
const SOURCES = [
  'Associated Press', 'Reuters', 'AFP', 'a police statement', 'a company spokesperson', 'the local health department',
  'court documents', 'a government press release', 'witnesses', 'a statement on social media', 'the BBC', 'The Daily Mail',
];

function pick<T>(rand: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rand() * xs.length)]!;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'report';
}

/** One generated report; depends only on `i` and the data, not on the corpus size. */
export function generateDocument(fnc: FncTrain, i: number, seed = 1): PackDocument {
  const rand = prng(Math.imul(i + 1, 0x9e3779b1) ^ seed);
  const bodies = fnc.bodies;
  const primary = bodies[Math.floor(rand() * bodies.length)]!;
  // The primary body's lead, then a random share of the rest in order.
  const own = primary.paragraphs.slice(0, 1).concat(primary.paragraphs.slice(1).filter(() => rand() < 0.7));
  const paragraphs = [...own];
  const others = 1 + (rand() < 0.5 ? 1 : 0);
  for (let k = 0; k < others; k++) {
    const other = bodies[Math.floor(rand() * bodies.length)]!;
    const start = Math.floor(rand() * other.paragraphs.length);
    const take = other.paragraphs.slice(start, start + 1 + Math.floor(rand() * 3));
    // Never before the lead: the first paragraph decides what a report is about.
    const at = 1 + Math.floor(rand() * paragraphs.length);
    paragraphs.splice(at, 0, ...take);
  }
  const titles = fnc.headlines.get(primary.id);
  const title = titles?.length ? pick(rand, titles) : primary.paragraphs[0]!.split(/(?<=[.!?])\s/)[0]!.slice(0, 120);
  const outlet = pick(rand, OUTLETS);
  // FNC-1's stories are from 2014–2015; spread reports over those two years.
  const day = new Date(Date.UTC(2014, 0, 1) + Math.floor(rand() * 730) * 86_400_000);
  const published = day.toISOString().slice(0, 10);
  const sources = [...new Set(Array.from({ length: Math.floor(rand() * 3) }, () => pick(rand, SOURCES)))];
  return {
    id: `fnc-${i}`,
    url: `https://${slug(outlet)}.example/${published.replace(/-/g, '/')}/${slug(title)}-${i}`,
    title,
    outlet,
    author: rand() < 0.7 ? `${pick(rand, FIRST)} ${pick(rand, LAST)}` : null,
    published,
    language: 'en',
    text: paragraphs.join('\n\n'),
    sources,
  };
}

export interface BenchCorpusOptions {
  fncDir?: string;
  /** Project root (for seeds/). */
  root?: string;
  seed?: number;
  fnc?: FncTrain;
}

/**
 * A pack of `n` reports: n − 5 generated ones and the 5 seeds, spread
 * through the pack. It carries the seed pack's id and a higher revision, so
 * importing it *replaces* the default corpus the extension installs: the
 * corpus then holds exactly `n` reports, the seeds once.
 */
export async function buildBenchCorpus(n: number, options: BenchCorpusOptions = {}): Promise<Pack> {
  const root = options.root ?? join(import.meta.dirname, '../..');
  const seeds = await readSeedPack(root);
  if (n < seeds.documents.length) throw new Error(`a bench corpus needs at least ${seeds.documents.length} documents`);
  const fnc = options.fnc ?? readFncTrain(options.fncDir);
  const documents: PackDocument[] = [];
  const generated = n - seeds.documents.length;
  for (let i = 0; i < generated; i++) documents.push(generateDocument(fnc, i, options.seed));
  // Seeds at evenly spaced positions (not all at the start or in one index segment's edge).
  seeds.documents.forEach((d, k) => {
    documents.splice(Math.floor(((k + 0.5) * documents.length) / seeds.documents.length) + k, 0, d);
  });
  return {
    ...seeds,
    title: `Bench corpus (${n} reports)`,
    publisher: 'Fact Compare bench',
    revision: seeds.revision + 1,
    created: '2026-01-01',
    expires: null,
    documents,
  };
}

/** UTF-8 bytes of all document texts (what "bytes of corpus text" means in the bench). */
export function textBytes(pack: Pack): number {
  let n = 0;
  for (const d of pack.documents) n += Buffer.byteLength(d.text, 'utf8');
  return n;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [n, out, dir] = process.argv.slice(2);
  if (!n || !out) {
    console.error('usage: npx tsx scripts/bench/corpus.ts N OUT.json [FNC_DIR]');
    process.exit(2);
  }
  if (!hasFnc(dir)) {
    console.error(FNC_MISSING);
    process.exit(1);
  }
  const pack = await buildBenchCorpus(Number(n), { fncDir: dir });
  writeFileSync(out, JSON.stringify(pack));
  console.log(`wrote ${out}: ${pack.documents.length} documents, ${(textBytes(pack) / 1e6).toFixed(1)} MB of text`);
}
