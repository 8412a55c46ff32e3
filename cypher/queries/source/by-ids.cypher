// Source documents by id (batched).
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN id, properties(s) AS props
