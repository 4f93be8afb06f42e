import { describe, expect, it } from 'vitest';
import { compareRows, COLUMN_IDS, facetsOf, statesInUse } from '../../../src/lib/compare/columns';
import {
  allPairs,
  comparisonsFor,
  differenceCount,
  differenceText,
  pairFacts,
  pairSlug,
  pairSummary,
  relatedGuides,
  vsPickerRules,
} from '../../../src/lib/compare/pairs';
import {
  emptyState,
  countDifferences,
  FACETS,
  matches,
  promotedColumns,
  MAX_PICK,
  MAX_QUERY,
  parseState,
  serializeState,
  sortOrder,
  viewToCsv,
  viewToJson,
  type Allowed,
} from '../../../src/lib/compare/state';
import { makeFramework } from '../../helpers/factory';

const allowed: Allowed = {
  values: {
    kind: new Set(['full-framework', 'high-level-api']),
    status: new Set(['active', 'archived']),
    licence: new Set(['permissive', 'copyleft']),
    lang: new Set(['python', 'rust', 'javascript']),
    hw: new Set(['cpu', 'cuda', 'tpu']),
    deploy: new Set(['mobile', 'browser']),
    exec: new Set(['eager', 'graph']),
  },
  columns: COLUMN_IDS,
  ids: new Set(['jax', 'pytorch', 'keras', 'burn', 'mlx']),
};

const row = (patch: Partial<ReturnType<typeof facetsOf>> = {}) => ({
  kind: 'full-framework',
  status: 'active',
  licence: 'permissive',
  lang: ['python'],
  hw: ['cpu', 'cuda'],
  deploy: ['mobile'],
  exec: 'eager',
  text: 'pytorch pytorch foundation',
  ...patch,
});

describe('filters', () => {
  it('match everything when empty', () => expect(matches(row(), emptyState())).toBe(true));

  it('match any selected kind, but every selected hardware target', () => {
    const s = emptyState();
    s.filters.kind = ['high-level-api', 'full-framework'];
    expect(matches(row(), s)).toBe(true);
    s.filters.hw = ['cpu', 'cuda'];
    expect(matches(row(), s)).toBe(true);
    s.filters.hw = ['cpu', 'tpu'];
    expect(matches(row(), s)).toBe(false);
  });

  it('combine across facets, and a new filter never resets another', () => {
    const s = emptyState();
    s.filters.status = ['archived'];
    s.filters.lang = ['python'];
    expect(matches(row(), s)).toBe(false);
    expect(s.filters.lang).toEqual(['python']);
    expect(matches(row({ status: 'archived' }), s)).toBe(true);
  });

  it('match free text word by word, case-insensitively', () => {
    const s = emptyState();
    s.q = '  Foundation  PYTORCH ';
    expect(matches(row(), s)).toBe(true);
    s.q = 'pytorch google';
    expect(matches(row(), s)).toBe(false);
  });
});

describe('URL state', () => {
  it('round-trips', () => {
    const s = emptyState();
    s.filters.kind = ['full-framework'];
    s.filters.hw = ['cuda', 'tpu'];
    s.q = 'jax';
    s.sort = { col: 'first', dir: 'desc' };
    s.cols = ['kind', 'hw-cuda'];
    s.pick = ['jax', 'pytorch'];
    const url = serializeState(s);
    expect(url).toBe(
      '?kind=full-framework&hw=cuda%2Ctpu&q=jax&sort=-first&cols=kind%2Chw-cuda&pick=jax%2Cpytorch',
    );
    expect(parseState(url, allowed)).toEqual(s);
  });

  it('is empty for an empty state', () => expect(serializeState(emptyState())).toBe(''));

  it('ignores unknown keys and values', () => {
    const s = parseState(
      '?colour=red&kind=spaceship&hw=cuda,warp-drive&sort=nonsense&pick=jax,tensorflow-9000',
      allowed,
    );
    expect(s.filters.kind).toEqual([]);
    expect(s.filters.hw).toEqual(['cuda']);
    expect(s.sort).toBeUndefined();
    expect(s.pick).toEqual(['jax']);
  });

  it('merges repeated keys and drops duplicates', () => {
    const s = parseState('?hw=cuda&hw=cpu,cuda&hw=cpu', allowed);
    expect(s.filters.hw).toEqual(['cuda', 'cpu']);
  });

  it('ignores very long values', () => {
    expect(parseState(`?q=${'a'.repeat(MAX_QUERY + 1)}`, allowed).q).toBe('');
    expect(parseState(`?hw=${'cuda,'.repeat(1000)}`, allowed).filters.hw).toEqual([]);
    expect(parseState(`?pick=jax,pytorch,keras,burn,mlx`, allowed).pick).toHaveLength(MAX_PICK);
  });

  it('neutralises markup', () => {
    const s = parseState(
      '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E&kind=%3Cimg%20src%3Dx%3E&sort=%3Cb%3E',
      allowed,
    );
    expect(s.q).not.toMatch(/[<>]/);
    expect(s.filters.kind).toEqual([]);
    expect(s.sort).toBeUndefined();
  });

  it('keeps an explicit empty column choice apart from "no choice"', () => {
    expect(parseState('?cols=', allowed).cols).toEqual([]);
    expect(parseState('', allowed).cols).toBeUndefined();
  });

  it('knows every facet', () => expect(FACETS).toEqual(Object.keys(allowed.values)));
});

describe('sorting', () => {
  const rows = [
    { name: 'b', key: '10' },
    { name: 'a', key: '9' },
    { name: 'c', key: '' },
    { name: 'd', key: '9' },
  ];
  it('sorts numbers numerically, keeps empty keys last, and breaks ties by name', () => {
    expect(sortOrder(rows, 'asc').map((r) => r.name)).toEqual(['a', 'd', 'b', 'c']);
    expect(sortOrder(rows, 'desc').map((r) => r.name)).toEqual(['b', 'a', 'd', 'c']);
  });
  it('sorts dates as text', () => {
    expect(
      sortOrder(
        [
          { name: 'x', key: '2019-09' },
          { name: 'y', key: '2015' },
        ],
        'asc',
      ).map((r) => r.name),
    ).toEqual(['y', 'x']);
  });
});

describe('export', () => {
  it('writes the visible view as CSV and JSON', () => {
    const header = ['Framework', 'Licence'];
    const rows = [
      ['JAX', 'Apache 2.0'],
      ['Odd, "quoted"', '=cmd'],
    ];
    expect(viewToCsv(header, rows)).toBe(
      'Framework,Licence\r\nJAX,Apache 2.0\r\n"Odd, ""quoted""",\'=cmd\r\n',
    );
    expect(JSON.parse(viewToJson(header, rows))).toEqual([
      { Framework: 'JAX', Licence: 'Apache 2.0' },
      { Framework: 'Odd, "quoted"', Licence: '=cmd' },
    ]);
  });
});

describe('rows and pairs', () => {
  const jax = makeFramework('jax', { name: 'JAX' });
  const torch = makeFramework('pytorch', {
    name: 'PyTorch',
    licence: { spdx: 'BSD-3-Clause', sources: ['licence-file'] },
  });
  const keras = makeFramework('keras', { name: 'Keras' });

  it('gives every column a cell and lists only the support states in use', () => {
    const rows = compareRows([torch, jax]);
    expect(rows.map((r) => r.id)).toEqual(['jax', 'pytorch']);
    expect(rows[0].cells).toHaveLength(COLUMN_IDS.size);
    expect(statesInUse(rows)).toEqual(
      ['yes', 'partial', 'no', 'unknown', 'not-applicable'].filter((s) =>
        rows.some((r) => r.cells.some((c) => c.state === s)),
      ),
    );
    expect(statesInUse(compareRows([]))).toEqual([]);
  });

  it('makes one canonical page per pair', () => {
    expect(pairSlug('pytorch', 'jax')).toBe('jax-vs-pytorch');
    expect(pairSlug('jax', 'pytorch')).toBe('jax-vs-pytorch');
    const pairs = allPairs(['pytorch', 'jax', 'keras', 'jax']);
    expect(pairs).toEqual([
      ['jax', 'keras'],
      ['jax', 'pytorch'],
      ['keras', 'pytorch'],
    ]);
    expect(allPairs(Array.from({ length: 27 }, (_, i) => `f${i}`))).toHaveLength((27 * 26) / 2);
  });

  it('marks exactly the facts that differ and says so in one sentence', () => {
    const facts = pairFacts(jax, torch);
    expect(facts.filter((f) => f.differs).map((f) => f.label)).toEqual(['Licence']);
    expect(pairSummary(jax, torch)).toMatch(
      /^JAX is an active full framework \(Apache 2\.0.*PyTorch is an active full framework \(BSD 3-Clause.*differ in 1 of \d+ sourced facts\.$/,
    );
  });

  it('counts differences one way everywhere: sourced facts only, whichever columns are shown', () => {
    const facts = pairFacts(jax, torch);
    const { differing, total } = differenceCount(facts);
    expect(differing).toBe(1);
    // Every column except the editorial opinions.
    expect(total).toBe(facts.filter((f) => f.group !== 'editorial').length);
    expect(differenceText(facts)).toBe(
      `1 of ${total} sourced facts differ (editorial opinions are not counted).`,
    );
    expect(pairSummary(jax, torch)).toContain(`differ in 1 of ${total} sourced facts`);
    // The browser's side-by-side view counts with the same function.
    expect(
      countDifferences([
        ['Yes', 'Yes'],
        ['Yes', 'No'],
        ['a', 'a', 'b'],
      ]),
    ).toEqual({ differing: 2, total: 3 });
  });

  it('puts the filtered attributes first, in filter order', () => {
    const s = emptyState();
    expect(promotedColumns(s.filters)).toEqual([]);
    s.filters.hw = ['rocm', 'metal'];
    s.filters.deploy = ['mobile'];
    s.filters.kind = ['full-framework'];
    expect(promotedColumns(s.filters)).toEqual(['kind', 'hw-rocm', 'hw-metal', 'dep-mobile']);
    for (const c of promotedColumns(s.filters)) expect(COLUMN_IDS.has(c)).toBe(true);
  });

  it('lists a framework’s comparisons with related and same-kind frameworks first', () => {
    const flax = makeFramework('flax', {
      name: 'Flax',
      kind: 'nn-library',
      relations: [{ type: 'built-on', target: 'jax', sources: ['s1'] }],
    });
    const onnx = makeFramework('onnx', { name: 'ONNX', kind: 'interchange-format' });
    const list = comparisonsFor('jax', [jax, onnx, torch, keras, flax]);
    expect(list.map((c) => c.other.id)).toEqual(['flax', 'keras', 'pytorch', 'onnx']);
    expect(list[0]).toMatchObject({ slug: 'flax-vs-jax', reason: 'Foundation for' });
    expect(list[1].reason).toBe('Same kind');
    expect(list[3].reason).toBeUndefined();
    expect(comparisonsFor('nope', [jax])).toEqual([]);
  });

  it('writes three picker rules per framework, not one per pair', () => {
    const css = vsPickerRules(['jax', 'pytorch']);
    expect(css.trim().split('\n')).toHaveLength(1 + 3 * 2);
    expect(css).toContain('.vs:has(.vs-a option[value="jax"]:checked) .vs-for-jax{display:block}');
    expect(css).toContain('.vs:has(.vs-b option[value="pytorch"]:checked) .vs-to-pytorch{display:list-item}');
  });

  it('lists guides about both frameworks before guides about one', () => {
    const guides = [
      { id: 'one', data: { frameworks: ['jax'] } },
      { id: 'both', data: { frameworks: ['pytorch', 'jax'] } },
      { id: 'none', data: { frameworks: ['keras'] } },
    ];
    expect(relatedGuides('jax', 'pytorch', guides).map((g) => g.id)).toEqual(['both', 'one']);
    expect(relatedGuides('keras', 'pytorch', guides).map((g) => g.id)).toEqual(['both', 'none']);
    void keras;
  });
});
