import { describe, expect, it } from 'vitest';
import { compareVersions, isBefore, isPreRelease } from '../../../../src/lib/checks/date-order';
import { findCycles } from '../../../../src/lib/checks/lineage';
import { nameKey } from '../../../../src/lib/checks/identity';
import { routeMatcher, routeOf } from '../../../../src/lib/checks/routes';
import { componentIds, internalLinks, proseOf } from '../../../../src/lib/checks/articles';

describe('date and version order', () => {
  it('compares partial dates at the coarser precision', () => {
    expect(isBefore('2019-08', '2019-09-30')).toBe(true);
    expect(isBefore('2019', '2019-09-30')).toBe(false);
    expect(isBefore('2019-09-30', '2019')).toBe(false);
    expect(isBefore('2018-12-31', '2019')).toBe(true);
  });
  it('tells pre-releases from releases', () => {
    for (const v of ['4.23.0-rc.0', '2.0.0b1', '0.5.dev3', '1.0.0-M2.1', '3.0rc1', '2.1a2'])
      expect(isPreRelease(v), v).toBe(true);
    for (const v of ['4.22.0', '2.15', '1.0.0', '0.12.12', '2.7.post2'])
      expect(isPreRelease(v), v).toBe(false);
  });
  it('compares dotted versions numerically', () => {
    expect(compareVersions('2.10', '2.9')).toBe(1);
    expect(compareVersions('v1.0.0', '1.0')).toBe(0);
    expect(compareVersions('0.0.9', '0.1')).toBe(-1);
    expect(compareVersions('nightly', '1.0')).toBeUndefined();
  });
});

describe('lineage cycles', () => {
  const edge = (from: string, to: string) => ({ from, to, file: `${from}.yaml`, text: '', path: [] });
  it('finds each loop once, however long', () => {
    const cycles = findCycles([edge('a', 'b'), edge('b', 'c'), edge('c', 'a'), edge('c', 'd')]);
    expect(cycles.map((c) => c.map((e) => e.from).join(''))).toEqual(['abc']);
  });
  it('finds none in a chain or a diamond', () => {
    expect(findCycles([edge('a', 'b'), edge('a', 'c'), edge('b', 'd'), edge('c', 'd')])).toEqual([]);
  });
});

describe('names', () => {
  it('ignores case, spaces and punctuation but keeps + and #', () => {
    expect(nameKey('TF.js')).toBe(nameKey('tfjs'));
    expect(nameKey('PyTorch Lightning')).toBe(nameKey('pytorch-lightning'));
    expect(nameKey('C++')).not.toBe(nameKey('C'));
  });
});

describe('routes from page files', () => {
  const exists = routeMatcher(
    [
      'index.astro',
      'frameworks/[id].astro',
      'compare/[pair].astro',
      'code/[task]/[file].ts',
      'robots.txt.ts',
      'data/index.astro',
    ],
    ['favicon.svg'],
    { id: new Set(['jax']), pair: new Set(['jax-vs-pytorch']), task: new Set(['define-mlp']) },
  );
  it('turns file names into routes', () => {
    expect(routeOf('frameworks/index.astro')).toEqual(['frameworks']);
    expect(routeOf('robots.txt.ts')).toEqual(['robots.txt']);
    expect(routeOf('index.astro')).toEqual([]);
  });
  it('accepts known pages with or without a trailing slash, query or fragment', () => {
    for (const path of [
      '/',
      '/frameworks/jax/',
      '/frameworks/jax',
      '/compare/jax-vs-pytorch/?x=1',
      '/data/#top',
      '/favicon.svg',
      '/robots.txt',
      '/code/define-mlp/pytorch.py',
    ])
      expect(exists(path), path).toBe(true);
  });
  it('rejects unknown ids and pages', () => {
    for (const path of ['/frameworks/ghost/', '/compare/jax-vs-ghost/', '/nowhere/', '/code/ghost/x.py'])
      expect(exists(path), path).toBe(false);
  });
});

describe('guide prose', () => {
  const text =
    '---\ntitle: x\n---\n[a](/frameworks/jax/) `[b](/inline/)`\n```\n[c](/fenced/)\n```\n<FrameworkLink id="jax" /> <SupportCell framework="pytorch" cell="cuda" /> <TaskCode task="define-mlp" frameworks="jax, pytorch" />\n';
  it('skips code when finding links', () => {
    expect(internalLinks(proseOf(text)).map((l) => l.href)).toEqual(['/frameworks/jax/']);
  });
  it('finds ids in component props', () => {
    expect(componentIds(proseOf(text)).map((c) => `${c.kind}:${c.value}`)).toEqual([
      'framework:jax',
      'framework:pytorch',
      'task:define-mlp',
      'framework:jax',
      'framework:pytorch',
    ]);
  });
});
