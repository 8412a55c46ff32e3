// Curation (src/curation/): lock entities for a write and read their state, whatever form
// they are in (an active :Entity, a :Retracted entity, a :Merged one). Setting `version`
// takes the node's write lock first, so the state read after it is the latest committed
// one and no concurrent write can change it before this transaction ends (no lost update).
// Elements written before curation existed have no version: they count as version 1.
// $ids: entity ids. One row per id found.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Retracted {id: id}) RETURN n
  UNION
  MATCH (n:Merged {id: id}) RETURN n
}
SET n.version = coalesce(n.version, 1)
RETURN id, labels(n) AS labels, properties(n) AS props
