// The graph's own ids of relationship endpoints an openCypher result does not carry
// itself (a relationship knows only its endpoints' element ids). As `~id`: the `id`
// property, or the element id for a node without one.
UNWIND $elementIds AS elementId
MATCH (n)
WHERE elementId(n) = elementId
RETURN elementId, coalesce(n.id, elementId) AS id
