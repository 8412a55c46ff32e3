// Keep the access paths true after a write (docs/ontology.md, Access paths). Run by every write
// path in the write's own transaction, after the write and after its time bounds:
// cypher/data/910_access_paths.cypher (seed), src/ingest/write.ts (ingest and assertFact),
// src/curation/operations.ts (every curation mutation, from its change set), src/load/online.ts
// (each batch) and src/load/bulk/access-paths.ts (after an import, in batches).
//
// $rels: the relationships written, moved, retracted or restored, as {type, from, to} (entity ids;
//        the state before and after both count). $entities: the entities written or changed.
// $cascade: true for a write; false only in the whole-graph pass (src/db/access-paths.ts), which
//        refreshes every entity twice instead of following each changed sideOf to its events.
//
// What is stored (a node given one also gets accessDerivation = 'access-paths', the derivation key whose
// sentence, in src/ontology/derivations.ts and docs/ontology.md, names this file):
//   sideOf            on an entity: the ids of everything it reaches through 1 to 3
//                     PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS steps ("on that side"), sorted
//   participantSides  on anything with participants: each participant's id and sideOf, sorted
//   giverSides        on a Concession: each giver's (GIVEN_BY) id and sideOf; on an Exchange: the
//                     union over its concessions
//   partsStart/End    on an Exchange, Coercion or IssueLinkage: the span of its dated parts, 1 or 2
//                     HAS_PART|HAS_CONCESSION|REALISED_BY steps away (min timeStart, max
//                     coalesce(timeEnd, timeStart))
//   ownerSides        on a Policy: the ids of its owners (POLICY_OF) and of everything they reach
//                     through 1 to 3 PART_OF|LEADS|HOLDS_OFFICE|OFFICE_OF steps, sorted (the
//                     narrower rule of research/policies-in-force: no MEMBER_OF)
// Retracted and merged facts are no longer relationships in the graph, so nothing here sees them.
// A value that becomes empty is removed (accessDerivation stays). Nodes are written only when a value
// changes.
//
// Who may change: a changed side step a->b changes the sideOf of a and of whatever reaches a in up
// to 2 steps; a changed sideOf changes the participantSides of its events and the giverSides of its
// concessions (and so of their exchanges); any written element changes the spans of the episodes
// up to 2 part-steps above it; a changed PART_OF|LEADS|HOLDS_OFFICE|OFFICE_OF step a->b changes the
// ownerSides of the policies owned by a or by whatever reaches a in up to 2 such steps, and any
// written policy (its POLICY_OF included: the policy is the relationship's start) is recomputed.
WITH [r IN $rels WHERE r.type IN ['PART_OF', 'MEMBER_OF', 'HOLDS_OFFICE', 'OFFICE_OF', 'LEADS'] | r.from] AS sideSeeds,
     [r IN $rels WHERE r.type IN ['PART_OF', 'HOLDS_OFFICE', 'OFFICE_OF', 'LEADS'] | r.from] AS ownerSeeds,
     [r IN $rels | r.from] + [r IN $rels | r.to] + $entities AS touchedIds
CALL (touchedIds) {
  UNWIND touchedIds AS id
  MATCH (n:Entity {id: id})
  RETURN collect(DISTINCT n) AS touched
}
// 1. sideOf, of what reaches a changed side step's start in up to 2 steps, and of $entities
CALL (sideSeeds) {
  CALL (sideSeeds) {
    UNWIND sideSeeds AS id
    MATCH (s:Entity {id: id})
    MATCH (m:Entity)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{0,2}(s)
    RETURN m
    UNION ALL
    UNWIND $entities AS id
    MATCH (m:Entity {id: id})
    RETURN m
  }
  WITH DISTINCT m
  WITH m, COLLECT { MATCH (m)-[:PART_OF|MEMBER_OF|HOLDS_OFFICE|OFFICE_OF|LEADS]->{1,3}(x:Entity)
                    RETURN DISTINCT x.id AS x ORDER BY x } AS sides
  WHERE coalesce(m.sideOf, []) <> sides
  SET m.sideOf = CASE WHEN sides = [] THEN null ELSE sides END, m.accessDerivation = 'access-paths'
  RETURN collect(m) AS changedActors
}
// 2. participantSides
CALL (touched, changedActors) {
  CALL (touched, changedActors) {
    UNWIND CASE WHEN $cascade THEN changedActors ELSE [] END AS m
    MATCH (m)-[:PARTICIPATED_IN]->(e:Entity)
    RETURN e
    UNION ALL
    UNWIND touched AS e
    RETURN e
  }
  WITH DISTINCT e
  WITH e, COLLECT { MATCH (p:Entity)-[:PARTICIPATED_IN]->(e)
                    UNWIND [p.id] + coalesce(p.sideOf, []) AS s
                    RETURN DISTINCT s ORDER BY s } AS sides
  WHERE coalesce(e.participantSides, []) <> sides
  SET e.participantSides = CASE WHEN sides = [] THEN null ELSE sides END, e.accessDerivation = 'access-paths'
  RETURN count(*) AS events
}
// 3. giverSides: concessions, then their exchanges
CALL (touched, changedActors) {
  CALL (touched, changedActors) {
    UNWIND CASE WHEN $cascade THEN changedActors ELSE [] END AS g
    MATCH (c:Concession)-[:GIVEN_BY]->(g)
    RETURN c
    UNION ALL
    UNWIND touched AS c
    WITH c WHERE c:Concession
    RETURN c
  }
  WITH DISTINCT c
  WITH c, COLLECT { MATCH (c)-[:GIVEN_BY]->(g:Entity)
                    UNWIND [g.id] + coalesce(g.sideOf, []) AS s
                    RETURN DISTINCT s ORDER BY s } AS sides
  WHERE coalesce(c.giverSides, []) <> sides
  SET c.giverSides = CASE WHEN sides = [] THEN null ELSE sides END, c.accessDerivation = 'access-paths'
  RETURN collect(c) AS changedConcessions
}
CALL (touched, changedConcessions) {
  CALL (touched, changedConcessions) {
    UNWIND changedConcessions AS c
    MATCH (x:Exchange)-[:HAS_CONCESSION]->(c)
    RETURN x
    UNION ALL
    UNWIND touched AS x
    WITH x WHERE x:Exchange
    RETURN x
  }
  WITH DISTINCT x
  WITH x, COLLECT { MATCH (x)-[:HAS_CONCESSION]->(c:Concession)
                    UNWIND coalesce(c.giverSides, []) AS s
                    RETURN DISTINCT s ORDER BY s } AS sides
  WHERE coalesce(x.giverSides, []) <> sides
  SET x.giverSides = CASE WHEN sides = [] THEN null ELSE sides END, x.accessDerivation = 'access-paths'
  RETURN count(*) AS exchanges
}
// 4. partsStart / partsEnd of the episodes above what was written
CALL (touched) {
  UNWIND touched AS t
  MATCH (x:Entity)-[:HAS_PART|HAS_CONCESSION|REALISED_BY]->{0,2}(t)
  WHERE x:Exchange OR x:Coercion OR x:IssueLinkage
  WITH DISTINCT x
  CALL (x) {
    OPTIONAL MATCH (x)-[:HAS_PART|HAS_CONCESSION|REALISED_BY]->{1,2}(part:Entity)
    WHERE part.timeStart IS NOT NULL
    RETURN min(part.timeStart) AS partsStart, max(coalesce(part.timeEnd, part.timeStart)) AS partsEnd
  }
  WITH x, partsStart, partsEnd
  WHERE coalesce(x.partsStart, date('0001-01-01')) <> coalesce(partsStart, date('0001-01-01'))
     OR coalesce(x.partsEnd, date('0001-01-01')) <> coalesce(partsEnd, date('0001-01-01'))
  SET x.partsStart = partsStart, x.partsEnd = partsEnd, x.accessDerivation = 'access-paths'
  RETURN count(*) AS episodes
}
// 5. ownerSides of the policies owned below a changed owner step, and of every touched policy
CALL (touched, ownerSeeds) {
  CALL (touched, ownerSeeds) {
    UNWIND ownerSeeds AS id
    MATCH (s:Entity {id: id})
    MATCH (p:Policy)-[:POLICY_OF]->(:Entity)-[:PART_OF|LEADS|HOLDS_OFFICE|OFFICE_OF]->{0,2}(s)
    RETURN p
    UNION ALL
    UNWIND touched AS p
    WITH p WHERE p:Policy
    RETURN p
  }
  WITH DISTINCT p
  WITH p, COLLECT { MATCH (p)-[:POLICY_OF]->(:Entity)-[:PART_OF|LEADS|HOLDS_OFFICE|OFFICE_OF]->{0,3}(x:Entity)
                    RETURN DISTINCT x.id AS x ORDER BY x } AS sides
  WHERE coalesce(p.ownerSides, []) <> sides
  SET p.ownerSides = CASE WHEN sides = [] THEN null ELSE sides END, p.accessDerivation = 'access-paths'
  RETURN count(*) AS policies
}
RETURN size(changedActors) AS actors, events, size(changedConcessions) AS concessions, exchanges, episodes, policies
