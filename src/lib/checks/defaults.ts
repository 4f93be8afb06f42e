import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { reporter } from './report.ts';

/**
 * content/defaults.yaml names real frameworks, and every value says which package version it was
 * read from, matching that framework's package list. (That the versions equal the pins in
 * verify/requirements.txt is checked by tests/content/defaults.test.ts with src/lib/defaults.ts.)
 */
export const defaultsCheck: Check = {
  name: 'defaults',
  description:
    'content/defaults.yaml: framework ids exist, row ids are unique, and every value names a package and version listed for its framework.',
  run({ frameworks, code }) {
    const defaults = code.defaults;
    if (!defaults?.data) return [];
    const { file, text, data } = defaults;
    const ids = new Set(frameworks.map((f) => f.stem));
    const issues: ContentIssue[] = [];
    const at = reporter(issues, this.name, file, text);
    const rerun = 'Run `npm run read:defaults` to write the file again from the pinned packages';
    for (const fw of Object.keys(data.frameworks)) {
      if (!ids.has(fw))
        at(
          ['frameworks', fw],
          `No framework has the id "${fw}"`,
          'Use the id of a file in content/frameworks/ (change FRAMEWORKS in verify/read_defaults.py)',
        );
    }
    const seen = new Set<string>();
    data.rows.forEach((row, i) => {
      if (seen.has(row.id))
        at(['rows', i, 'id'], `The row id "${row.id}" is used twice`, 'Give each row its own id in ROWS');
      seen.add(row.id);
      for (const [fw, cell] of Object.entries(row.cells)) {
        const path = ['rows', i, 'cells', fw];
        if (!ids.has(fw)) {
          at(path, `No framework has the id "${fw}"`, 'Use the id of a file in content/frameworks/');
          continue;
        }
        const packages = data.frameworks[fw]?.packages;
        if (!packages) {
          at(path, `${fw} is not listed under \`frameworks\`, so its versions are unknown`, rerun);
          continue;
        }
        const listed = packages[cell.package];
        if (listed === undefined)
          at(
            [...path, 'package'],
            `The package "${cell.package}" is not among ${fw}'s packages (${Object.keys(packages).join(', ')})`,
            rerun,
          );
        else if (listed !== cell.version)
          at(
            [...path, 'version'],
            `Read from ${cell.package} ${cell.version}, but ${fw} lists ${cell.package} ${listed}`,
            rerun,
          );
      }
    });
    return issues;
  },
};
