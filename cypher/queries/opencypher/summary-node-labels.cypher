// GET /summary: node labels with their node counts, as the openCypher endpoint shows them.
// Nodes with a hidden label ($hiddenLabels) are left out; a structural label ($structuralLabels,
// the :Entity every domain node has) is not counted for a node that has a specific label.
MATCH (n)
WHERE none(l IN labels(n) WHERE l IN $hiddenLabels)
WITH [l IN labels(n) WHERE NOT l IN $structuralLabels] AS specific, labels(n) AS all
UNWIND CASE WHEN size(specific) > 0 THEN specific ELSE all END AS label
RETURN label, count(*) AS count
ORDER BY label
