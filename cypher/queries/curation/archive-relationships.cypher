// Curation (src/curation/): retract relationships. Each is kept as a :Retracted node connected
// to nothing (like :Evidence), so no traversal, search or export reaches it: every property it
// had, plus relType, relFrom, relTo and $set (retractedAt, retractedBy, retractionReason,
// version…); the relationship element itself is removed in the same statement.
// $rows: list of {id, from, to, set}. `archived` less than the rows: one was not found.
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from}) RETURN a
  UNION
  MATCH (a:Source {id: row.from}) RETURN a
}
MATCH (a)-[r]->(b:Entity {id: row.to})
WHERE r.id = row.id
CREATE (x:Retracted)
SET x = properties(r)
SET x.relType = type(r), x.relFrom = a.id, x.relTo = b.id
SET x += row.set
DELETE r
RETURN count(x) AS archived
