// npm run ingest (src/ingest/lookups.ts): the entities a source file names, as stored.
// $ids: list of entity ids. One row per id found: its specific label and its properties
// (to tell new entities from existing ones, and to compare them with the file).
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN id, [l IN labels(n) WHERE l <> 'Entity'][0] AS label, properties(n) AS properties
