import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { reporter } from './report.ts';
import { isInactive } from '../../data/statuses.ts';

/** Task ids and orders are unique; every framework id tasks.yaml names exists. */
export const tasksCheck: Check = {
  name: 'tasks',
  description:
    'content/tasks.yaml: task ids and orders are unique, and every framework it names (not applicable, historical) exists.',
  run({ frameworks, code }) {
    const tasks = code.tasks;
    if (!tasks?.data) return [];
    const { file, text, data } = tasks;
    const ids = new Set(frameworks.map((f) => f.stem));
    const issues: ContentIssue[] = [];
    const at = reporter(issues, this.name, file, text);
    const seenId = new Map<string, number>();
    const seenOrder = new Map<number, number>();
    data.tasks.forEach((task, i) => {
      if (seenId.has(task.id))
        at(
          ['tasks', i, 'id'],
          `The task id "${task.id}" is already used by tasks[${seenId.get(task.id)}]`,
          'Give each task its own id (it is also its folder under content/snippets/)',
        );
      else seenId.set(task.id, i);
      if (seenOrder.has(task.order))
        at(
          ['tasks', i, 'order'],
          `The order ${task.order} is already used by tasks[${seenOrder.get(task.order)}]`,
          'Give each task its own position on /code/',
        );
      else seenOrder.set(task.order, i);
      for (const field of ['notApplicable', 'notRunHere'] as const)
        for (const fw of Object.keys(task[field] ?? {})) {
          if (!ids.has(fw))
            at(
              ['tasks', i, field, fw],
              `No framework has the id "${fw}"`,
              'Use the id of a file in content/frameworks/',
            );
        }
      for (const fw of Object.keys(task.notRunHere ?? {}))
        if (task.notApplicable?.[fw])
          at(
            ['tasks', i, 'notRunHere', fw],
            `"${fw}" is listed both as not applicable and as not run here`,
            'Keep one: notApplicable when the task makes no sense for the framework, notRunHere when it applies but cannot be verified on this machine',
          );
    });
    data.historical.forEach((fw, i) => {
      const profile = frameworks.find((f) => f.stem === fw);
      if (!profile)
        at(
          ['historical', i],
          `No framework has the id "${fw}"`,
          'Use the id of a file in content/frameworks/',
        );
      else if (profile.data && !isInactive(profile.data.status.value)) {
        at(
          ['historical', i],
          `${fw} is listed as historical, but its profile's status is "${profile.data.status.value}"`,
          'Only frameworks no longer developed are historical: remove it here, or correct the status in its profile',
        );
      }
    });
    return issues;
  },
};
