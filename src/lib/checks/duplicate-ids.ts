import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';

/**
 * Astro's glob loader only warns when two files share an id (pytorch.yaml and pytorch.json)
 * and silently keeps one of them; this makes it an error.
 */
export const duplicateIdsCheck: Check = {
  name: 'duplicate-ids',
  description:
    'No two framework files share an id (same file name with another extension, or the same `id:`).',
  run({ frameworks }) {
    const byId = new Map<string, string[]>();
    for (const f of frameworks) {
      const ids = new Set([f.stem]);
      const id = (f.raw as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string') ids.add(id);
      for (const i of ids) byId.set(i, [...(byId.get(i) ?? []), f.file]);
    }
    const issues: ContentIssue[] = [];
    for (const [id, files] of byId) {
      if (files.length < 2) continue;
      for (const file of files) {
        issues.push({
          check: this.name,
          file,
          field: 'id',
          message: `The id "${id}" is used by ${files.length} files: ${files.join(', ')}`,
          fix: 'Keep one file per framework: merge them, or give one a different name and id',
        });
      }
    }
    return issues;
  },
};
