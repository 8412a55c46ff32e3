// The evidence records of the given sources (docs/evidence.md): the excerpt, where it is said to
// be in the source text, and the fact it is about (to name it in the report).
// $sourceIds: the ids of the sources to check (the checker passes the sources that have a text).
UNWIND $sourceIds AS sourceId
MATCH (e:Evidence {sourceId: sourceId})
RETURN e.id AS id, e.factId AS factId, e.factKind AS factKind, e.factType AS factType,
       e.factFrom AS factFrom, e.factTo AS factTo, e.sourceId AS sourceId,
       e.excerpt AS excerpt, e.textStart AS textStart, e.textEnd AS textEnd
ORDER BY id
