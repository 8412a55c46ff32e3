// npm run ingest (src/ingest/lookups.ts): the Source a file is about, if the database has it,
// with the entities it is PUBLISHED_BY. No row when it is new.
// $sourceId: the source's id.
MATCH (s:Source {id: $sourceId})
OPTIONAL MATCH (s)-[:PUBLISHED_BY]->(p)
RETURN properties(s) AS properties, collect(p.id) AS publisherIds
