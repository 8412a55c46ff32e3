// The exchange ledger between two countries: every Exchange with a concession given by
// each side, every Coercion with participants from both sides, and every IssueLinkage
// with a participant from either side (linking issues is often one party's move).
// A party is on a country's side if it is the country, or is part of / a member of /
// holds an office of / leads something of it (up to 3 hops).
// $from / $to: a date window (null = open). An episode's time is its own timeStart/timeEnd, else the
// span of its dated parts (HAS_PART events, the events realising its concessions); it passes if
// that overlaps the window. An episode with no date and no dated part passes every window, as
// undated elements do in every time filter (TimeFilter in the SDL).
// Returns one row per episode: its kind and id; the resolvers load the details in batches.
MATCH (ca:Entity {id: $countryA}), (cb:Entity {id: $countryB})
CALL (ca, cb) {
  MATCH (x:Exchange)
  WHERE EXISTS { MATCH (x)-[:HAS_CONCESSION]->(:Concession)-[:GIVEN_BY]->(g)
                 WHERE g = ca OR EXISTS { (g)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(ca) } }
    AND EXISTS { MATCH (x)-[:HAS_CONCESSION]->(:Concession)-[:GIVEN_BY]->(g)
                 WHERE g = cb OR EXISTS { (g)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(cb) } }
  RETURN 'exchange' AS kind, x
  UNION
  MATCH (x:Coercion)
  WHERE EXISTS { MATCH (g)-[:PARTICIPATED_IN]->(x)
                 WHERE g = ca OR EXISTS { (g)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(ca) } }
    AND EXISTS { MATCH (g)-[:PARTICIPATED_IN]->(x)
                 WHERE g = cb OR EXISTS { (g)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(cb) } }
  RETURN 'coercion' AS kind, x
  UNION
  MATCH (x:IssueLinkage)
  WHERE EXISTS { MATCH (g)-[:PARTICIPATED_IN]->(x)
                 WHERE g = ca OR g = cb
                    OR EXISTS { (g)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(c) WHERE c = ca OR c = cb } }
  RETURN 'issueLinkage' AS kind, x
}
CALL (x) {
  OPTIONAL MATCH (x)-[:HAS_PART|HAS_CONCESSION|REALISED_BY]->{1,2}(part:Entity)
  WHERE part.timeStart IS NOT NULL
  RETURN min(part.timeStart) AS partStart, max(coalesce(part.timeEnd, part.timeStart)) AS partEnd
}
WITH kind, x,
     coalesce(x.timeStart, partStart) AS ts,
     CASE WHEN x.timeStart IS NOT NULL THEN x.timeEnd ELSE partEnd END AS te
WHERE ($to IS NULL OR ts IS NULL OR ts <= $to)
  AND ($from IS NULL OR te IS NULL OR te >= $from)
RETURN kind, x.id AS id
ORDER BY kind, ts IS NULL, ts, id
