import { describe, expect, it } from 'vitest';
import {
  importedModules,
  importedPackages,
  nodeWarningsFrom,
  runnableSnippets,
  runtimeOf,
  warningsFrom,
} from '../../../../src/lib/snippets/verify';
import { verificationSchema } from '../../../../src/schemas/code';
import { snippetHash } from '../../../../src/lib/snippets/hash';
import type { SnippetFile } from '../../../../src/lib/snippets/files';

describe('snippet verification helpers', () => {
  it('finds the top-level modules a Python file imports', () => {
    const text =
      'import os\nimport jax.numpy as jnp, optax\nfrom flax import nnx\n    import torch  # inside a function\nx = "import fake"\n';
    expect(importedModules(text)).toEqual(['flax', 'jax', 'optax', 'os', 'torch']);
  });

  it('finds the npm packages a JavaScript module imports, scoped names whole', () => {
    const text = [
      'import * as tf from "@tensorflow/tfjs";',
      "import { readFile } from 'node:fs/promises';",
      'import seedrandom from "seedrandom/lib/alea.js";',
      'import "./local.js";',
      'const m = await import("@scope/pkg/sub");',
      'const s = "import fake from \'x\'";',
    ].join('\n');
    expect(importedPackages(text)).toEqual(['@scope/pkg', '@tensorflow/tfjs', 'seedrandom']);
  });

  it('runs JavaScript with Node.js and the rest with Python', () => {
    expect(runtimeOf('js')).toBe('node');
    expect(runtimeOf('py')).toBe('python');
  });

  it('reads the warnings the Node.js preload attributed to the snippet', () => {
    const stderr =
      'Hi, looks like you are running TensorFlow.js in Node.js.\natlas-snippet-warning line 7: tf.foo is deprecated\n';
    expect(nodeWarningsFrom(stderr)).toEqual(['line 7: tf.foo is deprecated']);
    expect(nodeWarningsFrom('')).toEqual([]);
  });

  it('accepts a record naming one runtime, Python or Node.js, and not both or neither', () => {
    const base = {
      snippet: 'content/snippets/t/a.js',
      sha256: 'a'.repeat(64),
      result: 'passed',
      seconds: 1,
      verifiedAt: '2026-12-02',
      platform: 'Linux x86_64',
      packages: {},
      output: '',
    };
    expect(verificationSchema.safeParse({ ...base, node: '24.21.0' }).success).toBe(true);
    expect(verificationSchema.safeParse({ ...base, python: '3.11.7' }).success).toBe(true);
    expect(verificationSchema.safeParse(base).success).toBe(false);
    expect(verificationSchema.safeParse({ ...base, python: '3.11.7', node: '24.21.0' }).success).toBe(false);
  });

  it('runs Python and JavaScript snippets of current frameworks only', () => {
    const f = (stem: string, ext: string): SnippetFile => ({
      file: `c/snippets/t/${stem}.${ext}`,
      task: 't',
      stem,
      ext,
      text: '',
    });
    expect(
      runnableSnippets(
        [f('jax', 'py'), f('theano', 'py'), f('tensorflow-js', 'js'), f('deeplearning4j', 'java')],
        ['theano'],
      ).map((s) => s.stem),
    ).toEqual(['jax', 'tensorflow-js']);
  });

  it('counts warnings raised by the snippet’s own lines, not by libraries', () => {
    const stderr =
      '/p/jax.py:12: DeprecationWarning: old call\n  x = f()\n/venv/lib/x.py:3: UserWarning: noise\n';
    expect(warningsFrom(stderr, '/p/jax.py')).toEqual(['line 12: DeprecationWarning: old call']);
    expect(warningsFrom('', '/p/jax.py')).toEqual([]);
  });

  it('hashes text the same whatever the line endings', () => {
    expect(snippetHash('a\r\nb\n')).toBe(snippetHash('a\nb\n'));
    expect(snippetHash('a\nb\n')).not.toBe(snippetHash('a\nb'));
  });
});

describe('record paths', () => {
  it('put a snippet’s record beside the snippets folder, whatever the content folder', async () => {
    const { recordPathOf } = await import('../../../../src/lib/snippets/files');
    expect(
      recordPathOf({ file: 'content/snippets/define-mlp/jax.py', task: 'define-mlp', stem: 'jax' }),
    ).toBe('content/verification/define-mlp/jax.json');
    expect(recordPathOf({ file: 'tests/fixtures/x/snippets/t/a.py', task: 't', stem: 'a' })).toBe(
      'tests/fixtures/x/verification/t/a.json',
    );
  });
});
