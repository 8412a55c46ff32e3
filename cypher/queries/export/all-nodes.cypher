// Every node of the graph, streamed (no ORDER BY: sorting would hold the whole
// graph in the database before the first row leaves). Evidence records are not
// graph nodes: they travel with the fact they are evidence for (docs/evidence.md). Only
// entities and sources are the graph's: the service's own records (the change journal,
// retracted and merged elements, docs/curation.md; API keys) never leave in an export.
MATCH (n) WHERE n:Entity OR n:Source
RETURN coalesce(n.id, elementId(n)) AS id, labels(n) AS labels, properties(n) AS props
