// Node counts by label. Each count is a lookup in the counts store (not a scan),
// so this stays cheap however large the graph grows.
CALL db.labels() YIELD label
CALL (label) {
  MATCH (n:$(label))
  RETURN count(n) AS count
}
RETURN label, count
ORDER BY label
