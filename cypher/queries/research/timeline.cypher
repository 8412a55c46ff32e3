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
// is one list test. The search starts from the most selective anchor given (actor, then issue,
// then the members of country A's side: A itself and whatever reaches it in up to 3 side steps,
// found once by a bounded expansion).
CALL () {
  MATCH (:Entity {id: $actor})-[:PARTICIPATED_IN]->(e:Event)
  RETURN e
  UNION
  MATCH (e:Event)-[:CONCERNS]->(:Entity {id: $issue})
  WHERE $actor IS NULL
  RETURN e
  UNION
  MATCH (m:Entity)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{0,3}(:Entity {id: $countryA})
  WHERE $actor IS NULL AND $issue IS NULL
  WITH DISTINCT m
  MATCH (m)-[:PARTICIPATED_IN]->(e:Event)
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
