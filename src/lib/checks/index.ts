import type { Check, CheckContext, ParsedArticle, SiteFiles } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { parseDataFile, parseFrameworkFile, type ParsedFramework, type RawFile } from './parse.ts';
import { conceptsFileSchema, tasksFileSchema, verificationSchema } from '../../schemas/code.ts';
import type { RawCodeContent, RawDataFiles } from '../content/read.ts';
import { changesFileSchema } from '../../schemas/changes.ts';
import { registryPackagesFileSchema } from '../../schemas/packages.ts';
import { changesCheck } from './changes.ts';
import { registryPackagesCheck } from './registry-packages.ts';
import { loadParsers } from '../snippets/parsers.ts';
import { tasksCheck } from './tasks.ts';
import { snippetFilesCheck } from './snippet-files.ts';
import { snippetSyntaxCheck } from './snippet-syntax.ts';
import { snippetVerificationCheck } from './snippet-verification.ts';
import { conceptsCheck } from './concepts.ts';
import { defaultsCheck } from './defaults.ts';
import { defaultsFileSchema } from '../../schemas/defaults.ts';
import { fileNameCheck } from './file-name.ts';
import { duplicateIdsCheck } from './duplicate-ids.ts';
import { sourceRefsCheck, unusedSourcesCheck } from './source-refs.ts';
import { datesCheck } from './dates.ts';
import { httpsCheck } from './https.ts';
import { referencesCheck } from './references.ts';
import { lineageCyclesCheck } from './lineage.ts';
import { identityCheck } from './identity.ts';
import { dateOrderCheck } from './date-order.ts';
import { articleFrontMatterCheck, articleLinksCheck } from './articles.ts';
import { compatDatesCheck, compatInstallCheck, compatReferencesCheck } from './compatibility.ts';
import { compatibilitySchema } from '../../schemas/compatibility.ts';
import { guideFactsCheck } from './guide-facts.ts';
import { guideCodeCheck } from './guide-code.ts';
import { interchangeCheck } from './interchange.ts';
import { interchangeRecordSchema } from '../../schemas/interchange.ts';

/** Every cross-file check, in the order their findings are reported. */
export const CHECKS: readonly Check[] = [
  fileNameCheck,
  duplicateIdsCheck,
  sourceRefsCheck,
  unusedSourcesCheck,
  datesCheck,
  dateOrderCheck,
  httpsCheck,
  referencesCheck,
  lineageCyclesCheck,
  identityCheck,
  articleFrontMatterCheck,
  articleLinksCheck,
  tasksCheck,
  snippetFilesCheck,
  snippetSyntaxCheck,
  snippetVerificationCheck,
  conceptsCheck,
  registryPackagesCheck,
  changesCheck,
  compatReferencesCheck,
  compatDatesCheck,
  compatInstallCheck,
  guideFactsCheck,
  guideCodeCheck,
  defaultsCheck,
  interchangeCheck,
];

/** Today in UTC as YYYY-MM-DD. */
export function isoToday(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

const NO_CODE: RawCodeContent = { snippets: [], records: [], strays: [] };

/**
 * Parses and checks all framework files, article front matter, tasks, concepts, snippets and
 * verification records; returns every issue found. Async only because the snippet parsers
 * (WebAssembly grammars) load once before the first check.
 */
export async function checkContent(
  input: {
    frameworks: RawFile[];
    articles?: ParsedArticle[];
    code?: RawCodeContent;
    data?: RawDataFiles;
    site?: SiteFiles;
    compatibility?: RawFile[];
    interchange?: RawFile[];
  },
  today = isoToday(),
): Promise<{ frameworks: ParsedFramework[]; issues: ContentIssue[] }> {
  const issues: ContentIssue[] = [];
  const frameworks = input.frameworks.map((raw) => {
    const { parsed, issues: found } = parseFrameworkFile(raw);
    issues.push(...found);
    return parsed;
  });
  const code = input.code ?? NO_CODE;
  const parse = <T>(
    raw: RawFile | undefined,
    parser: (r: RawFile) => { parsed: T; issues: ContentIssue[] },
  ) => {
    if (!raw) return undefined;
    const { parsed, issues: found } = parser(raw);
    issues.push(...found);
    return parsed;
  };
  const ctx: CheckContext = {
    frameworks,
    articles: input.articles ?? [],
    today,
    site: input.site,
    code: {
      tasks: parse(code.tasks, (r) =>
        parseDataFile(r, tasksFileSchema, 'the comment at the top of content/tasks.yaml'),
      ),
      concepts: parse(code.concepts, (r) =>
        parseDataFile(r, conceptsFileSchema, 'the comment at the top of content/concepts.yaml'),
      ),
      defaults: parse(code.defaults, (r) =>
        parseDataFile(r, defaultsFileSchema, 'src/schemas/defaults.ts (written by npm run read:defaults)'),
      ),
      records: code.records.map((r) =>
        parse(r, (x) => parseDataFile(x, verificationSchema, 'src/schemas/code.ts (verificationSchema)'))!,
      ),
      snippets: code.snippets,
      strays: code.strays,
      parse: await loadParsers(),
    },
    changes: parse(input.data?.changes, (r) =>
      parseDataFile(r, changesFileSchema, 'the comment at the top of content/changes.yaml'),
    ),
    registryPackages: parse(input.data?.registryPackages, (r) =>
      parseDataFile(
        r,
        registryPackagesFileSchema,
        'the comment at the top of content/registry-packages.yaml',
      ),
    ),
    compatibility: (input.compatibility ?? []).map((r) =>
      parse(r, (x) => parseDataFile(x, compatibilitySchema, 'src/schemas/compatibility.ts'))!,
    ),
    interchange: (input.interchange ?? []).map((r) =>
      parse(r, (x) =>
        parseDataFile(x, interchangeRecordSchema, 'src/schemas/interchange.ts (interchangeRecordSchema)'),
      )!,
    ),
  };
  for (const check of CHECKS) issues.push(...check.run(ctx));
  return { frameworks, issues };
}
export type { ContentIssue } from './issue.ts';
export { formatIssues } from './issue.ts';
