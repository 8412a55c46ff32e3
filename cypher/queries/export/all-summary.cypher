// The whole graph: how many nodes and relationships, and every property key with
// the value types it takes (valueType strings, e.g. 'STRING NOT NULL'), so writers
// can declare typed GraphML keys and CSV headers before streaming any element.
// :Evidence and :ApiKey nodes are not graph nodes (see all-nodes.cypher); they have no relationships.
CALL () { MATCH (n) WHERE NOT n:Evidence AND NOT n:ApiKey RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS links }
CALL () {
  MATCH (n) WHERE NOT n:Evidence AND NOT n:ApiKey UNWIND keys(n) AS key
  RETURN collect(DISTINCT {key: key, type: valueType(n[key])}) AS nodeKeys
}
CALL () {
  MATCH ()-[r]->() UNWIND keys(r) AS key
  RETURN collect(DISTINCT {key: key, type: valueType(r[key])}) AS linkKeys
}
RETURN nodes, links, nodeKeys, linkKeys
