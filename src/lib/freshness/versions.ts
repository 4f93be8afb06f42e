/**
 * Version strings as the two registries write them: PEP 440 on PyPI, SemVer on npm. Only what
 * the freshness check needs: is a version a stable release, and which of two is newer.
 */

/** A parsed version: numeric release segments plus what makes it a pre-release or post-release. */
export interface ParsedVersion {
  epoch: number;
  release: number[];
  /** Set for alphas, betas, release candidates, dev builds and SemVer pre-releases. */
  pre?: string;
  post: number;
}

// PEP 440 (https://peps.python.org/pep-0440/#appendix-b-parsing-version-strings-with-regular-expressions),
// reduced to the parts that decide stability and order.
const PEP440 =
  /^v?(?:(\d+)!)?(\d+(?:\.\d+)*)(?:[-_.]?(a|b|c|rc|alpha|beta|pre|preview)[-_.]?(\d*))?(?:-(\d+)|[-_.]?(?:post|rev|r)[-_.]?(\d*))?(?:[-_.]?(dev)[-_.]?(\d*))?(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?$/i;

// SemVer 2.0.0: a hyphen starts a pre-release, a plus starts build metadata (ignored for order).
const SEMVER = /^v?(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Parses a PEP 440 version (PyPI); undefined when it is not one. */
export function parsePep440(version: string): ParsedVersion | undefined {
  const m = PEP440.exec(version.trim());
  if (!m) return undefined;
  const [, epoch, release, preTag, preNum, postImplicit, postNum, dev, devNum] = m;
  const pre = preTag ? `${preTag}${preNum}` : dev ? `dev${devNum}` : undefined;
  const post = postImplicit ?? postNum;
  return {
    epoch: Number(epoch ?? 0),
    release: release.split('.').map(Number),
    pre,
    post: post === undefined ? 0 : Number(post || 0) + 1,
  };
}

/** Parses a SemVer version (npm); undefined when it is not one. */
export function parseSemver(version: string): ParsedVersion | undefined {
  const m = SEMVER.exec(version.trim());
  if (!m) return undefined;
  return { epoch: 0, release: [Number(m[1]), Number(m[2]), Number(m[3])], pre: m[4], post: 0 };
}

/** Orders two parsed versions of the same scheme (pre-releases sort by their text; enough here). */
export function compareParsed(a: ParsedVersion, b: ParsedVersion): number {
  if (a.epoch !== b.epoch) return a.epoch - b.epoch;
  const n = Math.max(a.release.length, b.release.length);
  for (let i = 0; i < n; i++) {
    const d = (a.release[i] ?? 0) - (b.release[i] ?? 0);
    if (d !== 0) return d;
  }
  if (a.pre !== b.pre) {
    if (a.pre === undefined) return 1;
    if (b.pre === undefined) return -1;
    return a.pre < b.pre ? -1 : 1;
  }
  return a.post - b.post;
}

/**
 * True when two version strings name the same release: "v2.9.1" and "2.9.1", "2.10" and
 * "2.10.0". Either scheme's parser may read either string; unparseable strings compare as text.
 */
export function sameVersion(a: string, b: string): boolean {
  const pa = parsePep440(a) ?? parseSemver(a);
  const pb = parsePep440(b) ?? parseSemver(b);
  if (!pa || !pb) return a.trim().replace(/^v/, '') === b.trim().replace(/^v/, '');
  return compareParsed(pa, pb) === 0;
}

/** Compares two version strings; undefined when either cannot be parsed. */
export function compareVersions(a: string, b: string): number | undefined {
  const pa = parsePep440(a) ?? parseSemver(a);
  const pb = parsePep440(b) ?? parseSemver(b);
  return pa && pb ? compareParsed(pa, pb) : undefined;
}
