// The exchange ledger between two countries: every Exchange with a concession given by
// each side, every Coercion with participants from both sides, and every IssueLinkage
// with a participant from either side (linking issues is often one party's move).
// A party is on a country's side if it is the country, or is part of / a member of /
// holds an office of / leads something of it (up to 3 hops).
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
RETURN kind, x.id AS id
ORDER BY kind, x.timeStart IS NULL, x.timeStart, id
