// The nodes within $depth (1-3) hops of the seed nodes $ids (see neighbourhood-summary.cypher).
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
WITH DISTINCT n
RETURN coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS props
