// npm run ingest (src/ingest/write.ts): the Source node of the file. Created with its
// metadata; an existing Source is never changed (its metadata is the document's own).
// Returns the text checksum now stored, which the caller compares with the file's text.
// $source: map of the Source's properties (id, title, publisher, date…, textFile, textSha256).
MERGE (s:Source {id: $source.id})
ON CREATE SET s += $source
RETURN s.textSha256 AS textSha256
