// GET /summary: relationship property keys, each with the number of (shown) relationships that have it.
MATCH (a)-[r]->(b)
WHERE none(l IN labels(a) + labels(b) WHERE l IN $hiddenLabels)
UNWIND keys(r) AS key
RETURN key, count(*) AS count
ORDER BY key
