// A given set of nodes ($nodeIds) and relationships ($linkIds, relationship ids as
// the API reports them: r.id, else elementId(r)): the result of a linkage-path
// query. Its size and property keys with their value types (see all-summary.cypher).
// Relationships are found from their start nodes, so only those are scanned.
CALL () {
  MATCH (n:Entity) WHERE n.id IN $nodeIds RETURN n
  UNION
  MATCH (n:Source) WHERE n.id IN $nodeIds RETURN n
}
WITH collect(n) AS ns
CALL (ns) {
  UNWIND ns AS n UNWIND keys(n) AS key
  RETURN collect(DISTINCT {key: key, type: valueType(n[key])}) AS nodeKeys
}
CALL (ns) {
  UNWIND ns AS a
  MATCH (a)-[r]->()
  WHERE coalesce(r.id, elementId(r)) IN $linkIds
  WITH collect(r) AS rs
  RETURN size(rs) AS links,
         COLLECT { UNWIND rs AS r UNWIND keys(r) AS key RETURN DISTINCT {key: key, type: valueType(r[key])} } AS linkKeys
}
RETURN size(ns) AS nodes, links, nodeKeys, linkKeys
