// Events in date order for an actor ($actor: events it took part in), a pair of
// countries ($countryA and $countryB: events with participants from both sides, where a
// participant is on a country's side if it is the country or is part of / holds office in /
// leads something of it, up to 3 hops), and/or an issue ($issue: events that concern it).
// $from/$to: a date window (null = open); undated events are kept only when no window is
// given, and come last. $limit caps the rows.
MATCH (e:Event)
WHERE ($actor IS NULL OR EXISTS { (:Entity {id: $actor})-[:PARTICIPATED_IN]->(e) })
  AND ($issue IS NULL OR EXISTS { (e)-[:CONCERNS]->(:Entity {id: $issue}) })
  AND ($countryA IS NULL OR EXISTS {
        MATCH (pa:Entity)-[:PARTICIPATED_IN]->(e), (ca:Entity {id: $countryA})
        WHERE pa = ca OR EXISTS { (pa)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(ca) } })
  AND ($countryB IS NULL OR EXISTS {
        MATCH (pb:Entity)-[:PARTICIPATED_IN]->(e), (cb:Entity {id: $countryB})
        WHERE pb = cb OR EXISTS { (pb)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(cb) } })
  AND (CASE WHEN $from IS NULL AND $to IS NULL THEN true
            ELSE e.timeStart IS NOT NULL
             AND ($to IS NULL OR e.timeStart <= $to)
             AND ($from IS NULL OR coalesce(e.timeEnd, e.timeStart) >= $from) END)
RETURN e.id AS id
ORDER BY e.timeStart IS NULL, e.timeStart, e.id
LIMIT $limit
