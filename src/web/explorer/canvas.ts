// The graph canvas (Cytoscape.js): shows what visibility.ts says is visible, places new
// nodes (layout.ts), keeps labels readable (labels.ts), marks selection, paths and
// undated elements, and moves the viewport as the change asks (navigator.ts's Focus).
// User gestures are reported to the `on` handlers; the canvas changes nothing by itself.
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { relationshipPhrase } from '../../shared/vocabulary';
import { attachLabels } from './labels';
import { createLayout } from './layout';
import type { Focus } from './navigator';
import { timeFilter, type GraphData, type ViewState } from './store';
import { canvasLabel, cytoscapeStyle } from './style';
import type { Entity, Relationship } from './types';
import { visibleElements } from './visibility';

cytoscape.use(fcose);

export interface CanvasHandlers {
  tapNode(id: string, additive: boolean): void;
  tapEdge(id: string): void;
  tapBackground(): void;
  /** Enter on the canvas with a node selected. */
  expand(id: string): void;
  /** Arrow keys: select the next node (by name) in `direction`. */
  selectNode(id: string): void;
  clearSelection(): void;
}

/** Zoom limits after an automatic change: never so far out that labels are hard to read, never closer than this. */
const MIN_AUTO_ZOOM = 0.75;
const MAX_AUTO_ZOOM = 1.2;
const MIN_PATH_ZOOM = 0.6;
const PADDING = 36;

const nodeData = (n: Entity) => ({
  id: n.id,
  label: canvasLabel(n.name),
  name: n.name,
  entityType: n.entityType,
  timeStart: n.properties.timeStart ?? null,
});

const edgeData = (r: Relationship) => ({
  id: r.id,
  source: r.from.id,
  target: r.to.id,
  type: r.type,
  label: relationshipPhrase(r.type, r.properties.action),
  sentence: r.sentence,
  confidence: typeof r.properties.confidence === 'number' ? r.properties.confidence : 1,
  timeStart: r.properties.timeStart ?? null,
});

export function createCanvas(container: HTMLElement, on: CanvasHandlers) {
  const cy = cytoscape({
    container,
    style: cytoscapeStyle(),
    minZoom: 0.15,
    maxZoom: 3,
    boxSelectionEnabled: false,
    // Selection is the view's (ViewState.sel), drawn with the `chosen` class.
    autounselectify: true,
  });
  const labels = attachLabels(cy);
  const layout = createLayout(cy);

  cy.on('tap', 'node', (e) =>
    on.tapNode(
      (e.target as cytoscape.NodeSingular).id(),
      Boolean((e.originalEvent as MouseEvent | undefined)?.shiftKey),
    ),
  );
  cy.on('tap', 'edge', (e) => on.tapEdge((e.target as cytoscape.EdgeSingular).id()));
  cy.on('tap', (e) => {
    if (e.target === cy) on.tapBackground();
  });
  cy.on('dragfree', 'node', (e) => layout.remember(e.target as cytoscape.NodeSingular));

  /** Fit `eles` with the zoom kept below the automatic limit; true if it is readable (at least `min`). */
  function fitWithin(eles: cytoscape.CollectionReturnValue, min = MIN_AUTO_ZOOM): boolean {
    if (eles.empty()) return false;
    cy.fit(eles, PADDING);
    if (cy.zoom() > MAX_AUTO_ZOOM) {
      cy.zoom(MAX_AUTO_ZOOM);
      cy.center(eles);
    }
    return cy.zoom() >= min;
  }

  function inView(eles: cytoscape.CollectionReturnValue): boolean {
    const bb = eles.renderedBoundingBox({ includeLabels: false });
    return bb.x1 >= 0 && bb.y1 >= 0 && bb.x2 <= cy.width() && bb.y2 <= cy.height();
  }

  function moveViewport(focus: Focus): void {
    const all = cy.elements();
    if (focus.kind === 'all') {
      if (!fitWithin(all)) cy.zoom(MIN_AUTO_ZOOM).center(all);
    } else if (focus.kind === 'expand') {
      // Everything if it fits at a readable size, else the opened entity with its neighbours.
      const node = cy.getElementById(focus.id);
      if (!fitWithin(all) && node.nonempty()) {
        const hood = node.closedNeighborhood();
        if (!fitWithin(hood)) cy.zoom(MIN_AUTO_ZOOM).center(node);
      }
    } else if (focus.kind === 'path') {
      // Whole paths matter more than label size: they may be fitted a little smaller.
      const lit = cy.elements('.on-path');
      if (!fitWithin(all) && !fitWithin(lit, MIN_PATH_ZOOM)) cy.zoom(MIN_PATH_ZOOM).center(lit);
    } else {
      // Keep the viewport, but bring a selection that is off-screen into view.
      const chosen = cy.elements('.chosen');
      if (chosen.nonempty() && !inView(chosen)) cy.center(chosen);
    }
  }

  async function show(data: GraphData, view: ViewState, focus: Focus): Promise<void> {
    const vis = visibleElements(data, view);
    cy.elements().forEach((e) => {
      if (!(e.isNode() ? vis.nodes : vis.edges).has(e.id())) {
        if (e.isNode()) layout.remember(e);
        e.remove();
      }
    });
    const fresh = cy.collection();
    for (const id of vis.nodes) {
      if (cy.getElementById(id).nonempty()) continue;
      const entity = data.entities.get(id);
      if (entity) fresh.merge(cy.add({ group: 'nodes', data: nodeData(entity), position: { x: 0, y: 0 } }));
    }
    for (const id of vis.edges) {
      const r = data.relationships.get(id);
      if (r && cy.getElementById(id).empty()) cy.add({ group: 'edges', data: edgeData(r) });
    }
    // Paths found with nothing else on the canvas are a view of their own: laid out left to right.
    const chains = (data.paths ?? []).map((p) => [p.hops[0]?.from.id ?? '', ...p.hops.map((h) => h.to.id)]);
    await layout.place(fresh.nodes(), new Set(view.open), view.open.length === 0 ? chains : null);

    const timeFiltered = timeFilter(view.time) !== null;
    const paths = data.paths !== null && data.paths.length > 0;
    const sel = new Set(view.sel);
    cy.batch(() => {
      cy.elements().forEach((e) => {
        const id = e.id();
        e.toggleClass('expanded', view.open.includes(id));
        e.toggleClass('on-path', vis.highlighted.has(id));
        e.toggleClass('faded', paths && !vis.highlighted.has(id));
        e.toggleClass('path-end', view.path !== null && (id === view.path.from || id === view.path.to));
        e.toggleClass('undated', timeFiltered && !e.data('timeStart'));
        e.toggleClass('chosen', sel.has(id));
      });
    });
    moveViewport(focus);
    labels.refresh();
  }

  // Keyboard on the canvas: arrows walk the nodes by name, Enter expands, Esc clears, +/−/0 zoom.
  container.addEventListener('keydown', (e) => {
    const nodes = cy
      .nodes()
      .toArray()
      .sort((a, b) => String(a.data('name')).localeCompare(String(b.data('name'))));
    const current = cy.nodes('.chosen').last();
    const centre = { x: cy.width() / 2, y: cy.height() / 2 };
    if (['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'].includes(e.key)) {
      if (nodes.length === 0) return;
      e.preventDefault();
      const i = current.nonempty() ? nodes.findIndex((n) => n.id() === current.id()) : -1;
      const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1;
      const next = nodes[(i + step + nodes.length) % nodes.length];
      if (next) on.selectNode(next.id());
    } else if (e.key === 'Enter' && current.nonempty()) {
      e.preventDefault();
      on.expand(current.id());
    } else if (e.key === 'Escape') {
      on.clearSelection();
    } else if (e.key === '+' || e.key === '=') {
      cy.zoom({ level: cy.zoom() * 1.2, renderedPosition: centre });
    } else if (e.key === '-') {
      cy.zoom({ level: cy.zoom() / 1.2, renderedPosition: centre });
    } else if (e.key === '0') {
      fitWithin(cy.elements());
    }
  });

  return {
    cy,
    show,
    fit: () => void fitWithin(cy.elements()),
    png: () => cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 6000 }),
  };
}

export type Canvas = ReturnType<typeof createCanvas>;
