// The k shortest linkage paths between two entities (k <= 10), at most 6 hops.
// The API lowers the marked hop cap to the caller's maxHops (Neo4j 5.26 takes no parameter
// there; see boundedQuery in src/db/cypher-files.ts), so the search never goes deeper than
// asked; as written, the file runs with the cap. The 10 shortest are found, then sorted by
// length and node ids before LIMIT $k, so ties are broken the same way on every run.
// $from, $to: entity ids; $k; $includeTypes / $excludeTypes (lists or null);
// $minConfidence (against the aggregate confidence); $windowFrom / $windowTo (dates or null);
// $timeRespecting (boolean); $exclude: entity ids no path may pass through (hubs such as a
// country), [] for none.
// $minSources, $attributions, $statuses, $disputed: the provenance filter (null = any), tested on
// each relationship's evidence summary (docs/evidence.md), never on the evidence records themselves.
// Filters inside the parenthesised pattern are applied during the search, before the
// SHORTEST selection, so the k paths returned are the k shortest that pass them.
// A hop's time is its relationship's timeStart, else the timeStart of the node it reaches;
// time-respecting paths never step to a dated hop earlier than the last dated hop. Each
// hop's time is returned too (hopStarts, null for an undated hop).
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = SHORTEST 10 (
  (a) ((x)-[r]-(y) WHERE
        ($includeTypes IS NULL OR type(r) IN $includeTypes)
    AND ($excludeTypes IS NULL OR NOT type(r) IN $excludeTypes)
    AND coalesce(r.confidence, 1.0) >= $minConfidence
    AND coalesce(y.confidence, 1.0) >= $minConfidence
    AND NOT y.id IN $exclude
    AND ($windowTo IS NULL OR r.timeStart IS NULL OR r.timeStart <= $windowTo)
    AND ($windowFrom IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $windowFrom)
    AND ($windowTo IS NULL OR y.timeStart IS NULL OR y.timeStart <= $windowTo)
    AND ($windowFrom IS NULL OR y.timeEnd IS NULL OR y.timeEnd >= $windowFrom)
    AND ($minSources IS NULL OR coalesce(r.sourceCount, 0) >= $minSources)
    AND ($attributions IS NULL OR any(a IN coalesce(r.attributions, []) WHERE a IN $attributions))
    AND ($statuses IS NULL OR any(s IN coalesce(r.statuses, []) WHERE s IN $statuses))
    AND ($disputed IS NULL OR coalesce(r.disputed, false) = $disputed)
  ){1,/*maxHops*/6} (b)
  WHERE (NOT $timeRespecting OR reduce(acc = {ok: true, last: null}, i IN range(0, size(r) - 1) |
          CASE WHEN coalesce(r[i].timeStart, y[i].timeStart) IS NULL THEN acc
               WHEN acc.last IS NULL OR coalesce(r[i].timeStart, y[i].timeStart) >= acc.last
                 THEN {ok: acc.ok, last: coalesce(r[i].timeStart, y[i].timeStart)}
               ELSE {ok: false, last: acc.last} END).ok)
)
WITH p ORDER BY length(p), [n IN nodes(p) | n.id] LIMIT $k
RETURN [n IN nodes(p) | n.id] AS nodeIds,
       [i IN range(0, length(p) - 1) |
         coalesce(relationships(p)[i].timeStart, nodes(p)[i + 1].timeStart)] AS hopStarts,
       [rel IN relationships(p) | {
         id: coalesce(rel.id, elementId(rel)), type: type(rel),
         from: startNode(rel).id, to: endNode(rel).id, props: properties(rel)
       }] AS relationships
