/**
 * The comparisons the home page offers first. An editorial choice (the site has no traffic
 * data): the pairs readers of "X vs Y" posts ask about most, across kinds: training frameworks,
 * high-level APIs, Apple silicon, on-device runtimes and interchange. Each id must name a
 * framework file; tests/content/frameworks.test.ts checks it, and the page links each pair
 * through its canonical slug, so order within a pair does not matter.
 */
export const FEATURED_PAIRS: readonly (readonly [string, string])[] = [
  ['jax', 'pytorch'],
  ['pytorch', 'tensorflow'],
  ['keras', 'pytorch'],
  ['jax', 'tensorflow'],
  ['pytorch', 'pytorch-lightning'],
  ['mlx', 'pytorch'],
  ['executorch', 'litert'],
  ['onnx-runtime', 'executorch'],
  ['tensorflow', 'tensorflow-js'],
  ['flax', 'jax'],
];
