// GET /summary: node property keys, each with the number of (shown) nodes that have it.
MATCH (n)
WHERE none(l IN labels(n) WHERE l IN $hiddenLabels)
UNWIND keys(n) AS key
RETURN key, count(*) AS count
ORDER BY key
