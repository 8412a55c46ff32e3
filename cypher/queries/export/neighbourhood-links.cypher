// Every relationship between two nodes within $depth (1-3) hops of the seed nodes
// $ids (see neighbourhood-summary.cypher). Only the node set is collected; the
// relationships stream.
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
UNWIND ns AS a
MATCH (a)-[r]->(b) WHERE b IN ns
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type,
       coalesce(a.id, elementId(a)) AS source, coalesce(b.id, elementId(b)) AS target,
       properties(r) AS props
