import type { Check } from './context.ts';
import { KEBAB_ID } from '../../schemas/common.ts';
import { locateField } from './locate.ts';

/** The file name is the id readers see in URLs, so it must be kebab-case and match `id:`. */
export const fileNameCheck: Check = {
  name: 'file-name',
  description: 'The file name is kebab-case and equals the `id` field.',
  run({ frameworks }) {
    return frameworks.flatMap((f) => {
      if (!KEBAB_ID.test(f.stem)) {
        return [
          {
            check: this.name,
            file: f.file,
            field: '',
            message: `The file name "${f.stem}" is not kebab-case`,
            fix: 'Rename the file to lower-case words joined by hyphens, e.g. content/frameworks/apache-mxnet.yaml',
          },
        ];
      }
      const id = (f.raw as { id?: unknown } | undefined)?.id;
      if (typeof id === 'string' && id !== f.stem) {
        return [
          {
            check: this.name,
            file: f.file,
            line: locateField(f.text, ['id']),
            field: 'id',
            message: `The id "${id}" does not match the file name "${f.stem}"`,
            fix: `Set \`id: ${f.stem}\`, or rename the file to ${id}.yaml`,
          },
        ];
      }
      return [];
    });
  },
};
