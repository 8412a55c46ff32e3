// How many relationships of each type and direction each entity has.
// $ids: list of entity ids.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL (n) {
  MATCH (n)-[r]->()
  RETURN type(r) AS type, 'OUT' AS direction, count(r) AS count
  UNION ALL
  MATCH (n)<-[r]-()
  RETURN type(r) AS type, 'IN' AS direction, count(r) AS count
}
RETURN id, type, direction, count
ORDER BY id, type, direction
