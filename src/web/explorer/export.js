// Exports of what is on screen. The JSON is networkx's node-link format
// (networkx.node_link_graph(data, edges="links") reads it back): a directed
// multigraph, because two entities can be linked by several relationships, each
// with its relationship id as the edge key.

/**
 * @param {import('cytoscape').Collection} eles the visible elements
 * @param {object} graphAttrs attributes of the graph itself (the view's URL and filters)
 */
export function nodeLink(eles, graphAttrs) {
  const nodes = eles.nodes().map((n) => {
    const d = n.data();
    return { ...d.props, id: d.id, name: d.name, entityType: d.entityType };
  });
  const links = eles.edges().map((e) => {
    const d = e.data();
    const { id, ...props } = d.props || {};
    return {
      ...props,
      source: d.source,
      target: d.target,
      key: d.id,
      type: d.type,
      sentence: d.sentence,
      sourceTitle: d.evidence && d.evidence.source ? d.evidence.source.title : undefined,
    };
  });
  return { directed: true, multigraph: true, graph: graphAttrs, nodes, links };
}
