// The graph explorer: builds the store, the canvas and the controls, and wires user
// gestures to view changes (navigator.ts). Each module has one job; this one only
// connects them.
import { whileBusy, note, showError } from './banner';
import { createCanvas, type Canvas } from './canvas';
import { createDetails } from './details';
import { byId, download } from './dom';
import { nodeLink } from './export';
import { createFilters } from './filters';
import { createNavigator, type Focus } from './navigator';
import { createPaths } from './paths';
import { emptyData, emptyView, isOverview, Store, type ViewState } from './store';
import { attachSuggest } from './suggest';
import { createTabs } from './tabs';
import { createTime } from './time';
import { createTimeline } from './timeline';
import { fromUrl } from './url';

const store = new Store({ view: emptyView(), data: emptyData() });
const canvas: Canvas = createCanvas(byId('cy'), {
  tapNode(id, additive) {
    const { view } = store.get();
    if (additive) {
      const sel = view.sel.includes(id) ? view.sel.filter((s) => s !== id) : [...view.sel, id];
      void nav.update({ sel });
    } else if (byId<HTMLInputElement>('expand-on-click').checked && !view.open.includes(id)) {
      expand(id);
    } else {
      select(id);
    }
  },
  tapEdge: (id) => select(id),
  tapBackground: () => void nav.update({ sel: [] }),
  expand: (id) => expand(id),
  selectNode: (id) => select(id),
  clearSelection: () => void nav.update({ sel: [] }),
});
const nav = createNavigator(store, canvas.show);

function select(id: string): void {
  void nav.update({ sel: [id] });
}

/** Show an entity's neighbours (and select it); an entity already open is just selected. */
function expand(id: string): void {
  const { view } = store.get();
  if (view.open.includes(id)) return select(id);
  void nav.update({ open: [...view.open, id], sel: [id] }, 'push', { kind: 'expand', id }).then((shown) => {
    const { data } = store.get();
    if (shown && data.truncated.includes(id)) {
      note(`Only part of the relationships of ${data.entities.get(id)?.name ?? id} are shown (the API's limit).`);
    }
  });
}

const paths = createPaths(store, nav);
createDetails(store, {
  select,
  expand,
  pathEnd: (which, id, name) => paths.setEnd(which, id, name),
  showTimeline: () => void nav.update({ tab: 'timeline' }),
});
createTimeline(store, expand);
createFilters(store, nav);
createTime(store, nav);
createTabs(store, nav);

attachSuggest(byId<HTMLInputElement>('search-input'), byId<HTMLUListElement>('search-list'), {
  onPick: (hit) => expand(hit.id),
  onError: (err) => showError(err),
});

// The first screen: the overview, with a one-line hint.
store.subscribe(({ view, data }) => {
  const hint = byId('canvas-hint');
  hint.hidden = !isOverview(view);
  hint.textContent =
    data.entities.size > 0
      ? `The ${data.entities.size} most connected entities and the links among them. Click one to see its neighbours, or search above.`
      : 'Nothing passes the filters. Relax them, or search above.';
});

byId('home-btn').addEventListener(
  'click',
  () => void nav.update({ open: [], path: null, sel: [] }, 'push', { kind: 'all' }),
);
byId('fit-btn').addEventListener('click', () => canvas.fit());
byId('png-btn').addEventListener('click', async () => {
  try {
    download('graph-explorer-view.png', await whileBusy('Drawing the PNG…', canvas.png));
  } catch (err) {
    showError(err);
  }
});
byId('json-btn').addEventListener('click', () => {
  const json = JSON.stringify(nodeLink(store.get(), location.href), null, 2);
  download('graph-explorer-view.json', new Blob([json], { type: 'application/json' }));
});

/** Back/forward: rebuild the view the URL describes; refit only if the graph itself changes. */
const graphOf = (v: ViewState) => JSON.stringify([v.open, v.path && { ...v.path, only: null }]);
window.addEventListener('popstate', () => {
  const next = fromUrl(location.search);
  const focus: Focus =
    graphOf(next) === graphOf(store.get().view)
      ? { kind: 'keep' }
      : next.path && next.open.length === 0
        ? { kind: 'path' }
        : { kind: 'all' };
  void nav.go(next, 'none', focus);
});

declare global {
  interface Window {
    /** For the end-to-end tests and the curious in the console. */
    explorer: { cy: Canvas['cy']; readonly state: ReturnType<Store['get']>; ready: Promise<boolean> };
  }
}
window.explorer = {
  cy: canvas.cy,
  get state() {
    return store.get();
  },
  ready: (() => {
    const first = fromUrl(location.search);
    return nav.go(first, 'replace', first.path && first.open.length === 0 ? { kind: 'path' } : { kind: 'all' });
  })(),
};
