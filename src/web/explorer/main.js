// The graph explorer: wires the canvas (Cytoscape.js), the controls and the panels
// to the view state, and the view state to the URL. Data comes only from the
// GraphQL API; filters are applied in the page with the API's own rules, so
// changing a filter is instant and never loses what was loaded.
import { ApiError, gql, Q } from './api.js';
import { download, el } from './dom.js';
import { nodeLink } from './export.js';
import { renderEdge, renderEmpty, renderNode, renderPaths, renderTimeline } from './panels.js';
import { emptyState, fromUrl, holdsWithin, TABS, timeFilter, timeWindow, toUrl, unique } from './state.js';
import { attachSuggest } from './suggest.js';
import { cytoscapeStyle, KINDS, OTHER, kindOf, shortLabel } from './style.js';

/* global cytoscape, cytoscapeFcose */
cytoscape.use(cytoscapeFcose);

const $ = (id) => document.getElementById(id);

const cy = cytoscape({
  container: $('cy'),
  style: cytoscapeStyle(),
  minZoom: 0.15,
  maxZoom: 3,
  boxSelectionEnabled: false,
  selectionType: 'single',
});

/** What the user asked to see (mirrors the URL). */
let state = emptyState();
/** True while a view is rebuilt from the URL: no history entries, no panel churn. */
let restoring = false;

// Answers are cached for the page's life: going back, or toggling a filter, re-uses them,
// and node positions are remembered so a rebuilt view looks the same.
const neighbourhoods = new Map();
const pathResults = new Map();
const positions = new Map();
const details = new Map();
const concerning = new Map();
const timelines = new Map();

// ---------------------------------------------------------------- messages

let retryAction = null;

function showError(err, retry) {
  const msg = err instanceof ApiError ? err.message : `Something went wrong in the page: ${err.message}`;
  $('banner-text').textContent = err instanceof ApiError && err.code ? `${msg} (${err.code})` : msg;
  retryAction = retry || null;
  $('banner-retry').hidden = !retry;
  $('banner').hidden = false;
  $('banner').dataset.kind = err instanceof ApiError ? err.kind : 'page';
}

function clearError() {
  $('banner').hidden = true;
  retryAction = null;
}

$('banner-close').addEventListener('click', clearError);
$('banner-retry').addEventListener('click', () => {
  const again = retryAction;
  clearError();
  if (again) again();
});

let busy = 0;
function status(text) {
  $('status').textContent = text || '';
}
async function withBusy(text, fn) {
  busy += 1;
  status(text);
  try {
    return await fn();
  } finally {
    busy -= 1;
    if (busy === 0) status('');
  }
}

// ---------------------------------------------------------------- graph model

function nodeData(n) {
  const p = n.properties || {};
  return {
    id: n.id,
    label: shortLabel(n.name),
    name: n.name,
    entityType: n.entityType,
    aliases: n.aliases || [],
    description: n.description,
    date: n.date,
    datePrecision: n.datePrecision,
    props: p,
    confidence: typeof p.confidence === 'number' ? p.confidence : 1,
    timeStart: p.timeStart || null,
    timeEnd: p.timeEnd || null,
  };
}

function edgeData(r) {
  const p = r.properties || {};
  return {
    id: r.id,
    source: r.from.id,
    target: r.to.id,
    type: r.type,
    label: r.type,
    role: r.role,
    sentence: r.sentence,
    props: p,
    evidence: r.evidence,
    confidence: typeof p.confidence === 'number' ? p.confidence : 1,
    timeStart: p.timeStart || null,
    timeEnd: p.timeEnd || null,
  };
}

function fetchNeighbourhood(id) {
  if (neighbourhoods.has(id)) return Promise.resolve(neighbourhoods.get(id));
  return gql(Q.neighbourhood, { id }).then((d) => {
    neighbourhoods.set(id, d.neighbourhood);
    return d.neighbourhood;
  });
}

/** What the canvas holds follows from the opened entities and the path query alone. */
const graphKey = (s) => JSON.stringify([s.open, s.path ? pathVariables(s.path) : null]);

function pathVariables(p) {
  return {
    from: p.from,
    to: p.to,
    k: p.k,
    maxHops: p.maxHops,
    includeTypes: p.include.length ? p.include : null,
    excludeTypes: p.exclude.length ? p.exclude : null,
    minConfidence: p.minConfidence || null,
    time: p.time,
    timeRespecting: p.timeRespecting,
  };
}

function fetchPaths(p) {
  const vars = pathVariables(p);
  const key = JSON.stringify(vars);
  if (pathResults.has(key)) return Promise.resolve(pathResults.get(key));
  return gql(Q.paths, vars).then((d) => {
    pathResults.set(key, d.linkagePaths);
    return d.linkagePaths;
  });
}

/**
 * Add entities and relationships to the canvas. New nodes start on a ring around
 * `anchorId` (facing away from the rest of the graph) or at their remembered
 * position; the caller then lays out only the new ones.
 */
function addElements(nodes, rels, anchorId) {
  const fresh = [];
  const anchor = anchorId ? cy.getElementById(anchorId) : null;
  const centre = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
  const newNodes = nodes.filter((n) => cy.getElementById(n.id).empty());
  const unplaced = newNodes.filter((n) => !positions.has(n.id));
  // Face the new ring away from the existing graph's centre so it grows outwards.
  const bb = cy.nodes().nonempty() ? cy.nodes().boundingBox() : null;
  const away = bb ? Math.atan2(centre.y - (bb.y1 + bb.y2) / 2, centre.x - (bb.x1 + bb.x2) / 2) : 0;
  const spread = cy.nodes().length > 1 ? Math.PI * 1.2 : Math.PI * 2;
  const radius = 110 + unplaced.length * 7;
  let i = 0;
  for (const n of newNodes) {
    let pos = positions.get(n.id);
    if (!pos) {
      const a = unplaced.length === 1 ? away : away - spread / 2 + (spread * i) / unplaced.length;
      pos = { x: centre.x + radius * Math.cos(a), y: centre.y + radius * Math.sin(a) };
      i += 1;
    }
    fresh.push(cy.add({ group: 'nodes', data: nodeData(n), position: { ...pos } }));
  }
  for (const r of rels) {
    if (cy.getElementById(r.id).nonempty()) continue;
    if (cy.getElementById(r.from.id).empty() || cy.getElementById(r.to.id).empty()) continue;
    cy.add({ group: 'edges', data: edgeData(r) });
  }
  return { fresh: cy.collection(fresh), unplaced: unplaced.length };
}

/** fCoSE over the whole graph with every old node pinned: only the new ones move. */
async function layoutNew(fresh) {
  const movable = fresh.filter((n) => !positions.has(n.id()));
  if (movable.empty()) return;
  const pinned = cy.nodes().not(movable);
  if (cy.nodes().length > 1) {
    const layout = cy.layout({
      name: 'fcose',
      quality: 'default',
      randomize: pinned.empty(),
      animate: false,
      fit: false,
      packComponents: false,
      nodeDimensionsIncludeLabels: true,
      idealEdgeLength: 120,
      nodeRepulsion: 12000,
      nodeSeparation: 100,
      fixedNodeConstraint: pinned.map((n) => ({ nodeId: n.id(), position: { ...n.position() } })),
    });
    const saved = new Map(pinned.map((n) => [n.id(), { ...n.position() }]));
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    // fCoSE pins a node's box including its label, so a pinned node can drift by half a
    // label height; put every old node back exactly where it was.
    pinned.positions((n) => saved.get(n.id()));
  }
  cy.nodes().forEach((n) => {
    if (!positions.has(n.id())) positions.set(n.id(), { ...n.position() });
  });
}

function rememberPositions() {
  cy.nodes().forEach((n) => positions.set(n.id(), { ...n.position() }));
}

async function placeNeighbourhood(id, nb) {
  const centre = nb.nodes.find((n) => n.id === id);
  if (cy.getElementById(id).empty() && centre) {
    const { fresh } = addElements([centre], [], null);
    if (!positions.has(id)) {
      const bb = cy.nodes().length > 1 ? cy.nodes().not(fresh).boundingBox() : null;
      const start = bb ? { x: bb.x2 + 200, y: (bb.y1 + bb.y2) / 2 } : { x: 0, y: 0 };
      fresh.position(start);
      positions.set(id, start);
    }
  }
  const { fresh } = addElements(nb.nodes, nb.relationships, id);
  cy.getElementById(id).addClass('expanded');
  await layoutNew(fresh);
}

/**
 * Add the paths' entities and hops. Each new entity starts next to the entity before it
 * on its path, so a path enters the canvas as a chain; then one layout run settles them.
 */
async function placePaths(paths) {
  const fresh = [];
  paths.forEach((p, pi) => {
    p.hops.forEach((h, hi) => {
      for (const n of [h.from, h.to]) {
        if (cy.getElementById(n.id).nonempty()) continue;
        const prev = n === h.to ? cy.getElementById(h.from.id) : null;
        let pos = positions.get(n.id);
        if (!pos && prev && prev.nonempty()) {
          // Step rightwards, fanning parallel paths apart by their index.
          const a = -Math.PI / 2 + ((pi + 1) * Math.PI) / (paths.length + 1);
          pos = { x: prev.position().x + 140 * Math.cos(a), y: prev.position().y + 140 * Math.sin(a) + hi * 10 };
        }
        if (!pos) {
          const bb = cy.nodes().nonempty() ? cy.nodes().boundingBox() : null;
          pos = bb ? { x: bb.x2 + 160, y: (bb.y1 + bb.y2) / 2 } : { x: 0, y: 0 };
        }
        fresh.push(cy.add({ group: 'nodes', data: nodeData(n), position: { ...pos } }));
      }
      addElements([], [h.relationship], null);
    });
  });
  await layoutNew(cy.collection(fresh));
}

// ---------------------------------------------------------------- filters

function visibleNow() {
  return cy.elements().not('.hidden');
}

async function concerningSet(issueId) {
  if (concerning.has(issueId)) return concerning.get(issueId);
  const ids = new Set([issueId]);
  let after = null;
  for (;;) {
    const d = await gql(Q.concerning, { id: issueId, after });
    const conn = d.entity.relationships;
    for (const e of conn.edges) ids.add(e.node.from.id);
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  concerning.set(issueId, ids);
  return ids;
}

/**
 * Show what passes the filters. A node shows if it passes (kind, confidence, time)
 * and is either opened, on a path, or touched by a shown relationship; a
 * relationship shows if it passes (type, confidence, time, issue) and both ends show.
 */
function applyFilters() {
  const window = timeWindow(state.time);
  const xk = new Set(state.xk);
  const xt = new Set(state.xt);
  const issueIds = state.issue ? concerning.get(state.issue) : null;
  const opened = new Set(state.open);
  const nodeOk = new Map();
  cy.nodes().forEach((n) => {
    const d = n.data();
    const kind = kindOf(d.entityType) === OTHER ? 'Other' : d.entityType;
    nodeOk.set(d.id, !xk.has(kind) && d.confidence >= state.minc && holdsWithin(d.timeStart, d.timeEnd, window));
  });
  const touched = new Set();
  cy.batch(() => {
    cy.edges().forEach((e) => {
      const d = e.data();
      const ok =
        !xt.has(d.type) &&
        d.confidence >= state.minc &&
        holdsWithin(d.timeStart, d.timeEnd, window) &&
        (!issueIds || issueIds.has(d.source) || issueIds.has(d.target)) &&
        nodeOk.get(d.source) &&
        nodeOk.get(d.target);
      e.toggleClass('hidden', !ok);
      if (ok) {
        touched.add(d.source);
        touched.add(d.target);
      }
    });
    cy.nodes().forEach((n) => {
      const id = n.id();
      const show = nodeOk.get(id) && (touched.has(id) || opened.has(id) || n.hasClass('on-path'));
      n.toggleClass('hidden', !show);
    });
  });
  $('empty-hint').hidden = cy.nodes().nonempty();
  renderFilterControls();
}

function renderFilterControls() {
  const counts = new Map();
  cy.nodes().forEach((n) => {
    const k = kindOf(n.data('entityType')) === OTHER ? 'Other' : n.data('entityType');
    counts.set(k, (counts.get(k) || 0) + 1);
  });
  const kindBox = $('kind-filters');
  const focusedKind = document.activeElement && document.activeElement.dataset.kind;
  kindBox.replaceChildren(
    ...[...KINDS, OTHER]
      .filter((k) => k !== OTHER || counts.has('Other'))
      .map((k) =>
        el(
          'label',
          { className: counts.has(k.type) ? 'check' : 'check absent' },
          el('input', {
            type: 'checkbox',
            checked: !state.xk.includes(k.type),
            dataset: { kind: k.type },
            onchange: (e) => {
              state.xk = e.target.checked ? state.xk.filter((x) => x !== k.type) : unique([...state.xk, k.type]);
              applyFilters();
              commit();
            },
          }),
          el('span', { className: `swatch shape-${k.shape}`, style: `--kind:${k.color}` }),
          k.label,
          el('span', { className: 'count' }, String(counts.get(k.type) || 0)),
        ),
      ),
  );
  if (focusedKind) kindBox.querySelector(`input[data-kind="${focusedKind}"]`)?.focus();

  const types = new Map();
  cy.edges().forEach((e) => types.set(e.data('type'), (types.get(e.data('type')) || 0) + 1));
  for (const t of state.xt) if (!types.has(t)) types.set(t, 0);
  const typeBox = $('type-filters');
  const focusedType = document.activeElement && document.activeElement.dataset.relType;
  if (types.size === 0) {
    typeBox.replaceChildren(el('p', { className: 'muted' }, 'Load some of the graph first.'));
  } else {
    typeBox.replaceChildren(
      ...[...types.keys()].sort().map((t) =>
        el(
          'label',
          { className: 'check' },
          el('input', {
            type: 'checkbox',
            checked: !state.xt.includes(t),
            dataset: { relType: t },
            onchange: (e) => {
              state.xt = e.target.checked ? state.xt.filter((x) => x !== t) : unique([...state.xt, t]);
              applyFilters();
              commit();
            },
          }),
          el('span', { className: 'type-name' }, t),
          el('span', { className: 'count' }, String(types.get(t))),
        ),
      ),
    );
    if (focusedType) typeBox.querySelector(`input[data-rel-type="${focusedType}"]`)?.focus();
  }
  $('rel-types').replaceChildren(...[...types.keys()].sort().map((t) => el('option', { value: t })));
}

// ---------------------------------------------------------------- time controls

const DAY = 86_400_000;
const toDay = (iso) => Math.round(Date.parse(`${iso}T00:00:00Z`) / DAY);
const fromDay = (n) => new Date(n * DAY).toISOString().slice(0, 10);

/** The sliders span the loaded graph's dates (at least 2017–2021, the seed's span). */
function sliderBounds() {
  let lo = '2017-01-01';
  let hi = '2021-12-31';
  cy.elements().forEach((e) => {
    const s = e.data('timeStart');
    const t = e.data('timeEnd') || s;
    if (s && s < lo) lo = s;
    if (t && t > hi) hi = t;
  });
  return [toDay(lo), toDay(hi)];
}

function syncTimeControls() {
  const t = state.time;
  for (const r of document.querySelectorAll('input[name="time-mode"]')) r.checked = r.value === t.mode;
  $('asof-controls').hidden = t.mode !== 'asof';
  $('window-controls').hidden = t.mode !== 'window';
  const [lo, hi] = sliderBounds();
  for (const [dateId, sliderId, value] of [
    ['asof-date', 'asof-slider', t.asOf],
    ['window-from', 'window-from-slider', t.from],
    ['window-to', 'window-to-slider', t.to],
  ]) {
    const s = $(sliderId);
    s.min = String(lo);
    s.max = String(hi);
    $(dateId).value = value || '';
    s.value = String(value ? toDay(value) : sliderId === 'window-to-slider' ? hi : lo);
    s.setAttribute('aria-valuetext', value || 'not set');
  }
}

function setTime(patch, push) {
  state.time = { ...state.time, ...patch };
  if (state.time.mode === 'asof' && !state.time.asOf) state.time.asOf = fromDay(sliderBounds()[1]);
  syncTimeControls();
  applyFilters();
  refreshTimeline();
  if (push) commit();
}

for (const r of document.querySelectorAll('input[name="time-mode"]')) {
  r.addEventListener('change', () => setTime({ mode: r.value }, true));
}
for (const [dateId, sliderId, key] of [
  ['asof-date', 'asof-slider', 'asOf'],
  ['window-from', 'window-from-slider', 'from'],
  ['window-to', 'window-to-slider', 'to'],
]) {
  // Typing a date applies on change (Enter or leaving the field); the slider applies live and
  // records one history entry when released.
  $(dateId).addEventListener('change', (e) => setTime({ [key]: e.target.value || null }, true));
  $(sliderId).addEventListener('input', (e) => setTime({ [key]: fromDay(Number(e.target.value)) }, false));
  $(sliderId).addEventListener('change', () => commit());
}

$('min-confidence').addEventListener('input', (e) => {
  state.minc = Number(e.target.value);
  $('min-confidence-out').textContent = state.minc.toFixed(2);
  applyFilters();
});
$('min-confidence').addEventListener('change', () => commit());

// ---------------------------------------------------------------- selection and panels

const panel = $('panel-details');

function selectedIds() {
  return cy.$(':selected').map((e) => e.id());
}

function nameOf(id) {
  const n = cy.getElementById(id);
  return n.nonempty() ? n.data('name') : id;
}

async function renderDetails() {
  const sel = cy.$(':selected');
  if (sel.empty()) return renderEmpty(panel, 'Select a node or an edge to see its evidence.');
  const target = sel.edges().nonempty() ? sel.edges()[0] : sel.nodes()[sel.nodes().length - 1];
  if (target.isEdge()) {
    renderEdge(panel, target.data(), nameOf, actions);
    return;
  }
  const id = target.id();
  const draw = (d, err) =>
    renderNode(
      panel,
      target.data(),
      {
        details: d,
        detailsError: err,
        expanded: target.hasClass('expanded'),
        edges: target
          .connectedEdges()
          .not('.hidden')
          .map((e) => ({ id: e.id(), sentence: e.data('sentence'), type: e.data('type') })),
      },
      actions,
    );
  if (details.has(id)) return draw(details.get(id), null);
  draw(null, null);
  try {
    const d = await gql(Q.entityDetails, { id });
    details.set(id, d.entity);
    if (cy.getElementById(id).selected()) draw(d.entity, null);
  } catch (err) {
    if (cy.getElementById(id).selected()) draw(null, `Could not load offices and evidence: ${err.message}`);
  }
}

function setTab(tab, focus) {
  state.tab = tab;
  for (const t of TABS) {
    const btn = $(`tab-${t}`);
    btn.setAttribute('aria-selected', String(t === tab));
    btn.tabIndex = t === tab ? 0 : -1;
    $(`panel-${t}`).hidden = t !== tab;
  }
  if (focus) $(`tab-${tab}`).focus();
  if (tab === 'timeline') refreshTimeline();
}

for (const t of TABS) {
  $(`tab-${t}`).addEventListener('click', () => {
    setTab(t);
    commit();
  });
  $(`tab-${t}`).addEventListener('keydown', (e) => {
    const i = TABS.indexOf(t);
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
      setTab(next, true);
      commit();
    }
  });
}

const actions = {
  select(id) {
    const ele = cy.getElementById(id);
    if (ele.empty()) return;
    cy.$(':selected').unselect();
    ele.select();
    if (ele.isNode() && !ele.visible()) return;
    cy.animate({ center: { eles: ele }, duration: 200 });
  },
  expand: (id) => expandAction(id),
  pathEnd(which, id, name) {
    (which === 'from' ? pathFrom : pathTo).set(id, name);
    $('path-section').open = true;
    $(which === 'from' ? 'path-from' : 'path-to').focus();
  },
  showTimeline() {
    setTab('timeline', true);
    commit();
  },
  showPath(i) {
    if (!state.path) return;
    state.path = { ...state.path, only: i };
    highlightPaths();
    commit();
  },
  openEvent: (id) => expandAction(id, true),
};

// Several changes in one gesture (unselect, then select) make one history entry.
let selectionTimer = null;
cy.on('select unselect', () => {
  if (restoring) return;
  clearTimeout(selectionTimer);
  selectionTimer = setTimeout(() => {
    state.sel = selectedIds();
    renderDetails();
    refreshTimeline();
    // A click that also expands records one history entry, when the expansion is done.
    if (expanding.size === 0) commit();
  }, 0);
});

cy.on('tap', 'node', (e) => {
  const n = e.target;
  if ($('expand-on-click').checked && !n.hasClass('expanded')) expandAction(n.id());
});
cy.on('tap', (e) => {
  if (e.target === cy) cy.$(':selected').unselect();
});
cy.on('dragfree', 'node', (e) => positions.set(e.target.id(), { ...e.target.position() }));

// ---------------------------------------------------------------- actions

const expanding = new Set();

async function expandAction(id, select = true) {
  clearError();
  let nb;
  expanding.add(id);
  try {
    nb = await withBusy('Loading neighbours…', () => fetchNeighbourhood(id));
  } catch (err) {
    showError(err, () => expandAction(id, select));
    commit();
    return;
  } finally {
    expanding.delete(id);
  }
  await placeNeighbourhood(id, nb);
  state.open = unique([...state.open, id]);
  applyFilters();
  if (nb.truncated) status(`Only the first 200 relationships of ${nameOf(id)} are shown.`);
  fitVisible(id);
  if (select) {
    restoring = true;
    cy.$(':selected').unselect();
    cy.getElementById(id).select();
    restoring = false;
    state.sel = [id];
    renderDetails();
    refreshTimeline();
  }
  commit();
}

/** Zoom below which node labels get too small to read at 1280×800. */
const READABLE_ZOOM = 0.8;

/**
 * Fit what is shown. After an automatic change (expansion, path, restore) the zoom stops
 * at a readable level, centred on `focusId`; the Fit button and the 0 key fit everything.
 */
function fitVisible(focusId) {
  const v = visibleNow();
  if (v.empty()) return;
  cy.fit(v, 40);
  if (focusId === undefined || cy.zoom() >= READABLE_ZOOM) return;
  // A path is shown whole if it can be at a readable size; a node is centred at that size.
  const focus = (focusId ? cy.getElementById(focusId) : cy.$('.on-path')).filter(':visible');
  if (focus.length > 1) cy.fit(focus, 40);
  cy.zoom(Math.min(Math.max(cy.zoom(), READABLE_ZOOM), 1.2));
  cy.center(focus.nonempty() ? focus : v);
}

const searchBox = attachSuggest($('search-input'), $('search-list'), {
  onPick: (hit) => expandAction(hit.id),
  onError: (err) => showError(err),
});

const issueBox = attachSuggest($('issue-input'), $('issue-list'), {
  types: ['Issue'],
  onPick: (hit) => setIssue(hit.id),
  onError: (err) => showError(err),
  onClear: () => setIssue(null),
});

async function setIssue(id) {
  clearError();
  if (id) {
    try {
      await withBusy('Loading the issue…', () => concerningSet(id));
    } catch (err) {
      showError(err, () => setIssue(id));
      return;
    }
  }
  state.issue = id;
  applyFilters();
  commit();
}

const pathFrom = attachSuggest($('path-from'), $('path-from-list'), { onPick: () => {}, onError: (e) => showError(e) });
const pathTo = attachSuggest($('path-to'), $('path-to-list'), { onPick: () => {}, onError: (e) => showError(e) });

const typeList = (v) =>
  unique(
    v
      .split(/[\s,]+/)
      .map((s) => s.trim().toUpperCase())
      .filter(Boolean),
  );

let pathView = { query: null, paths: null, error: null, loading: false, only: null };

$('path-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const from = pathFrom.id();
  const to = pathTo.id();
  if (!from || !to) {
    const missing = !from ? $('path-from') : $('path-to');
    showError(new Error('Pick both ends of the path from the suggestions (type a name, then choose one).'));
    missing.focus();
    return;
  }
  const p = {
    from,
    to,
    k: Number($('path-k').value) || 3,
    maxHops: Number($('path-hops').value) || 4,
    include: typeList($('path-include').value),
    exclude: typeList($('path-exclude').value),
    minConfidence: Number($('path-conf').value) || 0,
    timeRespecting: $('path-time-respecting').checked,
    // The path keeps the time filter it was found with: changing the filter later re-filters
    // the canvas but does not silently re-run the query.
    time: $('path-use-time').checked ? timeFilter(state.time) : null,
    only: null,
  };
  await findPaths(p, true);
});

$('path-clear').addEventListener('click', () => {
  state.path = null;
  pathView = { query: null, paths: null, error: null, loading: false, only: null };
  highlightPaths();
  applyFilters();
  renderPaths($('panel-paths'), pathView, actions);
  commit();
});

async function findPaths(p, push) {
  clearError();
  const previous = pathView;
  pathView = {
    query: { ...p, fromName: $('path-from').value, toName: $('path-to').value },
    paths: null,
    error: null,
    loading: true,
    only: p.only,
  };
  setTab('paths');
  renderPaths($('panel-paths'), pathView, actions);
  let paths;
  try {
    paths = await withBusy('Finding paths…', () => fetchPaths(p));
  } catch (err) {
    // Keep the paths already shown; the banner says what failed.
    pathView = previous.query ? previous : { ...pathView, loading: false, error: err.message };
    renderPaths($('panel-paths'), pathView, actions);
    showError(err, () => findPaths(p, push));
    return;
  }
  await placePaths(paths);
  state.path = p;
  pathView = { ...pathView, paths, loading: false };
  highlightPaths();
  applyFilters();
  fitVisible(null);
  if (push) commit();
}

function highlightPaths() {
  cy.batch(() => {
    cy.elements().removeClass('on-path path-end faded');
    const paths = pathView.paths;
    if (!state.path || !paths || paths.length === 0) return;
    const shown =
      state.path.only === null || state.path.only === undefined ? paths : [paths[state.path.only]].filter(Boolean);
    for (const p of shown) {
      for (const h of p.hops) {
        cy.getElementById(h.relationship.id).addClass('on-path');
        cy.getElementById(h.from.id).addClass('on-path');
        cy.getElementById(h.to.id).addClass('on-path');
      }
    }
    cy.getElementById(state.path.from).addClass('path-end');
    cy.getElementById(state.path.to).addClass('path-end');
    cy.elements().not('.on-path').addClass('faded');
  });
  pathView.only = state.path ? state.path.only : null;
  renderPaths($('panel-paths'), pathView, actions);
}

// ---------------------------------------------------------------- timeline

let timelineSeq = 0;
async function refreshTimeline() {
  if (state.tab !== 'timeline') return;
  const root = $('panel-timeline');
  const actors = cy
    .$('node:selected')
    .map((n) => ({ id: n.id(), name: n.data('name') }))
    .slice(0, 6);
  const window = timeWindow(state.time);
  const t = state.time.mode === 'window' ? timeFilter(state.time) : null;
  const view = {
    actors,
    entries: null,
    error: null,
    loading: true,
    inView: (id) => cy.getElementById(id).nonempty(),
    holds: (p) => holdsWithin(p.timeStart, p.timeEnd, window),
  };
  if (actors.length === 0) return renderTimeline(root, view, actions);
  const mine = ++timelineSeq;
  renderTimeline(root, view, actions);
  try {
    const lists = await Promise.all(
      actors.map((a) => {
        const key = JSON.stringify([a.id, t]);
        if (timelines.has(key)) return timelines.get(key);
        return gql(Q.timeline, { actor: a.id, time: t }).then((d) => {
          timelines.set(key, d.timeline);
          return d.timeline;
        });
      }),
    );
    const byEvent = new Map();
    for (const entry of lists.flat()) if (!byEvent.has(entry.event.id)) byEvent.set(entry.event.id, entry);
    view.entries = [...byEvent.values()].sort((a, b) =>
      a.date === b.date
        ? a.event.name.localeCompare(b.event.name)
        : !a.date
          ? 1
          : !b.date
            ? -1
            : a.date < b.date
              ? -1
              : 1,
    );
  } catch (err) {
    view.error = err.message;
  }
  view.loading = false;
  if (mine === timelineSeq) renderTimeline(root, view, actions);
}

// ---------------------------------------------------------------- keyboard on the canvas

$('cy').addEventListener('keydown', (e) => {
  const nodes = visibleNow()
    .nodes()
    .sort((a, b) => String(a.data('name')).localeCompare(String(b.data('name'))));
  const current = cy.$('node:selected').last();
  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft' || e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    if (nodes.empty()) return;
    e.preventDefault();
    const i = current.nonempty() ? nodes.indexOf(current) : -1;
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
    const next = nodes[(i + step + nodes.length) % nodes.length];
    actions.select(next.id());
  } else if (e.key === 'Enter' && current.nonempty()) {
    e.preventDefault();
    expandAction(current.id());
  } else if (e.key === 'Escape') {
    cy.$(':selected').unselect();
  } else if (e.key === '+' || e.key === '=') {
    cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  } else if (e.key === '-') {
    cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  } else if (e.key === '0') {
    fitVisible();
  }
});

// ---------------------------------------------------------------- toolbar

$('fit-btn').addEventListener('click', () => fitVisible());
$('clear-btn').addEventListener('click', () => {
  cy.elements().remove();
  state = { ...emptyState(), xk: state.xk, xt: state.xt, minc: state.minc, time: state.time, issue: state.issue };
  pathView = { query: null, paths: null, error: null, loading: false, only: null };
  renderPaths($('panel-paths'), pathView, actions);
  renderDetails();
  refreshTimeline();
  applyFilters();
  commit();
});

function exportNodeLink() {
  return nodeLink(visibleNow(), {
    name: 'Bilateral-relations graph explorer view',
    url: location.href,
    exportedAt: new Date().toISOString(),
    filters: {
      hiddenKinds: state.xk,
      hiddenRelationshipTypes: state.xt,
      issue: state.issue,
      minConfidence: state.minc,
      time: timeFilter(state.time),
    },
  });
}

$('png-btn').addEventListener('click', async () => {
  const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000 });
  download('graph-explorer-view.png', blob);
});
$('json-btn').addEventListener('click', () => {
  const json = JSON.stringify(exportNodeLink(), null, 2);
  download('graph-explorer-view.json', new Blob([json], { type: 'application/json' }));
});

// ---------------------------------------------------------------- URL

function commit() {
  if (restoring) return;
  state.sel = selectedIds();
  rememberPositions();
  const url = `${location.pathname}${toUrl(state)}`;
  if (url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
}

/**
 * Rebuild the view a URL describes. Everything is fetched (or taken from the cache)
 * before anything on screen changes: if the API is down, the current view stays and the
 * URL goes back to it.
 */
async function restore(next) {
  clearError();
  const sameGraph = graphKey(next) === graphKey(state);
  let nbs;
  let paths = null;
  try {
    [nbs, paths] = await withBusy('Loading the view…', () =>
      Promise.all([Promise.all(next.open.map(fetchNeighbourhood)), next.path ? fetchPaths(next.path) : null]),
    );
  } catch (err) {
    showError(err, () => restore(next));
    history.replaceState(null, '', `${location.pathname}${toUrl(state)}`);
    return;
  }
  if (next.issue && !concerning.has(next.issue)) {
    try {
      await concerningSet(next.issue);
    } catch (err) {
      showError(err);
      next.issue = null;
    }
  }
  restoring = true;
  try {
    const prevOpen = state.open;
    state = next;
    if (!sameGraph) {
      const extends_ =
        prevOpen.length <= next.open.length && prevOpen.every((id, i) => next.open[i] === id) && cy.nodes().nonempty();
      if (!extends_ || next.path) {
        rememberPositions();
        cy.elements().remove();
      }
      for (let i = 0; i < next.open.length; i++) {
        if (cy.getElementById(next.open[i]).hasClass('expanded')) continue;
        await placeNeighbourhood(next.open[i], nbs[i]);
      }
      if (paths) await placePaths(paths);
    }
    pathView = next.path
      ? {
          query: { ...next.path, fromName: nameOf(next.path.from), toName: nameOf(next.path.to) },
          paths,
          error: null,
          loading: false,
          only: next.path.only,
        }
      : { query: null, paths: null, error: null, loading: false, only: null };
    syncControls();
    highlightPaths();
    applyFilters();
    cy.$(':selected').unselect();
    for (const id of next.sel) cy.getElementById(id).select();
    if (!sameGraph) fitVisible(next.path ? null : next.sel[0] || next.open[next.open.length - 1] || null);
  } finally {
    restoring = false;
  }
  setTab(state.tab);
  renderDetails();
  refreshTimeline();
}

function syncControls() {
  $('min-confidence').value = String(state.minc);
  $('min-confidence-out').textContent = state.minc.toFixed(2);
  syncTimeControls();
  if (state.issue) issueBox.set(state.issue, nameOf(state.issue) === state.issue ? state.issue : nameOf(state.issue));
  else issueBox.set(null, '');
  if (state.path) {
    pathFrom.set(state.path.from, nameOf(state.path.from));
    pathTo.set(state.path.to, nameOf(state.path.to));
    $('path-k').value = String(state.path.k);
    $('path-hops').value = String(state.path.maxHops);
    $('path-conf').value = String(state.path.minConfidence);
    $('path-include').value = state.path.include.join(', ');
    $('path-exclude').value = state.path.exclude.join(', ');
    $('path-time-respecting').checked = state.path.timeRespecting;
    $('path-use-time').checked = state.path.time !== null;
  }
}

window.addEventListener('popstate', () => restore(fromUrl(location.search)));

// For tests and for the curious in the console.
window.explorer = {
  cy,
  get state() {
    return state;
  },
  exportNodeLink,
  ready: restore(fromUrl(location.search)).then(() => true),
};
void searchBox;
