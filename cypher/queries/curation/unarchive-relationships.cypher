// Curation (src/curation/): restore retracted relationships (an undo): each :Retracted node
// that keeps one becomes the relationship again, between its ends, with every property it had
// but the archive's own (relType, relFrom, relTo) and with $set applied (null removes, e.g.
// retractedAt). $rows: list of {id, set}. `restored` less than the rows: an end is missing.
UNWIND $rows AS row
MATCH (x:Retracted {id: row.id})
WHERE x.relType IS NOT NULL
CALL (x) {
  MATCH (a:Entity {id: x.relFrom}) RETURN a
  UNION
  MATCH (a:Source {id: x.relFrom}) RETURN a
}
MATCH (b:Entity {id: x.relTo})
CREATE (a)-[r:$(x.relType)]->(b)
SET r = properties(x)
REMOVE r.relType, r.relFrom, r.relTo
SET r += row.set
DELETE x
RETURN count(r) AS restored
