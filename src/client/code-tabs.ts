import { MAX_SIDE, namesList, parseSide, serializeSide, tabKeyTarget } from '../lib/snippets/tabs';
import { readKey, safeStorage, writeKey } from './storage';

/** localStorage key of the framework last chosen in any code tabs. */
const KEY = 'atlas-code-framework';
/** The last side-by-side choice, used when a task's URL has no ?side= (comma-separated ids). */
const SIDE_KEY = 'atlas-code-side';
/** Fired on document when a reader picks a framework, so every tab group on the page follows. */
const SELECT = 'atlas-code-select';

/** Copies text with the Clipboard API, falling back to a selected textarea and execCommand. */
async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'sr-only';
    document.body.append(area);
    area.select();
    let ok: boolean;
    try {
      ok = document.execCommand('copy');
    } catch {
      ok = false;
    }
    area.remove();
    return ok;
  }
}

/**
 * Turns the server-rendered stack of snippets (one section per framework, under headings) into
 * ARIA tabs: arrow keys, Home and End move between tabs; the choice follows the URL hash, is
 * remembered, and is shared with other tab groups on the page and in other browser tabs.
 * Readers can instead pick two or three frameworks to read side by side (kept in ?side=).
 * Every snippet has a copy button announced through a live region.
 */
export class AtlasCodeTabs extends HTMLElement {
  private tabs: HTMLButtonElement[] = [];
  private panels: HTMLElement[] = [];
  private storage = safeStorage();
  private announcer!: HTMLElement;

  connectedCallback(): void {
    this.tabs = [...this.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    this.panels = this.tabs.map((t) => document.getElementById(t.getAttribute('aria-controls')!)!);
    this.announcer = this.querySelector('[data-announce]')!;
    for (const [i, panel] of this.panels.entries()) panel.setAttribute('aria-labelledby', this.tabs[i].id);

    this.querySelector('[role="tablist"]')!.addEventListener('keydown', (e) =>
      this.onKey(e as KeyboardEvent),
    );
    for (const tab of this.tabs) tab.addEventListener('click', () => this.choose(tab.dataset.framework!));
    this.addEventListener('click', (e) => {
      const button = (e.target as Element).closest<HTMLButtonElement>('[data-copy]');
      if (button) void this.copy(button);
    });
    this.querySelector('[data-side]')?.addEventListener('change', (e) =>
      this.onSideChange(e.target as HTMLInputElement),
    );
    this.querySelector('[data-side-clear]')?.addEventListener('click', () => this.setSide([], true));

    document.addEventListener(SELECT, (e) => {
      const { framework, source } = (e as CustomEvent<{ framework: string; source: Element }>).detail;
      if (source !== this) this.select(framework);
    });
    window.addEventListener('storage', (e) => {
      if (e.key === KEY && e.newValue) this.select(e.newValue);
    });
    window.addEventListener('hashchange', () => this.fromHash());

    const fromUrl = this.fromHash();
    if (!fromUrl) this.select(readKey(KEY, this.storage) ?? this.tabs[0].dataset.framework!);
    const known = this.sideInputs().map((i) => i.value);
    const fromQuery = parseSide(location.search, known);
    const remembered = new URLSearchParams(location.search).has('side')
      ? []
      : parseSide(`?side=${encodeURIComponent(readKey(SIDE_KEY, this.storage) ?? '')}`, known);
    // A remembered choice applies only where at least two of its frameworks have code.
    this.setSide(fromQuery.length ? fromQuery : remembered.length >= 2 ? remembered : [], false);
  }

  private index(framework: string): number {
    return this.tabs.findIndex((t) => t.dataset.framework === framework);
  }

  /** Shows one framework's panel; unknown ids are ignored. */
  private select(framework: string, focus = false): boolean {
    const i = this.index(framework);
    if (i < 0) return false;
    this.tabs.forEach((tab, j) => {
      tab.setAttribute('aria-selected', String(j === i));
      tab.tabIndex = j === i ? 0 : -1;
      this.panels[j].classList.toggle('is-active', j === i);
    });
    if (focus) this.tabs[i].focus();
    return true;
  }

  /** A reader's choice: select, remember, and tell the other tab groups. */
  private choose(framework: string, focus = false): void {
    if (!this.select(framework, focus)) return;
    writeKey(KEY, framework, this.storage);
    document.dispatchEvent(new CustomEvent(SELECT, { detail: { framework, source: this } }));
  }

  private fromHash(): boolean {
    const id = decodeURIComponent(location.hash.slice(1));
    return id !== '' && this.select(id);
  }

  private onKey(e: KeyboardEvent): void {
    const current = this.tabs.findIndex((t) => t.getAttribute('aria-selected') === 'true');
    const target = tabKeyTarget(e.key, current, this.tabs.length);
    if (target === undefined) return;
    e.preventDefault();
    this.choose(this.tabs[target].dataset.framework!, true);
  }

  private sideInputs(): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>('[data-side] input[type="checkbox"]')];
  }

  private onSideChange(input: HTMLInputElement): void {
    const chosen = this.sideInputs().filter((i) => i.checked);
    if (chosen.length > MAX_SIDE) {
      input.checked = false;
      this.say(`At most ${MAX_SIDE} frameworks fit side by side. Clear one first.`);
      return;
    }
    this.setSide(
      chosen.map((i) => i.value),
      true,
    );
  }

  /** Switches between tabs (fewer than two chosen) and the side-by-side view. */
  private setSide(ids: string[], fromReader: boolean): void {
    for (const input of this.sideInputs()) input.checked = ids.includes(input.value);
    const side = ids.length >= 2;
    this.dataset.mode = side ? 'side' : 'tabs';
    this.dataset.count = String(ids.length);
    this.panels.forEach((panel, j) => {
      const shown = ids.includes(this.tabs[j].dataset.framework!);
      panel.classList.toggle('is-chosen', shown);
      if (side) panel.removeAttribute('role');
      else panel.setAttribute('role', 'tabpanel');
    });
    const names = ids.map((id) => this.tabs[this.index(id)].textContent.trim());
    const status = this.querySelector('[data-side-status]')!;
    status.textContent = side
      ? `Showing ${namesList(names)} side by side.`
      : ids.length === 1
        ? `${names[0]} chosen: choose one or two more.`
        : '';
    this.querySelector<HTMLButtonElement>('[data-side-clear]')!.hidden = ids.length === 0;
    if (fromReader) {
      history.replaceState(history.state, '', `${location.pathname}${serializeSide(ids)}${location.hash}`);
      writeKey(SIDE_KEY, ids.join(','), this.storage);
    }
  }

  private say(message: string): void {
    this.announcer.textContent = '';
    // A fresh text node after clearing, so the same message twice is announced twice.
    setTimeout(() => (this.announcer.textContent = message), 50);
  }

  private async copy(button: HTMLButtonElement): Promise<void> {
    const panel = button.closest('.code-panel')!;
    const code = panel.querySelector('pre code')?.textContent ?? '';
    const name = button.dataset.name!;
    const label = button.querySelector('[data-label]')!;
    const ok = await copyText(code);
    if (ok) {
      label.textContent = 'Copied';
      this.say(`${name} code copied to the clipboard.`);
      setTimeout(() => (label.textContent = 'Copy'), 4000);
    } else {
      const range = document.createRange();
      range.selectNodeContents(panel.querySelector('pre code')!);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      this.say(`Could not copy. The ${name} code is selected: press Control+C or Command+C.`);
    }
  }
}
