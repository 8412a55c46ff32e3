// Forgiving full-text search (src/graphql/search.ts builds the index queries).
// $queries: list of {word, index, lucene, weight}: word -1 is the all-words query on entity_names
// (every word must match), 0.. one word in one index (entity_names: folded names with prefixes and
// typos; entity_text_en / entity_text_es: English / Spanish stems over names, descriptions and
// statements; evidence_excerpt: English stems over evidence excerpts, counted for the entity the
// evidence is about). $words: how many words; $perQuery: hits read per index query.
// word -2 finds the entities whose own name holds every word (not scored).
// Ranking: coverage first (how many of the words the entity matched in any index; all of them if
// the all-words query found it), then whether its own name holds every word, then the summed
// weighted scores, then id. The best-scoring
// evidence excerpt that matched is returned with the hit.
// $types: entity labels to keep, or null; $minConfidence (0-1, against the aggregate confidence,
// unrated = 1); $minSources, $attributions, $statuses, $disputed: the provenance filter (null = any),
// tested on each entity's evidence summary (docs/evidence.md). $limit.
UNWIND $queries AS q
CALL db.index.fulltext.queryNodes(q.index, q.lucene, {limit: $perQuery}) YIELD node, score
OPTIONAL MATCH (fact:Entity {id: node.factId})
  WHERE node:Evidence AND node.factKind = 'node' AND node.retractedAt IS NULL
WITH q, score * q.weight AS s,
     CASE WHEN node:Evidence THEN fact ELSE node END AS n,
     CASE WHEN node:Evidence THEN node.excerpt END AS excerpt
WHERE n IS NOT NULL
  AND ($types IS NULL OR any(l IN labels(n) WHERE l IN $types))
  AND coalesce(n.confidence, 1.0) >= $minConfidence
  AND ($minSources IS NULL OR coalesce(n.sourceCount, 0) >= $minSources)
  AND ($attributions IS NULL OR any(a IN coalesce(n.attributions, []) WHERE a IN $attributions))
  AND ($statuses IS NULL OR any(st IN coalesce(n.statuses, []) WHERE st IN $statuses))
  AND ($disputed IS NULL OR coalesce(n.disputed, false) = $disputed)
WITH n, q.word AS word, max(s) AS s,
     collect(CASE WHEN excerpt IS NOT NULL THEN {s: s, excerpt: excerpt} END) AS excerpts
WITH n,
     max(CASE WHEN word = -1 THEN s END) AS allWords,
     max(CASE WHEN word = -2 THEN 1 ELSE 0 END) AS inName,
     sum(CASE WHEN word >= 0 THEN s ELSE 0.0 END) AS perWord,
     count(CASE WHEN word >= 0 THEN 1 END) AS covered,
     reduce(acc = [], l IN collect(excerpts) | acc + l) AS excerpts
WITH n, inName,
     CASE WHEN allWords IS NOT NULL OR inName = 1 THEN $words ELSE covered END AS coverage,
     coalesce(allWords, 0.0) + perWord AS score,
     reduce(best = null, x IN excerpts | CASE WHEN best IS NULL OR x.s > best.s THEN x ELSE best END) AS best
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props, score, coverage, best.excerpt AS excerpt
ORDER BY coverage DESC, inName DESC, score DESC, id
LIMIT $limit
