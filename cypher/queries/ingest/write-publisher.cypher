// npm run ingest (src/ingest/write.ts): the document's publisher (document metadata, no
// evidence), with the id the seed gives it: published_by|<source id>|<publisher id>.
// $sourceId, $publisherId. Returns one row when both exist.
MATCH (s:Source {id: $sourceId})
MATCH (p:Entity {id: $publisherId})
MERGE (s)-[r:PUBLISHED_BY {id: 'published_by|' + s.id + '|' + p.id}]->(p)
RETURN r.id AS id
