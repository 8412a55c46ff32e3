// Access-path notes stored before derivation keys (a sentence naming refresh.cypher) become the key
// 'access-paths' (src/ontology/derivations.ts). Run by the whole-graph refresh (src/db/access-paths.ts),
// $batch nodes per transaction until a batch comes back short: a store loaded before the keys holds a
// sentence on every node with an access path (1.2M at the large bench size), and rewriting them all in
// one transaction exceeded Neo4j's transaction memory limit. Writes nothing once every note is the key.
MATCH (n:Entity)
WHERE n.accessDerivation IS NOT NULL AND n.accessDerivation <> 'access-paths'
WITH n LIMIT $batch
SET n.accessDerivation = 'access-paths'
RETURN count(n) AS migrated
