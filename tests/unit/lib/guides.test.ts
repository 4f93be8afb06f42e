import { describe, expect, it } from 'vitest';
import { fencesOf, guidesAbout, lineAt, proseOf, sentencesOf, wordCount } from '../../../src/lib/guides';

const MDX = `---
title: A guide
frameworks: [alpha]
---

Alpha <Release id="alpha" /> is [here](https://example.org/v2.0.0).

\`\`\`python
x = "2.0.0"
\`\`\`

- one item. Two sentences.
| a | b |
`;

describe('proseOf', () => {
  it('keeps length and lines, and blanks front matter, fences, tags and link targets', () => {
    const prose = proseOf(MDX);
    expect(prose.length).toBe(MDX.length);
    expect(prose.split('\n').length).toBe(MDX.split('\n').length);
    expect(prose).not.toContain('frameworks');
    expect(prose).not.toContain('Release');
    expect(prose).not.toContain('2.0.0');
    expect(prose).toContain('Alpha');
    expect(prose).toContain('[here]');
  });
});

describe('fencesOf', () => {
  it('finds a fence with its language and first code line', () => {
    expect(fencesOf(MDX)).toEqual([{ lang: 'python', code: 'x = "2.0.0"', line: 9 }]);
  });
});

describe('sentencesOf', () => {
  it('splits at full stops, list items and table rows', () => {
    const text = 'First one. Second one.\n- item\n| a | b |';
    expect(sentencesOf(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'First one.',
      'Second one.',
      '- item',
      '| a | b |',
    ]);
  });
});

it('lineAt counts lines from 1', () => {
  expect(lineAt('a\nb\nc', 0)).toBe(1);
  expect(lineAt('a\nb\nc', 4)).toBe(3);
});

it('wordCount counts words, versions and hyphenated words once', () => {
  expect(wordCount("PyTorch 2.15.0 isn't run-time magic — really")).toBe(6);
});

it('guidesAbout keeps the guides that list a framework', () => {
  const guides = [
    { id: 'a', data: { frameworks: ['jax'] } },
    { id: 'b', data: { frameworks: ['pytorch', 'jax'] } },
    { id: 'c', data: { frameworks: ['tensorflow'] } },
  ];
  expect(guidesAbout('jax', guides).map((g) => g.id)).toEqual(['a', 'b']);
});
