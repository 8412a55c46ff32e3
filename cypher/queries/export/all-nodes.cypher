// Every node of the graph, streamed (no ORDER BY: sorting would hold the whole
// graph in the database before the first row leaves). Evidence records are not
// graph nodes: they travel with the fact they are evidence for (docs/evidence.md).
// API keys (:ApiKey) are the service's, not the graph's, and never leave it.
MATCH (n) WHERE NOT n:Evidence AND NOT n:ApiKey
RETURN coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS props
