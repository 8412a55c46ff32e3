// Readable labels. Labels keep one size on screen at every zoom, and a label is only
// drawn where it overlaps no other label and no node: the most important first (the
// selection, path ends, paths, opened entities, then the best-connected), the rest left
// to the hover card, which shows the full name or the relationship's sentence.
import type cytoscape from 'cytoscape';
import { byId } from './dom';
import { cytoscapeStyle } from './style';

type Box = { x1: number; y1: number; x2: number; y2: number };

const LABEL_BOX = { includeNodes: false, includeEdges: false, includeLabels: true, includeOverlays: false, includeUnderlays: false };
const BODY_BOX = { includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false, includeUnderlays: false };
/** Clear space around each label, in screen pixels. */
const GAP_PX = 2;

const overlaps = (a: Box, b: Box, gap: number) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

const inside = (a: Box, b: Box) => a.x1 >= b.x1 && a.x2 <= b.x2 && a.y1 >= b.y1 && a.y2 <= b.y2;

/** Higher first. */
function priority(e: cytoscape.SingularElementArgument): number {
  const degree = e.isNode() ? e.degree(false) : 0;
  if (e.hasClass('chosen')) return 1e6;
  if (e.hasClass('path-end')) return 1e5 + degree;
  if (e.isNode() && e.hasClass('on-path')) return 5e4 + degree;
  if (e.isNode() && e.hasClass('expanded')) return 2e4 + degree;
  if (e.isEdge() && e.hasClass('on-path')) return 1e4;
  if (e.isEdge() && e.connectedNodes('.chosen').nonempty()) return 5e3;
  if (e.isNode()) return 1e3 + degree;
  return e.hasClass('faded') ? 0 : 10;
}

export function attachLabels(cy: cytoscape.Core) {
  /** Model units per screen pixel: labels are drawn at `size × scale` so they look `size` on screen. */
  let scale = 0;

  /** Restyle for the current zoom; true if the scale changed. */
  function rescale(): boolean {
    const next = 1 / cy.zoom();
    if (scale > 0 && Math.abs(next - scale) / scale < 0.01) return false;
    scale = next;
    cy.style(cytoscapeStyle(scale));
    return true;
  }
  rescale();

  /** Where a node's label may go, in order of preference (style.ts has a class for each but the first). */
  const SPOTS = ['', 'label-top', 'label-right', 'label-left'] as const;
  const SPOT_CLASSES = SPOTS.filter(Boolean).join(' ');

  function declutter(): void {
    const shown = cy.elements();
    cy.batch(() => shown.removeClass(`label-off ${SPOT_CLASSES}`));
    const gap = GAP_PX * scale;
    const view = cy.extent();
    const placed: Box[] = [];
    const bodies = new Map<string, Box>();
    cy.nodes().forEach((n) => void bodies.set(n.id(), n.boundingBox(BODY_BOX)));
    /** Clear of the labels placed so far and, if `clearOfNodes`, of every node but its own. */
    const free = (box: Box, own: Set<string>, clearOfNodes: boolean) => {
      if (placed.some((p) => overlaps(box, p, gap))) return false;
      if (!clearOfNodes) return true;
      for (const [id, body] of bodies) if (!own.has(id) && overlaps(box, body, gap)) return false;
      return true;
    };
    const order = shown.toArray().sort((a, b) => priority(b) - priority(a) || a.id().localeCompare(b.id()));
    const off = cy.collection();
    for (const e of order) {
      if (!e.data('label')) continue;
      // An edge's label must keep clear of its own ends too; a node's sits beside its own body.
      const own = new Set(e.isNode() ? [e.id()] : []);
      // The labels that matter most (the selection, path ends, opened entities) may, when no spot
      // is clear, cover other nodes (they are drawn above them); other labels never do.
      const key = e.isNode() && (e.hasClass('chosen') || e.hasClass('path-end') || e.hasClass('expanded'));
      const spots = e.isNode() ? SPOTS : SPOTS.slice(0, 1);
      // A label of an element on screen must be wholly on screen.
      const at = e.isEdge() ? e.midpoint() : e.position();
      const onScreen = inside({ x1: at.x, y1: at.y, x2: at.x, y2: at.y }, view);
      let box: Box | null = null;
      for (const clearOfNodes of key ? [true, false] : [true]) {
        for (const spot of spots) {
          if (spot) e.addClass(spot);
          const b = e.boundingBox(LABEL_BOX);
          if (b.w > 0 && b.h > 0 && (!onScreen || inside(b, view)) && free(b, own, clearOfNodes)) {
            box = b;
            break;
          }
          if (spot) e.removeClass(spot);
        }
        if (box) break;
      }
      if (box) placed.push(box);
      else off.merge(e);
    }
    cy.batch(() => off.addClass('label-off'));
  }

  // Zooming changes how big labels are against the graph: restyle and declutter once per frame.
  let frame = 0;
  cy.on('zoom', () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (rescale()) declutter();
    });
  });

  // The hover card: the full name of a node, the sentence of a relationship.
  const card = byId('hover-card');
  cy.on('mouseover', 'node, edge', (evt) => {
    const e = evt.target as cytoscape.SingularElementArgument;
    card.textContent = e.data(e.isNode() ? 'name' : 'sentence');
    const p = e.isEdge() ? e.renderedMidpoint() : e.renderedPosition();
    // The card lives in the canvas area, which also holds the hint line above the canvas.
    const box = cy.container();
    card.style.left = `${Math.round((box?.offsetLeft ?? 0) + p.x)}px`;
    card.style.top = `${Math.round((box?.offsetTop ?? 0) + p.y)}px`;
    card.hidden = false;
  });
  cy.on('mouseout', 'node, edge', () => {
    card.hidden = true;
  });
  const hide = () => {
    card.hidden = true;
  };
  cy.on('viewport remove', hide);
  // Leaving the canvas altogether fires no Cytoscape mouseout.
  cy.container()?.addEventListener('mouseleave', hide);

  return {
    /** Call after the elements or their classes changed. */
    refresh(): void {
      rescale();
      declutter();
    },
  };
}
