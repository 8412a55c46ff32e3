// Curation (src/curation/): change properties of relationships (a version after its evidence
// changed, a correction). $rows: list of {id, from, to, set} (a null in set removes a property).
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from}) RETURN a
  UNION
  MATCH (a:Source {id: row.from}) RETURN a
}
MATCH (a)-[r]->(:Entity {id: row.to})
WHERE r.id = row.id
SET r += row.set
RETURN count(r) AS written
