/**
 * Minimal ARIA tabs over server-rendered panels: without JavaScript every panel shows, each under
 * its own heading; with it, one panel at a time, arrow keys/Home/End move between tabs.
 */
export class AtlasTabs extends HTMLElement {
  connectedCallback() {
    const tabs = [...this.querySelectorAll<HTMLButtonElement>('[role=tab]')];
    const show = (i: number, focus: boolean) =>
      tabs.forEach((t, j) => {
        const on = i === j;
        t.setAttribute('aria-selected', String(on));
        t.tabIndex = on ? 0 : -1;
        document.getElementById(t.getAttribute('aria-controls')!)!.hidden = !on;
        if (on && focus) t.focus();
      });
    tabs.forEach((t, i) => {
      t.addEventListener('click', () => show(i, false));
      t.addEventListener('keydown', (e) => {
        const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: tabs.length - 1 }[e.key];
        if (to === undefined) return;
        e.preventDefault();
        show((to + tabs.length) % tabs.length, true);
      });
    });
    show(0, false);
  }
}
