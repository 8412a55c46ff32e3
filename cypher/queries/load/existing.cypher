// Online loader (src/load/online.ts): the one lookup a batch makes before it writes, to decide
// what is new (written with CREATE: no lock-and-recheck, no expansion) and what exists already
// (written with the MERGE queries: a rerun, a resumed batch, a second corpus about the same facts).
// $entityIds, $sourceIds: node ids of the batch (:Entity / :Source, through the id constraints).
// $rels: list of {id, from, to} (start at an :Entity or a :Source, end at an :Entity).
// $evidenceIds: ids of the batch's evidence records (constraint evidence_id).
// $factIds: ids of the facts the batch writes; those with :Evidence already in the database get
// their summaries recomputed from it (refresh-summaries.cypher), the others from the batch.
// Each part is index seeks per row, and for a relationship one Expand(Into) between its ends.
CALL () {
  UNWIND $entityIds AS id
  MATCH (n:Entity {id: id})
  RETURN collect(id) AS entities
}
CALL () {
  UNWIND $sourceIds AS id
  MATCH (n:Source {id: id})
  RETURN collect(id) AS sources
}
CALL () {
  UNWIND $rels AS row
  CALL (row) {
    MATCH (a:Entity {id: row.from})
    RETURN a
    UNION
    MATCH (a:Source {id: row.from})
    RETURN a
  }
  MATCH (b:Entity {id: row.to})
  WITH row, a, b WHERE EXISTS { MATCH (a)-[r]->(b) WHERE r.id = row.id }
  RETURN collect(row.id) AS relationships
}
CALL () {
  UNWIND $evidenceIds AS id
  MATCH (e:Evidence {id: id})
  RETURN collect(id) AS evidence
}
CALL () {
  UNWIND $factIds AS id
  WITH id WHERE EXISTS { MATCH (:Evidence {factId: id}) }
  RETURN collect(id) AS withEvidence
}
RETURN entities, sources, relationships, evidence, withEvidence
