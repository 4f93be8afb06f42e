import { z } from 'astro/zod';
import { keysOf } from '../data/registry.ts';
import { KINDS } from '../data/kinds.ts';
import { STATUSES } from '../data/statuses.ts';
import { SUPPORT, CLAIMING_SUPPORT } from '../data/support.ts';
import { HARDWARE } from '../data/hardware.ts';
import { DEPLOYMENT } from '../data/deployment.ts';
import { EXECUTION_MODES } from '../data/execution.ts';
import { LANGUAGES } from '../data/languages.ts';
import { LICENCES } from '../data/licences.ts';
import { CRITERIA } from '../data/criteria.ts';
import { RELATIONS } from '../data/relations.ts';
import { httpsUrl, kebabId, note, partialDate, sourceRefs } from './common.ts';
import { packagesSchema } from './packages.ts';

/** Bump when the shape of a framework file changes in a way that breaks consumers of the open data. */
export const FRAMEWORK_SCHEMA_VERSION = 1;

/** A source: where a fact was read, what it says, and when. */
export const sourceSchema = z.strictObject({
  /** Short kebab-case id that facts in this file use to cite it. */
  id: kebabId,
  /** Title of the page or file, as shown in the sources list. */
  title: z.string().trim().min(1),
  /** The page; prefer the project's own repository, docs or release notes. */
  url: httpsUrl,
  /** What this source says that backs the facts citing it, in your own words. */
  supports: z.string().trim().min(1),
  /** The date you read it. */
  read: partialDate,
});

/** Shared by every fact: which sources back it and an optional reader-facing note. */
const factBase = { sources: sourceRefs, note: note.optional() };

/** A plain piece of text that is a fact (a name, a one-line summary). */
const textFact = z.strictObject({ value: z.string().trim().min(1), ...factBase });

/**
 * A support cell (hardware, distributed training, autodiff, deployment paths).
 * Cells are never ambiguous: partial and not-applicable need a note, and every
 * value that makes a claim (yes, partial, no) needs a source.
 */
export const cellSchema = z
  .strictObject({
    /** yes / partial / no / unknown / not-applicable. */
    value: z.enum(keysOf(SUPPORT)),
    /** How it is supported: the product, plug-in or API that provides it. */
    via: z.string().trim().min(1).optional(),
    /** Required for partial (the limits) and not-applicable (the reason). */
    note: note.optional(),
    /** The version or date support began. */
    since: z.string().trim().min(1).optional(),
    /** The version or date support ended. */
    until: z.string().trim().min(1).optional(),
    /** Sources; required unless the value is unknown or not-applicable. */
    sources: z.array(kebabId).default([]),
  })
  .superRefine((cell, ctx) => {
    if ((cell.value === 'partial' || cell.value === 'not-applicable') && !cell.note) {
      ctx.addIssue({
        code: 'custom',
        path: ['note'],
        message: `A "${cell.value}" cell needs a note`,
        params: {
          fix: `Add \`note:\` saying ${cell.value === 'partial' ? 'what the limits are' : 'why it does not apply'}`,
        },
      });
    }
    if (CLAIMING_SUPPORT.includes(cell.value) && cell.sources.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['sources'],
        message: `A "${cell.value}" cell makes a claim, so it needs a source`,
        params: {
          fix: "Add `sources: [<id>]` naming an entry of the file's `sources` list, or use `value: unknown` if you found none",
        },
      });
    }
  });

/** A record of support cells keyed by a closed vocabulary; every key must be present. */
function cellsFor<K extends string>(keys: [K, ...K[]]) {
  return z.strictObject(Object.fromEntries(keys.map((k) => [k, cellSchema])) as Record<K, typeof cellSchema>);
}

const releaseSchema = z.strictObject({
  /** Version string as the project tags it, e.g. "2.9.1". */
  version: z.string().trim().min(1).optional(),
  date: partialDate,
  ...factBase,
});

const ratingSchema = <L extends string>(levels: [L, ...L[]]) =>
  z.strictObject({
    rating: z.enum(levels),
    /** One line: why the site holds this opinion. */
    rationale: z.string().trim().min(10),
  });

/** The whole framework file, `content/frameworks/<id>.yaml`. */
export const frameworkSchema = z.strictObject({
  /** Must equal the file name without `.yaml`; used in every URL and reference. */
  id: kebabId,
  /** Display name, e.g. "PyTorch". */
  name: z.string().trim().min(1),
  /** Other names readers search for ("TF", "Torch7"). */
  aliases: z.array(z.string().trim().min(1)).default([]),
  kind: z.enum(keysOf(KINDS)),
  /** One or two sentences saying what it is, in the site's words. */
  summary: textFact,
  status: z
    .strictObject({
      value: z.enum(keysOf(STATUSES)),
      /** When the status began (required for every status except active). */
      since: partialDate.optional(),
      /** The id of the framework that continues it (required for superseded). */
      successor: kebabId.optional(),
      ...factBase,
    })
    .superRefine((s, ctx) => {
      if (s.value === 'superseded' && !s.successor) {
        ctx.addIssue({
          code: 'custom',
          path: ['successor'],
          message: 'A superseded framework needs a successor',
          params: { fix: 'Add `successor: <id>` naming the framework that continues it (its file name)' },
        });
      }
      if (s.value !== 'active' && !s.since) {
        ctx.addIssue({
          code: 'custom',
          path: ['since'],
          message: `Status "${s.value}" needs the date it began`,
          params: { fix: 'Add `since: YYYY-MM-DD` (or YYYY-MM / YYYY, as exact as the source gives it)' },
        });
      }
    }),
  organisation: z.strictObject({
    /** Who first built and released it. */
    original: textFact,
    /** Who maintains it now (or last did). */
    current: z.strictObject({ value: z.string().trim().min(1), since: partialDate.optional(), ...factBase }),
  }),
  firstRelease: releaseSchema,
  latestRelease: releaseSchema.extend({ version: z.string().trim().min(1) }),
  licence: z.strictObject({ spdx: z.enum(keysOf(LICENCES)), ...factBase }),
  languages: z.strictObject({
    /** Languages the project itself is written in, main one first. */
    implementation: z.strictObject({ value: z.array(z.enum(keysOf(LANGUAGES))).min(1), ...factBase }),
    /** Languages users write models in with official bindings, main one first. */
    api: z.strictObject({ value: z.array(z.enum(keysOf(LANGUAGES))).min(1), ...factBase }),
  }),
  execution: z.strictObject({
    /** How code runs before any compile step. */
    default: z.enum(keysOf(EXECUTION_MODES)),
    ...factBase,
    /** Ways to capture or compile a program for speed or export. */
    compile: z
      .array(
        z.strictObject({
          name: z.string().trim().min(1),
          since: z.string().optional(),
          description: z.string().trim().min(1),
          ...factBase,
        }),
      )
      .default([]),
  }),
  autodiff: cellSchema,
  hardware: cellsFor(keysOf(HARDWARE)),
  distributed: cellSchema,
  deployment: cellsFor(keysOf(DEPLOYMENT)),
  /** Libraries around the framework that readers are likely to need. */
  ecosystem: z
    .array(
      z.strictObject({
        name: z.string().trim().min(1),
        purpose: z.string().trim().min(1),
        url: httpsUrl.optional(),
        ...factBase,
      }),
    )
    .default([]),
  /** Typed links to other frameworks, shown on both profiles. */
  relations: z
    .array(z.strictObject({ type: z.enum(keysOf(RELATIONS)), target: kebabId, ...factBase }))
    .default([]),
  /** The site's opinion, labelled as such; every rating has a rationale. */
  editorial: z.strictObject({
    learningCurve: ratingSchema(keysOf(CRITERIA.learningCurve.levels)),
    debugging: ratingSchema(keysOf(CRITERIA.debugging.levels)),
    research: ratingSchema(keysOf(CRITERIA.research.levels)),
    production: ratingSchema(keysOf(CRITERIA.production.levels)),
  }),
  /** Dated landmarks, oldest first. */
  history: z
    .array(
      z.strictObject({
        date: partialDate,
        title: z.string().trim().min(1),
        version: z.string().optional(),
        ...factBase,
      }),
    )
    .min(1, { message: 'Add at least the first release to `history`' }),
  links: z.strictObject({ home: httpsUrl, repository: httpsUrl.optional(), docs: httpsUrl.optional() }),
  /**
   * Registry packages that publish its releases, read by `npm run check:freshness`. Optional:
   * content/registry-packages.yaml holds the same mapping for frameworks whose file lacks it.
   */
  packages: packagesSchema.optional(),
  /** Every source cited in this file; each must be cited at least once. */
  sources: z.array(sourceSchema).min(1),
  /** The date someone last checked every fact in this file against its sources. */
  lastVerified: partialDate,
});

/** A framework file after parsing (defaults applied, dates normalized). */
export type Framework = z.output<typeof frameworkSchema>;
/** A framework file as written by a contributor. */
export type FrameworkInput = z.input<typeof frameworkSchema>;
/** One support cell after parsing. */
export type Cell = z.output<typeof cellSchema>;
/** One source after parsing. */
export type Source = z.output<typeof sourceSchema>;
