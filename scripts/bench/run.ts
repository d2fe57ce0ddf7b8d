// npm run bench -- [--sizes 1000,10000,50000] [--runs 20] [--imports 3,3,1]
//                  [--stance-repeats 7] [--no-build] [--no-page-cost]
//                  [--page-cost-pages N] [--page-cost-repeats N] [--out FILE]
//                  [--reviews 20000] [--reviews-at 10000]
// npm run bench:small   (1,000 documents only, about a minute)
//
// The performance figures of the extension, measured in headless Chromium
// with the built extension (and in Node for stance throughput), on generated
// corpora (scripts/bench/corpus.ts). Prints a table and writes JSON
// (bench/results.json by default). How each figure is taken is described
// where it is measured below; the caveats are in the `notes` of the JSON.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BrowserContext, Page } from 'playwright-core';
import { loadStanceModel } from '../../lib/stance/index.ts';
import type { BenchApi } from '../../entrypoints/bench/api.ts';
import { findChromium, launchWithExtension, requireChromium, serveDirectory, type ExtensionBrowser } from '../browser.ts';
import { readSeedPack } from '../seed-pack.ts';
import { distractorReviewedClaims, factCheckPackOf, syntheticFactCheckPack } from '../factchecks/synthetic.ts';
import { DEFAULT_FNC_DIR, FNC_MISSING, buildBenchCorpus, hasFnc, readFncTrain, textBytes } from './corpus.ts';
import { buildStancePairs, timeStance, type StanceTiming } from './stance.ts';
import { median, percentile } from './stats.ts';

const ROOT = join(import.meta.dirname, '../..');
const BENCH_EXT = join(ROOT, '.output/bench/chrome-mv3');
const SHIPPED_EXT = join(ROOT, '.output/bench-shipped/chrome-mv3');
const ARTICLE = 'bench-article.html';
/** A Spanish article of the seed story (lib/crosslang): figure 2 for the cross-language path. */
const SPANISH_ARTICLE = 'related-es-crosslang.html';
/** Analyses after which the background's heap is read (figure 7). */
const HEAP_AFTER = 20;

// ── Options ──────────────────────────────────────────────────────────────
const argv = process.argv.slice(2);
function opt(name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}
const flag = (name: string) => argv.includes(`--${name}`);
const list = (s: string) => s.split(',').map((x) => Number(x.trim()));
const sizes = list(opt('sizes') ?? '1000,10000,50000');
// Imports are slow at 50,000 documents (about a minute each before the index rewrite): fewer repeats there.
const importsArg = opt('imports') ? list(opt('imports')!) : null;
const importRepeats = (size: number, i: number) => importsArg?.[Math.min(i, importsArg.length - 1)] ?? (size >= 50_000 ? 1 : 3);
const runs = Number(opt('runs') ?? 20);
const stanceRepeats = Number(opt('stance-repeats') ?? 7);
const outFile = opt('out') ?? join(ROOT, 'bench/results.json');
const fncDir = opt('fnc') ?? DEFAULT_FNC_DIR;
const pageCostPages = opt('page-cost-pages') ? Number(opt('page-cost-pages')) : Infinity;
const pageCostRepeats = Number(opt('page-cost-repeats') ?? 3);
// Fact-check documents (pack format 2) installed beside the reports at one corpus size: their import
// speed, and the sidebar again with both. Default: 20,000 reviews at 10,000 reports (or the largest size run).
const reviewCount = Number(opt('reviews') ?? 20_000);
const reviewsAt = Number(opt('reviews-at') ?? (sizes.includes(10_000) ? 10_000 : Math.max(...sizes)));
if (sizes.some((n) => !Number.isInteger(n) || n < 5) || !(runs >= 1)) {
  console.error('usage: npm run bench -- [--sizes 1000,10000] [--runs 20] [--imports 3,3,1] [--no-build] [--no-page-cost] [--out FILE]');
  process.exit(2);
}

if (!hasFnc(fncDir)) {
  console.error(FNC_MISSING);
  process.exit(1);
}
requireChromium();

// ── Table rows and JSON ──────────────────────────────────────────────────
interface Row {
  figure: string;
  size: number | null;
  median: number | null;
  p95: number | null;
  unit: string;
  target: string;
  /** null: no target for this row. */
  pass: boolean | null;
  n: number;
}
const rows: Row[] = [];
const notes: string[] = [];
const raw: Record<string, unknown> = {};
const log = (s: string) => process.stderr.write(`${s}\n`);

function row(r: Omit<Row, 'pass' | 'target' | 'n'> & { target?: string; pass?: boolean | null; n?: number }): void {
  rows.push({ target: '', pass: null, n: 1, ...r });
}

// ── Build ────────────────────────────────────────────────────────────────
function build(env: string, dir: string): void {
  if (flag('no-build') && existsSync(join(dir, 'manifest.json'))) return;
  log(`building (FC_BENCH=${env})…`);
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, env: { ...process.env, FC_BENCH: env }, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`build failed (FC_BENCH=${env}):\n${(r.stdout + r.stderr).split('\n').slice(-30).join('\n')}`);
    process.exit(1);
  }
}
build('1', BENCH_EXT);
build('shipped', SHIPPED_EXT);
if (!existsSync(join(BENCH_EXT, 'bench.html'))) throw new Error('the bench build has no bench.html');
if (existsSync(join(SHIPPED_EXT, 'bench.html'))) throw new Error('the shipped build contains bench.html: the wxt.config.ts hook did not drop it');

// ── Figure 5: bundle sizes ───────────────────────────────────────────────
// From the shipped build (FC_BENCH=shipped): in the bench build the bench page
// shares chunks with the background, so its background.js is smaller.
const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const bundle: Record<string, { bytes: number; gzip: number }> = {};
function bundleFile(rel: string): { bytes: number; gzip: number } {
  const file = join(SHIPPED_EXT, rel);
  return (bundle[rel] = { bytes: statSync(file).size, gzip: gz(file) });
}
{
  const content = bundleFile('content-scripts/content.js');
  row({ figure: '5. bundle: content script (every page), gzip', size: null, median: content.gzip / 1024, p95: null, unit: 'KB', target: '≤ 40 KB', pass: content.gzip <= 40 * 1024 });
  const bg = bundleFile('background.js');
  row({ figure: '5. bundle: background, gzip', size: null, median: bg.gzip / 1024, p95: null, unit: 'KB' });
  const manifest = JSON.parse(readFileSync(join(SHIPPED_EXT, 'manifest.json'), 'utf8')) as { web_accessible_resources?: { resources: string[] }[] };
  // What the content script may load lazily: the web-accessible scripts (the sidebar bundle).
  for (const rel of (manifest.web_accessible_resources ?? []).flatMap((w) => w.resources).filter((r) => r.endsWith('.js'))) {
    const f = bundleFile(rel);
    row({ figure: `5. bundle: ${rel} (lazy, related pages only), gzip`, size: null, median: f.gzip / 1024, p95: null, unit: 'KB' });
  }
  // Background chunks (if the background is ever split) count towards the background.
  const chunks = existsSync(join(SHIPPED_EXT, 'chunks')) ? readdirSync(join(SHIPPED_EXT, 'chunks')) : [];
  for (const c of chunks) bundleFile(`chunks/${c}`);
  raw.bundle = bundle;
}

// ── Corpora ──────────────────────────────────────────────────────────────
const work = await mkdtemp(join(tmpdir(), 'fact-compare-bench-'));
const fnc = readFncTrain(fncDir);
const seedPackId = (await readSeedPack(ROOT)).id;

// ── Figure 6: stance throughput, Node ────────────────────────────────────
// The same pairs (from the 1,000-report corpus, whatever sizes run) in Node
// here and on the bench page in Chromium below.
const stancePairs = buildStancePairs(await buildBenchCorpus(1000, { fnc }));
await writeFile(join(work, 'stance-pairs.json'), JSON.stringify(stancePairs));
const stanceRows = (where: string, t: StanceTiming) => {
  row({ figure: `6. stance ${where}, predict (prepared claim + passage)`, size: null, median: median(t.predictOnly), p95: percentile(t.predictOnly, 5), unit: 'pairs/s', target: 'median ≥ 20,000', pass: median(t.predictOnly) >= 20_000, n: t.predictOnly.length });
  row({ figure: `6. stance ${where}, incl. preparing claims + passages`, size: null, median: median(t.withPreparation), p95: percentile(t.withPreparation, 5), unit: 'pairs/s', target: 'median ≥ 20,000', pass: median(t.withPreparation) >= 20_000, n: t.withPreparation.length });
};
{
  log(`stance in Node: ${stancePairs.pairs.length} pairs (${stancePairs.claims.length} claims, ${stancePairs.passages.length} passages) × ${stanceRepeats}`);
  const model = loadStanceModel(JSON.parse(readFileSync(join(ROOT, 'lib/stance/model.json'), 'utf8')));
  const t = timeStance(model, stancePairs, stanceRepeats);
  raw.stanceNode = t;
  stanceRows('Node', t);
}

// ── Helpers for the browser ──────────────────────────────────────────────
const packServer = await serveDirectory(work);
const pageServer = await serveDirectory(join(ROOT, 'tests/fixtures/pages'));

async function benchPage(b: ExtensionBrowser): Promise<Page> {
  const page = await b.context.newPage();
  await page.goto(`chrome-extension://${b.extensionId}/bench.html`);
  await page.waitForFunction(() => !!window.factCompareBench);
  return page;
}

/** Calls one function of the bench page's API. */
function call<K extends keyof BenchApi>(page: Page, name: K, ...args: Parameters<BenchApi[K]>): Promise<Awaited<ReturnType<BenchApi[K]>>> {
  return page.evaluate(
    ([n, a]) => (window.factCompareBench![n as keyof BenchApi] as (...x: unknown[]) => unknown)(...(a as unknown[])),
    [name, args] as const,
  ) as Promise<Awaited<ReturnType<BenchApi[K]>>>;
}

/** Bytes on disk of the extension origin's IndexedDB in a profile (a cross-check of storage.estimate). */
function idbDiskBytes(profile: string, extensionId: string): number {
  const dir = join(profile, 'Default/IndexedDB');
  if (!existsSync(dir)) return 0;
  const size = (p: string): number => (statSync(p).isDirectory() ? readdirSync(p).reduce((n, f) => n + size(join(p, f)), 0) : statSync(p).size);
  return readdirSync(dir).filter((f) => f.startsWith(`chrome-extension_${extensionId}_`)).reduce((n, f) => n + size(join(dir, f)), 0);
}

interface HeapUsage {
  usedSize: number;
  totalSize: number;
  usedBeforeGc: number;
}

/**
 * The service worker's V8 heap. Playwright opens CDP sessions on pages only,
 * so this attaches to the worker's target from a page's session, unflattened
 * (commands go through Target.sendMessageToTarget, answers come back as
 * Target.receivedMessageFromTarget events), then collects garbage and reads
 * Runtime.getHeapUsage.
 */
async function workerHeap(context: BrowserContext, extensionId: string): Promise<HeapUsage | null> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as unknown as { targetInfos: { targetId: string; type: string; url: string }[] };
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`));
    if (!sw) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false })) as { sessionId: string };
    let next = 1;
    const pending = new Map<number, (m: { result?: Record<string, number>; error?: { message: string } }) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: Record<string, number>; error?: { message: string } };
      if (m.id !== undefined) pending.get(m.id)?.(m);
    });
    const send = (method: string) =>
      new Promise<Record<string, number>>((ok, fail) => {
        const id = next++;
        pending.set(id, (m) => (m.error ? fail(new Error(`${method}: ${m.error.message}`)) : ok(m.result ?? {})));
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method, params: {} }) }).catch(fail);
      });
    const before = await send('Runtime.getHeapUsage');
    await send('HeapProfiler.collectGarbage');
    const after = await send('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => undefined);
    return { usedSize: after.usedSize!, totalSize: after.totalSize!, usedBeforeGc: before.usedSize! };
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}

interface ReadyTiming {
  /** Content script start → report rendered (the two user-timing marks). */
  ms: number;
  /** Navigation start → content script start (document_idle, and the content script's own load). */
  navToStartMs: number;
  reports: number | null;
  claims: number | null;
  /** Between the content script's marks: screen round trip, Readability, analysis round trip, sidebar mount and highlights. */
  phases?: { gate: number; screen: number; extract: number; analyse: number; render: number };
}

/** Opens the article and waits for the content script's `fact-compare:ready` mark. */
async function sidebarReady(page: Page, url: string): Promise<ReadyTiming> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  await page.waitForFunction(() => performance.getEntriesByName('fact-compare:ready').length > 0, undefined, { timeout: 120_000, polling: 20 });
  return page.evaluate(() => {
    const start = performance.getEntriesByName('fact-compare:start')[0]!;
    const ready = performance.getEntriesByName('fact-compare:ready')[0] as PerformanceMark;
    const detail = (ready.detail ?? {}) as { reports?: number; claims?: number };
    // Phases between the content script's marks: screen round trip, Readability, analysis round trip, sidebar mount.
    // (No named function in here: the TypeScript loader would wrap it in a helper the page lacks.)
    const marks = ['fact-compare:start', 'fact-compare:sampled', 'fact-compare:screened', 'fact-compare:extracted', 'fact-compare:analysed', 'fact-compare:ready'].map(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN,
    );
    const phases = { gate: marks[1]! - marks[0]!, screen: marks[2]! - marks[1]!, extract: marks[3]! - marks[2]!, analyse: marks[4]! - marks[3]!, render: marks[5]! - marks[4]! };
    return { ms: ready.startTime - start.startTime, navToStartMs: start.startTime, reports: detail.reports ?? null, claims: detail.claims ?? null, phases };
  });
}

// ── Per corpus size: figures 2, 3, 4, 7 (and 6 in Chromium once) ─────────
interface SizeResult {
  size: number;
  textBytes: number;
  fileBytes: number;
  imports: { fetchMs: number; parseMs: number; importMs: number; indexMs: number | null; writeMs: number | null; baselineMs: number; idbBytes: number; idbDiskBytes: number; baselineBytes: number }[];
  ready: { cold: ReadyTiming | null; warm: ReadyTiming[]; cached: ReadyTiming | null; error?: string };
  /** Figure 2 for the Spanish article (warm runs). */
  spanish: ReadyTiming[];
  /** With the fact-check pack installed beside the reports (only at `reviewsAt`). */
  reviews: { count: number; imports: { fetchMs: number; parseMs: number; importMs: number }[]; warm: ReadyTiming[]; error?: string } | null;
  heap: HeapUsage | null;
  extensionRequests: string[];
}
const results: SizeResult[] = [];
let chromiumVersion = '';
let stanceChromiumDone = false;

for (const [si, size] of sizes.entries()) {
  log(`\n== ${size.toLocaleString('en')} documents`);
  const pack = await buildBenchCorpus(size, { fnc });
  const file = `corpus-${size}.json`;
  await writeFile(join(work, file), JSON.stringify(pack));
  const reviewFile = `factchecks-${reviewCount}.json`;
  if (size === reviewsAt && reviewCount > 0) {
    // Realistic reviewed claims where the data is there (the labelled ones and VitaminC's), else synthetic ones.
    const claims = distractorReviewedClaims(reviewCount);
    if (!claims) notes.push('Fact-check rows: VitaminC is not at ../shared/datasets/vitaminc; the reviews are synthetic variants of the labelled ones.');
    await writeFile(join(work, reviewFile), JSON.stringify(claims ? factCheckPackOf(claims, 'bench-checks') : syntheticFactCheckPack(reviewCount)));
  }
  const result: SizeResult = {
    size,
    textBytes: textBytes(pack),
    fileBytes: statSync(join(work, file)).size,
    imports: [],
    ready: { cold: null, warm: [], cached: null },
    spanish: [],
    reviews: size === reviewsAt && reviewCount > 0 ? { count: reviewCount, imports: [], warm: [] } : null,
    heap: null,
    extensionRequests: [],
  };
  results.push(result);
  const reps = importRepeats(size, si);
  // Each import in a fresh profile, so it meets the same state: the default (seed) corpus the background installs.
  for (let rep = 0; rep < reps; rep++) {
    const profile = await mkdtemp(join(tmpdir(), 'fact-compare-bench-profile-'));
    const b = await launchWithExtension(BENCH_EXT, { userDataDir: profile });
    try {
      chromiumVersion ||= b.context.browser()?.version() ?? (await b.worker.evaluate(() => navigator.userAgent)).match(/Chrome\/([\d.]+)/)?.[1] ?? '';
      const page = await benchPage(b);
      await call(page, 'waitForCorpus', seedPackId, 60_000);

      if (!stanceChromiumDone) {
        // ── Figure 6 in Chromium: the bench page's main thread, nothing else running.
        log('stance in Chromium…');
        const t = await call(page, 'stance', `${packServer.origin}/stance-pairs.json`, stanceRepeats);
        raw.stanceChromium = t;
        stanceRows('Chromium', t);
        stanceChromiumDone = true;
      }

      // ── Figures 3 and 4: import against a plain bulkPut, in the same run.
      // Fetch and parse (JSON.parse + validation) are timed apart from the import.
      const loaded = await call(page, 'loadPack', `${packServer.origin}/${file}`);
      const importTiming = await call(page, 'importLoaded');
      const usage = await call(page, 'storageUsage');
      const disk = idbDiskBytes(profile, b.extensionId);
      // The baseline runs after the import so that the corpus database's
      // storage is measured before another database comes and goes beside it.
      const baseline = await call(page, 'baselineLoaded');
      await call(page, 'unload');
      const entry = {
        fetchMs: loaded.fetchMs,
        parseMs: loaded.parseMs,
        importMs: importTiming.ms,
        indexMs: importTiming.indexMs,
        writeMs: importTiming.writeMs,
        baselineMs: baseline.ms,
        idbBytes: usage.indexedDB ?? usage.usage,
        idbDiskBytes: disk,
        baselineBytes: baseline.indexedDBBytes ?? baseline.bytes,
      };
      result.imports.push(entry);
      const stats = await call(page, 'corpusStats');
      if (stats.documents !== size) throw new Error(`the corpus holds ${stats.documents} documents after importing ${size}`);
      log(
        `import ${rep + 1}/${reps}: ${(entry.importMs / 1000).toFixed(2)} s = ${Math.round(size / (entry.importMs / 1000))} docs/s; ` +
          `(indexing ${entry.indexMs ?? '?'} ms, writing ${entry.writeMs ?? '?'} ms); ` +
          `bulkPut ${(entry.baselineMs / 1000).toFixed(2)} s (×${(entry.importMs / entry.baselineMs).toFixed(1)}); ` +
          `fetch ${entry.fetchMs.toFixed(0)} ms, parse ${entry.parseMs.toFixed(0)} ms; IndexedDB ${(entry.idbBytes / 1e6).toFixed(1)} MB ` +
          `(${(entry.idbBytes / result.textBytes).toFixed(2)} per text byte; disk ${(disk / 1e6).toFixed(1)} MB), plain ${(entry.baselineBytes / 1e6).toFixed(1)} MB`,
      );
      /** Imports the fact-check pack into this profile's corpus (beside the reports), timed. */
      const importReviews = async (): Promise<void> => {
        const r = result.reviews!;
        const fc = await call(page, 'loadPack', `${packServer.origin}/${reviewFile}`);
        const t = await call(page, 'importLoaded');
        await call(page, 'unload');
        r.imports.push({ fetchMs: fc.fetchMs, parseMs: fc.parseMs, importMs: t.ms });
        const after = await call(page, 'corpusStats');
        if (after.documents !== size + r.count) throw new Error(`the corpus holds ${after.documents} documents after adding ${r.count} fact-checks to ${size} reports`);
        log(`fact-check import: ${r.count} reviews in ${(t.ms / 1000).toFixed(2)} s = ${Math.round(r.count / (t.ms / 1000))} reviews/s (fetch ${fc.fetchMs.toFixed(0)} ms, parse ${fc.parseMs.toFixed(0)} ms)`);
      };
      // The sidebar runs first without fact-checks (in the last profile), so only the other profiles import them now.
      if (result.reviews && rep < reps - 1) await importReviews();
      if (rep < reps - 1) {
        await page.close();
        continue;
      }

      // ── Figure 2: related article → sidebar ready, in the profile of the last import.
      // Run 0 is cold (the worker may have stopped during the import; the
      // sidebar bundle and IndexedDB pages are not cached). Each run uses its
      // own URL, so the background's per-URL report cache never answers,
      // except in the last, "cached" run, which repeats a URL.
      const article = await b.context.newPage();
      article.on('request', (req) => {
        if (req.url().startsWith('chrome-extension://') && !result.extensionRequests.includes(req.url())) result.extensionRequests.push(req.url());
      });
      let analyses = 0;
      let lastUrl = '';
      try {
        for (let i = 0; i <= runs; i++) {
          lastUrl = `${pageServer.origin}/${ARTICLE}?run=${size}-${i}`;
          const t = await sidebarReady(article, lastUrl);
          if (i === 0) result.ready.cold = t;
          else result.ready.warm.push(t);
          if (++analyses === HEAP_AFTER) {
            // ── Figure 7: the background's heap after HEAP_AFTER analyses.
            result.heap = await workerHeap(b.context, b.extensionId);
          }
        }
        result.ready.cached = await sidebarReady(article, lastUrl);
      } catch (e) {
        result.ready.error = (e as Error).message.split('\n')[0]!;
        log(`sidebar runs failed: ${result.ready.error}`);
      }
      await article.close();
      const warm = result.ready.warm.map((r) => r.ms);
      const phase = (k: keyof NonNullable<ReadyTiming['phases']>) => median(result.ready.warm.map((r) => r.phases?.[k] ?? NaN)).toFixed(0);
      log(`  phases (warm medians): settings and readerable check ${phase('gate')} ms, screen round trip ${phase('screen')} ms, extract ${phase('extract')} ms, analyse ${phase('analyse')} ms, render ${phase('render')} ms`);
      log(
        `sidebar ready: cold ${result.ready.cold?.ms.toFixed(0) ?? '–'} ms, warm median ${median(warm).toFixed(0)} ms, p95 ${percentile(warm, 95).toFixed(0)} ms, ` +
          `cached ${result.ready.cached?.ms.toFixed(0) ?? '–'} ms (${result.ready.cold?.reports ?? '?'} reports, ${result.ready.cold?.claims ?? '?'} claims)` +
          (result.heap ? `; background heap ${(result.heap.usedSize / 1e6).toFixed(1)} MB after ${HEAP_AFTER} analyses` : ''),
      );

      // ── Figure 2 for a Spanish article (compared across languages by its anchors), same profile.
      const spanish = await b.context.newPage();
      try {
        for (let i = 0; i <= runs; i++) {
          const t = await sidebarReady(spanish, `${pageServer.origin}/${SPANISH_ARTICLE}?run=${size}-es-${i}`);
          if (i > 0) result.spanish.push(t);
        }
        const sw = result.spanish.map((r) => r.ms);
        log(`sidebar ready for a Spanish article: warm median ${median(sw).toFixed(0)} ms, p95 ${percentile(sw, 95).toFixed(0)} ms`);
        const esPhase = (k: keyof NonNullable<ReadyTiming['phases']>) => median(result.spanish.map((r) => r.phases?.[k] ?? NaN)).toFixed(0);
        log(`  phases (warm medians): settings and readerable check ${esPhase('gate')} ms, screen round trip ${esPhase('screen')} ms, extract ${esPhase('extract')} ms, analyse ${esPhase('analyse')} ms, render ${esPhase('render')} ms`);
      } catch (e) {
        log(`sidebar runs for the Spanish article failed: ${(e as Error).message.split('\n')[0]}`);
      }
      await spanish.close();

      // ── Figure 2 again with the fact-check pack beside the reports (same profile, new URLs).
      if (result.reviews) {
        await importReviews();
        const again = await b.context.newPage();
        try {
          for (let i = 0; i <= runs; i++) {
            const t = await sidebarReady(again, `${pageServer.origin}/${ARTICLE}?run=${size}-fc-${i}`);
            if (i > 0) result.reviews.warm.push(t);
          }
        } catch (e) {
          result.reviews.error = (e as Error).message.split('\n')[0]!;
          log(`sidebar runs with fact-checks failed: ${result.reviews.error}`);
        }
        await again.close();
        const w = result.reviews.warm.map((r) => r.ms);
        log(`sidebar ready with ${result.reviews.count} fact-checks: warm median ${median(w).toFixed(0)} ms, p95 ${percentile(w, 95).toFixed(0)} ms`);
      }
      await page.close();
    } finally {
      await b.close();
      await rm(profile, { recursive: true, force: true });
    }
  }
  await rm(join(work, file), { force: true });
}

// ── Figure 1: content-script cost on unrelated pages ─────────────────────
// Measured by scripts/bench/page-cost.ts (written separately): imported
// dynamically so this runner works with or without it.
const pageCostModule = join(import.meta.dirname, 'page-cost.ts');
if (flag('no-page-cost')) {
  notes.push('Figure 1 (content-script cost on unrelated pages) skipped: --no-page-cost.');
} else if (!existsSync(pageCostModule)) {
  notes.push('Figure 1 (content-script cost on unrelated pages) skipped: scripts/bench/page-cost.ts is not there.');
} else {
  interface PageCost { page: string; extensionMs: number; baselineMs: number; longestExtensionTaskMs: number; baselineLongestTaskMs: number }
  interface PageCostModule {
    measurePageCosts(extensionDir: string, pages: string[], options: { repeats?: number; log?: (s: string) => void }): Promise<PageCost[]>;
    findPages?(dir: string): string[];
  }
  const mod = (await import(pageCostModule)) as PageCostModule;
  const shared = join(ROOT, '../shared/datasets/news-pages');
  const dir = existsSync(shared) ? shared : join(ROOT, 'tests/fixtures/news-pages');
  const pages = (mod.findPages ? mod.findPages(dir) : []).slice(0, pageCostPages);
  if (pages.length === 0) {
    notes.push(`Figure 1 skipped: no pages found in ${dir}.`);
  } else {
    log(`\n== figure 1: content-script cost on ${pages.length} pages from ${dir}, ${pageCostRepeats} repeats`);
    const costs = await mod.measurePageCosts(SHIPPED_EXT, pages, { repeats: pageCostRepeats, log });
    raw.pageCost = { dir, pages: costs };
    const ext = costs.map((c) => c.extensionMs);
    const ratio = costs.map((c) => c.extensionMs / c.baselineMs);
    const longest = costs.map((c) => c.longestExtensionTaskMs);
    row({ figure: '1. content script main-thread cost per page', size: null, median: median(ext), p95: percentile(ext, 95), unit: 'ms', n: costs.length });
    row({ figure: '1. … against isProbablyReaderable-only baseline', size: null, median: median(ratio), p95: percentile(ratio, 95), unit: '×', target: 'median ≤ 1.5×', pass: median(ratio) <= 1.5, n: costs.length });
    row({ figure: '1. longest extension task per page', size: null, median: median(longest), p95: percentile(longest, 95), unit: 'ms', target: 'max ≤ 50 ms', pass: Math.max(...longest) <= 50, n: costs.length });
  }
}

// ── Rows per size ────────────────────────────────────────────────────────
const readyTargets: Record<number, number> = { 10_000: 200, 50_000: 400 };
for (const r of results) {
  const warm = r.ready.warm.map((x) => x.ms);
  const target = readyTargets[r.size];
  row({ figure: '2. sidebar ready (content script start → rendered)', size: r.size, median: median(warm), p95: percentile(warm, 95), unit: 'ms', target: target ? `p95 ≤ ${target} ms` : '', pass: target ? percentile(warm, 95) <= target : null, n: warm.length });
  if (r.spanish.length) {
    const w = r.spanish.map((x) => x.ms);
    const esTarget = r.size === 10_000;
    row({ figure: '2. … for a Spanish article (compared across languages)', size: r.size, median: median(w), p95: percentile(w, 95), unit: 'ms', target: esTarget ? 'p95 ≤ 250 ms' : '', pass: esTarget ? percentile(w, 95) <= 250 : null, n: w.length });
  }
  if (r.reviews?.warm.length) {
    const w = r.reviews.warm.map((x) => x.ms);
    const fcTarget = r.size === 10_000 && r.reviews.count >= 20_000;
    row({ figure: `2. … with ${r.reviews.count.toLocaleString('en')} fact-checks installed too`, size: r.size, median: median(w), p95: percentile(w, 95), unit: 'ms', target: fcTarget ? 'p95 ≤ 200 ms' : '', pass: fcTarget ? percentile(w, 95) <= 200 : null, n: w.length });
    // The same-run baseline: what the fact-checks add, whatever the machine's speed.
    const without = r.ready.warm.map((x) => x.ms);
    row({ figure: '2. … added by the fact-checks (same profile, same run)', size: r.size, median: median(w) - median(without), p95: percentile(w, 95) - percentile(without, 95), unit: 'ms', n: w.length });
  }
  if (r.ready.cold) row({ figure: '2. … first run (cold worker and caches)', size: r.size, median: r.ready.cold.ms, p95: null, unit: 'ms' });
  if (r.ready.cached) row({ figure: '2. … same URL again (report cache)', size: r.size, median: r.ready.cached.ms, p95: null, unit: 'ms' });
  const nav = r.ready.warm.map((x) => x.navToStartMs);
  row({ figure: '2. … navigation start → content script start', size: r.size, median: median(nav), p95: percentile(nav, 95), unit: 'ms', n: nav.length });

  // Throughput: median and p95 of the times, turned into documents/s (so "p95" is the slow end).
  const imp = r.imports.map((x) => x.importMs);
  row({ figure: '3. pack import into IndexedDB with index', size: r.size, median: r.size / (median(imp) / 1000), p95: r.size / (percentile(imp, 95) / 1000), unit: 'docs/s', target: r.size === 10_000 ? 'median ≥ 5,000/s' : '', pass: r.size === 10_000 ? r.size / (median(imp) / 1000) >= 5000 : null, n: imp.length });
  if (r.reviews?.imports.length) {
    const fi = r.reviews.imports.map((x) => x.importMs);
    const rate = r.reviews.count / (median(fi) / 1000);
    const fcTarget = r.reviews.count >= 20_000;
    row({ figure: `3. fact-check pack import (${r.reviews.count.toLocaleString('en')} reviews, beside the reports)`, size: r.size, median: rate, p95: r.reviews.count / (percentile(fi, 95) / 1000), unit: 'reviews/s', target: fcTarget ? 'median ≥ 5,000/s' : '', pass: fcTarget ? rate >= 5000 : null, n: fi.length });
  }
  const base = r.imports.map((x) => x.baselineMs);
  row({ figure: '3. … plain Dexie bulkPut, no index (same run)', size: r.size, median: r.size / (median(base) / 1000), p95: r.size / (percentile(base, 95) / 1000), unit: 'docs/s', n: base.length });
  const ratio = r.imports.map((x) => x.importMs / x.baselineMs);
  row({ figure: '3. … import time / bulkPut time', size: r.size, median: median(ratio), p95: percentile(ratio, 95), unit: '×', target: 'median ≤ 2×', pass: median(ratio) <= 2, n: ratio.length });
  const parse = r.imports.map((x) => x.fetchMs + x.parseMs);
  row({ figure: '3. … fetch + parsePack (not in the import time)', size: r.size, median: median(parse), p95: percentile(parse, 95), unit: 'ms', n: parse.length });

  // Taken right after the import, before the plain database comes and goes
  // (its deleted rows stay in the origin's LevelDB until a compaction).
  const perByte = r.imports.map((x) => x.idbBytes / r.textBytes);
  row({ figure: '4. IndexedDB bytes per text byte', size: r.size, median: median(perByte), p95: percentile(perByte, 95), unit: '×', target: '≤ 1.5', pass: median(perByte) <= 1.5, n: perByte.length });
  const disk = r.imports.map((x) => x.idbDiskBytes / r.textBytes);
  row({ figure: '4. … on disk (profile IndexedDB files)', size: r.size, median: median(disk), p95: percentile(disk, 95), unit: '×', n: disk.length });
  const plain = r.imports.map((x) => x.baselineBytes / r.textBytes);
  row({ figure: '4. … plain bulkPut database, no index', size: r.size, median: median(plain), p95: percentile(plain, 95), unit: '×', n: plain.length });

  if (r.heap) row({ figure: `7. background JS heap after ${HEAP_AFTER} analyses (after GC)`, size: r.size, median: r.heap.usedSize / 1e6, p95: null, unit: 'MB' });
}

// How the sidebar time grows with the corpus: exponent k in t ∝ n^k between consecutive sizes.
const growth: { from: number; to: number; ratio: number; exponent: number }[] = [];
const bySize = results.filter((r) => r.ready.warm.length > 0).sort((a, b) => a.size - b.size);
for (let i = 1; i < bySize.length; i++) {
  const [a, b] = [bySize[i - 1]!, bySize[i]!];
  const ratio = median(b.ready.warm.map((x) => x.ms)) / median(a.ready.warm.map((x) => x.ms));
  growth.push({ from: a.size, to: b.size, ratio, exponent: Math.log(ratio) / Math.log(b.size / a.size) });
}

notes.push(
  `Figure 2: ${runs} warm runs per size after one cold run, each with its own URL (?run=…), on ${ARTICLE} (about 1,060 words); the time is between the content script's user-timing marks fact-compare:start and fact-compare:ready, read from the page.`,
  'Figure 3: each import in a fresh browser profile holding only the default seed corpus, which the bench pack replaces (same pack id, higher revision); p95 of a throughput is the slowest run. The plain bulkPut runs after the import in the same page; with 1–3 runs p95 is simply the worst run.',
  'Figure 4: navigator.storage.estimate().usageDetails.indexedDB of the extension origin (all of its databases: the corpus with its index and its report cache), divided by the UTF-8 bytes of the documents\' text. Taken right after the import: Chromium keeps IndexedDB in LevelDB, and the figure then includes the write-ahead log (up to a few MB) and not yet compacted tables, so it varies by a few MB from run to run and overstates small corpora. "On disk" sums the profile\'s IndexedDB files and matches the estimate. The plain database shares the origin\'s LevelDB, so its bytes are a before/after difference and only approximate (a compaction during its bulkPut can even make it look tiny).',
  'Figure 5: gzip level 9 of the shipped build (FC_BENCH=shipped, no bench page). The sidebar bundle is loaded only on pages that get a sidebar.',
  `Figure 6: ${stancePairs.pairs.length} pairs (${stancePairs.claims.length} corpus sentences as claims × 15 three-sentence passages, two thirds sharing a specific word with the claim), ${stanceRepeats} timed passes after a warm-up; p95 of a throughput is the 5th-percentile pass. The "incl. preparing" row prepares every claim and passage in each pass (${(stancePairs.pairs.length / stancePairs.passages.length).toFixed(1)} pairs per passage, as in an analysis, where passages are rarely shared).`,
  `Figure 7: Runtime.getHeapUsage().usedSize of the service worker after HeapProfiler.collectGarbage, through a CDP session attached (unflattened) to the worker target from a page session; read after ${HEAP_AFTER} analyses of distinct URLs.`,
  'The bench build (FC_BENCH=1) bundles the background with the bench page, so the background code is split into shared chunks there; it runs the same code.',
);

// ── Output ───────────────────────────────────────────────────────────────
function fmt(v: number | null, unit: string): string {
  if (v === null || Number.isNaN(v)) return '–';
  if (unit === '×') return v.toFixed(2);
  if (unit === 'KB' || unit === 'MB') return v.toFixed(1);
  return Math.round(v).toLocaleString('en');
}
// By figure number (figure 1 is measured last but reads first); stable, so sizes stay in order.
rows.sort((a, b) => parseInt(a.figure) - parseInt(b.figure));
const table = [['figure', 'docs', 'median', 'p95', 'unit', 'n', 'target', 'result']].concat(
  rows.map((r) => [r.figure, r.size?.toLocaleString('en') ?? '', fmt(r.median, r.unit), fmt(r.p95, r.unit), r.unit, String(r.n), r.target, r.pass === null ? '' : r.pass ? 'pass' : 'FAIL']),
);
const widths = table[0]!.map((_, c) => Math.max(...table.map((t) => t[c]!.length)));
const numeric = new Set([1, 2, 3, 5]);
console.log('');
for (const [i, t] of table.entries()) {
  console.log(t.map((cell, c) => (numeric.has(c) ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!))).join('  ').trimEnd());
  if (i === 0) console.log(widths.map((w) => '─'.repeat(w)).join('  '));
}
if (growth.length) {
  console.log(`\nSidebar-ready growth with corpus size (median warm): ${growth.map((g) => `${g.from.toLocaleString('en')} → ${g.to.toLocaleString('en')}: ×${g.ratio.toFixed(2)} (∝ n^${g.exponent.toFixed(2)})`).join('; ')}`);
}
for (const n of notes.filter((x) => x.includes('skipped'))) console.log(n);

const cpu = cpus();
const output = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion || (spawnSync(findChromium()!, ['--version'], { encoding: 'utf8' }).stdout ?? '').trim(),
  },
  options: { sizes, runs, imports: sizes.map((s, i) => importRepeats(s, i)), stanceRepeats, article: ARTICLE },
  figures: rows,
  sidebarGrowth: growth,
  sizes: results,
  raw,
  notes,
};
await mkdir(join(outFile, '..'), { recursive: true });
await writeFile(outFile, `${JSON.stringify(output, null, 2)}\n`);
console.log(`\nwrote ${outFile}`);
packServer.server.close();
pageServer.server.close();
await rm(work, { recursive: true, force: true });
