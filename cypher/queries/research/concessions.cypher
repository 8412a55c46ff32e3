// The concessions of many exchanges, each with the party that gave it, the country side that party
// is on ($countryA / $countryB, as in exchange-ledger.cypher: read from the concession's giverSides,
// docs/ontology.md, Access paths) and its date: its own date, else the
// date of the earliest dated event that realises it (REALISED_BY), with that event named as the
// derivation (null when the concession is dated itself or by nothing). An event known only as a
// period gives its start (validFrom); an event known only by an attested window gives nothing.
UNWIND $ids AS id
MATCH (x:Exchange {id: id})-[:HAS_CONCESSION]->(c:Concession)
OPTIONAL MATCH (c)-[:GIVEN_BY]->(g)
WITH id, c, collect(DISTINCT g) AS givers
CALL (c) {
  OPTIONAL MATCH (c)-[:REALISED_BY]->(ev:Entity)
  WITH ev, coalesce(ev.date, ev.validFrom) AS d WHERE d IS NOT NULL
  WITH ev, d ORDER BY d, ev.id
  RETURN collect({id: ev.id, name: ev.name, date: d,
                  precision: CASE WHEN ev.date IS NOT NULL THEN ev.datePrecision ELSE ev.validFromPrecision END,
                  start: ev.date IS NULL})[0] AS realisedBy
}
RETURN id, c.id AS concession,
       [g IN givers | g.id] AS givenBy,
       CASE WHEN $countryA IN c.giverSides THEN $countryA
            WHEN $countryB IN c.giverSides THEN $countryB
            ELSE null END AS side,
       coalesce(c.date, realisedBy.date) AS date,
       CASE WHEN c.date IS NOT NULL THEN c.datePrecision ELSE realisedBy.precision END AS datePrecision,
       CASE WHEN c.date IS NULL THEN realisedBy END AS datedBy
ORDER BY id, c.id
