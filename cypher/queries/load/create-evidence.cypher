// Online loader (src/load/online.ts): create a batch of evidence records (docs/evidence.md)
// that the batch's lookup (load/existing.cypher) found absent. An evidence id names its fact and
// its source, so a record of another source is never one of these: it is never overwritten.
// $rows: list of {id, props} (props: factId, factKind, factType, factFrom/factTo, sourceId,
// excerpt, …, recordedBy). recordedAt is the time of writing. The evidence_id constraint still
// guards uniqueness.
UNWIND $rows AS row
CREATE (e:Evidence {id: row.id})
SET e += row.props, e.recordedAt = datetime()
RETURN count(*) AS written
