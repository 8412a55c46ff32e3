// The evidence records of many facts (batched: one call serves every fact of a GraphQL request
// level). $ids: fact ids (entity ids and relationship ids). Retracted records are left out.
// Ordered by source, then supporting before disputing, then position in the source text.
UNWIND $ids AS id
MATCH (e:Evidence {factId: id})
WHERE e.retractedAt IS NULL
WITH id, e ORDER BY e.sourceId, e.stance DESC, e.textStart, e.id
RETURN id, collect(properties(e)) AS records
