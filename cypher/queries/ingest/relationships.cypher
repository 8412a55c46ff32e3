// npm run ingest (src/ingest/lookups.ts): every relationship from → to for the pairs of
// entities a source file's relationship statements name: the one a statement means, if it
// exists, and the others between the same two entities (named when a statement misses).
// $pairs: list of {from, to} entity ids.
UNWIND $pairs AS pair
MATCH (a:Entity {id: pair.from})
MATCH (b:Entity {id: pair.to})
MATCH (a)-[r]->(b)
RETURN pair.from AS from, pair.to AS to, r.id AS id, type(r) AS type, properties(r) AS properties
