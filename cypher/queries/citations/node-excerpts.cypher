// Every node excerpt (a list-valued excerpt is checked item by item), except those of
// synthetic sources.
MATCH (n) WHERE n.excerpt IS NOT NULL
  AND NOT EXISTS { MATCH (s:Source {id: n.sourceId}) WHERE s.synthetic = true }
WITH n, CASE WHEN valueType(n.excerpt) STARTS WITH 'LIST' THEN n.excerpt ELSE [n.excerpt] END AS items
UNWIND items AS excerpt
RETURN labels(n) AS labels, n.id AS id, elementId(n) AS elementId, n.sourceId AS sourceId, excerpt
ORDER BY id
