// The reference for test/graph/neighbourhood.int.test.ts: graph/neighbourhood as it was before it
// expanded hop by hop (issue #16), one variable-length expansion whose path predicates define the
// answer. Kept to check that the hop-by-hop query answers the same; not a named query.
// The subgraph within $depth (1-2) hops of an entity, filtered.
// $id; $depth; $types (relationship types or null); $issue (Issue id or null);
// $minConfidence (0-1, against the aggregate confidence); $from/$to (dates or null: a window;
// asOf is from = to); $limit.
// $minSources, $attributions, $statuses, $disputed: the provenance filter (null = any), tested on
// each relationship's evidence summary (docs/evidence.md), never on the evidence records themselves.
// An element passes the time filter if it has no timeStart (timeless), or its
// [timeStart, timeEnd] period overlaps the window (timeEnd null = open).
MATCH (c:Entity {id: $id})
// The distinct relationships stream out of the expansion in traversal order and the expansion
// stops at the first $limit + 1 that pass (one more than shown, to tell a truncated answer):
// a busy actor's depth-2 neighbourhood is thousands of paths, of which the answer shows 200.
WITH c, COLLECT {
  MATCH p = (c)-[*1..2]-(m:Entity)
  WHERE length(p) <= $depth
    AND all(r IN relationships(p) WHERE
          ($types IS NULL OR type(r) IN $types)
      AND coalesce(r.confidence, 1.0) >= $minConfidence
      AND ($to IS NULL OR r.timeStart IS NULL OR r.timeStart <= $to)
      AND ($from IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $from)
      AND ($minSources IS NULL OR coalesce(r.sourceCount, 0) >= $minSources)
      AND ($attributions IS NULL OR any(a IN coalesce(r.attributions, []) WHERE a IN $attributions))
      AND ($statuses IS NULL OR any(s IN coalesce(r.statuses, []) WHERE s IN $statuses))
      AND ($disputed IS NULL OR coalesce(r.disputed, false) = $disputed))
    AND all(x IN nodes(p) WHERE
          coalesce(x.confidence, 1.0) >= $minConfidence
      AND ($to IS NULL OR x.timeStart IS NULL OR x.timeStart <= $to)
      AND ($from IS NULL OR x.timeEnd IS NULL OR x.timeEnd >= $from))
  UNWIND relationships(p) AS r
  WITH DISTINCT r
  WHERE $issue IS NULL
     OR any(x IN [startNode(r), endNode(r)] WHERE x.id = $issue
            OR EXISTS { (x)-[:CONCERNS]->(:Entity {id: $issue}) })
  RETURN r
  LIMIT $limit + 1
} AS rels
RETURN c.id AS centre,
       size(rels) > $limit AS truncated,
       [r IN rels[0..$limit] | {
         id: coalesce(r.id, elementId(r)), type: type(r),
         from: startNode(r).id, to: endNode(r).id, props: properties(r)
       }] AS relationships
