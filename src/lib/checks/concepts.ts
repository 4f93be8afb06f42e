import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { fieldPath } from './issue.ts';
import { locateField } from './locate.ts';
import { reporter } from './report.ts';

/**
 * The concepts table names real frameworks, has exactly one cell per column in each row, and
 * every idiom parses as Python (the page says the idioms are parsed, not run).
 */
export const conceptsCheck: Check = {
  name: 'concepts',
  description:
    'content/concepts.yaml: columns are framework ids, every row has one cell per column in that order, row ids are unique, and every idiom parses as Python (tree-sitter).',
  run({ frameworks, code }) {
    const concepts = code.concepts;
    if (!concepts?.data) return [];
    const { file, text, data } = concepts;
    const ids = new Set(frameworks.map((f) => f.stem));
    const issues: ContentIssue[] = [];
    const at = reporter(issues, this.name, file, text);
    data.frameworks.forEach((fw, i) => {
      if (!ids.has(fw))
        at(
          ['frameworks', i],
          `No framework has the id "${fw}"`,
          'Use the id of a file in content/frameworks/',
        );
    });
    const columns = data.frameworks.join(', ');
    const seen = new Set<string>();
    data.concepts.forEach((concept, i) => {
      if (seen.has(concept.id))
        at(['concepts', i, 'id'], `The concept id "${concept.id}" is used twice`, 'Give each row its own id');
      seen.add(concept.id);
      const keys = Object.keys(concept.cells);
      for (const fw of data.frameworks) {
        if (!keys.includes(fw))
          at(
            ['concepts', i, 'cells'],
            `No cell for ${fw}`,
            `Add \`${fw}:\` with \`code\` or \`none\` (an explicit "none" is how a gap is shown)`,
          );
      }
      for (const fw of keys) {
        if (!data.frameworks.includes(fw))
          at(
            ['concepts', i, 'cells', fw],
            `"${fw}" is not a column of the table`,
            `Use one of ${columns}, or add it to \`frameworks\``,
          );
      }
      for (const [fw, cell] of Object.entries(concept.cells)) {
        if (!cell.code) continue;
        for (const p of code.parse('py', cell.code)) {
          const path = ['concepts', i, 'cells', fw, 'code'];
          const at = locateField(text, path);
          issues.push({
            check: this.name,
            file,
            // A block scalar's first code line is the line after its key.
            line: at === undefined ? undefined : at + (cell.code.includes('\n') ? p.line : 0),
            field: fieldPath(path),
            message: `Python syntax error in the ${fw} idiom at line ${p.line}, column ${p.column}: ${p.message}`,
            fix: 'Write the idiom as valid Python (names such as x, model and loss_fn may stand for objects)',
          });
        }
      }
      const inOrder = keys.filter((k) => data.frameworks.includes(k));
      if (inOrder.join() !== data.frameworks.filter((f) => keys.includes(f)).join()) {
        at(
          ['concepts', i, 'cells'],
          'Cells are not in the order of `frameworks`',
          `Order the cells as ${columns}, so the file reads like the table`,
        );
      }
    });
    return issues;
  },
};
