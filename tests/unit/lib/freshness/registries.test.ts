import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  newestStable,
  newestStableNpm,
  newestStablePypi,
  RegistryShapeError,
  registryUrl,
} from '../../../../src/lib/freshness/registries';

/** Responses recorded from the registries on 2026-12-02 and trimmed (each file's `_recorded` says how). */
const recorded = (path: string): unknown =>
  JSON.parse(readFileSync(`tests/fixtures/registry/${path}`, 'utf8'));

describe('PyPI responses', () => {
  it('finds the newest stable release and the day of its first upload (pytensor 3.3.8)', () => {
    expect(newestStablePypi('pytensor', recorded('pypi/pytensor.json'))).toEqual({
      registry: 'pypi',
      package: 'pytensor',
      version: '3.3.8',
      date: '2026-11-07',
      url: 'https://pypi.org/project/pytensor/3.3.8/',
    });
  });

  it('orders by version, not by the order of the keys (torch 2.15.0)', () => {
    expect(newestStablePypi('torch', recorded('pypi/torch.json'))).toMatchObject({
      version: '2.15.0',
      date: '2026-10-28',
    });
  });

  it('skips release candidates newer than the newest stable (keras 2.9.0rc2 → 2.8.0)', () => {
    expect(newestStablePypi('keras', recorded('pypi/keras.json'))).toMatchObject({
      version: '2.8.0',
      date: '2022-01-31',
    });
  });

  it('skips a version whose files are all yanked (jax 0.4.32 → 0.4.31)', () => {
    expect(newestStablePypi('jax', recorded('pypi/jax.json'))).toMatchObject({
      version: '0.4.31',
      date: '2024-07-30',
    });
  });

  it('counts a post-release as the newest (cntk 2.7.post2)', () => {
    expect(newestStablePypi('cntk', recorded('pypi/cntk.json'))).toMatchObject({ version: '2.7.post2' });
  });

  it('has nothing to say about a package with only pre-releases, and rejects a foreign shape', () => {
    expect(
      newestStablePypi('x', { releases: { '1.0rc1': [{ upload_time_iso_8601: '2026-01-01T00:00:00Z' }] } }),
    ).toBeUndefined();
    expect(() => newestStablePypi('x', { info: {} })).toThrow(RegistryShapeError);
  });
});

describe('npm responses', () => {
  it('skips pre-releases and orders numerically (onnxruntime-web 1.30.0, not 1.9.0 or 1.31.0-dev)', () => {
    expect(newestStableNpm('onnxruntime-web', recorded('npm/onnxruntime-web.json'))).toMatchObject({
      version: '1.30.0',
      url: 'https://www.npmjs.com/package/onnxruntime-web/v/1.30.0',
    });
  });

  it('finds @tensorflow/tfjs 4.22.0 past the 4.23.0-rc.0 of January 2025', () => {
    expect(newestStableNpm('@tensorflow/tfjs', recorded('npm/tfjs.json'))).toMatchObject({
      version: '4.22.0',
    });
  });

  it('distrusts the times of a response without time.created (a mirror re-stamped them)', () => {
    expect(newestStableNpm('@tensorflow/tfjs', recorded('npm/tfjs.json'))?.dateCaveat).toMatch(
      /time\.created/,
    );
    // The same response as the public registry writes it: with time.created, the date is trusted.
    const body = recorded('npm/tfjs.json') as { time: Record<string, string> };
    const withCreated = { ...body, time: { ...body.time, created: '2018-03-30T00:00:00.000Z' } };
    expect(newestStable('npm', '@tensorflow/tfjs', withCreated)).toMatchObject({ date: '2024-12-11' });
    expect(newestStable('npm', '@tensorflow/tfjs', withCreated)?.dateCaveat).toBeUndefined();
  });

  it('rejects a response without versions and times', () => {
    expect(() => newestStableNpm('x', { name: 'x' })).toThrow(RegistryShapeError);
  });
});

describe('registry URLs', () => {
  it('encodes the slash of a scoped npm name', () => {
    expect(registryUrl('npm', '@tensorflow/tfjs')).toBe('https://registry.npmjs.org/@tensorflow%2Ftfjs');
    expect(registryUrl('pypi', 'ai-edge-litert')).toBe('https://pypi.org/pypi/ai-edge-litert/json');
  });
});
