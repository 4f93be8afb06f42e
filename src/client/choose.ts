import {
  misses,
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
  private items: { el: HTMLLIElement; name: string; offer: Offer }[] = [];
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
          licence: d.licence!,
          status: d.status!,
          research: d.research!,
          production: d.production!,
          learning: d.learning!,
        },
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

  private render(): void {
    const fits = this.querySelector('.choose-fits')!;
    const excluded = this.querySelector('.choose-excluded')!;
    let n = 0;
    for (const item of this.items) {
      const why = misses(item.offer, this.needs);
      item.el.querySelector('.why')!.textContent = why.length
        ? `Excluded: ${why.map((m) => this.reason(m)).join('; ')}.`
        : '';
      (why.length ? excluded : fits).append(item.el);
      if (!why.length) n++;
    }
    this.querySelector('.choose-count')!.textContent =
      `${n} of ${this.items.length} frameworks fit your needs; ${this.items.length - n} excluded.`;
  }
}
