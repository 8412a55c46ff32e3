// A first look at the graph: the $first most connected entities that pass the filters,
// and the relationships among them that pass the filters.
// $first; $minConfidence (0-1); $from/$to (dates or null: a window; asOf is from = to);
// $issue (Issue id or null). The filters are neighbourhood.cypher's: an element passes the
// time filter if it has no timeStart (timeless) or its [timeStart, timeEnd] overlaps the
// window; with $issue, a relationship passes if an endpoint is, or concerns, the issue.
// Degree is counted over all relationships (COUNT reads the degree store, not the
// relationships), ties broken by id so the overview is the same on every run.
MATCH (n:Entity)
WHERE coalesce(n.confidence, 1.0) >= $minConfidence
  AND ($to IS NULL OR n.timeStart IS NULL OR n.timeStart <= $to)
  AND ($from IS NULL OR n.timeEnd IS NULL OR n.timeEnd >= $from)
WITH n, COUNT { (n)--() } AS degree
ORDER BY degree DESC, n.id
LIMIT $first
WITH collect(n) AS hubs
UNWIND hubs AS a
OPTIONAL MATCH (a)-[r]->(b)
WHERE b IN hubs
  AND coalesce(r.confidence, 1.0) >= $minConfidence
  AND ($to IS NULL OR r.timeStart IS NULL OR r.timeStart <= $to)
  AND ($from IS NULL OR r.timeEnd IS NULL OR r.timeEnd >= $from)
  AND ($issue IS NULL
       OR any(x IN [a, b] WHERE x.id = $issue OR EXISTS { (x)-[:CONCERNS]->(:Entity {id: $issue}) }))
WITH hubs, collect(r) AS rels
RETURN [h IN hubs | h.id] AS ids,
       [r IN rels | {
         id: coalesce(r.id, elementId(r)), type: type(r),
         from: startNode(r).id, to: endNode(r).id, props: properties(r)
       }] AS relationships
