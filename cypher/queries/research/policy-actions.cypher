// Dated actions on policies (created, expanded, suspended, rolled back, declined to use…)
// up to $asOf: ACTS_ON relationships, or the dated events that ACT_ON the policy.
MATCH (a:Entity)-[r:ACTS_ON]->(p:Policy)
WITH a, r, p, coalesce(r.timeStart, a.timeStart) AS t
WHERE t IS NOT NULL AND t <= $asOf
RETURN {
  id: coalesce(r.id, elementId(r)), type: type(r),
  from: a.id, to: p.id, props: properties(r)
} AS rel, t
ORDER BY t, rel.id
