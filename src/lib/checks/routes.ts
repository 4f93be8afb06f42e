/**
 * Which site paths exist, worked out from the page files in src/pages and the files in public/
 * without building: a guide's internal link is checked against this before the build runs.
 */

/** Values a dynamic route segment can take, by its parameter name ("[id]" → frameworks). */
export type RouteValues = Record<string, ReadonlySet<string>>;

/** A page file's route as segments: "frameworks/[id].astro" → ["frameworks", "[id]"]. */
export function routeOf(pageFile: string): string[] {
  const path = pageFile
    .replace(/\\/g, '/')
    .replace(/\.(astro|md|mdx)$/, '')
    .replace(/\.(ts|js|mjs)$/, '') // endpoints keep their own extension: robots.txt.ts → robots.txt
    .replace(/(^|\/)index$/, '');
  return path === '' ? [] : path.split('/');
}

/** Splits a site path into segments, without query, fragment or slashes at either end. */
export function segmentsOf(path: string): string[] {
  const clean = path.replace(/[?#].*$/, '').replace(/^\/+|\/+$/g, '');
  return clean === '' ? [] : clean.split('/').map((s) => decodeURIComponent(s));
}

/**
 * A predicate telling whether a site path resolves to a page or a public file. Parameters with
 * no known value set ("[file]") accept any value; rest parameters ("[...x]") are not used here.
 */
export function routeMatcher(pages: readonly string[], publicFiles: readonly string[], values: RouteValues) {
  const routes = pages.filter((p) => !/(^|\/)_/.test(p)).map(routeOf);
  const files = new Set(publicFiles.map((f) => f.replace(/\\/g, '/').replace(/^\/+/, '')));
  return (path: string): boolean => {
    const segments = segmentsOf(path);
    if (files.has(segments.join('/'))) return true;
    return routes.some(
      (route) =>
        route.length === segments.length &&
        route.every((part, i) => {
          const param = /^\[(\w+)\]$/.exec(part)?.[1];
          if (!param) return part === segments[i];
          const allowed = values[param];
          return !allowed || allowed.has(segments[i]);
        }),
    );
  };
}
