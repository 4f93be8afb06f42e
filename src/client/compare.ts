import {
  FACETS,
  MAX_PICK,
  emptyState,
  matches,
  parseState,
  serializeState,
  sortOrder,
  viewToCsv,
  viewToJson,
  type Allowed,
  type CompareState,
  type Facet,
  type Facets,
} from '../lib/compare/state';

const COLS_KEY = 'atlas-compare-cols';

interface Row {
  el: HTMLTableRowElement;
  id: string;
  name: string;
  facets: Facets;
}

/** Storage that fails safe: blocked storage simply means nothing is remembered. */
function store(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/**
 * Behaviour for the server-rendered comparison table: filters, free text, sort, column choice,
 * side-by-side picks and export. The URL is the single source of truth for shareable state:
 * every change writes it (push for discrete changes, replace while typing), and Back re-applies it.
 */
export class AtlasCompare extends HTMLElement {
  private rows: Row[] = [];
  private state: CompareState = emptyState();
  private allowed!: Allowed;
  private form!: HTMLElement;
  private table!: HTMLTableElement;
  private typing?: number;

  connectedCallback(): void {
    this.form = this.querySelector('.compare-controls')!;
    this.table = this.querySelector('table')!;
    this.rows = [...this.table.tBodies[0]!.rows].map((el) => {
      const d = el.dataset;
      const list = (v = '') => v.split(' ').filter(Boolean);
      return {
        el,
        id: d.id!,
        name: el.cells[0]!.dataset.sort!,
        facets: { kind: d.kind!, status: d.status!, licence: d.licence!, lang: list(d.lang), hw: list(d.hw), deploy: list(d.deploy), exec: d.exec!, text: d.text! },
      };
    });
    const values = Object.fromEntries(FACETS.map((f) => [f, new Set(this.inputs(f).map((i) => i.value))])) as Record<Facet, Set<string>>;
    this.allowed = { values, columns: new Set(this.inputs('col').map((i) => i.value)), ids: new Set(this.rows.map((r) => r.id)) };

    this.form.addEventListener('change', (e) => this.onChange(e.target as HTMLInputElement));
    this.form.addEventListener('input', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name !== 'q') return;
      this.state.q = t.value;
      this.applyRows();
      clearTimeout(this.typing);
      this.typing = window.setTimeout(() => this.writeUrl(false), 400);
    });
    this.form.addEventListener('click', (e) => {
      const action = (e.target as HTMLElement).closest('button')?.dataset.action;
      if (action === 'reset') this.reset();
      else if (action === 'csv' || action === 'json') this.download(action);
    });
    this.table.tHead!.addEventListener('click', (e) => {
      const th = (e.target as HTMLElement).closest('button.sort')?.closest('th');
      if (!th) return;
      const col = th.dataset.col!;
      const dir = this.state.sort?.col === col && this.state.sort.dir === 'asc' ? 'desc' : 'asc';
      this.state.sort = col === 'name' && dir === 'asc' ? undefined : { col, dir };
      this.applySort();
      this.writeUrl(true);
    });
    this.table.tBodies[0]!.addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (box.name !== 'pick') return;
      this.state.pick = box.checked ? [...this.state.pick, box.value].slice(0, MAX_PICK) : this.state.pick.filter((p) => p !== box.value);
      this.applyPick();
      this.writeUrl(true);
    });
    window.addEventListener('popstate', () => this.load());
    this.load();
  }

  private query(): HTMLInputElement {
    return this.form.querySelector<HTMLInputElement>('input[name="q"]')!;
  }

  private inputs(name: string): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)];
  }

  /** Reads the URL (and remembered columns), then brings controls and table in line with it. */
  private load(): void {
    this.state = parseState(location.search, this.allowed);
    if (!this.state.cols) {
      const saved = store()?.getItem(COLS_KEY);
      if (saved) this.state.cols = parseState(`?cols=${encodeURIComponent(saved)}`, this.allowed).cols;
    }
    for (const f of FACETS) for (const i of this.inputs(f)) i.checked = this.state.filters[f].includes(i.value);
    this.query().value = this.state.q;
    for (const i of this.inputs('pick')) i.checked = this.state.pick.includes(i.value);
    this.applyColumns();
    this.applySort();
    this.applyRows();
    this.applyPick();
  }

  private onChange(input: HTMLInputElement): void {
    if (input.name === 'q') return;
    if (input.name === 'col') {
      this.state.cols = this.inputs('col').filter((i) => i.checked).map((i) => i.value);
      store()?.setItem(COLS_KEY, this.state.cols.join(','));
      this.applyColumns();
      this.applyPick();
    } else {
      const facet = input.name as Facet;
      this.state.filters[facet] = this.inputs(facet).filter((i) => i.checked).map((i) => i.value);
      this.applyRows();
    }
    this.writeUrl(true);
  }

  private reset(): void {
    const { cols, sort, pick } = this.state;
    this.state = { ...emptyState(), cols, sort, pick };
    for (const f of FACETS) for (const i of this.inputs(f)) i.checked = false;
    this.query().value = '';
    this.applyRows();
    this.writeUrl(true);
  }

  private writeUrl(push: boolean): void {
    const url = `${location.pathname}${serializeState(this.state)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  /** Shows the rows that pass the filters and announces the count. */
  applyRows(): void {
    let shown = 0;
    for (const r of this.rows) {
      const ok = matches(r.facets, this.state);
      if (r.el.hidden === ok) r.el.hidden = !ok;
      if (ok) shown++;
    }
    this.querySelector('.compare-count')!.textContent = `${shown} of ${this.rows.length} frameworks shown.`;
  }

  private visibleColumns(): Set<string> {
    const chosen = this.state.cols;
    return new Set(chosen ?? this.inputs('col').filter((i) => i.dataset.default !== undefined).map((i) => i.value));
  }

  private applyColumns(): void {
    const visible = this.visibleColumns();
    for (const i of this.inputs('col')) i.checked = visible.has(i.value);
    for (const cell of this.table.querySelectorAll<HTMLElement>('[data-col]')) {
      const col = cell.dataset.col!;
      if (col !== 'name') cell.classList.toggle('col-off', !visible.has(col));
    }
  }

  private applySort(): void {
    const { col, dir } = this.state.sort ?? { col: 'name', dir: 'asc' as const };
    const index = [...this.table.tHead!.rows[0]!.cells].findIndex((th) => th.dataset.col === col);
    const keyed = this.rows.map((r) => ({ ...r, key: r.el.cells[index]?.dataset.sort ?? '' }));
    const body = this.table.tBodies[0]!;
    body.append(...sortOrder(keyed, dir).map((r) => r.el));
    for (const th of this.table.tHead!.rows[0]!.cells) {
      if (th.dataset.col === col) th.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
  }

  /** The header labels and the text of every shown row, over the visible columns. */
  private view(rows = this.rows.filter((r) => !r.el.hidden)): { header: string[]; rows: string[][] } {
    const cells = [...this.table.tHead!.rows[0]!.cells];
    const keep = cells.map((th, i) => ({ th, i })).filter(({ th }) => !th.classList.contains('col-off'));
    const text = (el: Element | undefined) => (el?.querySelector('.v, a') ?? el)?.textContent?.trim() ?? '';
    return {
      header: keep.map(({ th }) => text(th.querySelector('button') ?? th)),
      rows: rows.map((r) => keep.map(({ i }) => text(r.el.cells[i]))),
    };
  }

  private download(kind: 'csv' | 'json'): void {
    const { header, rows } = this.view();
    const body = kind === 'csv' ? viewToCsv(header, rows) : viewToJson(header, rows);
    const a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([body], { type: kind === 'csv' ? 'text/csv' : 'application/json' }));
    a.download = `frameworks.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  /** The side-by-side view of 2–4 picked frameworks, with differing rows marked in words. */
  private applyPick(): void {
    const panel = this.querySelector<HTMLElement>('.pick-panel')!;
    const picked = this.state.pick.map((id) => this.rows.find((r) => r.id === id)!).filter(Boolean);
    for (const i of this.inputs('pick')) i.disabled = !i.checked && picked.length >= MAX_PICK;
    panel.hidden = picked.length === 0;
    const hint = panel.querySelector('.pick-hint')!;
    const body = panel.querySelector('.pick-body')!;
    if (picked.length < 2) {
      hint.textContent = `Tick ${2 - picked.length} more framework${picked.length === 1 ? '' : 's'} in the table (up to ${MAX_PICK}).`;
      body.replaceChildren();
      return;
    }
    const { header, rows } = this.view(picked);
    const differing = header.slice(1).filter((_, c) => new Set(rows.map((r) => r[c + 1])).size > 1).length;
    hint.textContent = `${differing} of ${header.length - 1} shown attributes differ.`;
    const table = document.createElement('table');
    table.className = 'data-table';
    const head = table.createTHead().insertRow();
    const corner = document.createElement('th');
    corner.textContent = 'Attribute';
    head.append(corner);
    for (const r of picked) {
      const th = document.createElement('th');
      th.scope = 'col';
      th.textContent = r.name;
      head.append(th);
    }
    const tbody = table.createTBody();
    header.slice(1).forEach((label, c) => {
      const values = rows.map((r) => r[c + 1]!);
      const differs = new Set(values).size > 1;
      const tr = tbody.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = differs ? `${label} (differs)` : label;
      if (differs) tr.className = 'differs';
      tr.append(th);
      for (const v of values) tr.insertCell().textContent = v;
    });
    const wrap = document.createElement('div');
    wrap.className = 'table-scroll';
    wrap.tabIndex = 0;
    wrap.setAttribute('role', 'group');
    wrap.setAttribute('aria-label', 'Side-by-side table');
    wrap.append(table);
    const nodes: Node[] = [wrap];
    if (picked.length === 2) {
      const [a, b] = [picked[0]!.id, picked[1]!.id].sort();
      const link = document.createElement('a');
      link.href = `${this.dataset.base ?? '/'}compare/${a}-vs-${b}/`;
      link.textContent = `Open the full ${picked[0]!.name} vs ${picked[1]!.name} page`;
      const p = document.createElement('p');
      p.className = 'mt-2';
      p.append(link);
      nodes.push(p);
    }
    body.replaceChildren(...nodes);
  }
}
