// Source documents, newest first (undated last), then by id. $limit.
MATCH (s:Source)
RETURN s.id AS id, properties(s) AS props
ORDER BY s.date IS NULL, s.date DESC, s.id
LIMIT $limit
