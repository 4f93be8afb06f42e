import type { Check, CheckContext } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { reporter } from './report.ts';
import { citations, definedSources } from './source-refs.ts';
import { stemOf } from './parse.ts';
import { compareVersions } from '../compat/versions.ts';

/** The compatibility files that passed their schema. */
function valid(ctx: CheckContext) {
  return ctx.compatibility.flatMap((c) => (c.data ? [{ ...c, data: c.data }] : []));
}

/** The file names a real framework, and every cited source is defined in the same file. */
export const compatReferencesCheck: Check = {
  name: 'compat-references',
  description:
    'content/compatibility/<id>.yaml: `framework` equals the file name and names a framework file; every cited source id is in the file’s `sources`.',
  run(ctx) {
    const issues: ContentIssue[] = [];
    const ids = new Set(ctx.frameworks.map((f) => f.stem));
    for (const c of ctx.compatibility) {
      const at = reporter(issues, this.name, c.file, c.text);
      const fw = (c.raw as { framework?: unknown } | undefined)?.framework;
      if (typeof fw === 'string' && fw !== stemOf(c.file))
        at(
          ['framework'],
          `The file is named ${stemOf(c.file)} but says framework: ${fw}`,
          'Name the file after the framework id, or correct `framework`',
        );
      else if (typeof fw === 'string' && !ids.has(fw))
        at(
          ['framework'],
          `No framework has the id "${fw}"`,
          'Use the id of a file in content/frameworks/ (its file name)',
        );
      const defined = new Set(definedSources(c.raw).map((s) => s.id));
      for (const cite of citations(c.raw)) {
        if (!defined.has(cite.id))
          at(
            cite.path,
            `Cites the source "${cite.id}", which is not in this file's \`sources\` list`,
            `Add a source with \`id: ${cite.id}\` (title, url, supports, read) to \`sources\`, or correct the id`,
          );
      }
    }
    return issues;
  },
};

/** Newer lines were released after older ones, and each line's newest patch after its first release. */
export const compatDatesCheck: Check = {
  name: 'compat-dates',
  description:
    'Release lines are listed newest first, a newer line is not dated before an older one, and `latest.date` is not before `released`.',
  run(ctx) {
    const issues: ContentIssue[] = [];
    for (const c of valid(ctx)) {
      const at = reporter(issues, this.name, c.file, c.text);
      const lines = c.data.lines;
      lines.forEach((line, i) => {
        if (line.latest.date < line.released.value)
          at(
            ['lines', i, 'latest', 'date'],
            `${line.latest.version} is dated ${line.latest.date}, before the line's first release (${line.released.value})`,
            'Check both dates against the package registry; the newest patch cannot predate the first',
          );
        const older = lines[i + 1];
        if (!older) return;
        if (compareVersions(line.version, older.version) <= 0)
          at(
            ['lines', i, 'version'],
            `Line ${line.version} is listed above ${older.version}`,
            'List release lines newest first, one entry per minor version',
          );
        else if (line.released.value < older.released.value)
          at(
            ['lines', i, 'released', 'value'],
            `Line ${line.version} is dated ${line.released.value}, before the older line ${older.version} (${older.released.value})`,
            'Dates are out of order: check both against the registry (a typo in a year or month is the usual cause)',
          );
      });
    }
    return issues;
  },
};

/** Escapes a string for use inside a regular expression. */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every install command names the exact version it installs: the line's newest patch. */
export const compatInstallCheck: Check = {
  name: 'compat-install',
  description:
    'Each install command names the version it installs (the line’s `latest.version`), so a copied command is reproducible.',
  run(ctx) {
    const issues: ContentIssue[] = [];
    for (const c of valid(ctx)) {
      const at = reporter(issues, this.name, c.file, c.text);
      c.data.lines.forEach((line, i) => {
        const pinned = new RegExp(`(^|[^\\w.])${escape(line.latest.version)}($|[^\\w.])`);
        line.install.forEach((cmd, j) => {
          if (!pinned.test(cmd.command))
            at(
              ['lines', i, 'install', j, 'command'],
              `The command does not name ${line.latest.version}, the version this line installs`,
              `Pin it as the project documents, e.g. \`pip install ${c.data.package}==${line.latest.version}\``,
            );
        });
      });
    }
    return issues;
  },
};
