// One page of an entity's relationships of one type, for many (entity, page) keys at once.
// $keys: list of {key, id, type, direction ('OUT'|'IN'|'BOTH'), offset, limit}.
// Returns limit + 1 relationships per key so the caller knows whether a next page exists.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  MATCH (n)-[r]-()
  WHERE type(r) = key.type
    AND (key.direction = 'BOTH' OR (key.direction = 'OUT') = (startNode(r) = n))
  WITH r ORDER BY r.id, elementId(r)
  WITH collect(r) AS rels
  RETURN size(rels) AS total,
         [r IN rels[key.offset .. key.offset + key.limit + 1] | {
           id: coalesce(r.id, elementId(r)), type: type(r),
           from: startNode(r).id, to: endNode(r).id, props: properties(r)
         }] AS page
}
RETURN key.key AS key, total, page
