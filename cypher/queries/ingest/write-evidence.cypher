// npm run ingest (src/ingest/write.ts): the evidence records of a source file
// (docs/evidence.md), new ones and ones this file wrote before whose values changed.
// $rows: list of {properties}: every property of the record (id = <factId>|<sourceId>|<start>-<end>,
// sourceId, recordedBy…) except recordedAt, which is set once, when the record is created.
// A record is only ever rewritten when it has the same source and was written by the same file
// (recordedBy): another source's evidence, or the seed's, is never touched. `written` counts
// the records created or rewritten; fewer than the rows means one belonged to someone else.
UNWIND $rows AS row
MERGE (e:Evidence {id: row.properties.id})
ON CREATE SET e.recordedAt = datetime(), e.sourceId = row.properties.sourceId, e.recordedBy = row.properties.recordedBy
WITH e, row
WHERE e.sourceId = row.properties.sourceId AND e.recordedBy = row.properties.recordedBy
WITH e, row, e.recordedAt AS recordedAt
SET e = row.properties
SET e.recordedAt = recordedAt
RETURN count(e) AS written
