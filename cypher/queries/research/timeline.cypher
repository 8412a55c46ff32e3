// Events in date order for an actor ($actor: events it took part in), a pair of
// countries ($countryA and $countryB: events with participants from both sides) and/or an
// issue ($issue: events that concern it). A participant is on a country's side if it is the
// country, or is part of / a member of / holds an office of / leads something of it, up to
// 3 hops. $from/$to: a date window (null = open); undated events are kept only when no
// window is given, and come last. $limit caps the rows.
// $minConfidence (0-1, against the aggregate confidence; unrated = 1) and
// $minSources, $attributions, $statuses, $disputed: the provenance filter (null = any), tested on
// each event's evidence summary (docs/evidence.md), never on the evidence records themselves.
//
// Sides are read from the access paths (docs/ontology.md, Access paths): an event's
// participantSides holds every participant's id and sideOf, so "a participant from A's side"
// is one list test. The search starts from the most selective anchor given: the actor's events,
// then the issue's, then the events whose participantSides hold both countries, found in the
// event_sides full-text index (keyword analyzer: each list element is one exact term, so Lucene
// intersects the two countries' postings instead of the query walking every member of A's side
// to every event it took part in: at the large bench size that walk was 1.08M db hits).
// Ids go into the Lucene phrase with backslash and double quote escaped.
CALL () {
  MATCH (:Entity {id: $actor})-[:PARTICIPATED_IN]->(e:Event)
  RETURN e
  UNION
  MATCH (e:Event)-[:CONCERNS]->(:Entity {id: $issue})
  WHERE $actor IS NULL
  RETURN e
  UNION
  // No row (and so no index call) unless the pair is the anchor.
  UNWIND CASE WHEN $actor IS NULL AND $issue IS NULL AND $countryA IS NOT NULL
              THEN ['+participantSides:"' + replace(replace($countryA, '\\', '\\\\'), '"', '\\"') + '"' +
                    CASE WHEN $countryB IS NULL THEN ''
                         ELSE ' +participantSides:"' + replace(replace($countryB, '\\', '\\\\'), '"', '\\"') + '"' END]
              ELSE [] END AS sides
  CALL db.index.fulltext.queryNodes('event_sides', sides) YIELD node AS e
  RETURN e
}
WITH DISTINCT e
WHERE ($issue IS NULL OR EXISTS { (e)-[:CONCERNS]->(:Entity {id: $issue}) })
  AND ($countryA IS NULL OR $countryA IN e.participantSides)
  AND ($countryB IS NULL OR $countryB IN e.participantSides)
  AND (CASE WHEN $from IS NULL AND $to IS NULL THEN true
            ELSE e.timeStart IS NOT NULL
             AND ($to IS NULL OR e.timeStart <= $to)
             AND ($from IS NULL OR coalesce(e.timeEnd, e.timeStart) >= $from) END)
  AND coalesce(e.confidence, 1.0) >= $minConfidence
  AND ($minSources IS NULL OR coalesce(e.sourceCount, 0) >= $minSources)
  AND ($attributions IS NULL OR any(a IN coalesce(e.attributions, []) WHERE a IN $attributions))
  AND ($statuses IS NULL OR any(s IN coalesce(e.statuses, []) WHERE s IN $statuses))
  AND ($disputed IS NULL OR coalesce(e.disputed, false) = $disputed)
RETURN e.id AS id
ORDER BY e.timeStart IS NULL, e.timeStart, e.id
LIMIT $limit
