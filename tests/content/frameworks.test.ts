import { readdirSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { describe, expect, it } from 'vitest';
import { checkContent, formatIssues } from '../../src/lib/checks/index';
import { readContent } from '../../src/lib/content/read';
import { FEATURED_PAIRS } from '../../src/data/featured-pairs';

const content = readContent('.');
const { frameworks, issues } = await checkContent(content);
const byId = new Map(frameworks.map((f) => [f.stem, f.data!]));

describe('the real content', () => {
  it('passes every check', () => expect(formatIssues(issues)).toBe(''));

  it('features only pairs of two different, existing frameworks on the home page', () => {
    for (const [a, b] of FEATURED_PAIRS) {
      expect(byId.has(a), `featured pair names unknown framework "${a}" (src/data/featured-pairs.ts)`).toBe(true);
      expect(byId.has(b), `featured pair names unknown framework "${b}" (src/data/featured-pairs.ts)`).toBe(true);
      expect(a).not.toBe(b);
    }
  });

  it('profiles every framework the seed articles discuss', () => {
    const required = ['tensorflow', 'pytorch', 'keras', 'jax', 'caffe', 'caffe2', 'theano', 'deeplearning4j', 'cntk', 'mxnet', 'torch7', 'chainer'];
    expect(required.filter((id) => !byId.has(id))).toEqual([]);
  });

  it('is what Astro loads: same ids, none dropped or duplicated', async () => {
    const loaded = (await getCollection('frameworks')).map((e) => e.id).sort();
    const files = readdirSync('content/frameworks').filter((f) => !f.startsWith('_')).map((f) => f.replace(/\.ya?ml$/, '')).sort();
    expect(loaded).toEqual(files);
  });

  it('has every profile verified and sourced', () => {
    for (const [id, f] of byId) {
      expect(f.sources.length, `${id} sources`).toBeGreaterThanOrEqual(5);
      expect(f.history.length, `${id} history`).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('outdated claims from the seed articles stay out', () => {
  it('TensorFlow 2 runs eagerly by default', () => expect(byId.get('tensorflow')!.execution.default).toBe('eager'));

  it('Keras is a multi-backend API on JAX, TensorFlow and PyTorch', () => {
    const keras = byId.get('keras')!;
    expect(keras.kind).toBe('high-level-api');
    const builtOn = keras.relations.filter((r) => r.type === 'built-on').map((r) => r.target).sort();
    expect(builtOn).toEqual(['jax', 'pytorch', 'tensorflow']);
    expect(JSON.stringify(keras.languages)).not.toMatch(/theano|cntk/i);
  });

  it('PyTorch is stewarded by the PyTorch Foundation, not Facebook', () =>
    expect(byId.get('pytorch')!.organisation.current.value).toMatch(/PyTorch Foundation/));

  it('retired frameworks are not shown as active', () => {
    for (const id of ['theano', 'caffe', 'caffe2', 'cntk', 'mxnet', 'torch7', 'chainer']) {
      expect(byId.get(id)!.status.value, id).not.toBe('active');
    }
  });

  it('superseded frameworks name their successor', () => {
    expect(byId.get('theano')!.status.successor).toBe('pytensor');
    expect(byId.get('caffe2')!.status.successor).toBe('pytorch');
  });
});
