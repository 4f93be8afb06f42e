import { VERIFY_WITHIN_DAYS } from './age.ts';
import { STALE_VERDICTS, type FreshnessRow, type PackageRow } from './assess.ts';

const MARK: Record<PackageRow['verdict'], string> = {
  ok: 'ok',
  'ok-date-less-exact': 'ok (date less exact)',
  'ok-upload-later': 'ok (uploaded later)',
  'ok-date-not-compared': 'ok (date not compared)',
  'ok-known-difference': 'ok (known difference)',
  'newer-release': 'STALE: newer release',
  'version-differs': 'STALE: version differs',
  'date-differs': 'STALE: date differs',
  'no-stable-release': 'NOT CHECKED: no stable release',
  'lookup-failed': 'NOT CHECKED: lookup failed',
};

/** One line per package (or one for a profile without packages): the cells of the report table. */
export function reportCells(rows: readonly FreshnessRow[]): string[][] {
  const cells: string[][] = [];
  for (const r of rows) {
    const profile = `${r.profileRelease.version} (${r.profileRelease.date})`;
    const verified = `${r.lastVerified} (${r.verifiedDaysAgo} d)${r.verificationOld ? ' OLD' : ''}`;
    if (r.packages.length === 0) {
      cells.push([
        r.id,
        profile,
        '—',
        '—',
        verified,
        r.verificationOld ? 'STALE: verification old' : 'not checked',
        r.noPackages ?? '',
      ]);
      continue;
    }
    r.packages.forEach((p, i) => {
      const registry = p.release ? `${p.release.version} (${p.release.date})` : '—';
      const verdict =
        r.verificationOld && !STALE_VERDICTS.has(p.verdict)
          ? `${MARK[p.verdict]}; STALE: verification old`
          : MARK[p.verdict];
      cells.push([
        i === 0 ? r.id : '',
        i === 0 ? profile : '',
        `${p.registry}:${p.package}`,
        registry,
        i === 0 ? verified : '',
        verdict,
        p.detail,
      ]);
    });
  }
  return cells;
}

const HEADER = [
  'framework',
  'profile',
  'package',
  'registry (newest stable)',
  'last verified',
  'result',
  'detail',
];

/** The report as a plain-text table for the terminal. */
export function formatTable(rows: readonly FreshnessRow[]): string {
  const all = [HEADER, ...reportCells(rows)];
  const widths = HEADER.map((_, c) => Math.max(...all.map((r) => r[c].length)));
  const line = (r: string[]) =>
    r
      .map((v, c) => v.padEnd(widths[c]))
      .join('  ')
      .trimEnd();
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

/** A one-paragraph summary with the counts. */
export function summary(rows: readonly FreshnessRow[], today: string): string {
  const stale = rows.filter((r) => r.stale);
  const old = rows.filter((r) => r.verificationOld);
  const incomplete = rows.filter((r) => r.incomplete);
  const checked = rows.filter((r) => r.packages.length > 0).length;
  return [
    `${rows.length} profiles on ${today}: ${checked} with registry packages, ${rows.length - checked} without.`,
    `${stale.length} stale${stale.length ? ` (${stale.map((r) => r.id).join(', ')})` : ''}; ` +
      `${old.length} verified more than ${VERIFY_WITHIN_DAYS} days ago; ` +
      `${incomplete.length} could not be fully checked${incomplete.length ? ` (${incomplete.map((r) => r.id).join(', ')})` : ''}.`,
  ].join('\n');
}

const escapeCell = (v: string) => v.replace(/\|/g, '\\|');

/** The report as Markdown for the weekly issue: the summary, then only the rows that need a look. */
export function formatMarkdown(rows: readonly FreshnessRow[], today: string): string {
  const flagged = rows.filter((r) => r.stale || r.incomplete);
  const out = [`Freshness check of ${today} (\`npm run check:freshness\`).`, '', summary(rows, today), ''];
  if (flagged.length) {
    out.push(`| ${HEADER.join(' | ')} |`, `| ${HEADER.map(() => '---').join(' | ')} |`);
    for (const c of reportCells(flagged)) out.push(`| ${c.map(escapeCell).join(' | ')} |`);
    out.push(
      '',
      "To fix a row: read the release on the registry and the project's own release notes, update `latestRelease` " +
        '(and `lastVerified` once every fact of the file is re-checked), and add an entry to `content/changes.yaml`.',
    );
  } else out.push('Everything is fresh.');
  return out.join('\n');
}
