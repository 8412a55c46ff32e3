// One page of a source's evidence records, in text order, then by fact id.
// $id: source id; $stance: 'supports' | 'disputes' | null (both); $offset, $limit.
// Returns limit + 1 records so the caller knows whether a next page exists, and the total.
// Only the page's records are read whole; the others only for their sort keys.
MATCH (e:Evidence {sourceId: $id})
WHERE e.retractedAt IS NULL AND ($stance IS NULL OR e.stance = $stance)
WITH e ORDER BY e.textStart, e.factId, e.id
WITH collect(e) AS records
RETURN size(records) AS total, [e IN records[$offset .. $offset + $limit + 1] | properties(e)] AS page
