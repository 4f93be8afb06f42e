import type { ConceptEntry } from '../../schemas/code.ts';
import type { FrameworkEntry } from '../frameworks.ts';

/** Concept cells are Python idioms: every column of the table is a Python framework. */
export const CONCEPT_LANGUAGE = 'python';

/** The concepts table's columns (content/concepts.yaml › frameworks), as framework entries. */
export function conceptColumns(
  concepts: readonly ConceptEntry[],
  frameworks: readonly FrameworkEntry[],
): FrameworkEntry[] {
  const byId = new Map(frameworks.map((f) => [f.id, f]));
  return (concepts[0]?.columns ?? []).flatMap((id) => byId.get(id) ?? []);
}
