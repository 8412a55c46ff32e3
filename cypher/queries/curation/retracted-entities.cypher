// includeRetracted reads: retracted entities by id (their labels were kept in retractedLabels).
// $ids: entity ids.
UNWIND $ids AS id
MATCH (n:Retracted {id: id})
WHERE n.relType IS NULL
RETURN id, n.retractedLabels AS labels, properties(n) AS props
