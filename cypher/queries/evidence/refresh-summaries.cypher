// Recompute the evidence summaries of the given facts from their :Evidence records and write
// them onto the facts (docs/evidence.md, "Summaries on every fact"). Every write path calls this
// in the transaction that wrote the evidence, so the summaries are never stale.
// $facts: list of {id, from, to}: from/to are null for a node fact (an :Entity), else the ids of
// the relationship's start and end entities (found through the id constraint, then Expand(Into)
// from the endpoint with fewer relationships).
// Aggregate confidence: per source the strongest supporting (c) and disputing (d) record;
// support = 1 - Π(1 - c), against = 1 - Π(1 - d), confidence = round(support × (1 - against), 4).
// Retracted records (retractedAt set) count for nothing. Lists are sorted, so a summary is
// the same whatever order the records were written in.
// Returns the id of every fact found and updated; the caller compares with its input.
UNWIND $facts AS f
CALL (f) {
  OPTIONAL MATCH (e:Evidence {factId: f.id})
  WHERE e.retractedAt IS NULL
  WITH e.sourceId AS source, e.stance AS stance, max(e.confidence) AS best, count(e) AS n
  WITH [g IN collect({source: source, stance: stance, best: best, n: n}) WHERE g.n > 0] AS groups
  WITH groups,
       reduce(p = 1.0, g IN groups |
         CASE WHEN g.stance = 'supports' THEN p * (1 - coalesce(g.best, 0.0)) ELSE p END) AS unsupported,
       reduce(p = 1.0, g IN groups |
         CASE WHEN g.stance = 'disputes' THEN p * (1 - coalesce(g.best, 0.0)) ELSE p END) AS undisputed
  RETURN {
    evidenceCount: reduce(s = 0, g IN groups | s + g.n),
    sourceCount: size(reduce(seen = [], g IN groups | CASE WHEN g.source IN seen THEN seen ELSE seen + g.source END)),
    confidence: round((1.0 - unsupported) * undisputed, 4),
    disputed: any(g IN groups WHERE g.stance = 'disputes')
  } AS counts
}
CALL (f) {
  OPTIONAL MATCH (e:Evidence {factId: f.id})
  WHERE e.retractedAt IS NULL
  WITH e ORDER BY e.attribution
  RETURN collect(DISTINCT e.attribution) AS attributions
}
CALL (f) {
  OPTIONAL MATCH (e:Evidence {factId: f.id})
  WHERE e.retractedAt IS NULL
  WITH e ORDER BY e.status
  RETURN collect(DISTINCT e.status) AS statuses
}
WITH f, counts {.*, attributions: attributions, statuses: statuses} AS summary
CALL (f, summary) {
  WITH f, summary WHERE f.from IS NULL
  MATCH (n:Entity {id: f.id})
  SET n += summary
  RETURN f.id AS id
  UNION
  WITH f, summary WHERE f.from IS NOT NULL
  MATCH (a:Entity {id: f.from}), (b:Entity {id: f.to})
  MATCH (a)-[r]->(b) WHERE r.id = f.id
  SET r += summary
  RETURN f.id AS id
}
RETURN id
