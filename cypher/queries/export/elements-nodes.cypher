// The nodes with the given ids ($nodeIds), entities or sources.
CALL () {
  MATCH (n:Entity) WHERE n.id IN $nodeIds RETURN n
  UNION
  MATCH (n:Source) WHERE n.id IN $nodeIds RETURN n
}
RETURN coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS props
