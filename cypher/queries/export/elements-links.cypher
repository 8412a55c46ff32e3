// The relationships with the given ids ($linkIds: r.id, else elementId(r)) that
// start at one of the given nodes ($nodeIds).
CALL () {
  MATCH (n:Entity) WHERE n.id IN $nodeIds RETURN n
  UNION
  MATCH (n:Source) WHERE n.id IN $nodeIds RETURN n
}
MATCH (n)-[r]->(b)
WHERE coalesce(r.id, elementId(r)) IN $linkIds
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type,
       coalesce(n.id, elementId(n)) AS source, coalesce(b.id, elementId(b)) AS target,
       properties(r) AS props
