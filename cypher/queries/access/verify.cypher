// Check the access paths (docs/ontology.md, Access paths) against the graph: recompute each from
// scratch, by traversal only (never from another stored access path), and return every entity
// whose stored value differs, at most $limit rows. No row: every access path is true.
// Used by npm run db:check-access and by the tests of every write path.
// Returns property, id, stored, expected.
CALL () {
  MATCH (m:Entity)
  WITH m, COLLECT { MATCH (m)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(x:Entity)
                    RETURN DISTINCT x.id AS x ORDER BY x } AS expected
  WHERE coalesce(m.sideOf, []) <> expected
  RETURN 'sideOf' AS property, m.id AS id, m.sideOf AS stored, expected
  UNION ALL
  MATCH (e:Entity)
  WITH e, COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(e)
                    MATCH (p)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{0,3}(x:Entity)
                    RETURN DISTINCT x.id AS x ORDER BY x } AS expected
  WHERE coalesce(e.participantSides, []) <> expected
  RETURN 'participantSides' AS property, e.id AS id, e.participantSides AS stored, expected
  UNION ALL
  MATCH (c:Concession)
  WITH c, COLLECT { MATCH (c)-[:GIVEN_BY]->(g:Entity)
                    MATCH (g)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{0,3}(x:Entity)
                    RETURN DISTINCT x.id AS x ORDER BY x } AS expected
  WHERE coalesce(c.giverSides, []) <> expected
  RETURN 'giverSides' AS property, c.id AS id, c.giverSides AS stored, expected
  UNION ALL
  MATCH (x:Exchange)
  WITH x, COLLECT { MATCH (x)-[:HAS_CONCESSION]->(:Concession)-[:GIVEN_BY]->(g:Entity)
                    MATCH (g)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{0,3}(s:Entity)
                    RETURN DISTINCT s.id AS s ORDER BY s } AS expected
  WHERE coalesce(x.giverSides, []) <> expected
  RETURN 'giverSides' AS property, x.id AS id, x.giverSides AS stored, expected
  UNION ALL
  MATCH (x:Entity) WHERE x:Exchange OR x:Coercion OR x:IssueLinkage
  CALL (x) {
    OPTIONAL MATCH (x)-[:HAS_PART|HAS_CONCESSION|REALISED_BY]->{1,2}(part:Entity)
    WHERE part.timeStart IS NOT NULL
    RETURN min(part.timeStart) AS partsStart, max(coalesce(part.timeEnd, part.timeStart)) AS partsEnd
  }
  WITH x, [partsStart, partsEnd] AS expected
  WHERE [x.partsStart, x.partsEnd] <> expected OR (x.partsStart IS NULL) <> (expected[0] IS NULL)
     OR (x.partsEnd IS NULL) <> (expected[1] IS NULL)
  RETURN 'partsStart/partsEnd' AS property, x.id AS id, [x.partsStart, x.partsEnd] AS stored, expected
  UNION ALL
  MATCH (p:Policy)
  WITH p, COLLECT { MATCH (p)-[:POLICY_OF]->(o:Entity)
                    MATCH (o)-[:PART_OF|LEADS|HOLDS_OFFICE|OFFICE_OF]->{0,3}(x:Entity)
                    RETURN DISTINCT x.id AS x ORDER BY x } AS expected
  WHERE coalesce(p.ownerSides, []) <> expected
  RETURN 'ownerSides' AS property, p.id AS id, p.ownerSides AS stored, expected
  UNION ALL
  MATCH (n:Entity)
  WHERE coalesce(n.accessDerivation, '') <> 'access-paths'
    AND (n.sideOf IS NOT NULL OR n.participantSides IS NOT NULL OR n.giverSides IS NOT NULL OR n.partsStart IS NOT NULL
         OR n.ownerSides IS NOT NULL)
  RETURN 'accessDerivation' AS property, n.id AS id, n.accessDerivation AS stored, 'access-paths' AS expected
}
RETURN property, id, stored, expected
ORDER BY property, id
LIMIT $limit
