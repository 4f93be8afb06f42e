import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatRelease,
  listItems,
  listOf,
  scriptLanguageOf,
  yearOf,
} from '../../../src/lib/format';

describe('format', () => {
  it('writes dates as exact as they are', () => {
    expect(formatDate('2019-09-30')).toBe('30 September 2019');
    expect(formatDate('2019-09')).toBe('September 2019');
    expect(formatDate('2019')).toBe('2019');
  });
  it('gives every version its date', () => {
    expect(formatRelease({ version: '2.0', date: '2019-09-30' })).toBe('2.0 (30 September 2019)');
    expect(formatRelease({ date: '2012-01' })).toBe('January 2012');
  });
  it('lists with commas and "and"', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['Python'])).toBe('Python');
    expect(listOf(['Python', 'C++'])).toBe('Python and C++');
    expect(listOf(['Python', 'C++', 'Java'])).toBe('Python, C++ and Java');
    expect(listItems(['a', 'b', 'c']).map((p) => p.before)).toEqual(['', ', ', ' and ']);
  });
  it('names the language of a name in another script, and leaves Latin names to the page', () => {
    expect(scriptLanguageOf('昇思')).toBe('zh');
    expect(scriptLanguageOf('チェイナー')).toBe('ja');
    expect(scriptLanguageOf('텐서')).toBe('ko');
    expect(scriptLanguageOf('MindSpore Lite')).toBeUndefined();
  });
  it('reads the year', () => expect(yearOf('2016-09')).toBe(2016));
});
