// Bulk loader (src/load/online.ts): upsert a batch of evidence records (docs/evidence.md).
// $rows: list of {id, props}: id is derived by the loader from the record (src/load/evidence.ts,
// evidenceId: fact, source and excerpt location), props holds every stored property (factId,
// factKind, factType, factFrom/factTo, sourceId, excerpt, textStart/textEnd, attribution, …).
// MERGE on :Evidence {id} (constraint evidence_id), so a batch run twice writes nothing new;
// recordedAt is set when the record is created and never changed. Evidence nodes are not linked
// to anything: the loader then refreshes the summaries of the facts they are about
// (cypher/queries/evidence/refresh-summaries.cypher) in the same transaction.
UNWIND $rows AS row
MERGE (e:Evidence {id: row.id})
ON CREATE SET e.recordedAt = datetime()
SET e += row.props
RETURN count(*) AS written
