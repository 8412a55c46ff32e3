// Bulk loader (src/load/online.ts): upsert a batch of relationships.
// $rows: list of {type, from, to, props}: the relationship type, the ids of its start and
// end nodes, and its properties (props.id is the relationship's id, dates are Neo4j dates).
// The start node is an :Entity or a :Source (PUBLISHED_BY starts at a Source); the end node
// is an :Entity. Both are found through the id constraints. MERGE on the relationship's id
// between them, so a batch run twice writes nothing new. A row whose endpoint is missing
// matches nothing: the loader compares `written` with the batch size and rolls back.
// Time bounds: derived again after this by cypher/queries/time/bounds.cypher (src/load/batch.ts).
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})
  RETURN a
  UNION
  MATCH (a:Source {id: row.from})
  RETURN a
}
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.props.id}]->(b)
SET r += row.props
RETURN count(*) AS written
