// Every source document and the file its text is in. Synthetic sources (generated
// benchmark corpora) have no text to check against and are left out.
MATCH (s:Source)
WHERE coalesce(s.synthetic, false) = false
RETURN s.id AS id, s.textFile AS textFile
ORDER BY id
