/** What `npm test` reads from Vitest's JSON report. */
export interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  testResults: { name: string; status: string; message?: string; assertionResults: { status: string }[] }[];
}

/** A run's totals, with why it counts failures no failed test explains. */
export interface RunCount {
  passed: number;
  failed: number;
  skipped: number;
  problems: string[];
}

/**
 * Counts one Vitest run honestly: a file that fails without a failed test (a throwing `beforeAll`,
 * an import error) is one failure, and so is a run that exits non-zero with nothing failed in its
 * report (an unhandled error), so that "0 failed" means nothing failed. Skipped and todo tests are
 * counted as skipped. `report` is null when the run wrote none.
 */
export function countRun(report: VitestJson | null, exitedOk: boolean): RunCount {
  if (!report) return { passed: 0, failed: 1, skipped: 0, problems: ['no test report was written'] };
  const broken = report.testResults.filter((t) => t.status === 'failed' && !t.assertionResults.some((a) => a.status === 'failed'));
  const problems = broken.map((b) => `${b.name} failed outside its tests${b.message ? `: ${b.message.split('\n')[0]}` : ''}`);
  let failed = report.numFailedTests + broken.length;
  if (!exitedOk && failed === 0) {
    problems.push('the run failed with no failed test (an unhandled error)');
    failed = 1;
  }
  return { passed: report.numPassedTests, failed, skipped: report.numPendingTests + report.numTodoTests, problems };
}
