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
});
