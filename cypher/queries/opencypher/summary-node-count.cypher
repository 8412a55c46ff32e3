// GET /summary: the number of nodes the openCypher endpoint shows (none with a hidden label).
MATCH (n)
WHERE none(l IN labels(n) WHERE l IN $hiddenLabels)
RETURN count(n) AS count
