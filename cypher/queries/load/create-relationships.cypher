// Online loader (src/load/online.ts): create a batch of relationships that the batch's lookup
// (load/existing.cypher) found absent. CREATE, not MERGE: no expansion of the start node's
// relationships to look for the id, no lock-and-recheck.
// $rows: list of {type, from, to, props}: the type (dynamic: `$(row.type)` in CREATE resolves a
// token per row, no plan per type), the ids of the start node (an :Entity, or a :Source for
// PUBLISHED_BY) and end node (an :Entity), and every stored property with the evidence summaries
// and derived time bounds. A row whose endpoint is missing matches nothing: the loader compares
// `written` with the rows sent and rolls the batch back.
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})
  RETURN a
  UNION
  MATCH (a:Source {id: row.from})
  RETURN a
}
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r = row.props
RETURN count(*) AS written
