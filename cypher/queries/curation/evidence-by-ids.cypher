// Curation (src/curation/): evidence records by id, retracted or not.
// $ids: evidence ids.
UNWIND $ids AS id
MATCH (e:Evidence {id: id})
RETURN id, properties(e) AS props
