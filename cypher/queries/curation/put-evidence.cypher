// Curation (src/curation/): change evidence records: retract one (retractedAt, retractedBy,
// retractionReason), move it to a merge's survivor (factId, factFrom, factTo), or restore it.
// $rows: list of {id, set}: the properties that change (a null removes one).
UNWIND $rows AS row
MATCH (e:Evidence {id: row.id})
SET e += row.set
RETURN count(e) AS written
