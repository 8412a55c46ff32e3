// Bulk import (src/load/bulk/import.ts): how much the database holds, before the import (it
// loads only an empty database) and after it (the counts it prints). Both counts come from
// Neo4j's count store: constant time whatever the size.
CALL () { MATCH (n) RETURN count(n) AS nodes }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
CALL () { MATCH (e:Evidence) RETURN count(e) AS evidence }
RETURN nodes, relationships, evidence
