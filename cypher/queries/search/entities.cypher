// Full-text search over names, aliases, titles and quote texts (index entity_search,
// analyzer standard-folding: accents and case are folded).
// $lucene: a Lucene query built by the API from the user's words (escaped, with fuzzy terms);
// $types: entity labels to keep, or null; $limit.
// $minSources, $attributions, $statuses, $disputed: the provenance filter (null = any), tested on
// each element's evidence summary (docs/evidence.md), never on the evidence records themselves.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE ($types IS NULL OR any(l IN labels(node) WHERE l IN $types))
  AND ($minSources IS NULL OR coalesce(node.sourceCount, 0) >= $minSources)
  AND ($attributions IS NULL OR any(a IN coalesce(node.attributions, []) WHERE a IN $attributions))
  AND ($statuses IS NULL OR any(s IN coalesce(node.statuses, []) WHERE s IN $statuses))
  AND ($disputed IS NULL OR coalesce(node.disputed, false) = $disputed)
RETURN node.id AS id, labels(node) AS labels, properties(node) AS props, score
ORDER BY score DESC, id
LIMIT $limit
