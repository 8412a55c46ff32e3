// GET /summary: relationship types with their counts, between nodes the openCypher endpoint shows.
MATCH (a)-[r]->(b)
WHERE none(l IN labels(a) + labels(b) WHERE l IN $hiddenLabels)
RETURN type(r) AS type, count(*) AS count
ORDER BY type
