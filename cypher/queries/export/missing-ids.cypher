// Which of the given ids name no node: export seeds and path ends must exist.
// $ids: list of ids (entities or sources).
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
OPTIONAL MATCH (s:Source {id: id})
WITH id, e, s
WHERE e IS NULL AND s IS NULL
RETURN id
