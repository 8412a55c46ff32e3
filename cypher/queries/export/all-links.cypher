// Every relationship of the graph, streamed, with its endpoints' ids. (Evidence
// nodes have no relationships, so none of these touches one.)
MATCH (a)-[r]->(b)
RETURN coalesce(r.id, elementId(r)) AS id, type(r) AS type,
       coalesce(a.id, elementId(a)) AS source, coalesce(b.id, elementId(b)) AS target,
       properties(r) AS props
