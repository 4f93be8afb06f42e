import { describe, expect, it } from 'vitest';
import { editFileUrl, reportProblemUrl } from '../../../src/lib/links';

const repo = 'https://github.com/o/r';

describe('links', () => {
  it('opens the file in the web editor on the branch', () => {
    expect(editFileUrl(repo, 'main', 'content/frameworks/jax.yaml')).toBe(
      'https://github.com/o/r/edit/main/content/frameworks/jax.yaml',
    );
  });
  it('prefills a problem report with the framework, page, file and field', () => {
    const url = new URL(
      reportProblemUrl(repo, {
        framework: { name: 'JAX', id: 'jax' },
        page: 'https://x.test/frameworks/jax/',
        file: 'content/frameworks/jax.yaml',
        field: 'licence',
      }),
    );
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('Problem: JAX › licence');
    const body = url.searchParams.get('body')!;
    expect(body).toContain('Framework: JAX (`jax`)');
    expect(body).toContain('Page: https://x.test/frameworks/jax/');
    expect(body).toContain('Data file: `content/frameworks/jax.yaml`');
  });
  it('encodes characters that would break the query', () => {
    const url = reportProblemUrl(repo, { page: 'https://x.test/?a=1&b=2#c' });
    expect(new URL(url).searchParams.get('body')).toContain('Page: https://x.test/?a=1&b=2#c');
  });
});
