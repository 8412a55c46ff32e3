// How much evidence each source gives (batched). $ids: source ids. Retracted records are left out.
UNWIND $ids AS id
OPTIONAL MATCH (e:Evidence {sourceId: id})
WHERE e.retractedAt IS NULL
RETURN id, count(e) AS evidenceCount, count(DISTINCT e.factId) AS factCount,
       count(CASE WHEN e.stance = 'disputes' THEN 1 END) AS disputeCount
