// Evidence records that name no source, or a source that is not a :Source node: an excerpt that
// cannot be checked is a failure of the check, not a record to skip.
// $sourceIds: the ids of every :Source in the graph (synthetic ones included).
MATCH (e:Evidence)
WHERE e.sourceId IS NULL OR NOT e.sourceId IN $sourceIds
RETURN e.id AS id, e.factId AS factId, e.factKind AS factKind, e.factType AS factType,
       e.factFrom AS factFrom, e.factTo AS factTo, e.sourceId AS sourceId,
       e.excerpt AS excerpt, e.textStart AS textStart, e.textEnd AS textEnd
ORDER BY id
