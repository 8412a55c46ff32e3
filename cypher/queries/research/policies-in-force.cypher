// Policies in force on $asOf: Policy nodes whose dated period contains the date,
// optionally only those of $owner (an entity the policy is POLICY_OF, directly or via
// part-of, up to 2 hops). Policies the graph has no dates for cannot be placed in time
// and are not returned here.
MATCH (p:Policy)
WHERE p.timeStart IS NOT NULL AND p.timeStart <= $asOf
  AND (p.timeEnd IS NULL OR p.timeEnd >= $asOf)
  AND ($owner IS NULL OR EXISTS { (p)-[:POLICY_OF]->(o) WHERE o.id = $owner OR EXISTS { (o)-[:PART_OF]->{1,2}(:Entity {id: $owner}) } })
RETURN p.id AS id
ORDER BY p.timeStart, p.id
