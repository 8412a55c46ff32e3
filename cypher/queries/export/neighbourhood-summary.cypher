// The subgraph within $depth (1-3) hops of the seed nodes $ids, in either
// direction, induced (every relationship between two of its nodes: what
// networkx.ego_graph(G, seed, radius=depth, undirected=True) keeps): its size and
// property keys with their value types (see all-summary.cypher).
// The depth is a literal in each UNION branch so the planner can use its
// breadth-first pruning expand (a parameterised bound would enumerate every path).
CALL () {
  MATCH (s:Entity) WHERE s.id IN $ids RETURN s
  UNION
  MATCH (s:Source) WHERE s.id IN $ids RETURN s
}
CALL (s) {
  MATCH (s)-[*0..1]-(n) WHERE $depth = 1 RETURN n
  UNION
  MATCH (s)-[*0..2]-(n) WHERE $depth = 2 RETURN n
  UNION
  MATCH (s)-[*0..3]-(n) WHERE $depth = 3 RETURN n
}
WITH collect(DISTINCT n) AS ns
CALL (ns) {
  UNWIND ns AS n UNWIND keys(n) AS key
  RETURN collect(DISTINCT {key: key, type: valueType(n[key])}) AS nodeKeys
}
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->(b) WHERE b IN ns
  WITH collect(r) AS rs
  RETURN size(rs) AS links,
         COLLECT { UNWIND rs AS r UNWIND keys(r) AS key RETURN DISTINCT {key: key, type: valueType(r[key])} } AS linkKeys
}
RETURN size(ns) AS nodes, links, nodeKeys, linkKeys
