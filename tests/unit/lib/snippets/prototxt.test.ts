import { describe, expect, it } from 'vitest';
import { parseTextFormat, TextFormatError } from '../../../../src/lib/snippets/prototxt';

describe('parseTextFormat', () => {
  it('reads scalars, nested messages, angle brackets, lists, negative numbers and adjacent strings', () => {
    const fields = parseTextFormat(
      'name: "a" "b"\nlayer < type: "ReLU" bottom: "x" >\nshape { dim: [1, 20] }\nbase_lr: -1.5e-2;\nphase: TEST,\n[ext.field]: 3\n',
    );
    expect(fields.map((f) => f.name)).toEqual(['name', 'layer', 'shape', 'base_lr', 'phase', '[ext.field]']);
    expect(fields[0].value).toBe('"a""b"');
    expect(fields[2].value).toEqual([{ name: 'dim', line: 3, value: ['1', '20'] }]);
    expect(fields[3].value).toBe('-1.5e-2');
  });

  it.each([
    ['name: "unclosed\n', 1, 7],
    ['a: 1\nb: 2x\n', 2, 4],
    ['a { b: 1 ]', 1, 10],
    ['a: {', 1, 5],
    ['a: -foo', 1, 5],
    ['a: 1 @', 1, 6],
  ])('reports %j at %i:%i', (text, line, column) => {
    try {
      parseTextFormat(text);
      expect.unreachable('should have thrown');
    } catch (err) {
      expect(err).toBeInstanceOf(TextFormatError);
      expect([(err as TextFormatError).line, (err as TextFormatError).column]).toEqual([line, column]);
    }
  });
});
