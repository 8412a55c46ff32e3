// Full-text search over names, aliases, titles and quote texts (index entity_search,
// analyzer standard-folding: accents and case are folded).
// $lucene: a Lucene query built by the API from the user's words (escaped, with fuzzy terms);
// $types: entity labels to keep, or null; $limit.
CALL db.index.fulltext.queryNodes('entity_search', $lucene) YIELD node, score
WHERE $types IS NULL OR any(l IN labels(node) WHERE l IN $types)
RETURN node.id AS id, labels(node) AS labels, properties(node) AS props, score
ORDER BY score DESC, id
LIMIT $limit
