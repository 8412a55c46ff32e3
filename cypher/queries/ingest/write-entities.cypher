// npm run ingest (src/ingest/write.ts): the new entities of a source file.
// $rows: list of {id, label, properties} (label: one specific label; dates are Neo4j dates).
// MERGE on :Entity {id}; properties are set ON CREATE only, so an entity that exists keeps
// its own properties: a source adds evidence, it never rewrites a fact. aliasText is the
// full-text form of aliases, as the seed scripts write it.
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:$(row.label), n += row.properties,
    n.aliasText = reduce(text = null, a IN coalesce(row.properties.aliases, []) | coalesce(text + ' | ', '') + a)
RETURN count(n) AS written
