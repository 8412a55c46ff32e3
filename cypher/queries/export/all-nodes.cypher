// Every node of the graph, streamed (no ORDER BY: sorting would hold the whole
// graph in the database before the first row leaves).
MATCH (n)
RETURN coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS props
