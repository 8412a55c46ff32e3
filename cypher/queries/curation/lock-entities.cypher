// Curation (src/curation/): lock entities for a write and read their state, whatever form
// they are in (an active :Entity, a :Retracted entity, a :Merged one). Setting and removing
// a property takes the node's write lock (Neo4j Community has no explicit lock procedure)
// and leaves the node as it was; the state read after it is the latest committed one, and no
// concurrent write can change it before this transaction ends (no lost update). Elements
// written before curation existed have no version: they count as version 1.
// $ids: entity ids. One row per id found.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Retracted {id: id}) RETURN n
  UNION
  MATCH (n:Merged {id: id}) RETURN n
}
SET n.__lock = true
REMOVE n.__lock
RETURN id, labels(n) AS labels, properties(n) AS props
