// The Filters section: kinds and relationship types to hide (the page's own toggles),
// and the issue and minimum confidence (passed to the API, which applies them).
import { relationshipPhrase } from '../../shared/vocabulary';
import { showError } from './banner';
import { byId, el, fill } from './dom';
import type { Navigator } from './navigator';
import type { AppState, Store } from './store';
import * as api from './queries';
import { KINDS, kindKey, OTHER } from './style';
import { attachSuggest } from './suggest';

interface CheckItem {
  key: string;
  label: string;
  title?: string;
  count: number;
  swatch?: { color: string; shape: string };
}

/** A list of checkboxes, ticked unless hidden; keeps keyboard focus across re-renders. */
function renderChecks(root: HTMLElement, items: CheckItem[], hidden: string[], toggle: (key: string) => void): void {
  const focused = (document.activeElement as HTMLElement | null)?.dataset?.checkKey;
  fill(
    root,
    items.map((i) =>
      el(
        'label',
        { class: i.count > 0 ? 'check' : 'check absent', title: i.title },
        el('input', {
          type: 'checkbox',
          checked: !hidden.includes(i.key),
          dataset: { checkKey: i.key },
          onchange: () => toggle(i.key),
        }),
        i.swatch ? el('span', { class: `swatch shape-${i.swatch.shape}`, style: `--kind:${i.swatch.color}` }) : null,
        el('span', { class: 'check-label' }, i.label),
        el('span', { class: 'count' }, String(i.count)),
      ),
    ),
  );
  if (focused) root.querySelector<HTMLElement>(`input[data-check-key="${CSS.escape(focused)}"]`)?.focus();
}

const toggled = (list: string[], key: string) => (list.includes(key) ? list.filter((k) => k !== key) : [...list, key]);

export function createFilters(store: Store, nav: Navigator) {
  const kindBox = byId('kind-filters');
  const typeBox = byId('type-filters');
  const slider = byId<HTMLInputElement>('min-confidence');
  const output = byId<HTMLOutputElement>('min-confidence-out');

  const issueBox = attachSuggest(byId<HTMLInputElement>('issue-input'), byId<HTMLUListElement>('issue-list'), {
    types: ['Issue'],
    onPick: (hit) => void nav.update({ issue: hit.id }),
    onError: (err) => showError(err),
    onClear: () => void nav.update({ issue: null }),
  });

  // The slider filters live (no history entry per step) and records one entry when released.
  let pending: ReturnType<typeof setTimeout> | undefined;
  slider.addEventListener('input', () => {
    output.textContent = Number(slider.value).toFixed(2);
    clearTimeout(pending);
    pending = setTimeout(() => void nav.update({ minConfidence: Number(slider.value) }, 'none'), 150);
  });
  slider.addEventListener('change', () => {
    clearTimeout(pending);
    void nav.update({ minConfidence: Number(slider.value) }, 'push');
  });

  function render(state: AppState, previous: AppState): void {
    const { view, data } = state;
    const kinds = new Map<string, number>();
    for (const e of data.entities.values())
      kinds.set(kindKey(e.entityType), (kinds.get(kindKey(e.entityType)) ?? 0) + 1);
    const kindItems = [...KINDS, OTHER]
      .filter((k) => kinds.has(k.type) || view.hiddenKinds.includes(k.type))
      .map((k) => ({ key: k.type, label: k.label, count: kinds.get(k.type) ?? 0, swatch: k }));
    renderChecks(kindBox, kindItems, view.hiddenKinds, (key) =>
      nav.update({ hiddenKinds: toggled(store.get().view.hiddenKinds, key) }),
    );
    if (kindItems.length === 0) fill(kindBox, el('p', { class: 'muted' }, 'Nothing loaded yet.'));

    const types = new Map<string, number>();
    for (const r of data.relationships.values()) types.set(r.type, (types.get(r.type) ?? 0) + 1);
    for (const t of view.hiddenTypes) if (!types.has(t)) types.set(t, 0);
    const typeItems = [...types.entries()]
      .map(([t, count]) => ({ key: t, label: relationshipPhrase(t), title: t, count }))
      .sort((a, b) => a.label.localeCompare(b.label));
    renderChecks(typeBox, typeItems, view.hiddenTypes, (key) =>
      nav.update({ hiddenTypes: toggled(store.get().view.hiddenTypes, key) }),
    );
    if (typeItems.length === 0) fill(typeBox, el('p', { class: 'muted' }, 'Nothing loaded yet.'));

    if (document.activeElement !== slider) {
      slider.value = String(view.minConfidence);
      output.textContent = view.minConfidence.toFixed(2);
    }
    // The issue box shows the filter in force: after a change, a restored view, or a failed change.
    if (state === previous || view.issue !== previous.view.issue) void showIssue(view.issue);
  }

  async function showIssue(id: string | null): Promise<void> {
    issueBox.set(id, id ? (store.get().data.entities.get(id)?.name ?? id) : '');
    if (!id || store.get().data.entities.has(id)) return;
    try {
      const name = await api.entityName(id);
      if (store.get().view.issue === id) issueBox.set(id, name);
    } catch {
      // The id stays in the box; the filter itself works without the name.
    }
  }

  store.subscribe(render);
}
