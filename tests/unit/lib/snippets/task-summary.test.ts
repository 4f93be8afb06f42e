import { describe, expect, it } from 'vitest';
import { taskCells, type CodeCatalogue } from '../../../../src/lib/snippets/catalogue';
import {
  lastLines,
  listText,
  recordedValues,
  taskVerdict,
  verdictText,
} from '../../../../src/lib/snippets/task-summary';
import type { ResultValue, SnippetEntry, Task, TaskSpec } from '../../../../src/schemas/code';
import { makeFramework } from '../../../helpers/factory';

const exactSpec: TaskSpec = {
  deterministic: true,
  data: 'x = NumPy default_rng(0) standard_normal((8, 20))',
  model: 'Linear 20→3',
  hyperparameters: {},
  results: [
    { key: 'params', label: 'parameters', equals: 63 },
    { key: 'logits_sum', label: 'sum of all logits', equals: -1.69, tolerance: 0.001 },
  ],
};
const trainingSpec: TaskSpec = {
  deterministic: false,
  data: 'x = NumPy default_rng(0) standard_normal((1280, 20))',
  model: 'MLP with each framework’s own init',
  hyperparameters: { 'learning rate': 0.001 },
  results: [
    { key: 'lr', label: 'learning rate', equals: 0.001 },
    { key: 'test_accuracy', label: 'held-out accuracy', min: 0.85 },
  ],
  allowedDifferences: { gamma: { lr: 'Gamma has no way to report its learning rate.' } },
};

const snippet = (framework: string, values?: Record<string, ResultValue>, ran = true): SnippetEntry => ({
  task: 't',
  framework,
  ext: 'py',
  file: `content/snippets/t/${framework}.py`,
  code: 'print(1)\n',
  verification: ran
    ? {
        snippet: '',
        sha256: 'a'.repeat(64),
        result: 'passed',
        seconds: 1,
        verifiedAt: '2026-12-01',
        python: '3.11.7',
        platform: 'Linux x86_64',
        packages: {},
        output: 'line 1\nline 2\n',
        values,
      }
    : undefined,
});

function cells(spec: TaskSpec, snippets: SnippetEntry[]) {
  const task: Task = { id: 't', title: 'T', summary: 'A task for the summary tests', order: 1, spec };
  const c: CodeCatalogue = {
    frameworks: ['alpha', 'beta', 'gamma', 'delta'].map((id) => makeFramework(id)),
    tasks: [task],
    snippets,
    historical: {},
  };
  return taskCells(c, task);
}

describe('task verdict from the records', () => {
  it('says outputs agree when every run framework is within tolerance, and leaves out unrun ones', () => {
    const c = cells(exactSpec, [
      snippet('alpha', { params: 63, logits_sum: -1.6904 }),
      snippet('beta', { params: 63, logits_sum: -1.6899 }),
      snippet('delta', undefined, false),
    ]);
    expect(recordedValues(c).map((r) => r.framework)).toEqual(['alpha', 'beta']);
    const v = taskVerdict(exactSpec, c);
    expect(v.ran).toBe(2);
    expect(v.agreeing).toHaveLength(2);
    expect(verdictText(exactSpec, v)).toMatch(
      /^Outputs agree across 2 frameworks: parameters and sum of all logits/,
    );
    expect(v.notRun).toHaveLength(1);
  });

  it('stops claiming agreement when one record moves beyond the tolerance, and names it', () => {
    const c = cells(exactSpec, [
      snippet('alpha', { params: 63, logits_sum: -1.6904 }),
      snippet('beta', { params: 63, logits_sum: -1.688 }),
    ]);
    const v = taskVerdict(exactSpec, c);
    expect(v.agreeing).toHaveLength(1);
    expect(v.differing).toHaveLength(1);
    expect(v.differing[0]).toMatchObject({ key: 'logits_sum', label: 'sum of all logits' });
    expect(v.differing[0].reason).toContain('-1.688');
    expect(verdictText(exactSpec, v)).toContain('agree across 1 of 2');
  });

  it('compares only settings and thresholds for training tasks, honouring allowed differences', () => {
    const c = cells(trainingSpec, [
      snippet('alpha', { lr: 0.001, test_accuracy: 0.93 }),
      snippet('beta', { lr: 0.001, test_accuracy: 0.8 }),
      snippet('gamma', { test_accuracy: 0.9 }),
    ]);
    const v = taskVerdict(trainingSpec, c);
    expect(v.thresholds.map((t) => [t.label, t.bound, t.missed.length])).toEqual([
      ['held-out accuracy', '≥ 0.85', 1],
    ]);
    expect(v.thresholds[0].met).toHaveLength(2);
    const text = verdictText(trainingSpec, v);
    expect(text).toContain('only settings and thresholds are compared');
    expect(text).toContain(': held-out accuracy was not ≥ 0.85');
    expect(text).not.toContain('Outputs agree');
  });

  it('claims nothing when nothing ran', () => {
    const c = cells(exactSpec, [snippet('alpha', undefined, false)]);
    expect(verdictText(exactSpec, taskVerdict(exactSpec, c))).toBe(
      'No snippet of this task was run, so no results are compared.',
    );
  });
});

describe('helpers', () => {
  it('joins lists in English and keeps the last lines of an output', () => {
    expect(listText(['a'])).toBe('a');
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c');
    expect(lastLines('1\n2\n3\n4\n', 2)).toBe('3\n4');
  });
});

describe('exempt values', () => {
  it('does not count a difference the spec explains against agreement, but lists it', () => {
    const spec: TaskSpec = {
      ...exactSpec,
      allowedDifferences: { beta: { logits_sum: 'Beta cannot draw NumPy’s numbers.' } },
    };
    const c = cells(spec, [
      snippet('alpha', { params: 63, logits_sum: -1.6904 }),
      snippet('beta', { params: 63, logits_sum: 2.5 }),
    ]);
    const v = taskVerdict(spec, c);
    expect(v.agreeing).toHaveLength(2);
    expect(v.differing).toHaveLength(1);
    expect(verdictText(spec, v)).toContain('Outputs agree across 2 frameworks');
    expect(verdictText(spec, v)).toContain('except the values the spec exempts');
  });
});
