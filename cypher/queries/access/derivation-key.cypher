// Access-path notes stored before derivation keys (a sentence naming refresh.cypher) become the key
// 'access-paths' (src/ontology/derivations.ts). Run by the whole-graph refresh (src/db/access-paths.ts);
// writes nothing once every note is the key.
MATCH (n:Entity)
WHERE n.accessDerivation IS NOT NULL AND n.accessDerivation <> 'access-paths'
SET n.accessDerivation = 'access-paths'
RETURN count(n) AS migrated
