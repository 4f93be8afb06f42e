import { SNIPPET_LANGUAGES, isSnippetExtension } from '../../data/snippet-languages.ts';
import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { locateField } from './locate.ts';

const EXTENSIONS = Object.keys(SNIPPET_LANGUAGES)
  .map((e) => `.${e}`)
  .join(', ');

/** Every snippet sits at content/snippets/<task id>/<framework id>.<known extension>, once. */
export const snippetFilesCheck: Check = {
  name: 'snippet-files',
  description:
    'Each snippet is content/snippets/<task id>/<framework id>.<ext> with a known task, framework and language, one per task and framework, and not for a task marked not applicable.',
  run({ frameworks, code }) {
    const issues: ContentIssue[] = [];
    const add = (file: string, message: string, fix: string, line?: number, field = '') =>
      issues.push({ check: this.name, file, line, field, message, fix });
    const frameworkIds = new Set(frameworks.map((f) => f.stem));
    const tasks = code.tasks?.data?.tasks;
    const taskIds = new Set(tasks?.map((t) => t.id));
    const taskList = [...taskIds].join(', ');
    const seen = new Map<string, string>();
    for (const stray of code.strays) {
      add(
        stray,
        'Not in a task folder',
        'Snippets live in content/snippets/<task id>/<framework id>.<ext> and records in content/verification/<task id>/<framework id>.json; move or delete this',
      );
    }
    for (const s of code.snippets) {
      if (!tasks) {
        // A broken tasks.yaml is reported by its own syntax or schema issue.
        if (!code.tasks)
          add(
            s.file,
            'There is no content/tasks.yaml to say what this task is',
            'Add content/tasks.yaml with this task (see the comment at the top of the real one)',
          );
        continue;
      }
      if (!taskIds.has(s.task))
        add(
          s.file,
          `The folder "${s.task}" is not a task in content/tasks.yaml`,
          `Move the file into one of: ${taskList}; or add the task to content/tasks.yaml`,
        );
      if (!frameworkIds.has(s.stem))
        add(
          s.file,
          `The file name "${s.stem}" is not a framework id`,
          'Name the file after a framework file in content/frameworks/ (e.g. pytorch.py), or add that framework first',
        );
      if (!isSnippetExtension(s.ext))
        add(
          s.file,
          `The extension ".${s.ext}" is not a snippet language`,
          `Use one of ${EXTENSIONS} (src/data/snippet-languages.ts lists them)`,
        );
      if (s.text.trim() === '')
        add(
          s.file,
          'The file is empty',
          'Write the snippet, or delete the file so the page shows "not written yet"',
        );
      const key = `${s.task}/${s.stem}`;
      const other = seen.get(key);
      if (other)
        add(
          s.file,
          `A second snippet for the same task and framework (the first is ${other})`,
          'Keep one file per task and framework',
        );
      else seen.set(key, s.file);
      const task = tasks.find((t) => t.id === s.task);
      const blocker = task?.notRunHere?.[s.stem];
      if (task && blocker && code.tasks) {
        const i = tasks.indexOf(task);
        add(
          s.file,
          `content/tasks.yaml says this task cannot be run here for ${s.stem} ("${blocker}"), but a snippet exists`,
          `Remove tasks[${i}].notRunHere.${s.stem} (line ${locateField(code.tasks.text, ['tasks', i, 'notRunHere', s.stem]) ?? '?'}) now that it runs`,
        );
      }
      const reason = task?.notApplicable?.[s.stem];
      if (task && reason && code.tasks) {
        const i = tasks.indexOf(task);
        add(
          s.file,
          `content/tasks.yaml marks this task as not applicable to ${s.stem} ("${reason}"), but a snippet exists`,
          `Delete the snippet, or remove tasks[${i}].notApplicable.${s.stem} (line ${locateField(code.tasks.text, ['tasks', i, 'notApplicable', s.stem]) ?? '?'})`,
        );
      }
    }
    return issues;
  },
};
