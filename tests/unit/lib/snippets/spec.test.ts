import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { tasksFileSchema, type TaskSpec } from '../../../../src/schemas/code';
import {
  WITHIN_SPEC,
  agreement,
  attestedValues,
  checkValues,
  distance,
  mismatchText,
  parseResult,
  resultInWords,
  withoutResultLine,
} from '../../../../src/lib/snippets/spec';

const SPEC: TaskSpec = {
  deterministic: true,
  data: 'rng = default_rng(0), 8 rows',
  model: 'MLP',
  hyperparameters: { lr: 0.001 },
  results: [
    { key: 'params', label: 'parameters', equals: 5699 },
    { key: 'logits', label: 'logits', equals: [0.5, -0.25], tolerance: 0.001 },
    { key: 'accuracy', label: 'held-out accuracy', min: 0.85 },
    { key: 'lr', label: 'learning rate', equals: 0.001 },
  ],
  allowedDifferences: { beta: { logits: 'Beta initialises its own weights and cannot load NumPy ones.' } },
};

describe('parseResult', () => {
  it('reads the one RESULT line as a JSON object', () => {
    expect(parseResult('epoch 1\nRESULT {"params": 5699, "logits": [0.5, -0.25]}\n')).toEqual({
      values: { params: 5699, logits: [0.5, -0.25] },
    });
  });
  it('rejects no line, two lines, bad JSON and a non-object', () => {
    expect(parseResult('done\n')).toHaveProperty('error', expect.stringContaining('no `RESULT'));
    expect(parseResult('RESULT {}\nRESULT {}')).toHaveProperty(
      'error',
      expect.stringContaining('2 RESULT lines'),
    );
    expect(parseResult("RESULT {'a': 1}")).toHaveProperty('error', expect.stringContaining('not JSON'));
    expect(parseResult('RESULT [1, 2]')).toHaveProperty('error', expect.stringContaining('JSON object'));
  });
  it('leaves the RESULT line out of the shown output', () => {
    expect(withoutResultLine('a\nRESULT {}\nb')).toBe('a\nb');
  });
});

describe('attestedValues', () => {
  it('attests a bounded value by meeting its bound, and exact values as they are', () => {
    const values = { params: 5699, logits: [0.5004, -0.2496], accuracy: 0.91, lr: 0.001, extra: 2 };
    expect(attestedValues(SPEC, 'alpha', values)).toEqual({
      ...values,
      logits: WITHIN_SPEC,
      accuracy: WITHIN_SPEC,
    });
    // beta is excused from logits: its own numbers are compared as they are
    expect(attestedValues(SPEC, 'beta', values)).toHaveProperty('logits', values.logits);
    // the same run on another CPU: a different accuracy above the threshold attests the same
    expect(attestedValues(SPEC, 'alpha', { ...values, accuracy: 0.88 })).toEqual(
      attestedValues(SPEC, 'alpha', values),
    );
    expect(attestedValues(SPEC, 'alpha', { ...values, logits: [0.5003, -0.2496] })).toEqual(
      attestedValues(SPEC, 'alpha', values),
    );
    // below the threshold, beyond the tolerance, or a moved exact value, is a change
    expect(attestedValues(SPEC, 'alpha', { ...values, accuracy: 0.8 })).toHaveProperty('accuracy', 0.8);
    expect(attestedValues(SPEC, 'alpha', { ...values, logits: [0.6, -0.25] })).toHaveProperty(
      'logits',
      [0.6, -0.25],
    );
    expect(attestedValues(SPEC, 'alpha', { ...values, params: 5700 })).toHaveProperty('params', 5700);
  });
  it('compares everything when there is no spec, and nothing when there are no values', () => {
    expect(attestedValues(undefined, 'alpha', { accuracy: 0.9 })).toEqual({ accuracy: 0.9 });
    expect(attestedValues(SPEC, 'alpha', undefined)).toBeNull();
  });
});

describe('checkValues', () => {
  it('passes values that meet every expectation', () => {
    expect(
      checkValues('t', 'alpha', SPEC, { params: 5699, logits: [0.5004, -0.2496], accuracy: 0.9, lr: 0.001 }),
    ).toEqual([]);
  });
  it('names task, framework, key, expected and got for each value off spec', () => {
    const off = checkValues('training-loop', 'alpha', SPEC, {
      params: 5571,
      logits: [0.5, -0.2],
      accuracy: 0.8,
      lr: 0.01,
    });
    expect(off.map(mismatchText)).toEqual([
      'training-loop/alpha: params expected 5699, got 5571',
      'training-loop/alpha: logits expected [0.5,-0.25] ± 0.001, got [0.5,-0.2]',
      'training-loop/alpha: accuracy expected ≥ 0.85, got 0.8',
      'training-loop/alpha: lr expected 0.001, got 0.01',
    ]);
  });
  it('fails a missing key, a list of another length and a value of another kind', () => {
    const off = checkValues('t', 'alpha', SPEC, { logits: [0.5], accuracy: '0.9', lr: 0.001 });
    expect(off.map((m) => [m.key, m.got])).toEqual([
      ['params', 'nothing (the key is missing from RESULT)'],
      ['logits', '[0.5]'],
      ['accuracy', '"0.9"'],
    ]);
  });
  it('skips a key the spec excuses for that framework only', () => {
    const values = { params: 5699, logits: [9, 9], accuracy: 0.9, lr: 0.001 };
    expect(checkValues('t', 'beta', SPEC, values)).toEqual([]);
    expect(checkValues('t', 'alpha', SPEC, values).map((m) => m.key)).toEqual(['logits']);
  });
  it('measures nested lists element by element', () => {
    expect(
      distance(
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2.5],
          [3, 4],
        ],
      ),
    ).toBe(0.5);
    expect(distance([[1, 2]], [[1, 2, 3]])).toBe(Infinity);
    expect(distance('float32', 'float32')).toBe(0);
  });
});

describe('agreement', () => {
  it('counts the frameworks whose exact results agree and names the others with the reason', () => {
    const ok = { params: 5699, logits: [0.5, -0.25], accuracy: 0.9, lr: 0.001 };
    const a = agreement(SPEC, [
      { framework: 'alpha', name: 'Alpha', values: ok },
      { framework: 'gamma', name: 'Gamma', values: ok },
      { framework: 'beta', name: 'Beta', values: { ...ok, logits: [1, 1] } },
      { framework: 'delta', name: 'Delta', values: { ...ok, params: 5571 } },
    ]);
    expect(a.agreeing).toEqual(['Alpha', 'Gamma']);
    expect(a.keys).toEqual(['params', 'logits', 'lr']);
    expect(a.differing).toEqual([
      { name: 'Beta', key: 'logits', reason: 'Beta initialises its own weights and cannot load NumPy ones.' },
      { name: 'Delta', key: 'params', reason: 'got 5571 instead of 5699' },
    ]);
  });
});

describe('resultInWords', () => {
  it('gives each reported result with its label, in spec order', () => {
    expect(resultInWords(SPEC, { accuracy: 0.93125, params: 5699, lr: 0.001 })).toEqual([
      'parameters 5699',
      'held-out accuracy 0.9313',
      'learning rate 0.001',
    ]);
  });
});
describe('content/tasks.yaml', () => {
  const file = tasksFileSchema.parse(yaml.load(readFileSync('content/tasks.yaml', 'utf8')));
  it.each(file.tasks.map((t) => [t.id, t] as const))('%s has a spec with results', (_id, task) => {
    expect(task.spec?.results.length).toBeGreaterThan(0);
  });
});
