import { describe, expect, it } from 'vitest';
import {
  columnsFor,
  formatDiff,
  interchangeFileName,
  interchangeMatrix,
  matrixSummary,
  recordChanged,
} from '../../../src/lib/interchange';
import { interchangeRecordSchema, type InterchangeRecord } from '../../../src/schemas/interchange';

const record = (over: Partial<InterchangeRecord> = {}): InterchangeRecord => ({
  source: 'pytorch',
  format: 'onnx',
  runtime: 'onnx-runtime',
  exporter: 'torch.onnx.export (dynamo)',
  status: 'works',
  maxAbsDiff: 1.2e-7,
  tolerance: 1e-5,
  versions: { torch: '2.13.0+cpu', onnxruntime: '1.32.0' },
  python: '3.11.7',
  program: 'a'.repeat(64),
  verifiedAt: '2026-12-01',
  seconds: { export: 15.9, run: 0.2 },
  ...over,
});

describe('interchangeMatrix', () => {
  const records = [
    record(),
    record({
      source: 'keras',
      format: 'tflite',
      runtime: 'litert',
      status: 'fails',
      stage: 'load',
      error: 'ValueError: x',
      maxAbsDiff: undefined,
      versions: { keras: '3.15.1', 'ai-edge-litert': '2.3.0' },
    }),
    record({ source: 'jax', verifiedAt: '2026-12-02', versions: { torch: '2.14.1' } }),
  ];

  it('has a row per source and a column per format, in registry order', () => {
    const m = interchangeMatrix(records);
    expect(m.rows.map((r) => r.source)).toEqual(['pytorch', 'tensorflow', 'keras', 'jax']);
    expect(m.columns.map((c) => `${c.format}>${c.runtime}`)).toEqual([
      'onnx>onnx-runtime',
      'pte>executorch',
      'tflite>litert',
      'savedmodel>tensorflow',
    ]);
  });

  it('puts each record in its cell and leaves routes without an exporter empty', () => {
    const m = interchangeMatrix(records);
    const keras = m.rows.find((r) => r.source === 'keras')!;
    expect(keras.cells.map((c) => c.record?.status)).toEqual([undefined, undefined, 'fails', undefined]);
    expect(m.works).toBe(2);
    expect(m.fails).toBe(1);
    expect(m.verifiedAt).toBe('2026-12-02');
  });

  it('lists every version seen, several when records disagree', () => {
    const m = interchangeMatrix(records);
    expect(m.versions).toContainEqual(['torch', ['2.13.0+cpu', '2.14.1']]);
    expect(m.versions.map(([d]) => d)).toEqual(['ai-edge-litert', 'keras', 'onnxruntime', 'torch']);
  });

  it("keeps a runtime's own columns for its profile and the format's column for ONNX", () => {
    expect(columnsFor('executorch').map((c) => c.format)).toEqual(['pte']);
    expect(columnsFor('onnx').map((c) => c.format)).toEqual(['onnx']);
    expect(columnsFor('onnx-runtime').map((c) => c.format)).toEqual(['onnx']);
    expect(columnsFor('mlx')).toEqual([]);
    const m = interchangeMatrix(records, 'litert');
    expect(m.works + m.fails).toBe(1);
  });
});

describe('recordChanged', () => {
  it('ignores timings and the date, so a rerun leaves the file alone', () => {
    expect(recordChanged(record(), record({ seconds: { export: 99 }, verifiedAt: '2027-01-01' }))).toBe(
      false,
    );
  });
  it('sees a new version, a difference beyond the tolerance, or a status', () => {
    expect(recordChanged(record(), record({ versions: { torch: '2.14.1', onnxruntime: '1.32.0' } }))).toBe(
      true,
    );
    expect(recordChanged(record(), record({ maxAbsDiff: 2e-5 }))).toBe(true);
    expect(recordChanged(record(), record({ tolerance: 1e-6 }))).toBe(true);
    expect(recordChanged(undefined, record())).toBe(true);
  });
  it('keeps the record when the difference moves inside the tolerance (another CPU rounds otherwise)', () => {
    expect(recordChanged(record({ maxAbsDiff: 0 }), record({ maxAbsDiff: 1.1920928955078125e-7 }))).toBe(
      false,
    );
  });
  it('does not care about key order', () => {
    expect(
      recordChanged(record(), record({ versions: { onnxruntime: '1.32.0', torch: '2.13.0+cpu' } })),
    ).toBe(false);
  });
});

describe('formatDiff and file names', () => {
  it('reads as 0 or two significant digits', () => {
    expect(formatDiff(0)).toBe('0');
    expect(formatDiff(2.384185791015625e-7)).toBe('2.4e-7');
    expect(formatDiff(0.03)).toBe('3.0e-2');
  });
  it('names a record after source, format and runtime', () => {
    expect(interchangeFileName(record())).toBe('pytorch--onnx--onnx-runtime.json');
  });
});

describe('interchangeRecordSchema', () => {
  it('accepts a working and a failing record', () => {
    expect(interchangeRecordSchema.safeParse(record()).success).toBe(true);
    const fails = record({
      status: 'fails',
      stage: 'export',
      error: 'ModuleNotFoundError',
      maxAbsDiff: undefined,
    });
    expect(interchangeRecordSchema.safeParse(fails).success).toBe(true);
  });
  it('rejects a "works" beyond its tolerance and a failure without its stage', () => {
    expect(interchangeRecordSchema.safeParse(record({ maxAbsDiff: 1e-3 })).success).toBe(false);
    expect(interchangeRecordSchema.safeParse(record({ status: 'fails', error: 'x' })).success).toBe(false);
  });
});

describe('matrixSummary', () => {
  it('agrees in number', () => {
    expect(matrixSummary(11, 1)).toBe('11 of 12 routes work; 1 fails.');
    expect(matrixSummary(1, 0)).toBe('1 of 1 route works.');
    expect(matrixSummary(0, 2)).toBe('0 of 2 routes work; 2 fail.');
  });
});
