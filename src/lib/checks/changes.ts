import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { reporter } from './report.ts';
import { isAfter } from './dates.ts';
import { frameworkSchema } from '../../schemas/framework.ts';

/** The parts of a Zod schema's definition needed to follow a field path through it. */
interface SchemaNode {
  _zod: {
    def: {
      type: string;
      innerType?: SchemaNode;
      out?: SchemaNode;
      element?: SchemaNode;
      shape?: Record<string, SchemaNode>;
    };
  };
}

/**
 * True when a dotted path ("hardware.tpu", "latestRelease.version", "history.date") names a
 * field of a framework file. Steps through optional/default wrappers, preprocessors and lists;
 * a path may stop anywhere, and list indices or keys ("[0]", "[TorchScript]") are ignored.
 */
export function isFrameworkField(path: string): boolean {
  let node = frameworkSchema as unknown as SchemaNode;
  for (const step of path.replace(/\[[^\]]*\]/g, '').split('.')) {
    for (;;) {
      const def = node._zod.def;
      if (def.innerType) node = def.innerType;
      else if (def.type === 'pipe' && def.out) node = def.out;
      else if (def.type === 'array' && def.element) node = def.element;
      else break;
    }
    const shape = node._zod.def.shape;
    if (!shape || !(step in shape)) return false;
    node = shape[step];
  }
  return true;
}

/** The change log points at real frameworks and fields, is dated in the past, and is in date order. */
export const changesCheck: Check = {
  name: 'changes',
  description:
    'content/changes.yaml: every change names an existing framework and one of its fields, is not dated in the future, and the entries run oldest first.',
  run({ frameworks, changes, today }) {
    if (!changes?.data) return [];
    const { file, text, data } = changes;
    const ids = new Set(frameworks.map((f) => f.stem));
    const issues: ContentIssue[] = [];
    const at = reporter(issues, this.name, file, text);
    data.changes.forEach((c, i) => {
      if (!ids.has(c.framework))
        at(
          ['changes', i, 'framework'],
          `No framework has the id "${c.framework}"`,
          'Use the id of a file in content/frameworks/ (its file name without .yaml)',
        );
      if (!isFrameworkField(c.field))
        at(
          ['changes', i, 'field'],
          `"${c.field}" is not a field of a framework file`,
          'Write the dotted path of the field that changed, as in content/frameworks/_template.yaml, e.g. latestRelease or hardware.tpu',
        );
      if (isAfter(c.date, today))
        at(
          ['changes', i, 'date'],
          `The date ${c.date} is in the future (today is ${today})`,
          'Write the day the data changed',
        );
      const before = data.changes[i - 1];
      if (before && c.date < before.date)
        at(
          ['changes', i, 'date'],
          `Out of order: ${c.date} comes after changes[${i - 1}] of ${before.date}`,
          'Keep the log oldest first: move this entry up to its date, or correct the date (new entries go at the end)',
        );
    });
    return issues;
  },
};
