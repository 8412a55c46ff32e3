// npm run ingest (src/ingest/lookups.ts): the evidence records of one source, by the
// evidence_source_id index: to tell new records from ones a previous run wrote.
// $sourceId: the source's id.
MATCH (e:Evidence {sourceId: $sourceId})
RETURN properties(e) AS properties
