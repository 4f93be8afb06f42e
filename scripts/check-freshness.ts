// Asks PyPI and the npm registry for the newest stable release of every framework's packages,
// compares it with each profile's latestRelease (version and date), flags profiles whose
// lastVerified is older than 90 days, and prints a table. Needs the network, so it is not part of
// npm test (the logic in src/lib/freshness/ is unit-tested against recorded responses).
// Exit code: 0 all fresh, 1 something stale, 2 something could not be checked (or bad input).
// Run: npm run check:freshness [-- --only jax,keras] [--today YYYY-MM-DD] [--markdown FILE] [--json FILE] [--root DIR]
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { formatIssues } from '../src/lib/checks/issue.ts';
import { isoToday } from '../src/lib/checks/index.ts';
import { parseDataFile, parseFrameworkFile } from '../src/lib/checks/parse.ts';
import { readContent } from '../src/lib/content/read.ts';
import {
  assessProfile,
  exitCode,
  packagesOf,
  type PackageLookup,
  type ProfileFacts,
} from '../src/lib/freshness/assess.ts';
import { newestStable, registryUrl, type RegistryName } from '../src/lib/freshness/registries.ts';
import { formatMarkdown, formatTable, summary } from '../src/lib/freshness/report.ts';
import { registryPackagesFileSchema } from '../src/schemas/packages.ts';
import { SITE } from '../src/site.config.ts';

const { values: args } = parseArgs({
  options: {
    only: { type: 'string' },
    today: { type: 'string' },
    markdown: { type: 'string' },
    json: { type: 'string' },
    root: { type: 'string' },
  },
});
const root = resolve(args.root ?? resolve(import.meta.dirname, '..'));
const today = args.today ?? isoToday();
const content = readContent(root, SITE.contentDir);

const problems = [];
const parsed = content.frameworks.map((raw) => {
  const { parsed, issues } = parseFrameworkFile(raw);
  problems.push(...issues);
  return parsed;
});
const mapping = content.data.registryPackages
  ? parseDataFile(content.data.registryPackages, registryPackagesFileSchema, 'content/registry-packages.yaml')
  : undefined;
if (mapping) problems.push(...mapping.issues);
if (problems.length) {
  console.error(`${formatIssues(problems)}\n\nFix the content first (npm run check:content).`);
  process.exit(2);
}

const only = args.only?.split(',').map((s) => s.trim());
const profiles: ProfileFacts[] = parsed
  .map((p) => p.data!)
  .filter((f) => !only || only.includes(f.id))
  .map((f) => ({
    id: f.id,
    name: f.name,
    latestRelease: { version: f.latestRelease.version, date: f.latestRelease.date },
    lastVerified: f.lastVerified,
    packages: f.packages ?? mapping?.parsed.data?.[f.id],
  }));

const TIMEOUT_MS = 20_000;
const USER_AGENT = `framework-atlas-freshness (+${SITE.repository})`;

/** Looks one package up, once more after a transient failure. */
async function lookup(registry: RegistryName, name: string): Promise<PackageLookup> {
  const url = registryUrl(registry, name);
  let last = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const res = await fetch(url, {
        headers: { accept: 'application/json', 'user-agent': USER_AGENT },
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (res.status === 404)
        return { registry, package: name, error: `${url} answered 404: no such package` };
      if (!res.ok) {
        last = `${url} answered ${res.status}`;
        continue;
      }
      const body: unknown = await res.json();
      return { registry, package: name, release: newestStable(registry, name, body) };
    } catch (err) {
      last = `${url}: ${(err as Error).message}`;
    }
  }
  return { registry, package: name, error: last };
}

/** Runs the lookups a few at a time, politely. */
async function lookupAll(
  items: { registry: RegistryName; package: string }[],
): Promise<Map<string, PackageLookup>> {
  const results = new Map<string, PackageLookup>();
  const queue = [...items];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let item = queue.shift(); item; item = queue.shift())
        results.set(`${item.registry}:${item.package}`, await lookup(item.registry, item.package));
    }),
  );
  return results;
}

const wanted = profiles.flatMap((p) => packagesOf(p.packages));
const found = await lookupAll(wanted);
const rows = profiles.map((p) =>
  assessProfile(
    p,
    packagesOf(p.packages).map((x) => found.get(`${x.registry}:${x.package}`)!),
    today,
  ),
);

console.log(formatTable(rows));
console.log(`\n${summary(rows, today)}`);
if (args.markdown) writeFileSync(args.markdown, `${formatMarkdown(rows, today)}\n`);
if (args.json) writeFileSync(args.json, `${JSON.stringify({ today, rows }, null, 2)}\n`);
process.exitCode = exitCode(rows);
