// npm run ingest (src/ingest/lookups.ts): for ids a file names that the database does not
// have, ids that start the same way (a seek on the entity_id constraint's index), from which
// the closest are offered as "did you mean".
// $stems: list of {id, stem}: the missing id and a prefix of it.
UNWIND $stems AS s
CALL (s) {
  MATCH (n:Entity)
  WHERE n.id STARTS WITH s.stem
  RETURN n.id AS candidate
  LIMIT 200
}
RETURN s.id AS id, collect(DISTINCT candidate) AS candidates
