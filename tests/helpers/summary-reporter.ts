import { mkdirSync, writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/**
 * Counts Vitest results and writes them to reports/vitest-summary.json; scripts/test.mjs adds
 * them to the Playwright counts and prints the one closing "N passed, N failed" line CI reads.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const m of modules) {
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      // A file that fails to load has no tests but must still count as a failure.
      if (m.state() === 'failed' && [...m.children.allTests()].length === 0) counts.failed++;
    }
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/vitest-summary.json', JSON.stringify(counts));
  }
}
