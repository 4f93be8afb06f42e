/** One entry of a closed vocabulary: the stored value plus what readers see. */
export interface RegistryEntry {
  /** Label shown in badges, table cells and filters. */
  label: string;
  /** One sentence shown in legends and tooltips. */
  description: string;
}

/** A closed vocabulary keyed by its stored values. */
export type Registry<K extends string> = Readonly<Record<K, RegistryEntry>>;

/** The stored values of a registry as a non-empty tuple, ready for `z.enum`. */
export function keysOf<K extends string>(registry: Registry<K>): [K, ...K[]] {
  const keys = Object.keys(registry) as K[];
  if (keys.length === 0) throw new Error('A registry needs at least one entry');
  return keys as [K, ...K[]];
}
