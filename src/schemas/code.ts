import { z } from 'astro/zod';
import { httpsUrl, kebabId } from './common.ts';
import { keysOf } from '../data/registry.ts';
import { SNIPPET_LANGUAGES } from '../data/snippet-languages.ts';

/** A value a snippet reports in its `RESULT {…}` line: a number, text, a flag or a (nested) list of numbers. */
export type ResultValue = number | string | boolean | null | ResultValue[];
export const resultValueSchema: z.ZodType<ResultValue> = z.lazy(() =>
  z.union([z.number(), z.string(), z.boolean(), z.null(), z.array(resultValueSchema)]),
);

/** A key of a snippet's RESULT object: snake_case, as the snippets print it. */
export const resultKey = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, { message: 'Not a snake_case result key (lower-case letters, digits, _)' });

/**
 * One observable result of a task: an exact value (with an absolute tolerance for numbers, applied
 * to every element of a list) or a threshold (`min` / `max`). Every runnable snippet must report it.
 */
export const expectationSchema = z
  .strictObject({
    key: resultKey,
    /** What the value is, in words, as the page shows it ("held-out accuracy"). */
    label: z.string().min(3),
    equals: resultValueSchema.optional(),
    /** Largest allowed absolute difference from `equals` (numbers and lists of numbers); 0 when absent. */
    tolerance: z.number().nonnegative().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((e) => e.equals !== undefined || e.min !== undefined || e.max !== undefined, {
    message: 'A result needs `equals` (an exact value) or a threshold (`min`, `max`)',
    params: { fix: 'Add `equals: <value>` with a `tolerance`, or `min:` / `max:`' },
  });
export type Expectation = z.infer<typeof expectationSchema>;

/**
 * What every snippet of a task must do and show: one data recipe, one model, one set of
 * hyperparameters, and the results `npm run verify:snippets` checks each run against.
 */
export const taskSpecSchema = z.strictObject({
  /**
   * True when every framework must produce the same numbers (no framework-specific random
   * initialisation or training): the page then says whether the recorded outputs agree.
   */
  deterministic: z.boolean(),
  /** The synthetic data every snippet reproduces: generator, seed, sizes, split. */
  data: z.string().min(10),
  /** The model: layers, sizes, activations, padding. */
  model: z.string().min(3),
  /** Optimizer and its non-default flags, learning rate, batch size, epochs or steps, … */
  hyperparameters: z.record(z.string().min(1), z.union([z.string(), z.number()])).default({}),
  results: z.array(expectationSchema).min(1),
  /**
   * Framework id → result key → why that framework cannot produce that result the same way
   * (no seedable RNG, no bfloat16 kernel on CPU, …). The key is then not checked for it, and
   * the page shows the reason.
   */
  allowedDifferences: z.record(kebabId, z.record(resultKey, z.string().min(10))).optional(),
});
export type TaskSpec = z.infer<typeof taskSpecSchema>;

/** One code task (content/tasks.yaml › tasks[]): the same job written in every framework. */
export const taskSchema = z.strictObject({
  /** Kebab-case; the folder content/snippets/<id>/ and the page /code/<id>/. */
  id: kebabId,
  /** Short, sentence case. */
  title: z.string().min(3),
  /** What every snippet for this task shows, in a sentence or two. */
  summary: z.string().min(20),
  /** Position on /code/, 1 first. */
  order: z.number().int().positive(),
  /** Framework id → why the task makes no sense for that framework (shown on the page). */
  notApplicable: z.record(kebabId, z.string().min(10)).optional(),
  /**
   * Framework id → why its snippet for this task, although the task applies, cannot be run and
   * verified on the machine the site is verified on (a CPU; e.g. a feature only on GPUs). Such a
   * cell still counts as not written yet; the reason is shown in its place.
   */
  notRunHere: z.record(kebabId, z.string().min(10)).optional(),
  /**
   * What every snippet must do and the results it must report (shown above the code). Optional
   * in the schema so a new task can be drafted; tests/unit/snippets/spec.test.ts requires one for
   * every task of content/tasks.yaml.
   */
  spec: taskSpecSchema.optional(),
});
export type Task = z.infer<typeof taskSchema>;

/**
 * A framework whose snippets are historical: written for its last release (the profile's
 * `latestRelease`, with its sources), parsed by the tests but not run.
 */
export interface Historical {
  release: string;
  date: string;
}

/** The whole of content/tasks.yaml. */
export const tasksFileSchema = z.strictObject({
  tasks: z.array(taskSchema).min(1),
  /** Frameworks no longer developed whose snippets target their last release (the profile's latestRelease). */
  historical: z.array(kebabId).default([]),
});
export type TasksFile = z.infer<typeof tasksFileSchema>;

/** One cell of the concepts table: an idiom, or an explicit "none" with its reason. */
export const conceptCellSchema = z
  .strictObject({
    /** A minimal idiom in the framework's current release. */
    code: z.string().min(1).optional(),
    /** Set instead of (or beside) `code` when the framework has no such idiom: why not. */
    none: z.string().min(10).optional(),
    /** The official API reference for the idiom. */
    docs: httpsUrl.optional(),
  })
  .refine((c) => c.code !== undefined || c.none !== undefined, {
    message: 'A cell needs `code` (the idiom) or `none` (why the framework has no such idiom)',
    params: { fix: 'Add `code: …`, or `none: <one sentence>` when there is no equivalent' },
  });
export type ConceptCell = z.infer<typeof conceptCellSchema>;

/** One row of the concepts table (content/concepts.yaml › concepts[]). */
export const conceptSchema = z.strictObject({
  id: kebabId,
  title: z.string().min(3),
  /** Framework id → idiom. Every framework of the file's `frameworks` list, in that order. */
  cells: z.record(kebabId, conceptCellSchema),
  /** The semantic differences between the frameworks for this concept. */
  differences: z.string().min(20),
});
export type Concept = z.infer<typeof conceptSchema>;

/** The whole of content/concepts.yaml. */
export const conceptsFileSchema = z.strictObject({
  /** The table's columns, in order. */
  frameworks: z.array(kebabId).min(1),
  concepts: z.array(conceptSchema).min(1),
});
export type ConceptsFile = z.infer<typeof conceptsFileSchema>;

/**
 * What `npm run verify:snippets` writes for each snippet it runs
 * (content/verification/<task>/<framework>.json). Committed; the tests compare `sha256`
 * with the snippet file so a change since the last run is caught.
 */
export const verificationSchema = z
  .strictObject({
    /** Project-relative path of the snippet. */
    snippet: z.string(),
    /** SHA-256 of the snippet's text with line endings normalised to \n. */
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    result: z.enum(['passed', 'failed', 'timed-out']),
    /** Wall-clock seconds of the run, imports included. */
    seconds: z.number().nonnegative(),
    /** Day of the run, YYYY-MM-DD. */
    verifiedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Python version, e.g. "3.11.7", for a Python snippet. */
    python: z.string().optional(),
    /** Node.js version, e.g. "24.21.0", for a JavaScript snippet (run with Node instead of Python). */
    node: z.string().optional(),
    /** Operating system and machine, e.g. "Linux x86_64". */
    platform: z.string(),
    /** Distribution name → version for every third-party package the snippet imports. */
    packages: z.record(z.string(), z.string()),
    /** The last lines the snippet printed (stdout, or stderr when it failed), RESULT line left out. */
    output: z.string(),
    /** The object of the snippet's `RESULT {…}` line, checked against the task's spec. */
    values: z.record(z.string(), resultValueSchema).optional(),
  })
  .refine((v) => (v.python === undefined) !== (v.node === undefined), {
    message: 'A record names the one runtime it ran on: `python` or `node`',
    params: { fix: 'Rerun `npm run verify:snippets -- <task>/<framework>` to rewrite the record' },
  });
export type Verification = z.infer<typeof verificationSchema>;

/** A snippet as the site loads it (src/loaders/code.ts): the file plus its verification record. */
export const snippetEntrySchema = z.strictObject({
  task: kebabId,
  framework: kebabId,
  ext: z.enum(keysOf(SNIPPET_LANGUAGES)),
  /** Project-relative path of the file. */
  file: z.string(),
  code: z.string(),
  verification: verificationSchema.optional(),
});
export type SnippetEntry = z.infer<typeof snippetEntrySchema>;

/** A concepts row as loaded: the row plus its position and the table's columns. */
export const conceptEntrySchema = conceptSchema.extend({
  order: z.number().int(),
  columns: z.array(kebabId),
});
export type ConceptEntry = z.infer<typeof conceptEntrySchema>;
