// The concessions of many exchanges, each with the party that gave it, the country side that party
// is on ($countryA / $countryB, as in exchange-ledger.cypher) and its date: its own date, else the
// date of the earliest dated event that realises it (REALISED_BY), with that event named as the
// derivation (null when the concession is dated itself or by nothing).
UNWIND $ids AS id
MATCH (x:Exchange {id: id})-[:HAS_CONCESSION]->(c:Concession)
OPTIONAL MATCH (c)-[:GIVEN_BY]->(g)
WITH id, c, collect(DISTINCT g) AS givers
CALL (c) {
  OPTIONAL MATCH (c)-[:REALISED_BY]->(ev:Entity) WHERE ev.date IS NOT NULL
  WITH ev ORDER BY ev.date, ev.id
  RETURN collect(ev)[0] AS realisedBy
}
RETURN id, c.id AS concession,
       [g IN givers | g.id] AS givenBy,
       CASE WHEN any(g IN givers WHERE g.id = $countryA
                      OR EXISTS { (g)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(:Entity {id: $countryA}) }) THEN $countryA
            WHEN any(g IN givers WHERE g.id = $countryB
                      OR EXISTS { (g)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(:Entity {id: $countryB}) }) THEN $countryB
            ELSE null END AS side,
       coalesce(c.date, realisedBy.date) AS date,
       CASE WHEN c.date IS NOT NULL THEN c.datePrecision ELSE realisedBy.datePrecision END AS datePrecision,
       CASE WHEN c.date IS NULL AND realisedBy IS NOT NULL
            THEN {id: realisedBy.id, name: realisedBy.name} END AS datedBy
ORDER BY id, c.id
