import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { beforeAll, describe, expect, it } from 'vitest';
import SupportValue from '../../src/components/framework/SupportValue.astro';
import StatusBanner from '../../src/components/framework/StatusBanner.astro';
import Cite from '../../src/components/framework/Cite.astro';
import Profile from '../../src/components/framework/Profile.astro';
import FrameworkIndex from '../../src/components/framework/FrameworkIndex.astro';
import { makeFramework } from '../helpers/factory';
import { allFrameworks } from '../../src/collections';

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});
const numbers = new Map([
  ['docs', 1],
  ['notes', 2],
]);

describe('SupportValue', () => {
  it('says every state in words, not colour alone', async () => {
    const labels = {
      yes: 'Yes',
      partial: 'Partial',
      no: 'No',
      unknown: 'Unknown',
      'not-applicable': 'Not applicable',
    } as const;
    for (const [value, label] of Object.entries(labels)) {
      const html = await container.renderToString(SupportValue, {
        props: { cell: { value, note: 'Because.', sources: value === 'unknown' ? [] : ['docs'] }, numbers },
      });
      expect(html).toContain(`</span> ${label}</span>`);
    }
  });

  it('never renders unknown as no', async () => {
    const html = await container.renderToString(SupportValue, {
      props: { cell: { value: 'unknown', sources: [] }, numbers },
    });
    expect(html).toContain('Unknown');
    expect(html).not.toMatch(/>\s*No\s*</);
  });

  it('shows how, since, until, the note and numbered sources', async () => {
    const html = await container.renderToString(SupportValue, {
      props: {
        cell: {
          value: 'yes',
          via: 'ROCm builds',
          since: '1.8',
          until: '2.4',
          note: 'Linux only.',
          sources: ['notes'],
        },
        numbers,
      },
    });
    expect(html).toContain('via ROCm builds');
    expect(html).toContain('since 1.8, until 2.4');
    expect(html).toContain('Linux only.');
    expect(html).toContain('href="#source-notes" aria-label="source 2"');
  });

  it('renders markup in data as text', async () => {
    const html = await container.renderToString(SupportValue, {
      props: {
        cell: { value: 'partial', note: '<script>alert(1)</script><b>bold</b>', sources: ['docs'] },
        numbers,
      },
    });
    expect(html).not.toContain('<script>alert(1)');
    expect(html).not.toContain('<b>bold</b>');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('Cite', () => {
  it('skips ids without a number and names the links', async () => {
    const html = await container.renderToString(Cite, { props: { ids: ['docs', 'missing'], numbers } });
    expect(html).toContain('aria-label="source 1"');
    expect(html).not.toContain('missing');
  });
});

describe('StatusBanner', () => {
  it('links the successor of a superseded framework', async () => {
    const old = makeFramework('theano', {
      status: { value: 'superseded', since: '2017-09-28', successor: 'pytensor', sources: ['repo-readme'] },
    });
    const html = await container.renderToString(StatusBanner, {
      props: {
        framework: old,
        successor: makeFramework('pytensor', { name: 'PyTensor' }),
        numbers: new Map([['repo-readme', 1]]),
      },
    });
    expect(html).toContain('Superseded since 28 September 2017');
    expect(html).toMatch(/href="\/frameworks\/pytensor\/"[^>]*>PyTensor</);
  });
});

describe('Profile', () => {
  it('renders every section of a real profile with its sources', async () => {
    const all = await allFrameworks();
    const theano = all.find((f) => f.id === 'theano')!;
    const html = await container.renderToString(Profile, {
      props: { framework: theano, all },
      request: new Request('https://x.test/frameworks/theano/'),
    });
    for (const id of ['facts', 'hardware', 'deployment', 'editorial', 'history', 'sources'])
      expect(html).toContain(`id="${id}"`);
    expect(html.match(/<li id="source-/g)).toHaveLength(theano.data.sources.length);
    expect(html).toContain('Opinion, not fact');
    expect(html).toContain('/edit/main/content/frameworks/theano.yaml');
    expect(html).toContain('/issues/new?title=Problem');
    expect(html).toContain('role="note"');
  });
});

describe('FrameworkIndex', () => {
  it('marks the current sort and orders the cards', async () => {
    const list = [makeFramework('beta', { name: 'Beta' }), makeFramework('alpha', { name: 'Alpha' })];
    const html = await container.renderToString(FrameworkIndex, {
      props: { frameworks: list, sort: 'name' },
    });
    expect(html.indexOf('>Alpha<')).toBeLessThan(html.indexOf('>Beta<'));
    expect(html).toMatch(/aria-current="page"[^>]*>Name</);
  });
});
