import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { fieldPath } from './issue.ts';
import { locateField } from './locate.ts';

/**
 * Astro only logs a dangling `reference()` and carries on; here every pointer to another
 * framework (successor, relations, articles' front matter) must name an existing file.
 */
export const referencesCheck: Check = {
  name: 'references',
  description:
    'Every framework id named by a successor, a relation or an article exists, and none points at itself.',
  run({ frameworks, articles }) {
    const ids = new Set(frameworks.map((f) => f.stem));
    const known = [...ids].sort().join(', ');
    const issues: ContentIssue[] = [];
    const dangling = (
      file: string,
      text: string,
      path: (string | number)[],
      target: string,
      self?: string,
    ) => {
      const line = locateField(text, path);
      if (target === self) {
        issues.push({
          check: this.name,
          file,
          line,
          field: fieldPath(path),
          message: 'Points at its own file',
          fix: 'Name another framework, or remove the entry',
        });
      } else if (!ids.has(target)) {
        issues.push({
          check: this.name,
          file,
          line,
          field: fieldPath(path),
          message: `Refers to the framework "${target}", but content/frameworks/${target}.yaml does not exist`,
          fix: `Use an existing id (${known}) or add that framework's file first`,
        });
      }
    };
    for (const f of frameworks) {
      const raw = f.raw as { status?: { successor?: unknown }; relations?: unknown } | undefined;
      if (typeof raw?.status?.successor === 'string')
        dangling(f.file, f.text, ['status', 'successor'], raw.status.successor, f.stem);
      if (Array.isArray(raw?.relations)) {
        raw.relations.forEach((r: { target?: unknown }, i: number) => {
          if (typeof r?.target === 'string')
            dangling(f.file, f.text, ['relations', i, 'target'], r.target, f.stem);
        });
      }
    }
    for (const a of articles) {
      a.frameworks.forEach((id, i) => dangling(a.file, a.text, ['frameworks', i], id));
    }
    return issues;
  },
};
