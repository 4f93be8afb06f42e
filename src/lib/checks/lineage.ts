import type { Check } from './context.ts';
import type { ContentIssue } from './issue.ts';
import { fieldPath } from './issue.ts';
import { locateField } from './locate.ts';

/** One pointer from a framework file to another framework, with where it is written. */
interface Edge {
  from: string;
  to: string;
  file: string;
  text: string;
  path: (string | number)[];
}

/**
 * The graphs in which a loop is a contradiction. Lineage runs from older to newer: a successor
 * continues its predecessor, a derived framework comes after the one it derives from, and a
 * project merged into another lives on in it. "Built on" is its own graph: A on B on A cannot be.
 * "Exports to" and "runs" may legitimately go both ways.
 */
const GRAPHS = {
  lineage: 'successor, derived-from and merged-into',
  'built-on': 'built-on',
} as const;

function edgesOf(frameworks: Parameters<Check['run']>[0]['frameworks']): Record<keyof typeof GRAPHS, Edge[]> {
  const graphs: Record<keyof typeof GRAPHS, Edge[]> = { lineage: [], 'built-on': [] };
  for (const f of frameworks) {
    const raw = f.raw as
      { status?: { successor?: unknown }; relations?: { type?: unknown; target?: unknown }[] } | undefined;
    const base = { file: f.file, text: f.text };
    if (typeof raw?.status?.successor === 'string')
      graphs.lineage.push({ ...base, from: f.stem, to: raw.status.successor, path: ['status', 'successor'] });
    if (!Array.isArray(raw?.relations)) continue;
    raw.relations.forEach((r, i) => {
      if (typeof r?.target !== 'string') return;
      const path = ['relations', i, 'target'];
      if (r.type === 'derived-from') graphs.lineage.push({ ...base, from: r.target, to: f.stem, path });
      else if (r.type === 'merged-into') graphs.lineage.push({ ...base, from: f.stem, to: r.target, path });
      else if (r.type === 'built-on') graphs['built-on'].push({ ...base, from: f.stem, to: r.target, path });
    });
  }
  return graphs;
}

/** Every simple cycle's edges, each cycle once (found from its smallest node). */
export function findCycles(edges: readonly Edge[]): Edge[][] {
  const out = new Map<string, Edge[]>();
  for (const e of edges) out.set(e.from, [...(out.get(e.from) ?? []), e]);
  const cycles: Edge[][] = [];
  const starts = [...new Set(edges.map((e) => e.from))].sort();
  for (const start of starts) {
    const stack: Edge[] = [];
    const onPath = new Set<string>([start]);
    const visit = (node: string) => {
      for (const e of out.get(node) ?? []) {
        if (e.to === start) cycles.push([...stack, e]);
        else if (e.to > start && !onPath.has(e.to)) {
          onPath.add(e.to);
          stack.push(e);
          visit(e.to);
          stack.pop();
          onPath.delete(e.to);
        }
      }
    };
    visit(start);
  }
  return cycles;
}

/** Successor and lineage chains end somewhere: A → B → A would send readers in circles. */
export const lineageCyclesCheck: Check = {
  name: 'lineage-cycles',
  description:
    'Successor, derived-from, merged-into and built-on links form no loop (A → B → A), and a framework is not its own ancestor.',
  run({ frameworks }) {
    const issues: ContentIssue[] = [];
    for (const [graph, edges] of Object.entries(edgesOf(frameworks))) {
      for (const cycle of findCycles(edges)) {
        const chain = [...cycle.map((e) => e.from), cycle[0].from].join(' → ');
        // Reported where the loop is closed: the pointer written in the last file of the chain.
        const at = cycle.at(-1)!;
        issues.push({
          check: this.name,
          file: at.file,
          line: locateField(at.text, at.path),
          field: fieldPath(at.path),
          message: `The ${GRAPHS[graph as keyof typeof GRAPHS]} links form a loop: ${chain}`,
          fix: 'A lineage runs one way, from older to newer: remove or reverse the pointer that is wrong (a successor is newer than its predecessor; "derived-from" names the older project)',
        });
      }
    }
    return issues;
  },
};
