import { z } from 'astro/zod';
import { httpsUrl, kebabId, partialDate } from './common.ts';

const text = z.string().trim().min(1);

/** Where the new value was read. */
export const changeSourceSchema = z.strictObject({
  /** Title of the page, as shown next to the change. */
  title: text,
  /** The page; the project's own releases, repository or docs first. */
  url: httpsUrl,
});

/** One meaningful change to a published fact (a status, a release, a support cell, a licence). */
export const changeSchema = z.strictObject({
  /** The day the site's data changed, YYYY-MM-DD. */
  date: partialDate.refine((d) => /^\d{4}-\d{2}-\d{2}$/.test(d), {
    message: 'A change needs a full date, YYYY-MM-DD',
    params: { fix: 'Write the day the data changed, e.g. 2026-12-02' },
  }),
  /** Id of the framework whose file changed (its file name in content/frameworks/). */
  framework: kebabId,
  /** The field that changed, as a dotted path of the framework file, e.g. "latestRelease" or "hardware.tpu". */
  field: text,
  /** The value shown before, in words a reader understands ("2.9.0 (2025-10-15)", "unknown"). */
  old: text,
  /** The value shown now. */
  new: text,
  /** Why it changed: a new release, a correction, an announcement. */
  reason: text,
  /** At least one page that backs the new value. */
  sources: z.array(changeSourceSchema).min(1, { message: 'A change needs at least one source' }),
});

/** content/changes.yaml: every change, oldest first (add new entries at the end). */
export const changesFileSchema = z.strictObject({ changes: z.array(changeSchema) });

/** One change after parsing. */
export type Change = z.output<typeof changeSchema>;
/** content/changes.yaml after parsing. */
export type ChangesFile = z.output<typeof changesFileSchema>;
