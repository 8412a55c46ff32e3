// Moving from one view to another. The answers a view needs are fetched first (or taken
// from the cache); only when all are in do the store, the canvas and the URL change
// together. If a query fails, what is on screen stays, the URL goes back to it, and the
// banner says what failed (with Retry).
import { ApiError } from './api';
import { clearError, showError, whileBusy } from './banner';
import * as api from './queries';
import { emptyData, isOverview, timeFilter, type GraphData, type PathQuery, type Store, type ViewState } from './store';
import type { Subgraph, TimeFilter } from './types';
import { record } from './url';

/** Where the viewport should go after a change. */
export type Focus =
  | { kind: 'all' } // fit everything (a view rebuilt from the URL)
  | { kind: 'expand'; id: string } // keep an opened entity and its new neighbours in view
  | { kind: 'path' } // show the paths found
  | { kind: 'keep' }; // leave the viewport (filters, selection, tabs)

export type History = 'push' | 'replace' | 'none';

export type Show = (data: GraphData, view: ViewState, focus: Focus) => Promise<void>;

/** Codes of failures that asking again can cure (the rest are mistakes in the question). */
const TRANSIENT = new Set(['TIMEOUT', 'DATABASE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']);
const retryable = (err: unknown) =>
  !(err instanceof ApiError) || err.kind !== 'graphql' || TRANSIENT.has(err.code ?? '');

/** The time filter a path query runs with: the view's, if the path follows it. */
export const pathTime = (view: ViewState, path: PathQuery): TimeFilter | null =>
  path.useTime ? timeFilter(view.time) : null;

async function load(view: ViewState): Promise<GraphData> {
  const filters: api.ApiFilters = {
    minConfidence: view.minConfidence > 0 ? view.minConfidence : null,
    time: timeFilter(view.time),
    issue: view.issue,
  };
  const path = view.path;
  const time = path ? pathTime(view, path) : null;
  const [subgraphs, paths] = await Promise.all([
    isOverview(view)
      ? api.overview(filters).then((s) => [s])
      : Promise.all(view.open.map((id) => api.neighbourhood(id, filters))),
    path
      ? api.linkagePaths({
          from: path.from,
          to: path.to,
          k: path.k,
          maxHops: path.maxHops,
          includeTypes: path.include.length ? path.include : null,
          excludeTypes: path.exclude.length ? path.exclude : null,
          minConfidence: path.minConfidence > 0 ? path.minConfidence : null,
          time,
          timeRespecting: path.timeRespecting,
        })
      : null,
  ]);
  const data = emptyData();
  const centres: (string | null)[] = isOverview(view) ? [null] : view.open;
  subgraphs.forEach((s: Subgraph, i) => {
    for (const n of s.nodes) data.entities.set(n.id, n);
    for (const r of s.relationships) data.relationships.set(r.id, r);
    const centre = centres[i] ?? null;
    data.parts.push({ centre, relationships: s.relationships.map((r) => r.id), entities: s.nodes.map((n) => n.id) });
    if (s.truncated && centre) data.truncated.push(centre);
  });
  if (paths) {
    for (const h of paths.flatMap((p) => p.hops)) {
      data.entities.set(h.from.id, h.from);
      data.entities.set(h.to.id, h.to);
      data.relationships.set(h.relationship.id, h.relationship);
    }
  }
  data.paths = paths;
  data.pathTime = time;
  return data;
}

export function createNavigator(store: Store, show: Show) {
  let latest = 0;

  /** Go to `next`; resolves true if it is now what the page shows. */
  async function go(next: ViewState, how: History, focus: Focus = { kind: 'keep' }): Promise<boolean> {
    const mine = ++latest;
    clearError();
    let data: GraphData;
    try {
      data = await whileBusy(next.path && !store.get().data.paths ? 'Finding paths…' : 'Loading…', () => load(next));
    } catch (err) {
      if (mine === latest) {
        showError(err, retryable(err) ? () => void go(next, how, focus) : undefined);
        record(store.get().view, 'replace');
        store.resync();
      }
      return false;
    }
    if (mine !== latest) return false; // a newer change won
    await show(data, next, focus);
    store.set({ view: next, data });
    record(next, how);
    return true;
  }

  /** Change part of the current view. */
  const update = (patch: Partial<ViewState>, how: History = 'push', focus: Focus = { kind: 'keep' }) =>
    go({ ...store.get().view, ...patch }, how, focus);

  return { go, update };
}

export type Navigator = ReturnType<typeof createNavigator>;
