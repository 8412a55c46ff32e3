// Every node and relationship in the database, whatever its label or type (counts store lookups):
// what a backup holds and a restore must bring back (src/db/fingerprint.ts).
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN nodes, relationships
