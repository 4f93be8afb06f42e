import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** `npm run build` on fixture content: Astro alone would log these and exit 0. */
function buildWith(contentDir: string) {
  // A separate output folder, so the real dist/ that other build tests read is never touched.
  const outDir = mkdtempSync(join(tmpdir(), 'atlas-bad-build-'));
  const r = spawnSync(process.execPath, ['scripts/build.mjs', '--outDir', outDir], {
    env: { ...process.env, ATLAS_CONTENT_DIR: contentDir, NO_COLOR: '1' },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}

describe('the build refuses bad data', () => {
  it('two files with one id: fails, naming both files and the fix', () => {
    const { status, output } = buildWith('tests/fixtures/checks/duplicate-ids');
    expect(status).not.toBe(0);
    expect(output).toContain('frameworks/alpha.yml › id: The id "alpha" is used by 2 files');
    expect(output).toContain('fix: Keep one file per framework');
  });

  it('a dangling successor: fails with the file, line and field', () => {
    const { status, output } = buildWith('tests/fixtures/checks/dangling-successor');
    expect(status).not.toBe(0);
    expect(output).toContain('frameworks/alpha.yaml:6 › status.successor: Refers to the framework "ghost"');
  });
});
