// The view as a URL. Everything needed to rebuild what the user sees lives in the query
// string, so a link reproduces the view and the back button steps through it. Lists are
// repeated parameters (ids may contain commas). Limits are the API's (src/shared/limits.ts).
import { CONFIDENCE, ARGUMENT_RANGES, type IntRange } from '../../shared/limits';
import { emptyView, TABS, type PathQuery, type Tab, type ViewState } from './store';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (v: string | null): string | null => (v && DATE.test(v) ? v : null);
const unique = (list: string[]): string[] => [...new Set(list.filter(Boolean))];

function int(v: string | null, range: IntRange): number {
  const n = Number(v);
  return v !== null && Number.isInteger(n) && n >= range.min && n <= range.max ? n : range.default;
}

function confidence(v: string | null): number {
  const n = Number(v);
  return v !== null && Number.isFinite(n) && n >= CONFIDENCE.min && n <= CONFIDENCE.max ? n : CONFIDENCE.min;
}

export function fromUrl(search: string): ViewState {
  const p = new URLSearchParams(search);
  const v = emptyView();
  v.open = unique(p.getAll('open'));
  v.sel = unique(p.getAll('sel'));
  const tab = p.get('tab');
  v.tab = TABS.includes(tab as Tab) ? (tab as Tab) : 'details';
  v.hiddenKinds = unique(p.getAll('xk'));
  v.hiddenTypes = unique(p.getAll('xt'));
  v.issue = p.get('issue') || null;
  v.minConfidence = confidence(p.get('minc'));
  const asOf = date(p.get('asof'));
  const from = date(p.get('from'));
  const to = date(p.get('to'));
  if (asOf) v.time = { mode: 'asof', asOf, from: null, to: null };
  else if (from || to) v.time = { mode: 'window', asOf: null, from, to };
  const pfrom = p.get('pfrom');
  const pto = p.get('pto');
  if (pfrom && pto) {
    const only = p.get('pshow');
    v.path = {
      from: pfrom,
      to: pto,
      k: int(p.get('pk'), ARGUMENT_RANGES.pathK),
      maxHops: int(p.get('phops'), ARGUMENT_RANGES.pathMaxHops),
      include: unique(p.getAll('pinc')),
      exclude: unique(p.getAll('pexc')),
      minConfidence: confidence(p.get('pconf')),
      timeRespecting: p.get('ptr') === '1',
      useTime: p.get('ptime') !== '0',
      only: only !== null && /^\d$/.test(only) ? Number(only) : null,
    };
  }
  return v;
}

function pathParams(p: URLSearchParams, path: PathQuery): void {
  p.set('pfrom', path.from);
  p.set('pto', path.to);
  p.set('pk', String(path.k));
  p.set('phops', String(path.maxHops));
  for (const t of path.include) p.append('pinc', t);
  for (const t of path.exclude) p.append('pexc', t);
  if (path.minConfidence > 0) p.set('pconf', String(path.minConfidence));
  if (path.timeRespecting) p.set('ptr', '1');
  if (!path.useTime) p.set('ptime', '0');
  if (path.only !== null) p.set('pshow', String(path.only));
}

function toUrl(v: ViewState): string {
  const p = new URLSearchParams();
  for (const id of v.open) p.append('open', id);
  for (const id of v.sel) p.append('sel', id);
  if (v.tab !== 'details') p.set('tab', v.tab);
  for (const k of v.hiddenKinds) p.append('xk', k);
  for (const t of v.hiddenTypes) p.append('xt', t);
  if (v.issue) p.set('issue', v.issue);
  if (v.minConfidence > 0) p.set('minc', String(v.minConfidence));
  if (v.time.mode === 'asof' && v.time.asOf) p.set('asof', v.time.asOf);
  if (v.time.mode === 'window') {
    if (v.time.from) p.set('from', v.time.from);
    if (v.time.to) p.set('to', v.time.to);
  }
  if (v.path) pathParams(p, v.path);
  // ':' and '|' are legal in a query string; leaving them readable keeps shared links legible.
  const q = p.toString().replace(/%3A/gi, ':').replace(/%7C/gi, '|');
  return `${location.pathname}${q ? `?${q}` : ''}`;
}

/** Record a view in the browser history: a new entry (push), the current one (replace), or none. */
export function record(v: ViewState, how: 'push' | 'replace' | 'none'): void {
  if (how === 'none') return;
  const url = toUrl(v);
  if (url === `${location.pathname}${location.search}`) return;
  if (how === 'push') history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}
