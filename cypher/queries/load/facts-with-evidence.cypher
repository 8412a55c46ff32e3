// Bulk loader (src/load/online.ts): which of the given fact ids already have :Evidence records
// in the database. The loader writes the summaries of the other facts of a batch with the facts
// themselves (computed from the batch's evidence, src/load/summaries.ts); these have evidence
// from before, so their summaries are recomputed from the database after the batch's evidence is
// written (cypher/queries/evidence/refresh-summaries.cypher). One index seek per fact.
// $ids: list of fact ids.
UNWIND $ids AS id
WITH id
WHERE EXISTS { MATCH (:Evidence {factId: id}) }
RETURN id
