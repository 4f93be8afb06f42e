import { describe, expect, it } from 'vitest';
import { packagesSchema } from '../../../src/schemas/packages';

describe('packages', () => {
  it('accepts PyPI and scoped npm names, or a reason for none', () => {
    expect(
      packagesSchema.safeParse({ pypi: ['ai-edge-litert', 'Theano'], npm: ['@tensorflow/tfjs'] }).success,
    ).toBe(true);
    expect(packagesSchema.safeParse({ none: 'Rust crates on crates.io.' }).success).toBe(true);
  });

  it('rejects nothing at all, both a list and none, and bad names', () => {
    expect(packagesSchema.safeParse({}).success).toBe(false);
    expect(packagesSchema.safeParse({ pypi: ['torch'], none: 'why' }).success).toBe(false);
    expect(packagesSchema.safeParse({ npm: ['TensorFlow/tfjs'] }).success).toBe(false);
    expect(packagesSchema.safeParse({ pypi: ['-torch'] }).success).toBe(false);
  });

  it('lets `known` name only a listed package', () => {
    const known = [{ package: 'mindspore', version: '2.10.0', reason: 'PyPI lags the release channel.' }];
    expect(packagesSchema.safeParse({ pypi: ['mindspore'], known }).success).toBe(true);
    const result = packagesSchema.safeParse({ pypi: ['mindspore-gpu'], known });
    expect(result.error?.issues[0].path).toEqual(['known', 0, 'package']);
  });
});
