// Every relationship of many entities (both directions), for episode details
// (an exchange's links, a coercion's threat and response). Capped per entity by $limit.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]-()
  WITH r ORDER BY type(r), r.id
  LIMIT $limit
  RETURN collect({
    id: coalesce(r.id, elementId(r)), type: type(r),
    from: startNode(r).id, to: endNode(r).id, props: properties(r)
  }) AS rels
}
RETURN id, rels
