// npm run ingest (src/ingest/write.ts): the new relationships of a source file.
// $rows: list of {id, type, from, to, properties}; id is <type>|<from>|<to>[|<role>] as in the
// seed scripts. Both ends are found through the entity_id constraint; MERGE on the id between
// them, properties ON CREATE only (an existing relationship is never changed). `written` is
// less than the number of rows when an end is missing: the caller then rolls back.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
ON CREATE SET r += row.properties
RETURN count(r) AS written
