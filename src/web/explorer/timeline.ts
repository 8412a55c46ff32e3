// The Timeline tab: the events of the selected actors in date order. With a time
// filter, the events outside it (by the API's rule, asked of the API) are dimmed, not
// dropped, so the filter's effect stays visible.
import { formatDate } from '../../shared/dates';
import { byId, el, fill } from './dom';
import * as api from './queries';
import { timeFilter, type AppState, type Store } from './store';
import type { TimeFilter, TimelineEntry } from './types';

const MAX_ACTORS = 6;

/** The timeline query takes a window; an as-of date is the window of that one day. */
const windowOf = (t: TimeFilter | null): TimeFilter | null => (t?.asOf ? { from: t.asOf, to: t.asOf } : t);

function byDate(a: TimelineEntry, b: TimelineEntry): number {
  if (a.date === b.date) return a.event.name.localeCompare(b.event.name);
  if (!a.date) return 1;
  if (!b.date) return -1;
  return a.date < b.date ? -1 : 1;
}

export function createTimeline(store: Store, openEvent: (id: string) => void) {
  const root = byId('panel-timeline');
  let shownFor = '';

  async function render(state: AppState): Promise<void> {
    const { view, data } = state;
    const actors = view.sel
      .filter((id) => data.entities.has(id))
      .slice(0, MAX_ACTORS)
      .map((id) => ({ id, name: data.entities.get(id)?.name ?? id }));
    if (actors.length === 0) {
      fill(
        root,
        el(
          'p',
          { class: 'muted' },
          'Select one or more actors (people, organisations, countries) to see their events. Shift-click adds to the selection.',
        ),
      );
      return;
    }
    const head = el('p', { class: 'muted small' }, 'Events of ', actors.map((a) => a.name).join(', '));
    fill(root, head, el('p', { class: 'muted' }, 'Loading events…'));
    const window = windowOf(timeFilter(view.time));
    let all: TimelineEntry[][];
    let inWindow: TimelineEntry[][] | null;
    try {
      [all, inWindow] = await Promise.all([
        Promise.all(actors.map((a) => api.timeline(a.id, null))),
        window ? Promise.all(actors.map((a) => api.timeline(a.id, window))) : null,
      ]);
    } catch (err) {
      if (store.get() === state)
        fill(root, head, el('p', { class: 'error-inline' }, err instanceof Error ? err.message : String(err)));
      return;
    }
    if (store.get() !== state) return;
    const events = new Map<string, TimelineEntry>();
    for (const e of all.flat()) if (!events.has(e.event.id)) events.set(e.event.id, e);
    const entries = [...events.values()].sort(byDate);
    if (entries.length === 0) return fill(root, head, el('p', { class: 'muted' }, 'No events recorded.'));
    const inside = inWindow ? new Set(inWindow.flat().map((e) => e.event.id)) : null;
    fill(
      root,
      head,
      inside ? el('p', { class: 'muted small' }, 'Events outside the time filter are dimmed.') : null,
      el(
        'ol',
        { class: 'timeline' },
        entries.map((t) =>
          el(
            'li',
            { class: !inside || inside.has(t.event.id) ? 'entry' : 'entry outside', dataset: { eventId: t.event.id } },
            el('span', { class: 'when' }, formatDate(t.date, t.datePrecision) ?? 'undated'),
            el('button', { type: 'button', class: 'link-button', onclick: () => openEvent(t.event.id) }, t.event.name),
            el(
              'span',
              { class: 'who muted small' },
              t.participants.map((p) => `${p.from.name}${p.role ? ` (${p.role})` : ''}`).join(', '),
            ),
            data.entities.has(t.event.id) ? el('span', { class: 'tag' }, 'in view') : null,
          ),
        ),
      ),
    );
  }

  store.subscribe((state) => {
    if (state.view.tab !== 'timeline') return;
    const key = JSON.stringify([state.view.sel, state.view.time, [...state.data.entities.keys()].length]);
    if (key === shownFor) return;
    shownFor = key;
    void render(state);
  });
}
