// Online loader (src/load/online.ts): create a batch of entity nodes that the batch's lookup
// (load/existing.cypher) found absent. CREATE, not MERGE: no per-row lock and re-check.
// $rows: list of {label, props}: label is one specific label (Person, Event, …; dynamic labels in
// CREATE cost a token lookup per row, not a plan per label), props holds id, every stored property
// (dates already Neo4j dates), the evidence summaries and the derived time bounds (computed by the
// loader with src/load/time-bounds.ts, the mirror of cypher/queries/time/bounds.cypher).
// The entity_id constraint still guards uniqueness: a row that exists after all fails the batch.
UNWIND $rows AS row
CREATE (n:Entity:$(row.label))
SET n = row.props
RETURN count(*) AS written
