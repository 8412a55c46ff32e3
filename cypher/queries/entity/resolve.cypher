// What each entity argument of a request names (batched: one call per request level serves them
// all). $keys: list of {key, lucene}: key is the argument as given; lucene a phrase query over the
// name fields of the entity_names index (standard-folding: accents and case do not matter), or
// null when the argument has no words. An argument that is an id is that entity and nothing else;
// otherwise the index's candidates are returned, and the API keeps those whose folded name or
// alias equals the argument, or, failing that, contains it as a phrase (src/graphql/names.ts).
UNWIND $keys AS k
CALL (k) {
  MATCH (n:Entity {id: k.key})
  RETURN n, true AS byId, null AS score
  UNION
  WITH k WHERE k.lucene IS NOT NULL AND NOT EXISTS { MATCH (:Entity {id: k.key}) }
  CALL db.index.fulltext.queryNodes('entity_names', k.lucene, {limit: 25}) YIELD node, score
  RETURN node AS n, false AS byId, score
}
RETURN k.key AS key, byId, n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY key, score DESC, id
