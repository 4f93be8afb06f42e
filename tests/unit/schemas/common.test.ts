import { describe, expect, it } from 'vitest';
import { httpsUrl, isValidPartialDate, normalizePartialDate, partialDate } from '../../../src/schemas/common';

describe('partial dates', () => {
  it.each(['2019', '2019-09', '2019-09-30', '2024-02-29'])('accepts %s', (d) =>
    expect(isValidPartialDate(d)).toBe(true),
  );
  it.each(['2019-13', '2019-00', '2019-02-30', '2023-02-29', '19', '2019/09/30', '2019-9-30', '1900'])(
    'rejects %s',
    (d) => expect(isValidPartialDate(d)).toBe(false),
  );
  it('normalizes what YAML hands over: a Date at UTC midnight and a bare year', () => {
    expect(normalizePartialDate(new Date('2019-09-30T00:00:00Z'))).toBe('2019-09-30');
    expect(normalizePartialDate(2015)).toBe('2015');
    expect(normalizePartialDate('2015-11')).toBe('2015-11');
  });
  it('parses through the schema and reports a fix', () => {
    expect(partialDate.parse(2016)).toBe('2016');
    const r = partialDate.safeParse('2016-02-31');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('https URLs', () => {
  it('accepts https and rejects http, ftp and junk', () => {
    expect(httpsUrl.safeParse('https://pytorch.org/').success).toBe(true);
    expect(httpsUrl.safeParse('http://pytorch.org/').success).toBe(false);
    expect(httpsUrl.safeParse('ftp://example.org/x').success).toBe(false);
    expect(httpsUrl.safeParse('javascript:alert(1)').success).toBe(false);
    expect(httpsUrl.safeParse('pytorch.org').success).toBe(false);
  });
});
