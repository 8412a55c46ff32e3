// The subgraph within $depth (1-2) hops of an entity, filtered.
// $id; $depth; $types (relationship types or null); $issue (Issue id or null);
// $minConfidence (0-1, against the aggregate confidence); $from/$to (dates or null: a window;
// asOf is from = to); $limit.
// $minSources, $attributions, $statuses, $disputed: the provenance filter (null = any), tested on
// each relationship's evidence summary (docs/evidence.md), never on the evidence records themselves.
// An element passes the time filter if it has no timeStart (timeless), or its
// [timeStart, timeEnd] period overlaps the window (timeEnd null = open).
// Hop by hop (issue #16): hop 1 from the centre, then, at depth 2, hop 2 from each hop-1
// neighbour that passes, each hop's filter tested once per relationship and node it reaches.
// The distinct relationships stream out in that order and the expansion stops at the first
// $limit + 1 that pass (one more than shown, to tell a truncated answer): a busy actor's
// depth-2 neighbourhood is thousands of paths, of which the answer shows 200. The answer is
// that of the variable-length expansion it replaced (every relationship on a path of length
// <= $depth ending at an :Entity whose relationships and nodes, the centre included, all pass;
// a path never uses a relationship twice): test/graph/neighbourhood.int.test.ts checks it
// against that form (test/graph/neighbourhood-paths.cypher) on every seed entity.
// Why not that form: its VarLengthExpand tested paths the answer never used before the cut
// (at depth 1 it still walked two hops and dropped the longer paths afterwards). PROFILE on the
// plan gate's scale corpus, db hits of the expansion alone (not the reading of the relationships
// shown): the gate's actor 2,050 -> 1,105, a country hub 6,530 -> 881, an issue hub at depth 1
// 21,274 -> 814. A filter that rejects most hop-1 relationships makes both read them all, and
// this form then costs about a tenth more. A hop-1 node needs no :Entity label, as before.
MATCH (c:Entity {id: $id})
WITH c, COLLECT {
  MATCH (c)-[r1]-(x)
  WHERE $depth >= 1
    AND coalesce(c.confidence, 1.0) >= $minConfidence
    AND ($to IS NULL OR c.timeStart IS NULL OR c.timeStart <= $to)
    AND ($from IS NULL OR c.timeEnd IS NULL OR c.timeEnd >= $from)
    AND ($types IS NULL OR type(r1) IN $types)
    AND coalesce(r1.confidence, 1.0) >= $minConfidence
    AND ($to IS NULL OR r1.timeStart IS NULL OR r1.timeStart <= $to)
    AND ($from IS NULL OR r1.timeEnd IS NULL OR r1.timeEnd >= $from)
    AND ($minSources IS NULL OR coalesce(r1.sourceCount, 0) >= $minSources)
    AND ($attributions IS NULL OR any(a IN coalesce(r1.attributions, []) WHERE a IN $attributions))
    AND ($statuses IS NULL OR any(s IN coalesce(r1.statuses, []) WHERE s IN $statuses))
    AND ($disputed IS NULL OR coalesce(r1.disputed, false) = $disputed)
    AND coalesce(x.confidence, 1.0) >= $minConfidence
    AND ($to IS NULL OR x.timeStart IS NULL OR x.timeStart <= $to)
    AND ($from IS NULL OR x.timeEnd IS NULL OR x.timeEnd >= $from)
  CALL (r1, x) {
    WITH r1, x
    WHERE x:Entity
    RETURN r1 AS r
    UNION ALL
    WITH r1, x
    WHERE $depth >= 2
    MATCH (x)-[r2]-(m:Entity)
    WHERE r2 <> r1
      AND ($types IS NULL OR type(r2) IN $types)
      AND coalesce(r2.confidence, 1.0) >= $minConfidence
      AND ($to IS NULL OR r2.timeStart IS NULL OR r2.timeStart <= $to)
      AND ($from IS NULL OR r2.timeEnd IS NULL OR r2.timeEnd >= $from)
      AND ($minSources IS NULL OR coalesce(r2.sourceCount, 0) >= $minSources)
      AND ($attributions IS NULL OR any(a IN coalesce(r2.attributions, []) WHERE a IN $attributions))
      AND ($statuses IS NULL OR any(s IN coalesce(r2.statuses, []) WHERE s IN $statuses))
      AND ($disputed IS NULL OR coalesce(r2.disputed, false) = $disputed)
      AND coalesce(m.confidence, 1.0) >= $minConfidence
      AND ($to IS NULL OR m.timeStart IS NULL OR m.timeStart <= $to)
      AND ($from IS NULL OR m.timeEnd IS NULL OR m.timeEnd >= $from)
    UNWIND [r1, r2] AS r
    RETURN r
  }
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
