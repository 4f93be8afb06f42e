import type { Platform } from '../data/compatibility';
import type { ResolverFramework } from '../lib/compat/facts';
import {
  accelLabel,
  parseAccel,
  parseState,
  resolve,
  serializeState,
  type LineFacts,
} from '../lib/compat/resolve';

/** Creates an element with a class and text; every string from data goes in as text, never HTML. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = '', cls = ''): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

/**
 * The /compatibility/ resolver. The server renders the form (hidden without JavaScript) and the
 * links to every framework's full table; this reads the form, keeps it in the URL, and writes
 * one answer per framework: the newest line that fits, the cited cells, the install command with
 * a copy button, or the reasons nothing fits.
 */
export class AtlasResolver extends HTMLElement {
  private data: ResolverFramework[] = [];
  private form!: HTMLFormElement;
  private out!: HTMLElement;

  connectedCallback() {
    this.data = JSON.parse(this.dataset.facts ?? '[]') as ResolverFramework[];
    this.form = this.querySelector('form')!;
    this.out = this.querySelector('[data-results]')!;
    const opts = (name: string) =>
      [
        ...this.form.querySelectorAll<HTMLInputElement | HTMLOptionElement>(
          `[name=${name}] option, input[name=${name}]`,
        ),
      ].map((o) => o.value);
    const s = parseState(location.search, {
      frameworks: opts('fw'),
      python: opts('py'),
      platforms: opts('on'),
      accels: opts('acc'),
    });
    for (const box of this.form.querySelectorAll<HTMLInputElement>('input[name=fw]'))
      box.checked = s.frameworks.includes(box.value);
    for (const [k, v] of [
      ['py', s.python],
      ['on', s.platform],
      ['acc', s.accel],
    ] as const)
      if (v) (this.form.elements.namedItem(k) as HTMLSelectElement).value = v;
    this.form.addEventListener('change', () => this.update(true));
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      this.update(true);
    });
    this.out.addEventListener('click', (e) => void this.copy(e));
    this.update(false);
  }

  private state() {
    const f = new FormData(this.form);
    const get = (k: string) => (f.get(k) as string) || undefined;
    return {
      frameworks: f.getAll('fw') as string[],
      python: get('py'),
      platform: get('on'),
      accel: get('acc'),
    };
  }

  private update(push: boolean) {
    const s = this.state();
    if (push) history.replaceState(null, '', serializeState(s) || location.pathname);
    const label = (p: string) =>
      this.form.querySelector<HTMLOptionElement>(`[name=on] option[value="${p}"]`)?.text ?? p;
    const q = { python: s.python, platform: s.platform as Platform | undefined, accel: parseAccel(s.accel) };
    const chosen = this.data.filter((d) => !s.frameworks.length || s.frameworks.includes(d.id));
    const parts = [
      s.python && `Python ${s.python}`,
      s.platform && label(s.platform),
      q.accel && accelLabel(q.accel),
    ].filter(Boolean);
    this.out.replaceChildren(
      el(
        'p',
        `${chosen.length} framework${chosen.length === 1 ? '' : 's'}${parts.length ? `, ${parts.join(', ')}` : ''}.`,
        'muted text-sm',
      ),
      ...chosen.map((d) => this.answer(d, q, label)),
    );
  }

  private answer(d: ResolverFramework, q: Parameters<typeof resolve>[1], label: (p: string) => string) {
    const box = el('article', '', 'card compat-answer');
    box.dataset.framework = d.id;
    box.append(el('h3', d.name));
    const a = resolve(d.lines, q, label, d.name);
    const table = `${this.dataset.base}frameworks/${d.id}/versions/`;
    const more = el('a', 'Full table');
    if (!a.ok) {
      box.dataset.ok = 'false';
      box.append(el('p', 'No release line fits.', 'compat-none'));
      const ul = el('ul');
      for (const r of a.reasons) ul.append(el('li', r));
      more.href = table;
      box.append(ul, more);
      return box;
    }
    box.dataset.ok = 'true';
    const line: LineFacts = a.line;
    const p = el('p');
    p.append(
      'Newest that fits: ',
      el('strong', `${d.name} ${line.version}`),
      ` (${line.latest}, ${line.latestDate})`,
    );
    box.append(p);
    const cells = el('ul', '', 'text-sm');
    const cite = (text: string, ids: string[] = []) => {
      const li = el('li', `${text} `);
      for (const id of ids) {
        const [title, url, read] = d.sources[id] ?? [];
        if (!url) continue;
        const link = el('a', title);
        link.href = url;
        li.append(link, ` (read ${read}) `);
      }
      cells.append(li);
    };
    if (q.python) cite(`Python ${q.python} ✓`, line.src?.python);
    if (q.platform) cite(`${label(q.platform)} ✓`, line.src?.platforms);
    const acc = a.accelerator;
    if (acc)
      cite(
        `${accelLabel(parseAccel(acc.kind)!)}${acc.versions.length ? ` ${acc.versions.join(', ')}` : ''}: ${acc.status}${acc.note ? `. ${acc.note}` : ''}`,
        acc.src,
      );
    box.append(cells);
    if (a.commands.length === 0)
      box.append(el('p', 'No install command recorded for this combination; see the table.', 'text-sm'));
    for (const c of a.commands) {
      const row = el('div', '', 'compat-copy');
      const pre = el('pre', '', 'compat-cmd');
      pre.append(el('code', c.command));
      const btn = el('button', 'Copy', 'btn text-sm');
      btn.type = 'button';
      btn.dataset.copy = c.command;
      btn.setAttribute('aria-label', `Copy: ${c.command}`);
      row.append(pre, btn);
      box.append(
        el(
          'p',
          `${c.manager}${c.accelVersion ? `, ${c.accelerator.toUpperCase()} ${c.accelVersion}` : ''}${q.platform ? '' : `, ${c.os}`}`,
          'text-sm muted',
        ),
        row,
      );
    }
    more.href = `${table}#v${line.version.replace(/\./g, '-')}`;
    box.append(more);
    if (q.platform && (!q.accel || q.accel.kind === 'cpu')) {
      const others = line.accelerators.filter((x) => x.kind !== 'cpu' && x.platforms.includes(q.platform!));
      const gpu = d.lines.flatMap((l) =>
        l.accelerators
          .filter((x) => x.kind !== 'cpu' && x.platforms.includes(q.platform!))
          .map((x) => `${accelLabel({ kind: x.kind as 'cpu' })} ${x.status} in ${l.version}`),
      );
      if (!others.length && gpu.length)
        box.append(
          el(
            'p',
            `Accelerators on this computer: only in older lines (${gpu.slice(0, 2).join('; ')}).`,
            'text-sm',
          ),
        );
    }
    return box;
  }

  private async copy(e: Event) {
    const btn = (e.target as HTMLElement).closest<HTMLButtonElement>('[data-copy]');
    if (!btn) return;
    let ok = true;
    try {
      await navigator.clipboard.writeText(btn.dataset.copy!);
    } catch {
      ok = false;
      // Without clipboard access, select the command so the reader can copy it by hand.
      const code = btn.previousElementSibling;
      if (code) getSelection()?.selectAllChildren(code);
    }
    btn.textContent = ok ? 'Copied' : 'Select and copy';
    this.querySelector('[data-announce]')!.textContent = ok
      ? 'Command copied'
      : 'Copy failed; select the command to copy it';
  }
}
