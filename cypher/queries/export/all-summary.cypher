// The whole graph: how many nodes and relationships, and every property key with
// the value types it takes (valueType strings, e.g. 'STRING NOT NULL'), so writers
// can declare typed GraphML keys and CSV headers before streaming any element.
// Nodes are entities and sources only (see all-nodes.cypher).
CALL () { MATCH (n) WHERE n:Entity OR n:Source RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS links }
CALL () {
  MATCH (n) WHERE n:Entity OR n:Source UNWIND keys(n) AS key
  RETURN collect(DISTINCT {key: key, type: valueType(n[key])}) AS nodeKeys
}
CALL () {
  MATCH ()-[r]->() UNWIND keys(r) AS key
  RETURN collect(DISTINCT {key: key, type: valueType(r[key])}) AS linkKeys
}
RETURN nodes, links, nodeKeys, linkKeys
