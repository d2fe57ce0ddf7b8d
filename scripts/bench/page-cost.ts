// npx tsx scripts/bench/page-cost.ts [DIR]   (expects `npx wxt build` to have run)
//
// What the content script costs the page's main thread on pages the extension
// has nothing to show on, against a baseline extension whose only content
// script runs Readability's `isProbablyReaderable(document)` at document_idle:
// the cheapest thing an extension with the same gate could possibly do.
// Issue target: median extension cost at most 1.5× the baseline, and no
// extension task over 50 ms on any page.
//
// Method. Both extensions are loaded the same way (one headless Chromium each,
// fresh profile, launched once) and measured in the same run, page by page,
// alternating which goes first, so drift on this shared machine hits both.
// Every request not to 127.0.0.1 is aborted (the saved pages reference their
// sites' assets). For each page and extension a new tab starts the V8 CPU
// profiler (50 µs requested; about 130 µs is what this machine delivers) and a
// `v8`-category trace on about:blank, navigates, waits for `load` plus a settle
// time, and stops both.
// - JS: a sample counts for the extension when any frame of its stack has a
//   `chrome-extension://<id>/` URL, so DOM calls made by the content script
//   (cloneNode, querySelectorAll…) count, and so do async continuations after
//   `await` (the profiler keeps their real stack, unlike trace events, which
//   put them under an anonymous RunMicrotasks). A sample weighs the time until
//   the next sample.
// - Compilation: the profiler shows the top-level compile of a content script
//   as `(program)`, with no URL, so it is taken from the trace instead:
//   `v8.compile` events with the extension's URL on a renderer main thread
//   (1–7 ms for the 64 KB content script here, cold in every new tab's
//   renderer). Profiler samples inside those events are not counted twice.
// - Not attributed, to either extension: creating the isolated world and the
//   extension bindings in it (both extensions pay it), garbage collection
//   (`(garbage collector)` samples have no JS stack), and style or layout the
//   page runs later because of something the script did (neither script
//   changes the DOM on these pages). Work in the service worker is another
//   process and is not the page's cost.
// - Longest task: extension intervals (samples and compiles) merged across
//   gaps under 1 ms; the longest merged span. It approximates the task, minus
//   whatever non-extension work the same task did.
// - Settle: the content script runs at document_idle (by `load` at the
//   latest) and the real one then awaits storage and the background, so a
//   measurement goes on `settleMs` (250) after `load`. With a 1.5 s window on
//   the first 12 news pages the last extension sample came at most 80 ms after
//   `load` (build of 16:10, before "screen before extraction"); a measurement
//   whose extension activity reaches into the last 40% of the settle time is
//   repeated with a window four times as long. Work that starts only after a
//   background reply arriving later than the window (idle in between) is not
//   seen: raise `settleMs` if the content script's flow gets longer.
// The CLI takes PAGE_COST_LIMIT (first N pages) and PAGE_COST_REPEATS.
// Per page, the median of `repeats` measurements of each extension (longest
// task included). Baselines are a few ms, i.e. a few dozen samples: per-page
// ratios are noisy, the ratio of the medians much less so.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CDPSession } from 'playwright-core';
import { launchWithExtension, requireChromium, serveDirectory, type ExtensionBrowser } from '../browser.ts';

export interface PageCost { page: string; extensionMs: number; baselineMs: number; longestExtensionTaskMs: number; baselineLongestTaskMs: number }

interface CallFrame { functionName: string; url: string }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[]; startTime: number; endTime: number }
interface TraceEvent { name: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: { name?: string; data?: { url?: string } } }

/** One measurement: µs timestamps share the trace clock, so profile and trace line up. */
interface Measurement { costMs: number; longestMs: number; lastActivityUs: number; windowEndUs: number }

const SAMPLING_INTERVAL_US = 50;
/** Extension intervals closer than this belong to the same task (a sample or two of other work between). */
const TASK_GAP_US = 1000;

/** Writes a minimal MV3 extension whose content script is `isProbablyReaderable(document)` alone. */
export async function writeBaselineExtension(dir: string): Promise<void> {
  const source = await readFile(createRequire(import.meta.url).resolve('@mozilla/readability/Readability-readerable.js'), 'utf8');
  // The file is CommonJS (`module.exports = isProbablyReaderable`): a local `module` makes it one IIFE.
  const content = `(() => {\nconst module = { exports: {} };\n${source}\n;globalThis.__readerable = module.exports(document);\n})();\n`;
  const manifest = {
    manifest_version: 3,
    name: 'Readerable baseline',
    version: '1.0.0',
    // launchWithExtension waits for the extension's service worker.
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['readerable.js'], run_at: 'document_idle' }],
  };
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  await writeFile(join(dir, 'background.js'), 'chrome.runtime.onInstalled.addListener(() => {});\n');
  await writeFile(join(dir, 'readerable.js'), content);
}

/** Extension cost of one profiled page load: profiler samples with an extension frame, plus compiles from the trace. */
export function attribute(profile: CpuProfile, events: TraceEvent[], extensionId: string): Measurement {
  const prefix = `chrome-extension://${extensionId}/`;
  const mainThreads = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const compiles = events
    .filter((e) => e.name === 'v8.compile' && e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`) && e.args?.data?.url?.startsWith(prefix))
    .filter((e) => e.ts + (e.dur ?? 0) >= profile.startTime && e.ts <= profile.endTime)
    .map((e) => [e.ts, e.ts + (e.dur ?? 0)] as const);

  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const extNode = new Map<number, boolean>();
  const isExt = (id: number): boolean => {
    const known = extNode.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const parentId = parent.get(id);
    const value = !!node && (node.callFrame.url.startsWith(prefix) || (parentId !== undefined && isExt(parentId)));
    extNode.set(id, value);
    return value;
  };

  const intervals: (readonly [number, number])[] = [...compiles];
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let t = profile.startTime;
  const times = deltas.map((d) => (t += d));
  for (let i = 0; i < samples.length; i++) {
    if (!isExt(samples[i]!)) continue;
    const start = times[i]!;
    const end = times[i + 1] ?? profile.endTime;
    if (compiles.some(([a, b]) => start >= a && start < b)) continue;
    intervals.push([start, end]);
  }
  intervals.sort((a, b) => a[0] - b[0]);
  let costUs = 0;
  let longestUs = 0;
  let span: [number, number] | null = null;
  for (const [a, b] of intervals) {
    costUs += b - a;
    if (span && a - span[1] < TASK_GAP_US) span[1] = Math.max(span[1], b);
    else span = [a, b];
    longestUs = Math.max(longestUs, span[1] - span[0]);
  }
  return { costMs: costUs / 1000, longestMs: longestUs / 1000, lastActivityUs: span?.[1] ?? 0, windowEndUs: profile.endTime };
}

async function profileLoad(browser: ExtensionBrowser, url: string, settleMs: number): Promise<Measurement> {
  const page = await browser.context.newPage();
  let cdp: CDPSession | null = null;
  try {
    cdp = await browser.context.newCDPSession(page);
    const session = cdp;
    const events: TraceEvent[] = [];
    session.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise<void>((ok) => session.once('Tracing.tracingComplete', () => ok()));
    // Only the `v8` category: it has v8.compile and is a few hundred events a page, not tens of thousands.
    await session.send('Tracing.start', { traceConfig: { includedCategories: ['v8'], excludedCategories: ['*'] }, transferMode: 'ReportEvents' });
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    // Started on about:blank: the profiler follows the tab into the page's renderer, so the
    // content script's injection and first run are inside the profile.
    await session.send('Profiler.start');
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
    } catch {
      // A page whose `load` never comes is still measured: the content script ran at document_idle.
    }
    await page.waitForTimeout(settleMs);
    const { profile } = (await session.send('Profiler.stop')) as unknown as { profile: CpuProfile };
    await session.send('Tracing.end');
    await complete;
    return attribute(profile, events, browser.extensionId);
  } finally {
    await cdp?.detach().catch(() => undefined);
    await page.close();
  }
}

/** Measures, re-measuring with a longer window when the extension was still busy near its end. */
async function measure(browser: ExtensionBrowser, url: string, settleMs: number, log: (s: string) => void): Promise<Measurement> {
  const m = await profileLoad(browser, url, settleMs);
  if (m.lastActivityUs <= m.windowEndUs - settleMs * 1000 * 0.4) return m;
  log(`  busy ${((m.windowEndUs - m.lastActivityUs) / 1000).toFixed(0)} ms before the end: measuring ${url} again with a longer window`);
  return profileLoad(browser, url, settleMs * 4);
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};

/** Nearest-rank percentile. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

function commonDirectory(paths: string[]): string {
  let dir = dirname(paths[0]!);
  while (!paths.every((p) => p.startsWith(dir.endsWith(sep) ? dir : dir + sep))) dir = dirname(dir);
  return dir;
}

/** Measures each page (absolute file paths of saved .html pages) with the given built extension dir and with a baseline extension; returns one row per page. */
export async function measurePageCosts(
  extensionDir: string,
  pages: string[],
  options: { repeats?: number; log?: (s: string) => void; settleMs?: number } = {},
): Promise<PageCost[]> {
  if (pages.length === 0) return [];
  const repeats = options.repeats ?? 3;
  const settleMs = options.settleMs ?? 250;
  const log = options.log ?? (() => undefined);
  const files = pages.map((p) => resolve(p));
  const root = commonDirectory(files);
  const labels = files.map((f) => {
    const rel = relative(root, f);
    return basename(rel) === 'source.html' ? dirname(rel) : rel;
  });
  const urls = files.map((f) => relative(root, f).split(sep).map(encodeURIComponent).join('/'));

  const baselineDir = await mkdtemp(join(tmpdir(), 'page-cost-baseline-'));
  const { server, origin } = await serveDirectory(root);
  const browsers: ExtensionBrowser[] = [];
  try {
    await writeBaselineExtension(baselineDir);
    browsers.push(await launchWithExtension(resolve(extensionDir)), await launchWithExtension(baselineDir));
    for (const b of browsers) {
      await b.context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
      // The first page load of a browser pays for warming the renderer and caches: not the extension's cost.
      await profileLoad(b, `${origin}/${urls[0]}`, 100);
    }
    const results = files.map(() => [[], []] as Measurement[][]);
    for (let r = 0; r < repeats; r++) {
      for (let i = 0; i < files.length; i++) {
        const order = (r + i) % 2 === 0 ? [0, 1] : [1, 0];
        for (const which of order) results[i]![which]!.push(await measure(browsers[which]!, `${origin}/${urls[i]}`, settleMs, log));
        const [ext, base] = [results[i]![0]!.at(-1)!, results[i]![1]!.at(-1)!];
        log(`round ${r + 1}/${repeats} ${labels[i]}: extension ${ext.costMs.toFixed(1)} ms, baseline ${base.costMs.toFixed(1)} ms`);
      }
    }
    return files.map((_, i) => {
      const [ext, base] = results[i]!;
      return {
        page: labels[i]!,
        extensionMs: median(ext!.map((m) => m.costMs)),
        baselineMs: median(base!.map((m) => m.costMs)),
        longestExtensionTaskMs: median(ext!.map((m) => m.longestMs)),
        baselineLongestTaskMs: median(base!.map((m) => m.longestMs)),
      };
    });
  } finally {
    for (const b of browsers) await b.close().catch(() => undefined);
    server.close();
    await rm(baselineDir, { recursive: true, force: true });
  }
}

/** `DIR/*.html` and `DIR/*\/*.html` (the datasets keep one folder per page with its source.html). */
export function findPages(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = resolve(dir, name);
    if (name.endsWith('.html')) out.push(path);
    else if (statSync(path).isDirectory()) for (const inner of readdirSync(path).sort()) if (inner.endsWith('.html')) out.push(join(path, inner));
  }
  return out;
}

function summary(label: string, xs: number[], digits = 1): string {
  return `${label.padEnd(22)} median ${median(xs).toFixed(digits).padStart(7)}   p95 ${percentile(xs, 95).toFixed(digits).padStart(7)}`;
}

async function main(): Promise<void> {
  requireChromium();
  const root = join(import.meta.dirname, '..', '..');
  const shared = join(root, '..', 'shared', 'datasets', 'news-pages');
  const dir = process.argv[2] ?? (existsSync(shared) ? shared : join(root, 'tests', 'fixtures', 'news-pages'));
  const limit = process.env.PAGE_COST_LIMIT ? Number(process.env.PAGE_COST_LIMIT) : Infinity;
  const repeats = process.env.PAGE_COST_REPEATS ? Number(process.env.PAGE_COST_REPEATS) : 3;
  const pages = findPages(dir).slice(0, limit);
  const extensionDir = join(root, '.output', 'chrome-mv3');
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    console.error('No built extension at .output/chrome-mv3: run `npx wxt build` first');
    process.exit(1);
  }
  console.log(`${pages.length} pages from ${dir}, ${repeats} repeats each`);
  const started = performance.now();
  const rows = await measurePageCosts(extensionDir, pages, { repeats, log: (s) => process.stderr.write(`${s}\n`) });
  const width = Math.max(4, ...rows.map((r) => r.page.length));
  console.log(`\n${'page'.padEnd(width)}  ext ms  base ms  ratio  ext longest  base longest`);
  for (const r of rows) {
    const ratio = r.extensionMs / r.baselineMs;
    console.log(
      `${r.page.padEnd(width)} ${r.extensionMs.toFixed(1).padStart(7)} ${r.baselineMs.toFixed(1).padStart(8)} ${ratio.toFixed(1).padStart(6)} ${r.longestExtensionTaskMs.toFixed(1).padStart(12)} ${r.baselineLongestTaskMs.toFixed(1).padStart(13)}`,
    );
  }
  const ratios = rows.map((r) => r.extensionMs / r.baselineMs);
  const maxLong = rows.reduce((best, r) => (r.longestExtensionTaskMs > best.longestExtensionTaskMs ? r : best), rows[0]!);
  console.log('');
  console.log(summary('extension ms', rows.map((r) => r.extensionMs)));
  console.log(summary('baseline ms', rows.map((r) => r.baselineMs)));
  console.log(summary('ratio (per page)', ratios, 2));
  console.log(`ratio of medians        ${(median(rows.map((r) => r.extensionMs)) / median(rows.map((r) => r.baselineMs))).toFixed(2)}`);
  console.log(`longest extension task  ${maxLong.longestExtensionTaskMs.toFixed(1)} ms (${maxLong.page}); pages over 50 ms: ${rows.filter((r) => r.longestExtensionTaskMs > 50).length}`);
  console.log(`(${((performance.now() - started) / 1000).toFixed(0)} s)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) await main();
