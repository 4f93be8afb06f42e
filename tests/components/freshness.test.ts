import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import VerifiedNotice from '../../src/components/framework/VerifiedNotice.astro';
import ChangeList from '../../src/components/framework/ChangeList.astro';
import { withIds } from '../../src/lib/changes';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

describe('VerifiedNotice', () => {
  it('tells readers when the facts were last checked more than 120 days before the build', async () => {
    const html = await container.renderToString(VerifiedNotice, {
      props: { lastVerified: '2026-08-03', today: '2026-12-02', reportUrl: 'https://example.org/report' },
    });
    expect(html).toContain('Not checked for 121 days.');
    expect(html).toMatch(/<time datetime="2026-08-03"[^>]*>3 August 2026<\/time>/);
    expect(html).toMatch(/built on <time datetime="2026-12-02"[^>]*>2 December 2026<\/time>/);
    expect(html).toContain('role="note"');
  });

  it('says nothing up to 120 days', async () => {
    const html = await container.renderToString(VerifiedNotice, {
      props: { lastVerified: '2026-08-04', today: '2026-12-02', reportUrl: 'https://example.org/report' },
    });
    expect(html).not.toContain('Not checked');
  });
});

describe('ChangeList', () => {
  const changes = withIds([
    {
      date: '2026-12-02',
      framework: 'alpha',
      field: 'latestRelease',
      old: '1.0 (2026-10)',
      new: '1.1 (2026-11-20)',
      reason: 'A new release.',
      sources: [{ title: 'alpha 1.1 on PyPI', url: 'https://pypi.org/project/alpha/1.1/' }],
    },
  ]);

  it('says old and new in words for screen readers, not only by strike-through and an arrow', async () => {
    const html = await container.renderToString(ChangeList, { props: { changes } });
    expect(html).toMatch(/Changed from <\/span>\s*<del[^>]*>1\.0 \(2026-10\)<\/del>/);
    expect(html).toMatch(/>to<\/span> <ins[^>]*>1\.1 \(2026-11-20\)<\/ins>/);
    expect(html).toContain('2 December 2026');
    expect(html).not.toContain('id="2026-12-02-alpha-latestrelease"');
  });

  it('gives entries their ids on /changes/ only', async () => {
    const html = await container.renderToString(ChangeList, {
      props: { changes, dated: false, anchored: true },
    });
    expect(html).toContain('id="2026-12-02-alpha-latestrelease"');
    expect(html).not.toContain('2 December 2026');
  });
});
