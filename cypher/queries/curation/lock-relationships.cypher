// Curation (src/curation/): lock relationships for a write and read their state. Each is
// found from its start node (an :Entity, or a :Source for PUBLISHED_BY) by id; setting and
// removing a property takes its write lock before its properties are read (lock-entities.cypher).
// $keys: list of {id, from, to}. One row per relationship found.
UNWIND $keys AS k
CALL (k) {
  MATCH (a:Entity {id: k.from}) RETURN a
  UNION
  MATCH (a:Source {id: k.from}) RETURN a
}
MATCH (a)-[r]->(b:Entity {id: k.to})
WHERE r.id = k.id
SET r.__lock = true
REMOVE r.__lock
RETURN k.id AS id, type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
