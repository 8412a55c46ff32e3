// Bulk loader (src/load/online.ts): upsert a batch of :Source nodes (documents; not entities).
// $rows: list of {props}, where
// props holds id and every stored property (dates already Neo4j dates).
// MERGE on :Source {id} (constraint source_id), so a batch run twice writes nothing new.
// Time bounds: the loader derives them again after this, from the merged dates, with the one rule
// (cypher/queries/time/bounds.cypher), in the same transaction (src/load/batch.ts).
UNWIND $rows AS row
MERGE (n:Source {id: row.props.id})
SET n += row.props
RETURN count(*) AS written
