// Every element the time-bounds rule (time/bounds.cypher) applies to, in batches' order: entities,
// sources and relationships between entities that have a date, validFrom, validTo or knownFrom.
// The input of a whole-graph derivation (src/db/time-bounds.ts: after the seed scripts).
// kind: 'entity' | 'source' | 'relationship'; from/to: a relationship's entities (else null).
CALL () {
  MATCH (n:Entity)
  WHERE n.date IS NOT NULL OR n.validFrom IS NOT NULL OR n.validTo IS NOT NULL OR n.knownFrom IS NOT NULL
  RETURN 'entity' AS kind, n.id AS id, null AS from, null AS to
  UNION ALL
  MATCH (n:Source)
  WHERE n.date IS NOT NULL OR n.validFrom IS NOT NULL OR n.validTo IS NOT NULL OR n.knownFrom IS NOT NULL
  RETURN 'source' AS kind, n.id AS id, null AS from, null AS to
  UNION ALL
  MATCH (a:Entity)-[n]->(b:Entity)
  WHERE n.date IS NOT NULL OR n.validFrom IS NOT NULL OR n.validTo IS NOT NULL OR n.knownFrom IS NOT NULL
  RETURN 'relationship' AS kind, n.id AS id, a.id AS from, b.id AS to
}
RETURN kind, id, from, to
