// "Did you mean" candidates for an argument that names no entity: entities whose names are
// within a typo or a prefix of its words ($lucene on the entity_names index, or null) and, when
// the argument looked like an id (`country:usa`), entities whose id has the same kind prefix
// ($prefix, or null; a seek on the id constraint's index). The API ranks them by edit distance
// (src/graphql/names.ts). $limit caps each half.
CALL () {
  WITH 1 AS one WHERE $lucene IS NOT NULL
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node
  RETURN node
  UNION
  MATCH (node:Entity) WHERE $prefix IS NOT NULL AND node.id STARTS WITH $prefix
  WITH node LIMIT $limit
  RETURN node
}
RETURN node.id AS id, labels(node) AS labels, node.name AS name,
       coalesce(node.aliases, []) + coalesce(node.editorAliases, []) AS aliases
