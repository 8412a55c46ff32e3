// Every source document, the file its text is in and the SHA-256 recorded for that text.
// Synthetic sources (generated benchmark corpora) have no text; the checker leaves them and
// their evidence out, but needs their ids to tell them from unknown sources.
MATCH (s:Source)
RETURN s.id AS id, s.textFile AS textFile, s.textSha256 AS textSha256, coalesce(s.synthetic, false) AS synthetic
ORDER BY id
