// The right-hand tabs (Evidence, Paths, Timeline), as an ARIA tablist: click or arrow keys.
import { byId } from './dom';
import type { Navigator } from './navigator';
import { TABS, type Store, type Tab } from './store';

export function createTabs(store: Store, nav: Navigator) {
  const button = (t: Tab) => byId<HTMLButtonElement>(`tab-${t}`);
  TABS.forEach((t, i) => {
    button(t).addEventListener('click', () => void nav.update({ tab: t }));
    button(t).addEventListener('keydown', (e) => {
      if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
      const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
      button(next).focus();
      void nav.update({ tab: next });
    });
  });
  store.subscribe(({ view }) => {
    for (const t of TABS) {
      button(t).setAttribute('aria-selected', String(t === view.tab));
      button(t).tabIndex = t === view.tab ? 0 : -1;
      byId(`panel-${t}`).hidden = t !== view.tab;
    }
  });
}
