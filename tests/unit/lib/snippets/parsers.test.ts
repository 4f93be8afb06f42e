import { describe, expect, it } from 'vitest';
import { loadParsers } from '../../../../src/lib/snippets/parsers';

const parse = await loadParsers();

describe('snippet parsers', () => {
  it.each([
    ['py', 'import numpy as np\n\ndef f(x):\n    return np.tanh(x) ** 2\n\nprint(f(1.0))\n'],
    [
      'js',
      'import * as tf from "@tensorflow/tfjs";\nconst m = tf.sequential();\nawait m.fit(x, y, { epochs: 2 });\n',
    ],
    ['java', 'public class A {\n  public static void main(String[] args) {\n    int x = 1;\n  }\n}\n'],
    [
      'rs',
      'fn main() -> Result<(), String> {\n    let x = vec![1, 2];\n    println!("{:?}", x);\n    Ok(())\n}\n',
    ],
    [
      'prototxt',
      'name: "mlp"  # a comment\nlayer {\n  name: "fc1"\n  type: "InnerProduct"\n  inner_product_param { num_output: 64 }\n}\n',
    ],
  ] as const)('accepts valid %s', (ext, text) => expect(parse(ext, text)).toEqual([]));

  it.each([
    ['py', 'import numpy as np\n\ndef f(x:\n    return x\n', 3],
    ['py', 'x = 1\nprint "old"\n', 2],
    ['js', 'const a = 1;\nconst b = ;\n', 2],
    ['java', 'public class A {\n  void f() {\n    int x = ;\n  }\n}\n', 3],
    ['rs', 'fn main() {\n    let x = 1\n    let y = 2;\n}\n', 2],
    ['prototxt', 'layer {\n  name: "fc1"\n  type "InnerProduct"\n}\n', 3],
    ['prototxt', 'layer {\n  name: "fc1"\n', 3],
  ] as const)('rejects broken %s with the line of the error (%#)', (ext, text, line) => {
    const problems = parse(ext, text);
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(line);
    expect(problems[0].message.length).toBeGreaterThan(5);
  });
});
