// includeRetracted and record-time reads: the retracted relationships (:Retracted nodes) that
// started or ended at the given entities. $ids: entity ids.
UNWIND $ids AS id
CALL (id) {
  MATCH (x:Retracted {relFrom: id}) RETURN x
  UNION
  MATCH (x:Retracted {relTo: id}) RETURN x
}
RETURN DISTINCT x.id AS id, properties(x) AS props
