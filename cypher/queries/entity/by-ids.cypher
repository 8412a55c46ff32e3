// Entities by id (batched: one call serves every entity a GraphQL request needs at one depth).
// $ids: list of entity ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, labels(n) AS labels, properties(n) AS props
