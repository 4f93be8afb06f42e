import { describe, expect, it } from 'vitest';
import { importedModules, runnableSnippets, warningsFrom } from '../../../../src/lib/snippets/verify';
import { snippetHash } from '../../../../src/lib/snippets/hash';
import type { SnippetFile } from '../../../../src/lib/snippets/files';

describe('snippet verification helpers', () => {
  it('finds the top-level modules a Python file imports', () => {
    const text =
      'import os\nimport jax.numpy as jnp, optax\nfrom flax import nnx\n    import torch  # inside a function\nx = "import fake"\n';
    expect(importedModules(text)).toEqual(['flax', 'jax', 'optax', 'os', 'torch']);
  });

  it('runs Python snippets of current frameworks only', () => {
    const f = (stem: string, ext: string): SnippetFile => ({
      file: `c/snippets/t/${stem}.${ext}`,
      task: 't',
      stem,
      ext,
      text: '',
    });
    expect(
      runnableSnippets([f('jax', 'py'), f('theano', 'py'), f('tensorflow-js', 'js')], ['theano']).map(
        (s) => s.stem,
      ),
    ).toEqual(['jax']);
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
