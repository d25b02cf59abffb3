import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Ends the run with one plain line, `vitest: N passed, N failed, N skipped`, that CI can read. A
 * test file that fails outside any test (an import that throws, a failing hook) counts as one
 * failure, and so does an unhandled error: otherwise a run could fail with "0 failed".
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<SerializedError>): void {
    const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
    let brokenFiles = 0;
    for (const module of modules) {
      const tests = [...module.children.allTests()];
      for (const test of tests) counts[test.result().state]++;
      if (module.state() === 'failed' && !tests.some((test) => test.result().state === 'failed')) brokenFiles++;
    }
    const failed = counts.failed + brokenFiles + unhandledErrors.length;
    const why = [brokenFiles && `${brokenFiles} file(s) failed outside their tests`, unhandledErrors.length && `${unhandledErrors.length} unhandled error(s)`].filter(Boolean);
    if (why.length > 0) console.log(`vitest: counted as failures: ${why.join(', ')}`);
    console.log(`vitest: ${counts.passed} passed, ${failed} failed, ${counts.skipped + counts.pending} skipped`);
  }
}
