// Curation (src/curation/): every evidence record of the given facts, retracted ones too
// (a merge moves them all; an includeRetracted read shows them all).
// $ids: fact ids. Ordered as evidence/by-facts.cypher orders them.
UNWIND $ids AS id
MATCH (e:Evidence {factId: id})
WITH id, e ORDER BY e.sourceId, e.stance DESC, e.textStart, e.id
RETURN id, collect(properties(e)) AS records
