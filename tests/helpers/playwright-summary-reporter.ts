import { mkdirSync, writeFileSync } from 'node:fs';
import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/** Counts Playwright results into reports/playwright-summary.json for scripts/test.mjs. */
export default class PlaywrightSummaryReporter implements Reporter {
  private counts = { passed: 0, failed: 0, skipped: 0 };
  private final = new Map<string, TestResult['status']>();

  onTestEnd(test: TestCase, result: TestResult): void {
    this.final.set(test.id, result.status);
  }

  onEnd(result: FullResult): void {
    for (const status of this.final.values()) {
      if (status === 'passed') this.counts.passed++;
      else if (status === 'skipped') this.counts.skipped++;
      else this.counts.failed++;
    }
    // A run that could not start (no browser, server failed) has no tests but is a failure.
    if (result.status !== 'passed' && this.counts.failed === 0) this.counts.failed++;
    mkdirSync('reports', { recursive: true });
    writeFileSync('reports/playwright-summary.json', JSON.stringify(this.counts));
  }
}
