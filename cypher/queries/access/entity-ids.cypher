// Every entity id, in order: the batches of a whole-graph access-path refresh (src/db/access-paths.ts).
MATCH (n:Entity)
RETURN n.id AS id
ORDER BY id
