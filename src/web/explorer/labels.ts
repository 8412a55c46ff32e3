// Readable labels. A label is only drawn where it overlaps no other label and no node
// (beside or above its node if not below it), the most important first (the selection,
// path ends, paths, opened entities, then the best-connected); the rest are left to the
// hover card, which shows the full name or the relationship's sentence.
//
// Label boxes are measured here (canvas text metrics, the fonts of style.ts) rather than
// read back from Cytoscape after trying each side: trying sides by switching classes back
// and forth within one frame leaves Cytoscape's cached label drawings stale (labels drawn
// cut off). So each element's classes change at most once per placement.
import type cytoscape from 'cytoscape';
import { byId } from './dom';
import { LABEL_TYPE } from './style';

type Box = { x1: number; y1: number; x2: number; y2: number };
type Spot = 'below' | 'above' | 'right' | 'left';

/** The class that puts a node's label on each side (style.ts); below needs none. */
const SPOT_CLASS: Record<Spot, string> = { below: '', above: 'label-top', right: 'label-right', left: 'label-left' };
const ALL_SPOT_CLASSES = Object.values(SPOT_CLASS).filter(Boolean).join(' ');
const SPOTS: readonly Spot[] = ['below', 'above', 'right', 'left'];

/** Clear space around each label, in screen pixels. */
const GAP_PX = 3;
/** Line height over font size, generous: an estimate too big only hides a label, never overlaps one. */
const LINE_HEIGHT = 1.25;
/** Room added to every measured label box (model units), so that estimates err on the large side. */
const SLACK = 4;

const BODY_BOX = {
  includeNodes: true,
  includeEdges: false,
  includeLabels: false,
  includeOverlays: false,
  includeUnderlays: false,
};

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

/** Width and height of a label in model units, as style.ts sets it. */
function createMeasure() {
  const context = document.createElement('canvas').getContext('2d');
  const widths = new Map<string, number>();
  return (text: string, size: number, bold: boolean, padding: number) => {
    const lines = text.split('\n');
    const font = `${bold ? 'bold ' : ''}${size}px ${LABEL_TYPE.family}`;
    let width = 0;
    for (const line of lines) {
      const key = `${font}|${line}`;
      let w = widths.get(key);
      if (w === undefined) {
        if (context) context.font = font;
        // Without a 2D context (never in a browser that runs Cytoscape), assume wide letters.
        w = context ? context.measureText(line).width : line.length * size * 0.65;
        widths.set(key, w);
      }
      width = Math.max(width, w);
    }
    return { w: width + 2 * padding + 2 * SLACK, h: lines.length * size * LINE_HEIGHT + 2 * padding + SLACK };
  };
}

export function attachLabels(cy: cytoscape.Core) {
  const measure = createMeasure();

  /** Where a node's label would sit on each side: it touches the node, as style.ts draws it. */
  function nodeSpot(body: Box, at: cytoscape.Position, w: number, h: number, spot: Spot): Box {
    switch (spot) {
      case 'below': {
        // Cytoscape sets the label a little higher than margin and padding say: start it inside the body's box.
        const y1 = body.y2 - SLACK;
        return { x1: at.x - w / 2, x2: at.x + w / 2, y1, y2: y1 + h + LABEL_TYPE.nodeMargin };
      }
      // Cytoscape lets labels beside or above a node reach a few units into its box.
      case 'above':
        return { x1: at.x - w / 2, x2: at.x + w / 2, y1: body.y1 - h, y2: body.y1 + 2 * SLACK };
      case 'right':
        return { x1: body.x2 - 2 * SLACK, x2: body.x2 + w, y1: at.y - h / 2, y2: at.y + h / 2 };
      case 'left':
        return { x1: body.x1 - w, x2: body.x1 + 2 * SLACK, y1: at.y - h / 2, y2: at.y + h / 2 };
    }
  }

  function place(): void {
    const gap = GAP_PX / cy.zoom();
    const view = cy.extent();
    const placed: Box[] = [];
    const bodies = new Map<string, Box>();
    cy.nodes().forEach((n) => void bodies.set(n.id(), n.boundingBox(BODY_BOX)));
    /** Clear of the labels placed so far and, if `clearOfNodes`, of every node but `own`. */
    const free = (box: Box, own: string | null, clearOfNodes: boolean) => {
      if (placed.some((p) => overlaps(box, p, gap))) return false;
      if (!clearOfNodes) return true;
      for (const [id, body] of bodies) if (id !== own && overlaps(box, body, gap)) return false;
      return true;
    };
    const decided = new Map<string, Spot | null>();
    const order = cy
      .elements()
      .toArray()
      .sort((a, b) => priority(b) - priority(a) || a.id().localeCompare(b.id()));
    for (const e of order) {
      const text = String(e.data('label') ?? '');
      if (!text) continue;
      let choice: Spot | null = null;
      if (e.isNode()) {
        const body = bodies.get(e.id())!;
        const at = e.position();
        const { w, h } = measure(text, LABEL_TYPE.nodeSize, e.hasClass('expanded'), LABEL_TYPE.nodePadding);
        // A label of a node on screen must be wholly on screen.
        const onScreen = inside({ x1: at.x, y1: at.y, x2: at.x, y2: at.y }, view);
        // The labels that matter most (the selection, path ends, opened entities) may, when no side
        // is clear, cover other nodes (they are drawn above them); other labels never do.
        const key = e.hasClass('chosen') || e.hasClass('path-end') || e.hasClass('expanded');
        search: for (const clearOfNodes of key ? [true, false] : [true]) {
          for (const spot of SPOTS) {
            const box = nodeSpot(body, at, w, h, spot);
            if ((!onScreen || inside(box, view)) && free(box, e.id(), clearOfNodes)) {
              placed.push(box);
              choice = spot;
              break search;
            }
          }
        }
      } else {
        // An edge's label sits at its middle and keeps clear of every node, its own ends too.
        const at = e.midpoint();
        const { w, h } = measure(text, LABEL_TYPE.edgeSize, false, LABEL_TYPE.edgePadding);
        const box = { x1: at.x - w / 2, x2: at.x + w / 2, y1: at.y - h / 2, y2: at.y + h / 2 };
        const onScreen = inside({ x1: at.x, y1: at.y, x2: at.x, y2: at.y }, view);
        // The selected relationship's label may cover nodes, like the key node labels.
        if ((!onScreen || inside(box, view)) && free(box, null, !e.hasClass('chosen'))) {
          placed.push(box);
          choice = 'below';
        }
      }
      decided.set(e.id(), choice);
    }
    // Change each element's classes once, and only if its placement changed.
    cy.batch(() => {
      for (const [id, spot] of decided) {
        const e = cy.getElementById(id);
        const want = spot === null ? 'label-off' : SPOT_CLASS[spot];
        const has = ['label-off', ...ALL_SPOT_CLASSES.split(' ')].find((c) => e.hasClass(c)) ?? '';
        if (want === has) continue;
        if (has) e.removeClass(has);
        if (want) e.addClass(want);
      }
    });
  }

  // Labels grow and shrink with the zoom, so overlaps do not change; but a label must stay
  // on screen, and what is on screen changes: place them again when the viewport settles.
  let settle: ReturnType<typeof setTimeout> | undefined;
  cy.on('viewport', () => {
    clearTimeout(settle);
    settle = setTimeout(place, 150);
  });

  // The hover card: the full name of a node, the sentence of a relationship.
  const card = byId('hover-card');
  cy.on('mouseover', 'node, edge', (evt) => {
    const e = evt.target as cytoscape.SingularElementArgument;
    card.textContent = e.data(e.isNode() ? 'name' : 'sentence') as string;
    const p = e.isEdge() ? e.renderedMidpoint() : e.renderedPosition();
    // The card lives in the canvas area, which also holds the hint line above the canvas.
    const box = cy.container();
    card.style.left = `${Math.round((box?.offsetLeft ?? 0) + p.x)}px`;
    card.style.top = `${Math.round((box?.offsetTop ?? 0) + p.y)}px`;
    card.hidden = false;
  });
  const hide = () => {
    card.hidden = true;
  };
  cy.on('mouseout', 'node, edge', hide);
  cy.on('viewport remove', hide);
  // Leaving the canvas altogether fires no Cytoscape mouseout.
  cy.container()?.addEventListener('mouseleave', hide);

  return {
    /** Call after the elements or their classes changed. */
    refresh(): void {
      clearTimeout(settle);
      place();
    },
  };
}
