// Curation writes (src/curation/validation.ts, through src/ingest/lookups.ts): the evidence
// records of one source about the facts a write names — what `ingest/source-evidence` gives
// the ingest, narrowed by the evidence_fact_id index so a write's cost does not grow with
// how much evidence its source already has. $sourceId; $factIds: fact ids.
UNWIND $factIds AS factId
MATCH (e:Evidence {factId: factId})
WHERE e.sourceId = $sourceId
RETURN properties(e) AS properties
