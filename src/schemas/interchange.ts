import { z } from 'astro/zod';
import { keysOf } from '../data/registry.ts';
import { INTERCHANGE_FORMATS, INTERCHANGE_SOURCES, INTERCHANGE_STAGES } from '../data/interchange.ts';
import { kebabId } from './common.ts';

const RERUN = 'Run `npm run verify:interchange`, which writes these records, instead of editing them by hand';

/**
 * One cell of the interchange matrix (content/interchange/<source>--<format>--<runtime>.json),
 * written by `npm run verify:interchange`: the shared MLP built in `source`, exported to
 * `format` and run in `runtime`, compared with the source framework's own output.
 */
export const interchangeRecordSchema = z
  .strictObject({
    /** The framework the model was built in (a framework id). */
    source: z.enum(keysOf(INTERCHANGE_SOURCES)),
    /** The exchange format the exporter wrote. */
    format: z.enum(keysOf(INTERCHANGE_FORMATS)),
    /** The runtime that loaded the file (a framework id; fixed by the format). */
    runtime: kebabId,
    /** The exporter's API, e.g. "torch.onnx.export (dynamo)". */
    exporter: z.string().min(3),
    /** Whether the file was written, loaded and gave the source's output within `tolerance`. */
    status: z.enum(['works', 'fails']),
    /** For a failure: where it broke. */
    stage: z.enum(keysOf(INTERCHANGE_STAGES)).optional(),
    /** Largest absolute difference from the source framework's output (when the runtime ran). */
    maxAbsDiff: z.number().nonnegative().optional(),
    /** The absolute tolerance a working cell stays within. */
    tolerance: z.number().positive(),
    /** For a failure: the error, trimmed, without machine paths. */
    error: z.string().min(1).optional(),
    /** Distribution → version of every package involved: source, exporter and runtime. */
    versions: z.record(z.string(), z.string()),
    /** Python version of the run, e.g. "3.11.7". */
    python: z.string(),
    /** SHA-256 of the programs in verify/interchange/ that produced the record. */
    program: z.string().regex(/^[0-9a-f]{64}$/),
    /** Day the record last changed, YYYY-MM-DD (a rerun with the same result keeps it). */
    verifiedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Wall-clock seconds of the export and of the runtime's load and run. */
    seconds: z.strictObject({ export: z.number().nonnegative(), run: z.number().nonnegative().optional() }),
  })
  .superRefine((r, ctx) => {
    if (r.status === 'works') {
      if (r.maxAbsDiff === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['maxAbsDiff'],
          message: 'A working cell needs its maxAbsDiff',
          params: { fix: RERUN },
        });
      else if (r.maxAbsDiff > r.tolerance)
        ctx.addIssue({
          code: 'custom',
          path: ['maxAbsDiff'],
          message: `maxAbsDiff ${r.maxAbsDiff} is above the tolerance ${r.tolerance}, so the cell does not work`,
          params: { fix: `Set status to "fails" with stage "compare", or better: ${RERUN}` },
        });
      if (r.error !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['error'],
          message: 'A working cell has no error',
          params: { fix: RERUN },
        });
    } else {
      if (r.error === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['error'],
          message: 'A failing cell needs its error text',
          params: { fix: RERUN },
        });
      if (r.stage === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['stage'],
          message: 'A failing cell needs the stage where it broke (export, load or compare)',
          params: { fix: RERUN },
        });
    }
  });
export type InterchangeRecord = z.infer<typeof interchangeRecordSchema>;
