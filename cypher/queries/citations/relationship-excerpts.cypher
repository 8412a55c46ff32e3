// Every relationship excerpt (a list-valued excerpt is checked item by item), except
// those of synthetic sources.
MATCH (a)-[r]->(b) WHERE r.excerpt IS NOT NULL
  AND NOT EXISTS { MATCH (s:Source {id: r.sourceId}) WHERE s.synthetic = true }
WITH a, r, b, CASE WHEN valueType(r.excerpt) STARTS WITH 'LIST' THEN r.excerpt ELSE [r.excerpt] END AS items
UNWIND items AS excerpt
RETURN type(r) AS type, r.id AS id, elementId(r) AS elementId, a.id AS fromId, b.id AS toId, r.sourceId AS sourceId, excerpt
ORDER BY type, fromId, toId, id
