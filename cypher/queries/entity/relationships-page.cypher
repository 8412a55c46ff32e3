// One page of entities' relationships of one type, for many (entity, direction) keys at once.
// $keys: list of {key, id, direction ('OUT'|'IN'|'BOTH')}; $offset, $limit: the page, the same
// for every key (the loader groups keys by type and page).
//
// A page costs what it reads, not what the entity has: the relationships come in the order
// the store keeps them (no ORDER BY, so no sort of every relationship of the type), and
// SKIP/LIMIT inside the per-key subquery stop the expand after offset + limit + 1 of them
// (the extra one says whether a next page exists). BOTH lists the outgoing ones, then the
// incoming ones. The total is the degree-store count (getDegree), not a count of rows.
//
// Each relationship comes with the entity at its other end (`other`, as entity/by-ids returns
// it), which the gateway primes its entity loader with: a page's endpoints cost no second
// round trip.
//
// The relationship type is written in the patterns, not passed as a value, so the planner
// expands one type's relationship group of a dense node instead of all of them: the
// /*type*/ marker lets the gateway substitute another of the ontology's relationship types
// (src/db/cypher-files.ts, boundedQuery); as written, the file runs as is.
UNWIND $keys AS key
MATCH (n:Entity {id: key.id})
CALL (n, key) {
  CALL (n, key) {
    MATCH (n)-[r:/*type*/PARTICIPATED_IN]->(m)
    WHERE key.direction <> 'IN'
    RETURN r, m
    UNION ALL
    MATCH (n)<-[r:/*type*/PARTICIPATED_IN]-(m)
    WHERE key.direction = 'IN' OR (key.direction = 'BOTH' AND m <> n)
    RETURN r, m
  }
  WITH r, m SKIP $offset LIMIT $limit + 1
  RETURN collect({
    id: coalesce(r.id, elementId(r)), type: type(r),
    from: startNode(r).id, to: endNode(r).id, props: properties(r),
    other: CASE WHEN m:Entity THEN {id: m.id, labels: labels(m), props: properties(m)} END
  }) AS page
}
RETURN key.key AS key,
       CASE key.direction
         WHEN 'OUT' THEN COUNT { (n)-[:/*type*/PARTICIPATED_IN]->() }
         WHEN 'IN' THEN COUNT { (n)<-[:/*type*/PARTICIPATED_IN]-() }
         ELSE COUNT { (n)-[:/*type*/PARTICIPATED_IN]-() }
       END AS total,
       page
