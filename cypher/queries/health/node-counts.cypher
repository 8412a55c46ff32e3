// Node counts by label. Each count is a lookup in the counts store (not a scan),
// so this stays cheap however large the graph grows. API keys are the service's own
// records, not the graph's: not even their number is shown.
CALL db.labels() YIELD label
WITH label WHERE label <> 'ApiKey'
CALL (label) {
  MATCH (n:$(label))
  RETURN count(n) AS count
}
RETURN label, count
ORDER BY label
