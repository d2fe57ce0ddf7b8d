// npm test: unit tests, the Chrome build, end-to-end tests in Chromium, the
// Firefox build, end-to-end tests in Firefox, web-ext lint, and type check with ESLint. Ends with one line
// of totals: tests passed, failed and skipped across the test runs, then the
// steps (builds and linters), which are not counted as tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { FIREFOX_HINT, findChromium, findFirefox, INSTALL_HINT } from './browser.ts';
import { countRun, type VitestJson } from './test-count.ts';

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'fact-compare-test-'));
let passed = 0;
let failed = 0;
let skipped = 0;
const steps: { label: string; ok: boolean }[] = [];
/** Seconds each stage took, printed at the end: the Firefox suites' share of npm test is stated apart. */
const times: string[] = [];
const started = Date.now();

function run(label: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n▶ ${label}`);
  const t0 = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env });
  times.push(`${label} ${Math.round((Date.now() - t0) / 1000)} s`);
  return r.status === 0;
}

/** Runs a Vitest suite and adds its counts (see countRun for what counts as a failure). */
function vitest(label: string, args: string[], env?: NodeJS.ProcessEnv): void {
  const file = join(out, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`], env);
  let report: VitestJson | null = null;
  try {
    report = JSON.parse(readFileSync(file, 'utf8')) as VitestJson;
  } catch {
    // countRun counts the missing report.
  }
  const r = countRun(report, ok);
  for (const p of r.problems) console.error(`${label}: ${p}`);
  passed += r.passed;
  failed += r.failed;
  skipped += r.skipped;
}

function step(label: string, cmd: string, args: string[]): boolean {
  const ok = run(label, cmd, args);
  steps.push({ label, ok });
  return ok;
}

vitest('unit tests', []);
// The end-to-end tests run against this build, never a stale one left in .output or elsewhere.
const outDir = process.env.FC_OUT_DIR || '.output';
const chromeBuild = resolve(outDir, 'chrome-mv3');
if (process.env.FC_EXTENSION_DIR && resolve(process.env.FC_EXTENSION_DIR) !== chromeBuild) {
  console.log(`\nFC_EXTENSION_DIR (${process.env.FC_EXTENSION_DIR}) is ignored: npm test tests the build it makes.`);
}
if (step('build (Chrome MV3)', 'npx', ['wxt', 'build']) && existsSync(join(chromeBuild, 'manifest.json'))) {
  console.log(`\nEnd-to-end tests use the build in ${chromeBuild}`);
  vitest('end-to-end tests (Chromium)', ['-c', 'vitest.e2e.config.ts'], { ...process.env, FC_EXTENSION_DIR: chromeBuild });
} else {
  console.error('\nThe Chrome build failed: the end-to-end tests were not run.');
  failed++;
}
const firefoxBuild = resolve(outDir, 'firefox-mv3');
if (step('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']) && existsSync(join(firefoxBuild, 'manifest.json'))) {
  if (findFirefox()) {
    console.log(`\nFirefox end-to-end tests use the build in ${firefoxBuild}`);
    vitest('end-to-end tests (Firefox)', ['-c', 'vitest.firefox.config.ts'], { ...process.env, FC_FIREFOX_EXTENSION_DIR: firefoxBuild });
  } else {
    console.error(`\n${FIREFOX_HINT}: the Firefox end-to-end tests were not run.`);
    failed++;
  }
} else {
  console.error('\nThe Firefox build failed: its end-to-end tests were not run.');
  failed++;
}
// Warnings fail it too, except the ones the README accepts (scripts/lint-firefox.ts).
step('web-ext lint (Firefox build)', 'npx', ['tsx', 'scripts/lint-firefox.ts', join(outDir, 'firefox-mv3')]);
step('type check and ESLint', 'npm', ['run', 'lint', '--silent']);

const stepsFailed = steps.filter((s) => !s.ok);
console.log(`\ntime: ${times.join(', ')}; total ${Math.round((Date.now() - started) / 1000)} s`);
console.log(
  `\n${passed} passed, ${failed} failed, ${skipped} skipped; steps: ${steps.length - stepsFailed.length} of ${steps.length} passed${stepsFailed.length ? ` (failed: ${stepsFailed.map((s) => s.label).join(', ')})` : ''}`,
);
process.exit(failed || stepsFailed.length ? 1 : 0);
