// Dated actions on policies (created, expanded, suspended, rolled back, declined to use…)
// up to $asOf: ACTS_ON relationships, dated by themselves or by the event that acts.
// $owner: only actions on policies of this entity (POLICY_OF an entity that is the owner or
// leads, holds an office of, or is part of it, up to 3 hops, as in policies-in-force.cypher),
// or null for all. $limit: the latest $limit + 1 actions (the resolver shows $limit).
// With $owner the policies are those whose stored ownerSides hold it (docs/ontology.md, Access
// paths), found in the policy_owners index.
CALL () {
  // The guard comes first, as a row source: as a WHERE after the MATCH, the planner scans every
  // Policy and then tests the parameter on each (24k label-scan hits at the large bench size).
  UNWIND CASE WHEN $owner IS NULL THEN [true] ELSE [] END AS everyPolicy
  MATCH (p:Policy)
  RETURN p
  UNION
  // The owner's policies from the stored ownerSides (docs/ontology.md, Access paths), through the
  // policy_owners keyword index; the id goes into the Lucene phrase with \ and " escaped.
  UNWIND CASE WHEN $owner IS NULL THEN []
              ELSE ['ownerSides:"' + replace(replace($owner, '\\', '\\\\'), '"', '\\"') + '"'] END AS owned
  CALL db.index.fulltext.queryNodes('policy_owners', owned) YIELD node AS p
  RETURN p
}
MATCH (a:Entity)-[r:ACTS_ON]->(p)
WITH a, r, p, coalesce(r.timeStart, a.timeStart) AS t
WHERE t IS NOT NULL AND t <= $asOf
// The latest $limit + 1 actions (one more than shown, to tell a cut list), chosen before their
// properties are read; returned oldest first.
WITH a, r, p, t, coalesce(r.id, elementId(r)) AS rid
ORDER BY t DESC, rid DESC
LIMIT $limit + 1
RETURN {
  id: coalesce(r.id, elementId(r)), type: type(r),
  from: a.id, to: p.id, props: properties(r)
} AS rel, t
ORDER BY t, rel.id
