import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { fieldPath } from './issue.ts';
import { locateField } from './locate.ts';
import { walk } from './walk.ts';

/** Source ids cited anywhere in a parsed file, with the path of each citation. */
export function citations(raw: unknown): { id: string; path: (string | number)[] }[] {
  const out: { id: string; path: (string | number)[] }[] = [];
  for (const v of walk(raw)) {
    // `sources` lists of ids are citations; the top-level `sources` list holds the definitions.
    if (v.key !== 'sources' || v.path.length === 1 || !Array.isArray(v.value)) continue;
    v.value.forEach((id, i) => {
      if (typeof id === 'string') out.push({ id, path: [...v.path, i] });
    });
  }
  return out;
}

/** Source ids defined in the file's top-level `sources` list, with their index. */
export function definedSources(raw: unknown): { id: string; index: number }[] {
  const list = (raw as { sources?: unknown } | undefined)?.sources;
  if (!Array.isArray(list)) return [];
  return list.flatMap((s, index) => {
    const id = (s as { id?: unknown } | null)?.id;
    return typeof id === 'string' ? [{ id, index }] : [];
  });
}

/** Every citation names a source defined in the same file. */
export const sourceRefsCheck: Check = {
  name: 'source-refs',
  description: "Every id in a fact's `sources` names an entry of the file's `sources` list.",
  run({ frameworks }) {
    const issues: ContentIssue[] = [];
    for (const f of frameworks) {
      const defined = new Set(definedSources(f.raw).map((s) => s.id));
      for (const c of citations(f.raw)) {
        if (defined.has(c.id)) continue;
        issues.push({
          check: this.name,
          file: f.file,
          line: locateField(f.text, c.path),
          field: fieldPath(c.path),
          message: `Cites the source "${c.id}", which is not in this file's \`sources\` list`,
          fix: `Add a source with \`id: ${c.id}\` (url, title, supports, read) at the bottom of the file, or correct the id`,
        });
      }
    }
    return issues;
  },
};

/** Every defined source is cited, and source ids are unique within a file. */
export const unusedSourcesCheck: Check = {
  name: 'unused-sources',
  description: 'Every entry of `sources` is cited by at least one fact, and no id is defined twice.',
  run({ frameworks }) {
    const issues: ContentIssue[] = [];
    for (const f of frameworks) {
      const cited = new Set(citations(f.raw).map((c) => c.id));
      const seen = new Set<string>();
      for (const s of definedSources(f.raw)) {
        const path = ['sources', s.index, 'id'];
        if (seen.has(s.id)) {
          issues.push({
            check: this.name,
            file: f.file,
            line: locateField(f.text, path),
            field: fieldPath(path),
            message: `The source id "${s.id}" is defined more than once`,
            fix: 'Give each source its own id, or merge the duplicates',
          });
        }
        seen.add(s.id);
        if (!cited.has(s.id)) {
          issues.push({
            check: this.name,
            file: f.file,
            line: locateField(f.text, path),
            field: fieldPath(path),
            message: `The source "${s.id}" is not cited by any fact`,
            fix: `Cite it in the \`sources\` of the fact it supports, or remove it`,
          });
        }
      }
    }
    return issues;
  },
};
