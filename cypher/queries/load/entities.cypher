// Bulk loader (src/load/online.ts): upsert a batch of entity nodes.
// $rows: list of {label, props} where label is one specific label (Person, Event, …) and
// props holds id and every stored property (dates already Neo4j dates).
// MERGE on :Entity {id} (constraint entity_id), so a batch run twice writes nothing new.
// Time bounds: the loader derives them again after this, from the merged dates, with the one rule
// (cypher/queries/time/bounds.cypher), in the same transaction (src/load/batch.ts).
UNWIND $rows AS row
MERGE (n:Entity {id: row.props.id})
SET n:$(row.label)
SET n += row.props
RETURN count(*) AS written
