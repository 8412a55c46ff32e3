// Record-time reads (src/curation/record-time.ts): entities as they are now, in whatever form
// (active :Entity, :Retracted, :Merged), without locking. $ids: entity ids.
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Entity {id: id}) RETURN n
  UNION
  MATCH (n:Retracted {id: id}) RETURN n
  UNION
  MATCH (n:Merged {id: id}) RETURN n
}
RETURN id, labels(n) AS labels, properties(n) AS props
