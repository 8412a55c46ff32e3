// Curation (src/curation/): move relationships to new ends (a merge moves the merged entity's
// relationships to the survivor; its undo moves them back). A relationship's ends cannot
// change in Neo4j, so the element is re-created between the new ends with every property it
// had (same id: the fact's identity is its id) and the old element removed, in one statement.
// $rows: list of {id, from, to, newFrom, newTo, set} (set: properties that change, e.g. version).
// `moved` less than the rows means one was not found: the caller rolls back.
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from}) RETURN a
  UNION
  MATCH (a:Source {id: row.from}) RETURN a
}
MATCH (a)-[r]->(:Entity {id: row.to})
WHERE r.id = row.id
CALL (row) {
  MATCH (x:Entity {id: row.newFrom}) RETURN x
  UNION
  MATCH (x:Source {id: row.newFrom}) RETURN x
}
MATCH (y:Entity {id: row.newTo})
CREATE (x)-[moved:$(type(r))]->(y)
SET moved = properties(r)
SET moved += row.set
DELETE r
RETURN count(moved) AS moved
