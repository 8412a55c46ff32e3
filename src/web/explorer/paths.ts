// The path finder: a form for linkagePaths and the Paths tab listing what it found.
// Paths follow the view's time filter when "Use the time filter" is ticked: they are
// found again whenever the filter changes, and hops that pass only because they are
// undated are marked. A hop clicked shows its evidence right under it.
import { formatDate } from '../../shared/dates';
import { CONFIDENCE, ARGUMENT_RANGES } from '../../shared/limits';
import { RELATIONSHIP_PHRASES } from '../../shared/vocabulary';
import { showError } from './banner';
import { byId, el, fill } from './dom';
import { evidenceList } from './evidence';
import type { Navigator } from './navigator';
import type { AppState, PathQuery, Store } from './store';
import { attachSuggest } from './suggest';
import type { TimeFilter } from './types';

const input = (id: string) => byId<HTMLInputElement>(id);

function describeTime(t: TimeFilter): string {
  if (t.asOf) return `as of ${formatDate(t.asOf, 'day')}`;
  if (t.from && t.to) return `between ${formatDate(t.from, 'day')} and ${formatDate(t.to, 'day')}`;
  return t.from ? `from ${formatDate(t.from, 'day')}` : `until ${formatDate(t.to, 'day')}`;
}

const typeList = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\s,]+/)
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean),
  ),
];

export function createPaths(store: Store, nav: Navigator) {
  const root = byId('panel-paths');
  const from = attachSuggest(input('path-from'), byId<HTMLUListElement>('path-from-list'), {
    onPick: () => undefined,
    onError: (e) => showError(e),
  });
  const to = attachSuggest(input('path-to'), byId<HTMLUListElement>('path-to-list'), {
    onPick: () => undefined,
    onError: (e) => showError(e),
  });

  // The controls' ranges and the type names come from the modules the API uses.
  for (const [id, range] of [
    ['path-k', ARGUMENT_RANGES.pathK],
    ['path-hops', ARGUMENT_RANGES.pathMaxHops],
  ] as const) {
    input(id).min = String(range.min);
    input(id).max = String(range.max);
    input(id).value = String(range.default);
  }
  input('path-conf').min = String(CONFIDENCE.min);
  input('path-conf').max = String(CONFIDENCE.max);
  fill(
    byId('rel-types'),
    Object.entries(RELATIONSHIP_PHRASES).map(([type, phrase]) => el('option', { value: type }, phrase)),
  );

  function formQuery(): PathQuery | null {
    const f = from.id();
    const t = to.id();
    if (!f || !t) {
      showError(new Error('Pick both ends of the path from the suggestions (type a name, then choose one).'));
      input(f ? 'path-to' : 'path-from').focus();
      return null;
    }
    return {
      from: f,
      to: t,
      k: Number(input('path-k').value) || ARGUMENT_RANGES.pathK.default,
      maxHops: Number(input('path-hops').value) || ARGUMENT_RANGES.pathMaxHops.default,
      include: typeList(input('path-include').value),
      exclude: typeList(input('path-exclude').value),
      minConfidence: Number(input('path-conf').value) || 0,
      timeRespecting: input('path-time-respecting').checked,
      useTime: input('path-use-time').checked,
      only: null,
    };
  }

  function syncForm(p: PathQuery, names: (id: string) => string): void {
    from.set(p.from, names(p.from));
    to.set(p.to, names(p.to));
    input('path-k').value = String(p.k);
    input('path-hops').value = String(p.maxHops);
    input('path-conf').value = String(p.minConfidence);
    input('path-include').value = p.include.join(', ');
    input('path-exclude').value = p.exclude.join(', ');
    input('path-time-respecting').checked = p.timeRespecting;
    input('path-use-time').checked = p.useTime;
  }

  byId('path-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const path = formQuery();
    if (path) void nav.update({ path, tab: 'paths', sel: [] }, 'push', { kind: 'path' });
  });
  byId('path-clear').addEventListener('click', () => void nav.update({ path: null, sel: [] }));
  // Following the time filter or not changes the answer: find the paths again at once.
  input('path-use-time').addEventListener('change', () => {
    const path = store.get().view.path;
    if (path) void nav.update({ path: { ...path, useTime: input('path-use-time').checked } });
  });

  function render(state: AppState): void {
    const { view, data } = state;
    const path = view.path;
    if (!path || !data.paths) {
      fill(root, el('p', { class: 'muted' }, 'Use the path finder (left) to see how two entities are linked.'));
      return;
    }
    const name = (id: string) => data.entities.get(id)?.name ?? id;
    const t = data.pathTime;
    const head = [
      el('p', { class: 'path-query' }, el('strong', {}, name(path.from)), ' → ', el('strong', {}, name(path.to))),
      t
        ? el(
            'p',
            { class: 'path-time' },
            `Found ${describeTime(t)} (the time filter). `,
            'Hops marked “undated” have no date: they pass every time filter.',
          )
        : view.time.mode !== 'all' && !path.useTime
          ? el('p', { class: 'path-time' }, 'Found without the time filter (“Use the time filter” is off).')
          : null,
    ];
    if (data.paths.length === 0) {
      fill(
        root,
        head,
        el(
          'p',
          { class: 'muted' },
          'No path within these options. Try more hops, fewer excluded types, a lower confidence',
          t ? ', or another date.' : '.',
        ),
      );
      return;
    }
    const focused = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    const selected = new Set(view.sel);
    fill(
      root,
      head,
      el(
        'div',
        { class: 'buttons' },
        el(
          'button',
          {
            type: 'button',
            'aria-pressed': String(path.only === null),
            dataset: { focusKey: 'all' },
            onclick: () => void nav.update({ path: { ...path, only: null } }),
          },
          'Highlight all paths',
        ),
      ),
      el(
        'ol',
        { class: 'paths' },
        data.paths.map((p, i) =>
          el(
            'li',
            { class: path.only === i ? 'path active' : 'path' },
            el(
              'button',
              {
                type: 'button',
                class: 'path-title',
                'aria-pressed': String(path.only === i),
                dataset: { focusKey: `path-${i}` },
                onclick: () => void nav.update({ path: { ...path, only: i } }),
              },
              `Path ${i + 1} · ${p.length} hop${p.length === 1 ? '' : 's'}`,
            ),
            el(
              'ol',
              { class: 'hops' },
              p.hops.map((h, j) => {
                const open = selected.has(h.relationship.id);
                const undated = t !== null && h.timeStart === null;
                return el(
                  'li',
                  { class: open ? 'hop open' : 'hop', dataset: { relId: h.relationship.id } },
                  el(
                    'button',
                    {
                      type: 'button',
                      class: 'hop-sentence',
                      'aria-expanded': String(open),
                      dataset: { focusKey: `hop-${i}-${j}` },
                      onclick: () => void nav.update({ sel: open ? [] : [h.relationship.id] }),
                    },
                    h.sentence,
                  ),
                  undated
                    ? el('span', { class: 'tag undated', title: 'No date: passes every time filter' }, 'undated')
                    : null,
                  open ? el('div', { class: 'hop-evidence' }, evidenceList(h.relationship.evidence)) : null,
                );
              }),
            ),
          ),
        ),
      ),
    );
    if (focused) root.querySelector<HTMLElement>(`[data-focus-key="${focused}"]`)?.focus();
  }

  store.subscribe((state, previous) => {
    // A path restored from the URL (or found) shows in the form; a failed change leaves the
    // user's typing alone so it can be corrected.
    if (state.view.path && state.view.path !== previous.view.path) {
      syncForm(state.view.path, (id) => state.data.entities.get(id)?.name ?? id);
    }
    if (!state.view.path && previous.view.path) {
      from.set(null, '');
      to.set(null, '');
    }
    render(state);
  });

  return {
    /** "Path from here" / "Path to here" in the Evidence tab. */
    setEnd(which: 'from' | 'to', id: string, name: string): void {
      (which === 'from' ? from : to).set(id, name);
      input(which === 'from' ? 'path-from' : 'path-to').focus();
    },
  };
}
