import { describe, expect, it } from 'vitest';
import { FATAL_LOG_LINES } from '../../../scripts/lib/build-log.mjs';

const fatal = (line: string) => FATAL_LOG_LINES.some((re) => re.test(line));

describe('strict build log', () => {
  it('fails on the data problems Astro only logs (exact lines from Astro 7.3)', () => {
    expect(
      fatal(
        '[ERROR] [content] Invalid content reference: entry "broken" in collection "frameworks" (field: related[0]) references "nonexistent"',
      ),
    ).toBe(true);
    expect(
      fatal('[ERROR] [file-loader] Item in ./content/criteria.yaml is missing an id or slug field.'),
    ).toBe(true);
    expect(
      fatal(
        '[WARN] [glob-loader] **frameworks** contains multiple entries with the same slug: `pytorch`. Slugs must be unique.',
      ),
    ).toBe(true);
    expect(fatal('[WARN] [content] Entry frameworks → nonexistent was not found.')).toBe(true);
  });
  it('lets known harmless warnings through', () => {
    expect(
      fatal(
        '[WARN] [vite] [MODULE_LEVEL_DIRECTIVE] The semantics of the module level directive "use astro:head-inject"',
      ),
    ).toBe(false);
    expect(
      fatal(
        '[WARN] [config] Shiki syntax highlighting uses inline styles that are not compatible with Content Security Policy (CSP)',
      ),
    ).toBe(false);
  });
});
