// Which of the loaded elements are shown. The API has already applied the filters it
// owns (time, confidence, issue); this applies the page's own view toggles (kinds and
// relationship types hidden) and the path highlight.
import { kindKey } from './style';
import type { GraphData, ViewState } from './store';

export interface Visible {
  nodes: Set<string>;
  edges: Set<string>;
  /** Elements (nodes and edges) on the highlighted paths: all paths, or the one picked. */
  highlighted: Set<string>;
}

export function visibleElements(data: GraphData, view: ViewState): Visible {
  const onAnyPath = new Set<string>();
  const highlighted = new Set<string>();
  (data.paths ?? []).forEach((p, i) => {
    const lit = view.path?.only === null || view.path?.only === undefined || view.path.only === i;
    for (const h of p.hops) {
      for (const id of [h.from.id, h.to.id, h.relationship.id]) {
        onAnyPath.add(id);
        if (lit) highlighted.add(id);
      }
    }
  });
  const hiddenKinds = new Set(view.hiddenKinds);
  const hiddenTypes = new Set(view.hiddenTypes);
  const kindShown = (id: string) => {
    const e = data.entities.get(id);
    return e !== undefined && !hiddenKinds.has(kindKey(e.entityType));
  };

  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const r of data.relationships.values()) {
    // A path is an answer the user asked for: its hops show whatever the toggles say.
    const shown = onAnyPath.has(r.id) || (!hiddenTypes.has(r.type) && kindShown(r.from.id) && kindShown(r.to.id));
    if (!shown) continue;
    edges.add(r.id);
    touched.add(r.from.id).add(r.to.id);
  }
  // Entities shown on their own account: opened ones, and the overview's.
  const anchors = new Set(data.parts.flatMap((p) => (p.centre ? [p.centre] : p.entities)));
  const nodes = new Set<string>();
  for (const id of data.entities.keys()) {
    if (onAnyPath.has(id) || (kindShown(id) && (touched.has(id) || anchors.has(id)))) nodes.add(id);
  }
  return { nodes, edges, highlighted };
}
