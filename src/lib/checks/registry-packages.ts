import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { locateField } from './locate.ts';

/**
 * content/registry-packages.yaml names each framework's PyPI and npm packages for
 * `npm run check:freshness`: every key is a framework, every framework is covered once
 * (here or by `packages:` in its own file).
 */
export const registryPackagesCheck: Check = {
  name: 'registry-packages',
  description:
    'content/registry-packages.yaml: every key is an existing framework id, and every framework has its packages listed once (there or in its own file).',
  run({ frameworks, registryPackages }) {
    if (!registryPackages?.data) return [];
    const { file, text, data } = registryPackages;
    const ids = new Set(frameworks.map((f) => f.stem));
    const issues: ContentIssue[] = [];
    const at = (field: string, line: number | undefined, message: string, fix: string) =>
      issues.push({ check: this.name, file, line, field, message, fix });
    for (const id of Object.keys(data)) {
      const own = frameworks.find((f) => f.stem === id);
      if (!own)
        at(
          id,
          locateField(text, [id]),
          `No framework has the id "${id}"`,
          `Use the id of a file in content/frameworks/ (${[...ids].sort().join(', ')}), or remove the entry`,
        );
      else if (own.data?.packages)
        at(
          id,
          locateField(text, [id]),
          `${id} lists its packages twice: here and in ${own.file} › packages`,
          `Keep one: remove this entry, or remove \`packages:\` from ${own.file}`,
        );
    }
    for (const f of frameworks) {
      if (!f.data || f.data.packages || f.stem in data) continue;
      at(
        f.stem,
        undefined,
        `${f.stem} has no registry packages listed, so check:freshness cannot check its latest release`,
        `Add \`${f.stem}: { pypi: [<name>] }\` (or npm, or \`none: <why>\`) here, or \`packages:\` in ${f.file}`,
      );
    }
    return issues;
  },
};
