// The view as data, and as a URL. Everything needed to rebuild what the user sees
// lives in the query string, so a link reproduces the view and the back button
// steps through it. Lists are repeated parameters (ids may contain commas).

export const TABS = ['details', 'paths', 'timeline'];

export function emptyState() {
  return {
    open: [], // entity ids whose neighbourhoods are loaded, in the order they were opened
    sel: [], // selected element ids (entities, or one relationship)
    tab: 'details',
    xk: [], // kinds hidden
    xt: [], // relationship types hidden
    issue: null,
    minc: 0,
    time: { mode: 'all', asOf: null, from: null, to: null },
    path: null, // { from, to, k, maxHops, include, exclude, minConfidence, timeRespecting, time, only }
  };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const date = (v) => (v && DATE.test(v) ? v : null);
const num = (v, min, max, fallback) => {
  const n = Number(v);
  return v !== null && v !== '' && Number.isFinite(n) && n >= min && n <= max ? n : fallback;
};

export function fromUrl(search) {
  const p = new URLSearchParams(search);
  const s = emptyState();
  s.open = unique(p.getAll('open').filter(Boolean));
  s.sel = unique(p.getAll('sel').filter(Boolean));
  s.tab = TABS.includes(p.get('tab')) ? p.get('tab') : 'details';
  s.xk = p.getAll('xk').filter(Boolean);
  s.xt = p.getAll('xt').filter(Boolean);
  s.issue = p.get('issue') || null;
  s.minc = num(p.get('minc'), 0, 1, 0);
  const asOf = date(p.get('asof'));
  const from = date(p.get('from'));
  const to = date(p.get('to'));
  if (asOf) s.time = { mode: 'asof', asOf, from: null, to: null };
  else if (from || to) s.time = { mode: 'window', asOf: null, from, to };
  if (p.get('pfrom') && p.get('pto')) {
    s.path = {
      from: p.get('pfrom'),
      to: p.get('pto'),
      k: num(p.get('pk'), 1, 10, 3),
      maxHops: num(p.get('phops'), 1, 6, 4),
      include: p.getAll('pinc').filter(Boolean),
      exclude: p.getAll('pexc').filter(Boolean),
      minConfidence: num(p.get('pconf'), 0, 1, 0),
      timeRespecting: p.get('ptr') === '1',
      time: pathTime(p),
      only: p.get('pshow') === null ? null : num(p.get('pshow'), 0, 9, null),
    };
  }
  return s;
}

/** The time filter a path query was run with (ptasof, or the window ptfrom..ptto). */
function pathTime(p) {
  const asOf = date(p.get('ptasof'));
  if (asOf) return { asOf };
  const t = {};
  if (date(p.get('ptfrom'))) t.from = date(p.get('ptfrom'));
  if (date(p.get('ptto'))) t.to = date(p.get('ptto'));
  return t.from || t.to ? t : null;
}

export function toUrl(s) {
  const p = new URLSearchParams();
  for (const id of s.open) p.append('open', id);
  for (const id of s.sel) p.append('sel', id);
  if (s.tab !== 'details') p.set('tab', s.tab);
  for (const k of s.xk) p.append('xk', k);
  for (const t of s.xt) p.append('xt', t);
  if (s.issue) p.set('issue', s.issue);
  if (s.minc > 0) p.set('minc', String(s.minc));
  if (s.time.mode === 'asof' && s.time.asOf) p.set('asof', s.time.asOf);
  if (s.time.mode === 'window') {
    if (s.time.from) p.set('from', s.time.from);
    if (s.time.to) p.set('to', s.time.to);
  }
  if (s.path) {
    p.set('pfrom', s.path.from);
    p.set('pto', s.path.to);
    p.set('pk', String(s.path.k));
    p.set('phops', String(s.path.maxHops));
    for (const t of s.path.include) p.append('pinc', t);
    for (const t of s.path.exclude) p.append('pexc', t);
    if (s.path.minConfidence > 0) p.set('pconf', String(s.path.minConfidence));
    if (s.path.timeRespecting) p.set('ptr', '1');
    if (s.path.time) {
      if (s.path.time.asOf) p.set('ptasof', s.path.time.asOf);
      if (s.path.time.from) p.set('ptfrom', s.path.time.from);
      if (s.path.time.to) p.set('ptto', s.path.time.to);
    }
    if (s.path.only !== null && s.path.only !== undefined) p.set('pshow', String(s.path.only));
  }
  // ':' and '|' are legal in a query string; leaving them readable keeps shared links legible.
  const q = p.toString().replace(/%3A/gi, ':').replace(/%7C/gi, '|');
  return q ? `?${q}` : '';
}

/** The TimeFilter argument for the API, or null when the view is not time-filtered. */
export function timeFilter(time) {
  if (time.mode === 'asof' && time.asOf) return { asOf: time.asOf };
  if (time.mode === 'window' && (time.from || time.to)) {
    const t = {};
    if (time.from) t.from = time.from;
    if (time.to) t.to = time.to;
    return t;
  }
  return null;
}

/** The [from, to] window an element must overlap (as-of is a one-day window); nulls are open ends. */
export function timeWindow(time) {
  const t = timeFilter(time);
  if (!t) return null;
  if (t.asOf) return [t.asOf, t.asOf];
  return [t.from || null, t.to || null];
}

/** Same rule as the API's time filter: timeless elements pass; a period passes if it overlaps. */
export function holdsWithin(timeStart, timeEnd, window) {
  if (!window || !timeStart) return true;
  const [from, to] = window;
  if (to && timeStart > to) return false;
  if (from && timeEnd && timeEnd < from) return false;
  return true;
}

export function unique(list) {
  return [...new Set(list)];
}

export const sameList = (a, b) => a.length === b.length && a.every((x, i) => x === b[i]);
