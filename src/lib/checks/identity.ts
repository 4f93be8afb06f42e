import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { fieldPath } from './issue.ts';
import { locateField } from './locate.ts';

/** How names are compared: case, spaces and punctuation do not make two names different. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}+#]/gu, '');
}

interface Name {
  key: string;
  text: string;
  stem: string;
  file: string;
  fileText: string;
  /** Where it is written: "id", "name" or "aliases[i]". */
  path: (string | number)[];
}

/**
 * Two files that describe one framework split its facts and its comparisons. Equal ids are the
 * duplicate-ids check; this one catches a new file whose name or alias is another framework's
 * id, name or alias ("PyTorch" twice, "tf.keras" as an alias of two files).
 */
export const identityCheck: Check = {
  name: 'same-framework',
  description:
    "No framework's name or alias equals another framework's id, name or alias (ignoring case, spaces and punctuation), and no alias repeats its own name word for word.",
  run({ frameworks }) {
    const names: Name[] = [];
    for (const f of frameworks) {
      const raw = f.raw as { name?: unknown; aliases?: unknown } | undefined;
      const base = { stem: f.stem, file: f.file, fileText: f.text };
      names.push({ ...base, key: nameKey(f.stem), text: f.stem, path: ['id'] });
      if (typeof raw?.name === 'string')
        names.push({ ...base, key: nameKey(raw.name), text: raw.name, path: ['name'] });
      if (Array.isArray(raw?.aliases))
        raw.aliases.forEach((a, i) => {
          if (typeof a === 'string') names.push({ ...base, key: nameKey(a), text: a, path: ['aliases', i] });
        });
    }
    const issues: ContentIssue[] = [];
    for (const n of names) {
      if (n.path[0] === 'id' || n.key === '') continue;
      const own =
        n.path[0] === 'aliases' ? names.find((m) => m.stem === n.stem && m.path[0] === 'name') : undefined;
      // Other spellings ("fast.ai", "onnxruntime") are useful aliases; the very same text is not.
      if (own && own.text.trim().toLowerCase() === n.text.trim().toLowerCase()) {
        issues.push({
          check: this.name,
          file: n.file,
          line: locateField(n.fileText, n.path),
          field: fieldPath(n.path),
          message: `The alias "${n.text}" only repeats the name "${own.text}"`,
          fix: 'Remove the alias; aliases are other names people search for',
        });
        continue;
      }
      const clash = names.find((m) => m.stem !== n.stem && m.key === n.key);
      if (!clash) continue;
      const where = clash.path[0] === 'aliases' ? 'an alias' : clash.path[0] === 'id' ? 'the id' : 'the name';
      issues.push({
        check: this.name,
        file: n.file,
        line: locateField(n.fileText, n.path),
        field: fieldPath(n.path),
        message: `"${n.text}" is also ${where} of ${clash.file} ("${clash.text}"): two files would describe one framework`,
        fix: `If it is the same framework, add the facts to ${clash.file} and delete this file; if it is a different one, give it a name that tells them apart and drop the clashing alias`,
      });
    }
    return issues;
  },
};
