import { describe, expect, it } from 'vitest';
import { predecessorsOf, relationsOf, sortFrameworks, sourceNumbers } from '../../../src/lib/frameworks';
import { makeFramework } from '../../helpers/factory';

const mk = (id: string, date: string, name?: string) =>
  makeFramework(id, { name: name ?? id, firstRelease: { date, sources: ['release-notes'] } });

describe('sortFrameworks', () => {
  const list = [
    mk('keras', '2015-03', 'Keras'),
    mk('jax', '2018-12', 'JAX'),
    mk('caffe', '2014-03', 'Caffe'),
    mk('chainer', '2015-06', 'chainer'),
  ];
  it('sorts by name, ignoring case', () => {
    expect(sortFrameworks(list, 'name').map((f) => f.id)).toEqual(['caffe', 'chainer', 'jax', 'keras']);
  });
  it('sorts by first release, oldest first, with partial dates', () => {
    expect(sortFrameworks(list, 'first-release').map((f) => f.id)).toEqual([
      'caffe',
      'keras',
      'chainer',
      'jax',
    ]);
  });
  it('does not mutate its input', () => {
    const before = list.map((f) => f.id);
    sortFrameworks(list, 'first-release');
    expect(list.map((f) => f.id)).toEqual(before);
  });
});

describe('relations', () => {
  const keras = makeFramework('keras', {
    relations: [
      { type: 'built-on', target: 'jax', sources: ['repo-readme'] },
      { type: 'built-on', target: 'gone', sources: ['repo-readme'] },
    ],
  });
  const jax = makeFramework('jax');
  const theano = makeFramework('theano', {
    status: { value: 'superseded', since: '2017-09', successor: 'pytensor', sources: ['repo-readme'] },
  });
  const pytensor = makeFramework('pytensor');
  const all = [keras, jax, theano, pytensor];

  it('shows a relation on both ends with the inverse label', () => {
    expect(relationsOf('keras', all).map((r) => [r.label, r.other.id, r.inverse])).toEqual([
      ['Built on', 'jax', false],
    ]);
    expect(relationsOf('jax', all).map((r) => [r.label, r.other.id, r.inverse])).toEqual([
      ['Foundation for', 'keras', true],
    ]);
  });
  it('finds predecessors by successor', () => {
    expect(predecessorsOf('pytensor', all).map((f) => f.id)).toEqual(['theano']);
    expect(predecessorsOf('jax', all)).toEqual([]);
  });
});

describe('sourceNumbers', () => {
  it('numbers sources in file order from 1', () => {
    const n = sourceNumbers(makeFramework('x').data.sources);
    expect([...n.entries()]).toEqual([
      ['repo-readme', 1],
      ['release-notes', 2],
      ['licence-file', 3],
      ['install-docs', 4],
    ]);
  });
});
