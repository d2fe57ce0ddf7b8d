// npm test: unit tests, the Chrome build, end-to-end tests in Chromium, the
// Firefox build and web-ext lint. Ends with one line of totals across all runs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium, INSTALL_HINT } from './browser.ts';

if (!findChromium()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}

const out = mkdtempSync(join(tmpdir(), 'fact-compare-test-'));
let passed = 0;
let failed = 0;
let broken = false;

function run(label: string, cmd: string, args: string[]): boolean {
  console.log(`\n▶ ${label}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  return r.status === 0;
}

function vitest(label: string, args: string[]): void {
  const file = join(out, `${label.replace(/\W+/g, '-')}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${file}`]);
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as { numPassedTests: number; numFailedTests: number };
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    if (!ok && r.numFailedTests === 0) broken = true;
  } catch {
    broken = true;
  }
}

function step(label: string, cmd: string, args: string[]): void {
  if (run(label, cmd, args)) passed++;
  else failed++;
}

vitest('unit tests', []);
step('build (Chrome MV3)', 'npx', ['wxt', 'build']);
vitest('end-to-end tests (Chromium)', ['-c', 'vitest.e2e.config.ts']);
step('build (Firefox)', 'npx', ['wxt', 'build', '-b', 'firefox']);
step('web-ext lint (Firefox build)', 'npx', ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted']);
step('type check and ESLint', 'npm', ['run', 'lint', '--silent']);

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed || broken ? 1 : 0);
