// Curation (src/curation/): every relationship of the given entities, both directions, with
// its ends (for merges and retractions, which move or retract them all), locked.
// $ids: entity ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})-[r]-(m)
WITH DISTINCT r
SET r.__lock = true
REMOVE r.__lock
RETURN r.id AS id, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props
ORDER BY id
