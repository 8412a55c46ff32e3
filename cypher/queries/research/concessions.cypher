// The concessions of many exchanges, each with the party that gave it and the country
// side that party is on ($countryA / $countryB, as in exchange-ledger.cypher).
UNWIND $ids AS id
MATCH (x:Exchange {id: id})-[:HAS_CONCESSION]->(c:Concession)
OPTIONAL MATCH (c)-[:GIVEN_BY]->(g)
WITH id, c, collect(DISTINCT g) AS givers
RETURN id, c.id AS concession,
       [g IN givers | g.id] AS givenBy,
       CASE WHEN any(g IN givers WHERE g.id = $countryA
                      OR EXISTS { (g)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(:Entity {id: $countryA}) }) THEN $countryA
            WHEN any(g IN givers WHERE g.id = $countryB
                      OR EXISTS { (g)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(:Entity {id: $countryB}) }) THEN $countryB
            ELSE null END AS side
ORDER BY id, c.id
