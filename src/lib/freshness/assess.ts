import type { Packages } from '../../schemas/packages.ts';
import { daysBetween, VERIFY_WITHIN_DAYS } from './age.ts';
import type { RegistryName, RegistryRelease } from './registries.ts';
import { compareParsed, compareVersions, parsePep440, sameVersion } from './versions.ts';

/**
 * A release date on a profile and the registry's upload date may differ by this many days and
 * still be the same release: tags are often published late in the day in one time zone and the
 * wheels uploaded after midnight UTC, or a day later once the builds finish.
 */
export const DATE_TOLERANCE_DAYS = 2;

/**
 * The registry's upload may follow the release by up to this many days and still count as the
 * same date: some projects publish the release (tag and notes) first and upload wheels once
 * their builds finish (MXNet 1.9.1: released 2022-05-10, on PyPI 2022-05-17). An upload before
 * the profile's date, or later than this, means the profile's date needs a look.
 */
export const UPLOAD_LAG_DAYS = 14;

/** What the check needs from one profile. */
export interface ProfileFacts {
  id: string;
  name: string;
  latestRelease: { version: string; date: string };
  lastVerified: string;
  packages?: Packages;
}

/** What a registry said about one package: its newest stable release, nothing, or an error. */
export interface PackageLookup {
  registry: RegistryName;
  package: string;
  /** Set when the package exists and has a stable release. */
  release?: RegistryRelease;
  /** Set when the lookup failed (network, HTTP status, unexpected shape). */
  error?: string;
}

/** The verdict on one package. */
export type PackageVerdict =
  /** Same version and date (within the tolerance). */
  | 'ok'
  /** Same version; the profile's date is less exact than the registry's but agrees with it. */
  | 'ok-date-less-exact'
  /** Same version; the upload followed the profile's date within UPLOAD_LAG_DAYS. */
  | 'ok-upload-later'
  /** Same release; the registry's newest is a post-release (a re-upload) or its dates cannot be trusted. */
  | 'ok-date-not-compared'
  /** A difference the profile already explains (`packages.known`), still exactly as recorded. */
  | 'ok-known-difference'
  /** The registry has a newer stable release than the profile names. */
  | 'newer-release'
  /** The registry's newest stable release is older than, or unlike, the profile's version. */
  | 'version-differs'
  /** Same version, different date. */
  | 'date-differs'
  /** The package has no stable release, or the registry does not know it. */
  | 'no-stable-release'
  /** The registry could not be read. */
  | 'lookup-failed';

/** Verdicts that make a profile stale (the profile, not the registry, needs an edit). */
export const STALE_VERDICTS: ReadonlySet<PackageVerdict> = new Set([
  'newer-release',
  'version-differs',
  'date-differs',
]);

/** One package of one profile, judged. */
export interface PackageRow extends PackageLookup {
  verdict: PackageVerdict;
  detail: string;
}

/** One profile, judged. */
export interface FreshnessRow {
  id: string;
  name: string;
  profileRelease: { version: string; date: string };
  lastVerified: string;
  verifiedDaysAgo: number;
  /** Verified longer ago than VERIFY_WITHIN_DAYS. */
  verificationOld: boolean;
  /** Why no package is checked (from `packages.none`), when none is. */
  noPackages?: string;
  packages: PackageRow[];
  /** Something on the profile needs an edit. */
  stale: boolean;
  /** A lookup failed or found nothing, so the profile could not be fully checked. */
  incomplete: boolean;
}

/**
 * Judges one package's newest stable release against the profile's latest release. A stale
 * verdict becomes "known difference" when `known` records exactly this registry version.
 */
export function judgePackage(
  profile: ProfileFacts['latestRelease'],
  lookup: PackageLookup,
  known?: NonNullable<Packages['known']>,
): PackageRow {
  const row = judgeAgainstRegistry(profile, lookup);
  const k = known?.find((x) => x.package === lookup.package && x.version === lookup.release?.version);
  return k && STALE_VERDICTS.has(row.verdict)
    ? { ...row, verdict: 'ok-known-difference', detail: `${row.detail}; known: ${k.reason}` }
    : row;
}

function judgeAgainstRegistry(profile: ProfileFacts['latestRelease'], lookup: PackageLookup): PackageRow {
  const row = (verdict: PackageVerdict, detail: string): PackageRow => ({ ...lookup, verdict, detail });
  if (lookup.error) return row('lookup-failed', lookup.error);
  const r = lookup.release;
  if (!r) return row('no-stable-release', `${lookup.package} has no stable release on ${lookup.registry}`);
  const post = postReleaseOf(profile.version, r.version);
  if (post) return row('ok-date-not-compared', post);
  if (!sameVersion(profile.version, r.version)) {
    const order = compareVersions(r.version, profile.version);
    return order !== undefined && order > 0
      ? row('newer-release', `${r.version} (${r.date}) is newer than the profile's ${profile.version}`)
      : row(
          'version-differs',
          `the newest stable is ${r.version} (${r.date}), the profile says ${profile.version}`,
        );
  }
  if (r.dateCaveat) return row('ok-date-not-compared', `same version; date not compared: ${r.dateCaveat}`);
  if (profile.date.length < 10) {
    return r.date.startsWith(profile.date)
      ? row('ok-date-less-exact', `released ${r.date}; the profile gives only ${profile.date}`)
      : row('date-differs', `uploaded ${r.date}, the profile says ${profile.date}`);
  }
  const lag = daysBetween(profile.date, r.date);
  if (Math.abs(lag) <= DATE_TOLERANCE_DAYS)
    return row(
      'ok',
      lag === 0
        ? 'same version and date'
        : `same version; uploaded ${r.date} (${Math.abs(lag)} day(s) apart)`,
    );
  if (lag > 0 && lag <= UPLOAD_LAG_DAYS)
    return row(
      'ok-upload-later',
      `same version; uploaded ${r.date}, ${lag} days after the profile's ${profile.date}`,
    );
  return row(
    'date-differs',
    lag > 0
      ? `uploaded ${r.date}, ${lag} days after the profile's ${profile.date}`
      : `uploaded ${r.date}, ${-lag} days before the profile's ${profile.date}`,
  );
}

/** A note when the registry's version is a PEP 440 post-release of the profile's (2.7 → 2.7.post2). */
function postReleaseOf(profileVersion: string, registryVersion: string): string | undefined {
  const a = parsePep440(profileVersion);
  const b = parsePep440(registryVersion);
  if (!a || !b || a.post === b.post || a.post !== 0) return undefined;
  if (compareParsed({ ...b, post: 0 }, a) !== 0) return undefined;
  return `the newest is ${registryVersion}, a post-release (re-upload) of ${profileVersion}; dates not compared`;
}

/** The packages a profile names, as registry/name pairs in a stable order. */
export function packagesOf(packages: Packages | undefined): { registry: RegistryName; package: string }[] {
  return [
    ...(packages?.pypi ?? []).map((name) => ({ registry: 'pypi' as const, package: name })),
    ...(packages?.npm ?? []).map((name) => ({ registry: 'npm' as const, package: name })),
  ];
}

/** Judges one profile from the lookups of its packages, on a given day. */
export function assessProfile(profile: ProfileFacts, lookups: PackageLookup[], today: string): FreshnessRow {
  const packages = lookups.map((l) => judgePackage(profile.latestRelease, l, profile.packages?.known));
  const verifiedDaysAgo = daysBetween(profile.lastVerified, today);
  const verificationOld = verifiedDaysAgo > VERIFY_WITHIN_DAYS;
  return {
    id: profile.id,
    name: profile.name,
    profileRelease: profile.latestRelease,
    lastVerified: profile.lastVerified,
    verifiedDaysAgo,
    verificationOld,
    noPackages: profile.packages?.none,
    packages,
    stale: verificationOld || packages.some((p) => STALE_VERDICTS.has(p.verdict)),
    incomplete: packages.some((p) => p.verdict === 'lookup-failed' || p.verdict === 'no-stable-release'),
  };
}

/** The exit code of the check: 0 all fresh, 1 something stale, 2 something could not be checked. */
export function exitCode(rows: readonly FreshnessRow[]): 0 | 1 | 2 {
  if (rows.some((r) => r.stale)) return 1;
  if (rows.some((r) => r.incomplete)) return 2;
  return 0;
}
