import {
  assess,
  rankOrder,
  type Assessment,
  noNeeds,
  parseNeeds,
  serializeNeeds,
  type Miss,
  type Needs,
  type Offer,
} from '../lib/choose';

const KEYS = ['lang', 'hw', 'deploy', 'licence', 'maturity', 'purpose'] as const;

/** Narrows the server-rendered list as the reader states needs; state lives in the URL. */
export class AtlasChoose extends HTMLElement {
  private items: { el: HTMLLIElement; name: string; offer: Offer; assessment: Assessment }[] = [];
  private needs: Needs = noNeeds();

  connectedCallback(): void {
    const list = (v = '') => v.split(' ').filter(Boolean);
    this.items = [...this.querySelectorAll<HTMLLIElement>('.choose-fits > li')].map((el) => {
      const d = el.dataset;
      return {
        el,
        name: el.querySelector('a')!.textContent,
        offer: {
          lang: list(d.lang),
          hw: list(d.hw),
          deploy: list(d.deploy),
          partial: list(d.partial),
          unknown: list(d.unknown),
          kind: d.kind,
          licence: d.licence!,
          status: d.status!,
          research: d.research!,
          production: d.production!,
          learning: d.learning!,
        },
        assessment: { fit: 'full' as const, misses: [], partial: [], unknown: [] },
      };
    });
    const panel = this.querySelector('.choose-needs')!;
    panel.addEventListener('change', () => {
      this.needs = this.read();
      history.pushState(null, '', `${location.pathname}${serializeNeeds(this.needs)}`);
      this.render();
    });
    panel.querySelector('[data-action="clear"]')!.addEventListener('click', () => {
      this.needs = noNeeds();
      history.pushState(null, '', location.pathname);
      this.load();
    });
    window.addEventListener('popstate', () => this.load());
    this.load();
  }

  private inputs(name: string): HTMLInputElement[] {
    return [...this.querySelectorAll<HTMLInputElement>(`.choose-needs input[name="${name}"]`)];
  }

  private read(): Needs {
    const ticked = (k: string) =>
      this.inputs(k)
        .filter((i) => i.checked)
        .map((i) => i.value);
    return {
      lang: ticked('lang'),
      hw: ticked('hw'),
      deploy: ticked('deploy'),
      licence: ticked('licence')[0] ?? '',
      maturity: ticked('maturity')[0] ?? '',
      purpose: ticked('purpose'),
    };
  }

  private load(): void {
    const known = (k: (typeof KEYS)[number]) =>
      new Set(
        this.inputs(k)
          .map((i) => i.value)
          .filter(Boolean),
      );
    const allowed = {
      lang: known('lang'),
      hw: known('hw'),
      deploy: known('deploy'),
      licence: known('licence'),
      maturity: known('maturity'),
      purpose: known('purpose'),
    };
    this.needs = parseNeeds(location.search, allowed);
    for (const k of KEYS) {
      const v = this.needs[k];
      for (const i of this.inputs(k)) i.checked = Array.isArray(v) ? v.includes(i.value) : i.value === v;
    }
    this.render();
  }

  /** "needs an API in Rust or Go; needs Google TPU support" from the labels of the inputs. */
  private reason(m: Miss): string {
    const labelOf = (value: string) =>
      this.inputs(m.need).find((i) => i.value === value)?.dataset.label ?? value;
    return `needs ${m.value.split(',').map(labelOf).join(' or ')}`;
  }

  /** "ROCm support" from the data-label of the need's input ("AMD ROCm support"). */
  private labels(list: Miss[]): string {
    return list.map((m) => this.reason(m).replace(/^needs /, '')).join('; ');
  }

  /**
   * Ranks the list: full fits, then partial fits (marked), then "unknown" apart from real "no";
   * within each, by kind (frameworks first), active first, then name.
   */
  private render(): void {
    const lists = {
      full: this.querySelector('.choose-fits')!,
      partial: this.querySelector('.choose-partial')!,
      unknown: this.querySelector('.choose-unknown')!,
      no: this.querySelector('.choose-excluded')!,
    };
    for (const item of this.items) item.assessment = assess(item.offer, this.needs);
    const ranked = rankOrder(this.items, (this.dataset.kinds ?? '').split(' '));
    const count = { full: 0, partial: 0, unknown: 0, no: 0 };
    for (const item of ranked) {
      const a = item.assessment;
      const why = item.el.querySelector('.why')!;
      why.textContent =
        a.fit === 'no'
          ? `Excluded: ${a.misses.map((m) => this.reason(m)).join('; ')}.`
          : a.fit === 'unknown'
            ? `Unknown: no source either way for ${this.labels(a.unknown)}.`
            : a.fit === 'partial'
              ? `Partial: only partial ${this.labels(a.partial)}.`
              : '';
      lists[a.fit].append(item.el);
      count[a.fit]++;
    }
    this.querySelector<HTMLElement>('.choose-partial-group')!.hidden = count.partial === 0;
    this.querySelector<HTMLElement>('.choose-unknown-group')!.hidden = count.unknown === 0;
    this.querySelector<HTMLElement>('.choose-none')!.hidden = count.full > 0;
    const n = this.items.length;
    const parts = [
      `${count.full} of ${n} frameworks fit your needs`,
      count.partial ? `${count.partial} with partial support` : '',
      count.unknown ? `${count.unknown} unknown` : '',
      `${count.no} excluded`,
    ].filter(Boolean);
    this.querySelector('.choose-count')!.textContent = `${parts.join('; ')}.`;
  }
}
