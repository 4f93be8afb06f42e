import { z } from 'astro/zod';
import { keysOf } from '../data/registry.ts';
import {
  ACCELERATORS,
  ACCELERATOR_STATUSES,
  CUDA_VERSIONS,
  INSTALL_OSES,
  PACKAGE_MANAGERS,
  PLATFORMS,
  PYTHON_VERSIONS,
  ROCM_VERSIONS,
} from '../data/compatibility.ts';
import { sourceSchema } from './framework.ts';
import { kebabId, note, partialDate, sourceRefs } from './common.ts';

/** Bump when the shape of /data/compatibility.json changes in a way that breaks its consumers. */
export const COMPATIBILITY_SCHEMA_VERSION = 1;

/**
 * A value from a closed list, with an error that names the list and the file that holds it, so a
 * typo ("linux-x64", CUDA "12.x") is caught with a fix rather than a bare "invalid option".
 */
function oneOf(values: readonly string[], what: string, where: string) {
  return z
    .string({ error: `Expected a ${what} written as text (quote numbers like "3.10")` })
    .refine((v) => values.includes(v), {
      message: `Not a known ${what}`,
      params: { fix: `Use one of ${values.join(', ')}; a new release goes into ${where} first` },
    })
    .meta({ enum: [...values] });
}

const platform = oneOf(keysOf(PLATFORMS), 'platform id', 'PLATFORMS in src/data/compatibility.ts');
const python = oneOf(PYTHON_VERSIONS, 'Python version', 'PYTHON_VERSIONS in src/data/compatibility.ts');
const version = z
  .string({ error: 'Write versions as quoted text: "2.10" (unquoted, YAML reads 2.10 as the number 2.1)' })
  .refine((v) => /^\d+(\.\d+)*(\.post\d+)?$/.test(v), {
    message: 'Not a version number like "2.5" or "2.5.1"',
    params: { fix: 'Write the version as the project numbers it, in quotes: "2.10", "2.5.1"' },
  });

/** A sourced cell: a value, the ids of its sources in this file, an optional note for readers. */
function sourced<T extends z.ZodType>(value: T) {
  return z.strictObject({ value, sources: sourceRefs, note: note.optional() });
}

/** One accelerator a release line supports, with its versions and how well. */
export const acceleratorSchema = z
  .strictObject({
    /** cpu | cuda | rocm | mps | xpu | tpu. */
    kind: z.enum(keysOf(ACCELERATORS)),
    /** stable | experimental | none, as the maintainers label it. */
    status: z.enum(keysOf(ACCELERATOR_STATUSES)),
    /** CUDA or ROCm versions (from the closed lists); empty for other kinds. */
    versions: z.array(z.string()).default([]),
    /** cuDNN version the CUDA build uses, as the source gives it. */
    cudnn: z.string().trim().min(1).optional(),
    /** Platform ids where this accelerator works for this line. */
    platforms: z.array(platform).min(1),
    sources: sourceRefs,
    note: note.optional(),
  })
  .superRefine((a, ctx) => {
    const list = a.kind === 'cuda' ? CUDA_VERSIONS : a.kind === 'rocm' ? ROCM_VERSIONS : undefined;
    a.versions.forEach((v, i) => {
      if (!list) {
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i],
          message: `Only CUDA and ROCm entries carry versions; ${a.kind} has none`,
          params: { fix: 'Remove `versions`, or put the detail in `note`' },
        });
      } else if (!(list as readonly string[]).includes(v)) {
        ctx.addIssue({
          code: 'custom',
          path: ['versions', i],
          message: `"${v}" is not a known ${a.kind === 'cuda' ? 'CUDA' : 'ROCm'} version`,
          params: {
            fix: `Use one of ${list.join(', ')} (exact major.minor, not "12.x"); a new release goes into ${a.kind === 'cuda' ? 'CUDA_VERSIONS' : 'ROCM_VERSIONS'} in src/data/compatibility.ts first`,
          },
        });
      }
    });
  });

/** One install command for the newest patch of a line, exactly as the project documents it. */
export const installSchema = z.strictObject({
  /** linux (also WSL2) | macos | windows. */
  os: z.enum(keysOf(INSTALL_OSES)),
  /** pip | conda | uv | npm. */
  manager: z.enum(keysOf(PACKAGE_MANAGERS)),
  /** The accelerator kind this command installs support for. */
  accelerator: z.enum(keysOf(ACCELERATORS)),
  /** The CUDA or ROCm version of this build, when there is a choice. */
  accelVersion: z.string().optional(),
  /** The command; it must name the version it installs (checked). */
  command: z.string().trim().min(1),
  sources: sourceRefs,
  note: note.optional(),
});

/** One release line (minor version) of a framework. */
export const releaseLineSchema = z.strictObject({
  /** The line, e.g. "2.5" (quoted). */
  version,
  /** When the line's first release was published. */
  released: sourced(partialDate),
  /** The newest patch of the line, which the install commands install. */
  latest: z.strictObject({ version, date: partialDate, sources: sourceRefs, note: note.optional() }),
  /** CPython versions with wheels or declared support. */
  python: sourced(z.array(python)),
  /** Platform ids with published builds. */
  platforms: sourced(z.array(platform).min(1)),
  accelerators: z.array(acceleratorSchema).min(1),
  install: z.array(installSchema).min(1),
  /** An end-of-support date the maintainer published, or "not-published". */
  endOfSupport: sourced(z.union([z.literal('not-published'), partialDate])),
  /** ONNX only: the IR version and ai.onnx opset of this release. */
  format: z
    .strictObject({ irVersion: z.number().int(), opset: z.number().int(), sources: sourceRefs })
    .optional(),
  /** Runtimes only: the newest ai.onnx opset this release implements. */
  opsets: z.strictObject({ max: z.number().int(), sources: sourceRefs }).optional(),
});

/** content/compatibility/<framework-id>.yaml: every release line of one framework since 2023. */
export const compatibilitySchema = z.strictObject({
  /** The framework's site id; equals the file name. */
  framework: kebabId,
  /** The distribution name on PyPI (or npm) the commands install. */
  package: z.string().trim().min(1),
  /** Release lines, newest first. */
  lines: z.array(releaseLineSchema).min(1),
  sources: z.array(sourceSchema).min(1),
});

export type Compatibility = z.output<typeof compatibilitySchema>;
export type ReleaseLine = z.output<typeof releaseLineSchema>;
export type Accelerator = z.output<typeof acceleratorSchema>;
export type Install = z.output<typeof installSchema>;

const exportSource = z.strictObject({ url: z.string(), read: z.string() });

/** One object of /data/compatibility.json › releases: a release line, flattened for consumers. */
export const compatibilityExportLineSchema = z.strictObject({
  /** The framework's site id (file name in content/frameworks/). */
  framework: z.string(),
  /** Distribution name the install commands install. */
  package: z.string(),
  /** The release line, e.g. "2.5". */
  version: z.string(),
  /** First release of the line (YYYY-MM-DD). */
  released: z.string(),
  /** Newest patch of the line and its date. */
  latest: z.string(),
  latestReleaseDate: z.string(),
  /** CPython versions, e.g. ["3.10", "3.11"]. */
  python: z.array(python),
  /** Platform ids: linux-x86_64, linux-aarch64, macos-arm64, macos-x86_64, windows-x86_64, wsl2. */
  platforms: z.array(platform),
  accelerators: z.array(
    z.strictObject({
      kind: z.enum(keysOf(ACCELERATORS)),
      versions: z.array(z.string()),
      status: z.enum(keysOf(ACCELERATOR_STATUSES)),
      platforms: z.array(platform),
      cudnn: z.string().optional(),
      sources: z.array(exportSource),
    }),
  ),
  install: z.array(
    z.strictObject({
      os: z.enum(keysOf(INSTALL_OSES)),
      manager: z.enum(keysOf(PACKAGE_MANAGERS)),
      accelerator: z.enum(keysOf(ACCELERATORS)),
      accelVersion: z.string().optional(),
      command: z.string(),
      sources: z.array(exportSource),
    }),
  ),
  /** A published end-of-support date, or "not-published". */
  endOfSupport: z.string(),
  /** ONNX only: IR version and ai.onnx opset of the release. */
  onnx: z.strictObject({ irVersion: z.number(), opset: z.number() }).optional(),
  /** Runtimes only: the newest ai.onnx opset this release officially supports. */
  maxOpset: z.number().int().optional(),
  /** Every source the line's cells cite. */
  sources: z.array(exportSource),
});

/** /data/compatibility.json. */
export const compatibilityExportSchema = z.strictObject({
  schemaVersion: z.literal(COMPATIBILITY_SCHEMA_VERSION),
  /** The newest read date among the sources: the data's own date. */
  dataVersion: z.string(),
  licence: z.strictObject({ spdx: z.string(), url: z.string() }),
  releases: z.array(compatibilityExportLineSchema),
});
