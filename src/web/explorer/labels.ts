// Readable labels. Labels keep one size on screen at every zoom, and a label is only
// drawn where it overlaps no other label and no node: the most important first (the
// selection, path ends, paths, opened entities, then the best-connected), the rest left
// to the hover card, which shows the full name or the relationship's sentence.
import type cytoscape from 'cytoscape';
import { byId } from './dom';

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
  let scale = 1 / cy.zoom();

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
    const free = (box: Box, ownEnds: Set<string>, isNode: boolean) => {
      if (placed.some((p) => overlaps(box, p, gap))) return false;
      for (const [id, body] of bodies) {
        if (isNode && ownEnds.has(id)) continue;
        if (overlaps(box, body, gap)) return false;
      }
      return true;
    };
    const order = shown.toArray().sort((a, b) => priority(b) - priority(a) || a.id().localeCompare(b.id()));
    const off = cy.collection();
    for (const e of order) {
      if (!e.data('label')) continue;
      const ownEnds = new Set(e.isEdge() ? [e.source().id(), e.target().id()] : [e.id()]);
      const spots = e.isNode() ? SPOTS : SPOTS.slice(0, 1);
      // First a spot inside the viewport, then any free one (the label of a node off-screen).
      let box: Box | null = null;
      for (const onScreen of [true, false]) {
        for (const spot of spots) {
          if (spot) e.addClass(spot);
          const b = e.boundingBox(LABEL_BOX);
          if (b.w > 0 && b.h > 0 && (!onScreen || inside(b, view)) && free(b, ownEnds, e.isNode())) {
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
      const next = 1 / cy.zoom();
      if (Math.abs(next - scale) / scale < 0.01) return;
      scale = next;
      cy.style().update();
      declutter();
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
  cy.on('viewport remove', () => {
    card.hidden = true;
  });

  return {
    /** Model units per screen pixel, for the stylesheet. */
    scale: () => scale,
    /** Call after the elements or their classes changed. */
    refresh(): void {
      const next = 1 / cy.zoom();
      if (Math.abs(next - scale) / scale >= 0.01) {
        scale = next;
        cy.style().update();
      }
      declutter();
    },
  };
}
