import { z } from 'astro/zod';
import { kebabId, note } from './common.ts';

// PyPI names: letters, digits, ".", "_" and "-" (PEP 508); npm names: lower case, optionally scoped.
const pypiName = z
  .string()
  .regex(/^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?$/, { message: 'Not a PyPI project name' });
const npmName = z
  .string()
  .regex(/^(?:@[a-z0-9][a-z0-9._-]*\/)?[a-z0-9][a-z0-9._-]*$/, { message: 'Not an npm package name' });

/**
 * The registry packages that publish a framework's releases, which `npm run check:freshness`
 * compares with `latestRelease`. List only packages released with the framework's own version
 * numbers (each one is compared). With none on PyPI or npm, say why in `none`.
 */
export const packagesSchema = z
  .strictObject({
    /** PyPI project names, e.g. [torch]. */
    pypi: z.array(pypiName).min(1).optional(),
    /** npm package names, e.g. ['@tensorflow/tfjs']. */
    npm: z.array(npmName).min(1).optional(),
    /** Why no PyPI or npm package is checked (never published there, or published elsewhere). */
    none: note.optional(),
    /**
     * A difference already explained on the profile, e.g. a registry that lags the project's own
     * release channel. It holds only while the registry's newest stable is exactly `version`; a
     * new upload makes the check look again.
     */
    known: z
      .array(
        z.strictObject({
          /** One of the names listed in `pypi` or `npm`. */
          package: z.string().trim().min(1),
          /** The registry's newest stable version that the profile already explains. */
          version: z.string().trim().min(1),
          /** Why the profile differs from the registry, in a sentence. */
          reason: note,
        }),
      )
      .min(1)
      .optional(),
  })
  .superRefine((p, ctx) => {
    const listed = Boolean(p.pypi || p.npm);
    if (listed && p.none)
      ctx.addIssue({
        code: 'custom',
        path: ['none'],
        message: '`none` says there is no package, but packages are listed',
        params: { fix: 'Remove `none`, or remove the `pypi`/`npm` lists' },
      });
    p.known?.forEach((k, i) => {
      if (![...(p.pypi ?? []), ...(p.npm ?? [])].includes(k.package))
        ctx.addIssue({
          code: 'custom',
          path: ['known', i, 'package'],
          message: `"${k.package}" is not one of the packages listed in \`pypi\` or \`npm\``,
          params: { fix: 'Name a package listed above, or remove this entry' },
        });
    });
    if (!listed && !p.none)
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'No package is listed and `none` does not say why',
        params: {
          fix: 'Add `pypi: [<name>]` or `npm: [<name>]`, or `none: <why no registry package is checked>`',
        },
      });
  });

/** content/registry-packages.yaml: the packages of each framework, keyed by framework id. */
export const registryPackagesFileSchema = z.record(kebabId, packagesSchema);

/** One framework's packages after parsing. */
export type Packages = z.output<typeof packagesSchema>;
/** content/registry-packages.yaml after parsing. */
export type RegistryPackagesFile = z.output<typeof registryPackagesFileSchema>;
