import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { countRun, type VitestJson } from './test-count.ts';

const report = (over: Partial<VitestJson>): VitestJson => ({ numPassedTests: 0, numFailedTests: 0, numPendingTests: 0, numTodoTests: 0, testResults: [], ...over });

describe('npm test totals', () => {
  it('counts a file whose beforeAll throws as a failure, and its tests as skipped', () => {
    // What Vitest reports for such a file: its tests "skipped", the file "failed", 0 failed tests.
    const r = countRun(report({ numPendingTests: 2, testResults: [{ name: 'a.e2e.ts', status: 'failed', message: 'Error: boom', assertionResults: [{ status: 'skipped' }, { status: 'skipped' }] }] }), false);
    expect(r).toMatchObject({ passed: 0, failed: 1, skipped: 2 });
    expect(r.problems).toEqual(['a.e2e.ts failed outside its tests: Error: boom']);
  });
  it('counts a non-zero exit with nothing failed, and a missing report, as failures', () => {
    expect(countRun(report({ numPassedTests: 5 }), false)).toMatchObject({ passed: 5, failed: 1 });
    expect(countRun(null, false)).toMatchObject({ failed: 1, problems: ['no test report was written'] });
  });
  it('adds nothing to an honest run', () => {
    expect(countRun(report({ numPassedTests: 3, numFailedTests: 1, numTodoTests: 1, testResults: [{ name: 'b.test.ts', status: 'failed', assertionResults: [{ status: 'failed' }] }] }), false)).toEqual({ passed: 3, failed: 1, skipped: 1, problems: [] });
  });

  it('reads a real Vitest run: a throwing beforeAll, a file that fails to import and a skipped test all show in the totals', { timeout: 60_000 }, () => {
    const dir = join(import.meta.dirname, '..', '.scratch', `test-count-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      writeFileSync(join(dir, 'vitest.config.ts'), "import { defineConfig } from 'vitest/config';\nexport default defineConfig({ test: { include: ['*.test.ts'] } });\n");
      writeFileSync(join(dir, 'a.test.ts'), "import { beforeAll, expect, it } from 'vitest';\nbeforeAll(() => { throw new Error('boom in beforeAll'); });\nit('never runs', () => expect(1).toBe(1));\n");
      writeFileSync(join(dir, 'b.test.ts'), "import { expect, it } from 'vitest';\nit('passes', () => expect(1).toBe(1));\nit.skip('is skipped', () => expect(1).toBe(2));\n");
      writeFileSync(join(dir, 'c.test.ts'), "import { expect, it } from 'vitest';\nimport { nothing } from './missing.ts';\nit('uses it', () => expect(nothing).toBe(1));\n");
      const out = join(dir, 'report.json');
      const run = spawnSync('npx', ['vitest', 'run', '--root', dir, '--reporter=json', `--outputFile.json=${out}`], { encoding: 'utf8' });
      const r = countRun(JSON.parse(readFileSync(out, 'utf8')) as VitestJson, run.status === 0);
      // Vitest itself says 0 failed tests here; the totals must not.
      expect(r).toMatchObject({ passed: 1, failed: 2, skipped: 2 });
      expect(r.problems.join('\n')).toMatch(/a\.test\.ts failed outside its tests: .*boom in beforeAll/);
      expect(r.problems.join('\n')).toMatch(/c\.test\.ts failed outside its tests: .*missing\.ts/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
