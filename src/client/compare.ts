import {
  FACETS,
  MAX_PICK,
  countDifferences,
  differenceSentence,
  emptyState,
  matches,
  parseState,
  promotedColumns,
  serializeState,
  sortOrder,
  viewToCsv,
  viewToJson,
  type Allowed,
  type CompareState,
  type Facet,
  type Facets,
} from '../lib/compare/state';
import { readKey, safeStorage, writeKey } from './storage';

const COLS_KEY = 'atlas-compare-cols';
/** The last frameworks picked for side by side, restored when a /compare/ URL names none. */
const PICK_KEY = 'atlas-compare-pick';
/**
 * Rows rendered at once: more than the scroll box (80vh) holds on a tall screen, and more than
 * the real catalogue has, so "Show more" appears only for very long or synthetic tables. Every
 * rendered row that a filter change removes costs about 0.2 ms on a slow 2-core machine.
 */
export const PAGE_SIZE = 30;
/**
 * Rows put into the table in the frame right after an interaction, and in each frame after it.
 * Styling and laying out a row of some twenty cells costs about 2 ms on a slow 2-core machine,
 * so a filter change shows the new count and its first rows in the next frame (within 16 ms of
 * main-thread work) and the rest follow frame by frame instead of blocking input for 60 ms.
 * While rows are still being added, or the URL is still to be written, the element has data-busy.
 */
export const FIRST_FRAME_ROWS = 2;
export const ROWS_PER_FRAME = 6;

/**
 * Runs `work` once the next frame has been painted, and returns a function that cancels it. An
 * animation-frame callback alone runs before that frame's paint, so its work would land in the
 * same frame; the task it posts runs after the paint.
 */
function afterNextPaint(work: () => void): () => void {
  let timer: number | undefined;
  const frame = requestAnimationFrame(() => {
    timer = window.setTimeout(work);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

interface Row {
  el: HTMLTableRowElement;
  box: HTMLInputElement;
  id: string;
  name: string;
  facets: Facets;
}

/**
 * Behaviour for the server-rendered comparison table: filters, free text, sort, column choice,
 * side-by-side picks and export. The URL is the single source of truth for shareable state:
 * every change writes it (push for discrete changes, replace while typing), and Back re-applies it.
 *
 * Rows live in memory; the body shows the first PAGE_SIZE rows that match, in sort order, and
 * "Show more" adds more. So a filter change re-renders at most a few dozen rows, however long
 * the table grows. Columns are hidden by one attribute on the table (CSS does the rest).
 */
export class AtlasCompare extends HTMLElement {
  private rows: Row[] = [];
  private sorted: Row[] = [];
  private matching: Row[] = [];
  private limit = PAGE_SIZE;
  private cancelRows = () => {};
  /** Rows still to be put into the table, in order, a few per frame. */
  private toAdd: HTMLTableRowElement[] = [];
  /** A URL write waiting for the first frame to be painted: true to push, false to replace. */
  private urlPending?: boolean;
  private cancelUrlWrite = () => {};
  private state: CompareState = emptyState();
  private allowed!: Allowed;
  private controls!: HTMLElement;
  private table!: HTMLTableElement;
  private typing?: number;
  private byName: Map<string, HTMLInputElement[]> = new Map();
  /** Column ids in server order (after the framework name), and the order now applied. */
  private baseOrder: string[] = [];
  private order = '';
  private arranged = new WeakMap<HTMLTableRowElement, string>();
  /** Rows whose links and boxes have left the tab order (one tab stop for the whole body). */
  private roving = new WeakSet<HTMLTableRowElement>();
  private current?: HTMLElement;

  connectedCallback(): void {
    this.controls = this.querySelector('.compare-controls')!;
    this.table = this.querySelector('table')!;
    this.baseOrder = [...this.table.tHead!.rows[0].cells].slice(1).map((th) => th.dataset.col!);
    this.order = this.baseOrder.join(' ');
    for (const i of this.controls.querySelectorAll('input'))
      this.byName.set(i.name, [...(this.byName.get(i.name) ?? []), i]);
    const list = (v = '') => v.split(' ').filter(Boolean);
    this.rows = [...this.table.tBodies[0].rows].map((el) => {
      const d = el.dataset;
      return {
        el,
        box: el.querySelector('input')!,
        id: d.id!,
        name: el.cells[0].dataset.sort!,
        facets: {
          kind: d.kind!,
          status: d.status!,
          licence: d.licence!,
          lang: list(d.lang),
          hw: list(d.hw),
          deploy: list(d.deploy),
          exec: d.exec!,
          text: d.text!,
        },
      };
    });
    const values = Object.fromEntries(
      FACETS.map((f) => [f, new Set(this.inputs(f).map((i) => i.value))]),
    ) as Record<Facet, Set<string>>;
    this.allowed = {
      values,
      columns: new Set(this.inputs('col').map((i) => i.value)),
      ids: new Set(this.rows.map((r) => r.id)),
    };

    this.controls.addEventListener('change', (e) => {
      this.flushUrl();
      this.onChange(e.target as HTMLInputElement);
    });
    this.controls.addEventListener('input', (e) => {
      const t = e.target as HTMLInputElement;
      if (t.name !== 'q') return;
      this.flushUrl();
      this.state.q = t.value;
      this.renderRows();
      clearTimeout(this.typing);
      this.typing = window.setTimeout(() => this.writeUrl(false), 400);
    });
    this.addEventListener('click', (e) => {
      const button = (e.target as HTMLElement).closest('button');
      const action = button?.dataset.action;
      if (button) this.flushUrl();
      if (action === 'reset') this.reset();
      else if (action === 'csv' || action === 'json') this.download(action);
      else if (action === 'more') {
        this.limit += PAGE_SIZE;
        this.renderRows();
      } else if (button?.classList.contains('sort')) this.onSort(button.closest('th')!.dataset.col!);
    });
    this.table.tBodies[0].addEventListener('change', (e) => {
      const box = e.target as HTMLInputElement;
      if (box.name !== 'pick') return;
      this.flushUrl();
      const before = this.state.pick.length;
      this.state.pick = box.checked
        ? [...this.state.pick, box.value].slice(0, MAX_PICK)
        : this.state.pick.filter((p) => p !== box.value);
      writeKey(PICK_KEY, this.state.pick.join(','), safeStorage());
      this.renderPick();
      // The result appears at the top of the table: bring it to where the reader is looking.
      if (before < 2 && this.state.pick.length >= 2) this.showPick();
      this.writeUrlSoon(true);
    });
    this.querySelector('.pick-panel')!.addEventListener('click', (e) => {
      if (!(e.target as HTMLElement).closest('[data-action="unpick"]')) return;
      this.state.pick = [];
      writeKey(PICK_KEY, '', safeStorage());
      for (const r of this.rows) r.box.checked = false;
      this.renderPick();
      this.writeUrlSoon(true);
      this.table.tBodies[0].querySelector<HTMLElement>('[tabindex="0"]')?.focus();
    });
    this.table.tBodies[0].addEventListener('keydown', (e) => this.onArrow(e));
    this.table.tBodies[0].addEventListener('focusin', (e) => this.setCurrent(e.target as HTMLElement));
    window.addEventListener('popstate', () => {
      // The URL the reader went back to is the state now; a write still waiting would be stale.
      this.cancelUrl();
      this.load();
    });
    this.load();
  }

  private inputs(name: string): HTMLInputElement[] {
    return this.byName.get(name) ?? [];
  }

  /** Reads the URL (and remembered columns), then brings controls and table in line with it. */
  private load(): void {
    this.state = parseState(location.search, this.allowed);
    if (!this.state.pick.length) {
      const saved = readKey(PICK_KEY, safeStorage());
      if (saved) {
        this.state.pick = parseState(`?pick=${encodeURIComponent(saved)}`, this.allowed).pick;
        if (this.state.pick.length) this.writeUrl(false);
      }
    }
    if (!this.state.cols) {
      const saved = readKey(COLS_KEY, safeStorage());
      if (saved) this.state.cols = parseState(`?cols=${encodeURIComponent(saved)}`, this.allowed).cols;
    }
    for (const f of FACETS)
      for (const i of this.inputs(f)) i.checked = this.state.filters[f].includes(i.value);
    this.inputs('q')[0].value = this.state.q;
    for (const r of this.rows) r.box.checked = this.state.pick.includes(r.id);
    this.limit = PAGE_SIZE;
    this.renderColumns();
    this.sortRows();
    // At load (and on Back) the whole page is rendered at once: no layout shift while reading.
    this.renderRows(false);
    this.renderPick();
  }

  private onChange(input: HTMLInputElement): void {
    if (input.name === 'q') return;
    if (input.name === 'col') {
      this.state.cols = this.inputs('col')
        .filter((i) => i.checked)
        .map((i) => i.value);
      writeKey(COLS_KEY, this.state.cols.join(','), safeStorage());
      this.renderColumns();
      this.renderPick();
    } else {
      const facet = input.name as Facet;
      this.state.filters[facet] = this.inputs(facet)
        .filter((i) => i.checked)
        .map((i) => i.value);
      this.limit = PAGE_SIZE;
      this.renderRows();
    }
    this.writeUrlSoon(true);
  }

  private onSort(col: string): void {
    const dir = this.state.sort?.col === col && this.state.sort.dir === 'asc' ? 'desc' : 'asc';
    this.state.sort = col === 'name' && dir === 'asc' ? undefined : { col, dir };
    this.sortRows();
    this.renderRows();
    this.writeUrlSoon(true);
  }

  private reset(): void {
    const { cols, sort, pick } = this.state;
    this.state = { ...emptyState(), cols, sort, pick };
    for (const f of FACETS) for (const i of this.inputs(f)) i.checked = false;
    this.inputs('q')[0].value = '';
    this.limit = PAGE_SIZE;
    this.renderRows();
    this.writeUrlSoon(true);
  }

  /**
   * Writes the URL after the next frame has been painted: pushState costs a few milliseconds on a
   * slow machine, and the reader sees the table before the address bar. A change that comes
   * before the write first writes the state before it (flushUrl), so each change keeps its own
   * history entry.
   */
  private writeUrlSoon(push: boolean): void {
    this.cancelUrlWrite();
    this.urlPending = push;
    this.cancelUrlWrite = afterNextPaint(() => this.flushUrl());
    this.updateBusy();
  }

  private flushUrl(): void {
    const push = this.urlPending;
    this.cancelUrl();
    if (push !== undefined) this.writeUrl(push);
    this.updateBusy();
  }

  private cancelUrl(): void {
    this.cancelUrlWrite();
    this.urlPending = undefined;
  }

  private updateBusy(): void {
    if (this.toAdd.length || this.urlPending !== undefined) this.dataset.busy = '';
    else delete this.dataset.busy;
  }

  private writeUrl(push: boolean): void {
    const url = `${location.pathname}${serializeState(this.state)}${location.hash}`;
    if (url === `${location.pathname}${location.search}${location.hash}`) return;
    history[push ? 'pushState' : 'replaceState'](null, '', url);
  }

  private sortRows(): void {
    const { col, dir } = this.state.sort ?? { col: 'name', dir: 'asc' as const };
    const index = [...this.table.tHead!.rows[0].cells].findIndex((th) => th.dataset.col === col);
    this.sorted = sortOrder(
      this.rows.map((r) => ({ ...r, key: r.el.cells[index]?.dataset.sort ?? '' })),
      dir,
    );
    // Attributes are written only when they change: on load the server's markup is already right,
    // and a needless write would make the browser recompute the whole table's style.
    for (const th of this.table.tHead!.rows[0].cells) {
      const want = th.dataset.col === col ? (dir === 'asc' ? 'ascending' : 'descending') : null;
      if (th.getAttribute('aria-sort') === want) continue;
      if (want) th.setAttribute('aria-sort', want);
      else th.removeAttribute('aria-sort');
    }
  }

  /**
   * Renders the first `limit` matching rows in sort order and announces the count. Rows already
   * in place at the top are kept and the others taken out; when `progressive`, FIRST_FRAME_ROWS
   * of the new rows go in now and ROWS_PER_FRAME after each following paint, else all of them now.
   */
  renderRows(progressive = true): void {
    this.cancelRows();
    this.matching = this.sorted.filter((r) => matches(r.facets, this.state));
    this.arrangeHeader();
    const shown = this.matching.slice(0, this.limit).map((r) => r.el);
    for (const el of shown) this.prepare(el);
    const body = this.table.tBodies[0];
    let kept = 0;
    while (kept < shown.length && body.rows[kept] === shown[kept]) kept++;
    if (body.rows.length > kept) {
      // The rows after the kept ones go in one operation: a remove() per row has DOM bookkeeping
      // of its own, and replaceChildren() would take out and put back the kept rows too.
      const range = document.createRange();
      range.setStartBefore(body.rows[kept]);
      range.setEndAfter(body.rows[body.rows.length - 1]);
      range.deleteContents();
    }
    this.toAdd = shown.slice(kept);
    this.addRows(progressive ? FIRST_FRAME_ROWS : this.toAdd.length);
    const m = this.matching.length;
    const total = this.rows.length;
    const count = this.querySelector('.compare-count')!;
    const text =
      m > shown.length
        ? `${m} of ${total} frameworks match; the first ${shown.length} are shown.`
        : `${m} of ${total} frameworks shown.`;
    if (count.textContent !== text) count.textContent = text;
    const more = this.querySelector<HTMLButtonElement>('[data-action="more"]')!;
    if (more.hidden !== m <= shown.length) more.hidden = m <= shown.length;
    more.textContent = `Show ${Math.min(PAGE_SIZE, m - shown.length)} more`;
  }

  /** Appends the next `n` rows, and plans the next ones for after the next paint. */
  private addRows(n: number): void {
    this.table.tBodies[0].append(...this.toAdd.splice(0, n));
    if (this.toAdd.length) this.cancelRows = afterNextPaint(() => this.addRows(ROWS_PER_FRAME));
    this.updateBusy();
  }

  private visibleColumns(): Set<string> {
    return new Set([
      ...(this.state.cols ??
        this.inputs('col')
          .filter((i) => i.dataset.default !== undefined)
          .map((i) => i.value)),
      ...promotedColumns(this.state.filters),
    ]);
  }

  /** The column order the filters ask for: the filtered attributes first, then the rest. */
  private wantedOrder(): string[] {
    const first = promotedColumns(this.state.filters).filter((c) => this.baseOrder.includes(c));
    return [...first, ...this.baseOrder.filter((c) => !first.includes(c))];
  }

  /**
   * Moves the header cells into the wanted order and re-applies the column choice (filtered
   * columns are always shown). Body rows follow lazily in prepare(), only when they are put in
   * the table or read, so a filter change touches a few dozen rows, however long the table is.
   */
  private arrangeHeader(): void {
    const wanted = this.wantedOrder();
    const key = wanted.join(' ');
    if (key === this.order) return;
    this.order = key;
    const head = this.table.tHead!.rows[0];
    this.reorder(head, wanted);
    const promoted = new Set(promotedColumns(this.state.filters));
    for (const th of head.cells) th.classList.toggle('promoted', promoted.has(th.dataset.col!));
    this.renderColumns();
  }

  private reorder(tr: HTMLTableRowElement, wanted: readonly string[]): void {
    const byCol = new Map([...tr.cells].slice(1).map((c) => [c.dataset.col!, c]));
    tr.append(...wanted.map((c) => byCol.get(c)!));
  }

  /** Brings one row to the current column order and takes its controls out of the tab order. */
  private prepare(el: HTMLTableRowElement): void {
    const base = this.baseOrder.join(' ');
    if ((this.arranged.get(el) ?? base) !== this.order) {
      this.reorder(el, this.order.split(' '));
      this.arranged.set(el, this.order);
    }
    if (!this.roving.has(el)) {
      this.roving.add(el);
      for (const f of this.focusables(el)) if (f !== this.current) f.tabIndex = -1;
    }
    if (!this.current) {
      const first = this.focusables(el).find((f) => f.matches('a'));
      if (first) this.setCurrent(first);
    }
  }

  private focusables(root: Element): HTMLElement[] {
    return [...root.querySelectorAll<HTMLElement>('a[href], input')];
  }

  /** The one element of the table body in the tab order: the last one focused. */
  private setCurrent(el: HTMLElement): void {
    if (!el.matches('a[href], input') || el === this.current) return;
    if (this.current) this.current.tabIndex = -1;
    el.tabIndex = 0;
    this.current = el;
  }

  /**
   * Arrow keys move between the table's links and boxes (left/right along a row, up/down in
   * the same column), so the body is one tab stop instead of hundreds; Tab leaves the table.
   */
  private onArrow(e: KeyboardEvent): void {
    const dirs: Record<string, [number, number]> = {
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
    };
    const d = dirs[e.key];
    const from = e.target as HTMLElement;
    if (!d || e.altKey || e.ctrlKey || e.metaKey || !from.matches('a[href], input')) return;
    const cell = from.closest('td, th')!;
    const tr = cell.parentElement as HTMLTableRowElement;
    const visible = (c: Element) => (c as HTMLElement).offsetParent !== null;
    let target: HTMLElement | undefined;
    if (d[1]) {
      const list = this.focusables(tr).filter((f) => visible(f.closest('td, th')!));
      target = list[list.indexOf(from) + d[1]];
    } else {
      const rows = [...this.table.tBodies[0].rows];
      const col = (cell as HTMLElement).dataset.col;
      for (let i = rows.indexOf(tr) + d[0]; i >= 0 && i < rows.length && !target; i += d[0]) {
        const c = col ? rows[i].querySelector(`[data-col="${col}"]`) : rows[i].cells[0];
        target = c ? this.focusables(c).find((f) => f.matches('a')) : undefined;
      }
    }
    if (!target) return;
    e.preventDefault();
    this.setCurrent(target);
    target.focus();
  }

  private renderColumns(): void {
    const visible = this.visibleColumns();
    for (const i of this.inputs('col')) i.checked = visible.has(i.value);
    const hide = this.inputs('col')
      .filter((i) => !visible.has(i.value))
      .map((i) => i.value)
      .join(' ');
    if (this.table.dataset.hide !== hide) this.table.dataset.hide = hide;
  }

  /** The header labels and the text of the given rows (default: every match), over visible columns. */
  private view(rows: readonly Row[] = this.matching): { header: string[]; rows: string[][] } {
    for (const r of rows) this.prepare(r.el);
    const visible = this.visibleColumns();
    const cells = [...this.table.tHead!.rows[0].cells];
    const keep = cells
      .map((th, i) => ({ th, i }))
      .filter(({ th }) => th.dataset.col === 'name' || visible.has(th.dataset.col!));
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
    a.href = URL.createObjectURL(
      new Blob([body], { type: kind === 'csv' ? 'text/csv' : 'application/json' }),
    );
    a.download = `frameworks.${kind}`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  }

  /** Differences over every sourced fact (not only the shown columns), as pair pages count them. */
  private countFacts(picked: readonly Row[]): { differing: number; total: number } {
    const counted = [...this.table.tHead!.rows[0].cells].filter((th) => th.dataset.counted !== undefined);
    return countDifferences(
      counted.map((th) =>
        picked.map((r) => r.el.querySelector(`[data-col="${th.dataset.col}"] .v`)?.textContent?.trim() ?? ''),
      ),
    );
  }

  /** Scrolls the side-by-side result into view and moves focus to its heading. */
  private showPick(): void {
    const heading = this.querySelector<HTMLElement>('#pick-title')!;
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    heading.scrollIntoView({ block: 'start', behavior: still ? 'auto' : 'smooth' });
    heading.focus({ preventScroll: true });
  }

  /** The side-by-side view of 2–4 picked frameworks, with differing rows marked in words. */
  private renderPick(): void {
    const panel = this.querySelector<HTMLElement>('.pick-panel')!;
    const picked = this.state.pick
      .map((id) => this.rows.find((r) => r.id === id))
      .filter((r): r is Row => Boolean(r));
    for (const r of this.rows) r.box.disabled = !r.box.checked && picked.length >= MAX_PICK;
    panel.hidden = picked.length === 0;
    const hint = panel.querySelector('.pick-hint')!;
    const body = panel.querySelector('.pick-body')!;
    if (picked.length < 2) {
      hint.textContent = `Tick ${2 - picked.length} more framework${picked.length === 1 ? '' : 's'} in the table (up to ${MAX_PICK}).`;
      body.replaceChildren();
      return;
    }
    const { header, rows } = this.view(picked);
    hint.textContent = differenceSentence(this.countFacts(picked));
    const table = document.createElement('table');
    table.className = 'data-table stack-table';
    const head = table.createTHead().insertRow();
    const cell = (tag: 'th', text: string) =>
      Object.assign(document.createElement(tag), { textContent: text });
    head.append(
      cell('th', 'Attribute'),
      ...picked.map((r) => Object.assign(cell('th', r.name), { scope: 'col' })),
    );
    const tbody = table.createTBody();
    header.slice(1).forEach((label, c) => {
      const values = rows.map((r) => r[c + 1]);
      const differs = new Set(values).size > 1;
      const tr = tbody.insertRow();
      if (differs) tr.className = 'differs';
      tr.append(Object.assign(cell('th', differs ? `${label} (differs)` : label), { scope: 'row' }));
      values.forEach((v, i) => {
        const td = tr.insertCell();
        td.textContent = v;
        td.dataset.label = picked[i].name;
      });
    });
    const wrap = Object.assign(document.createElement('div'), { className: 'table-scroll', tabIndex: 0 });
    wrap.setAttribute('role', 'group');
    wrap.setAttribute('aria-label', 'Side-by-side table');
    wrap.append(table);
    const nodes: Node[] = [wrap];
    if (picked.length === 2) {
      const [a, b] = [picked[0].id, picked[1].id].sort();
      const link = Object.assign(document.createElement('a'), {
        href: `${this.dataset.base ?? '/'}compare/${a}-vs-${b}/`,
        textContent: `Open the full ${picked[0].name} vs ${picked[1].name} page`,
      });
      const p = Object.assign(document.createElement('p'), { className: 'mt-2' });
      p.append(link);
      nodes.push(p);
    }
    body.replaceChildren(...nodes);
  }
}
