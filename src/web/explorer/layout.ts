// Where nodes go. Nodes already on the canvas never move when the graph grows: new
// ones start next to a neighbour that is already placed (on an arc facing away from the
// rest of the graph), then one fCoSE run settles only them, every other node pinned.
// Positions are remembered for the page's life, so a node that comes back (going back,
// un-hiding a kind) returns to where it was.
import type cytoscape from 'cytoscape';

interface FcoseOptions extends cytoscape.BaseLayoutOptions {
  name: 'fcose';
  quality: 'draft' | 'default' | 'proof';
  randomize: boolean;
  animate: boolean;
  fit: boolean;
  packComponents: boolean;
  nodeDimensionsIncludeLabels: boolean;
  idealEdgeLength: number;
  nodeRepulsion: number;
  nodeSeparation: number;
  gravity: number;
  fixedNodeConstraint?: { nodeId: string; position: cytoscape.Position }[];
}

type Point = cytoscape.Position;

/** Spacing of the columns and rows of paths laid out left to right (model units). */
const COLUMN_GAP = 150;
const ROW_GAP = 120;
/** Every other column sits a little lower, so labels of neighbouring columns do not meet. */
const STAGGER = 40;

export function createLayout(cy: cytoscape.Core) {
  const remembered = new Map<string, Point>();

  const centreOf = (nodes: cytoscape.NodeCollection): Point => {
    const bb = nodes.boundingBox({});
    return { x: (bb.x1 + bb.x2) / 2, y: (bb.y1 + bb.y2) / 2 };
  };

  /** A first position for each new node, next to a placed neighbour (preferring `anchors`). */
  function seed(fresh: cytoscape.NodeCollection, anchors: Set<string>): void {
    const placed = cy.nodes().filter((n) => !fresh.contains(n));
    const graphCentre = placed.nonempty() ? centreOf(placed) : { x: 0, y: 0 };
    const groups = new Map<string, cytoscape.NodeSingular[]>();
    const loose: cytoscape.NodeSingular[] = [];
    fresh.forEach((n) => {
      const neighbours = n.neighborhood().nodes().intersection(placed);
      const preferred = neighbours.filter((m) => anchors.has(m.id()));
      const anchor = preferred.nonempty() ? preferred.first() : neighbours.first();
      if (anchor.empty()) return void loose.push(n);
      groups.set(anchor.id(), [...(groups.get(anchor.id()) ?? []), n]);
    });
    for (const [anchorId, group] of groups) {
      const a = cy.getElementById(anchorId).position();
      const away = Math.atan2(a.y - graphCentre.y, a.x - graphCentre.x);
      const spread = placed.length > 1 ? Math.PI * 1.3 : Math.PI * 2;
      const radius = 120 + group.length * 6;
      group.forEach((n, i) => {
        const angle = group.length === 1 ? away : away - spread / 2 + (spread * (i + 0.5)) / group.length;
        n.position({ x: a.x + radius * Math.cos(angle), y: a.y + radius * Math.sin(angle) });
      });
    }
    // Nothing placed to hang them on: a ring to the right of the graph, or around the origin.
    const bb = placed.nonempty() ? placed.boundingBox({}) : null;
    const ringCentre = bb ? { x: bb.x2 + 220, y: (bb.y1 + bb.y2) / 2 } : { x: 0, y: 0 };
    loose.forEach((n, i) => {
      const angle = (2 * Math.PI * i) / Math.max(loose.length, 1);
      const r = loose.length === 1 ? 0 : 80 + loose.length * 12;
      n.position({ x: ringCentre.x + r * Math.cos(angle), y: ringCentre.y + r * Math.sin(angle) });
    });
  }

  /**
   * Paths shown on their own read left to right: each entity in the column of its first
   * step from the start (the end in the last column), the paths stacked in order.
   */
  function layerPaths(paths: string[][]): void {
    const last = Math.max(...paths.map((p) => p.length - 1));
    const column = new Map<string, number>();
    for (const p of paths) {
      p.forEach((id, i) => {
        const col = i === p.length - 1 ? last : i;
        column.set(id, Math.min(column.get(id) ?? col, col));
      });
    }
    const rows = new Map<number, string[]>();
    for (const id of paths.flat()) {
      const col = column.get(id)!;
      const row = rows.get(col) ?? [];
      if (!row.includes(id)) row.push(id);
      rows.set(col, row);
    }
    for (const [col, row] of rows) {
      row.forEach((id, i) => {
        const at = { x: col * COLUMN_GAP, y: (i - (row.length - 1) / 2) * ROW_GAP + (col % 2) * STAGGER };
        cy.getElementById(id).position(at);
        remembered.set(id, at);
      });
    }
  }

  /** The paths last laid out as a view of their own, so they are laid out once, not on every change. */
  let laidOut = '';

  /**
   * Place the nodes in `fresh` (just added); every other node keeps its place. `anchors`
   * are the entities new nodes should gather around (opened ones). `paths` (node ids of each
   * path, start to end), when given, are a view of their own: laid out left to right when
   * they first appear, whatever was on the canvas before.
   */
  async function place(fresh: cytoscape.NodeCollection, anchors: Set<string>, paths: string[][] | null): Promise<void> {
    const key = JSON.stringify(paths);
    if (paths && paths.length > 0 && key !== laidOut) layerPaths(paths);
    laidOut = key;
    fresh.forEach((n) => {
      const p = remembered.get(n.id());
      if (p) n.position({ ...p });
    });
    const movable = fresh.filter((n) => !remembered.has(n.id()));
    if (movable.nonempty()) {
      seed(movable, anchors);
      const pinned = cy.nodes().filter((n) => !movable.contains(n));
      const pins = pinned
        .toArray()
        .map((n) => ({ nodeId: n.id(), position: { ...(n as cytoscape.NodeSingular).position() } }));
      const saved = new Map(pins.map((p) => [p.nodeId, p.position] as const));
      const options: FcoseOptions = {
        name: 'fcose',
        quality: 'default',
        randomize: pinned.empty(),
        animate: false,
        fit: false,
        packComponents: pinned.empty(),
        nodeDimensionsIncludeLabels: false,
        idealEdgeLength: 110,
        nodeRepulsion: 9000,
        nodeSeparation: 90,
        gravity: 0.3,
        fixedNodeConstraint: pins.length ? pins.map((p) => ({ ...p, position: { ...p.position } })) : undefined,
      };
      if (cy.nodes().length > 1) {
        const layout = cy.layout(options);
        const done = layout.promiseOn('layoutstop');
        layout.run();
        await done;
      }
      // fCoSE can nudge a pinned node by a fraction of a pixel: put each back exactly.
      pinned.positions((n) => saved.get(n.id()) ?? n.position());
    }
    cy.nodes().forEach((n) => void remember(n));
  }

  function remember(n: cytoscape.NodeSingular): void {
    remembered.set(n.id(), { ...n.position() });
  }

  return { place, remember };
}
