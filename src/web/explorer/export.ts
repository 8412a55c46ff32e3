// Exports of what is on screen. The JSON is networkx's node-link format
// (networkx.node_link_graph(data, edges="links") reads it back): a directed multigraph,
// because two entities can be linked by several relationships, each with its
// relationship id as the edge key.
import type { AppState } from './store';
import { timeFilter } from './store';
import { visibleElements } from './visibility';

export function nodeLink({ view, data }: AppState, url: string) {
  const vis = visibleElements(data, view);
  const nodes = [...vis.nodes].flatMap((id) => {
    const e = data.entities.get(id);
    return e ? [{ ...e.properties, id: e.id, name: e.name, entityType: e.entityType }] : [];
  });
  const links = [...vis.edges].flatMap((id) => {
    const r = data.relationships.get(id);
    if (!r) return [];
    const { id: _key, ...props } = r.properties;
    return [
      {
        ...props,
        source: r.from.id,
        target: r.to.id,
        key: r.id,
        type: r.type,
        sentence: r.sentence,
        sources: r.evidence.flatMap((ev) => (ev.source?.title ? [ev.source.title] : [])),
      },
    ];
  });
  const graph = {
    name: 'Bilateral-relations graph explorer view',
    url,
    exportedAt: new Date().toISOString(),
    filters: {
      hiddenKinds: view.hiddenKinds,
      hiddenRelationshipTypes: view.hiddenTypes,
      issue: view.issue,
      minConfidence: view.minConfidence,
      time: timeFilter(view.time),
    },
  };
  return { directed: true, multigraph: true, graph, nodes, links };
}
