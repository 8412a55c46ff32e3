// Relationships by id, each located through its endpoints (an evidence record names them), so
// the lookup is two id-constraint seeks and an Expand(Into), never a scan of relationships.
// $keys: list of {id, from, to}.
UNWIND $keys AS key
MATCH (a:Entity {id: key.from}), (b:Entity {id: key.to})
MATCH (a)-[r]->(b) WHERE r.id = key.id
RETURN key.id AS key, {id: r.id, type: type(r), from: a.id, to: b.id, props: properties(r)} AS rel
