/** A value met while walking parsed data, with its path from the root. */
export interface Visit {
  path: (string | number)[];
  key: string | number | undefined;
  value: unknown;
}

/** Visits every value of a parsed data tree, depth first. */
export function* walk(value: unknown, path: (string | number)[] = []): Generator<Visit> {
  yield { path, key: path.at(-1), value };
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* walk(value[i], [...path, i]);
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [k, v] of Object.entries(value)) yield* walk(v, [...path, k]);
  }
}
