// The offices of each country (Country.offices), for many countries at once: offices OFFICE_OF the
// country, and offices of organisations that are part of it (up to three PART_OF steps:
// office:mx-foreign-minister → org:mx-government → country:mx).
// $ids: list of country ids. Returns id, ids (office ids, ordered; at most $limit).
UNWIND $ids AS id
MATCH (c:Country {id: id})
CALL (c) {
  MATCH (c)<-[:PART_OF*0..3]-()<-[:OFFICE_OF]-(o:Office)
  WITH DISTINCT o ORDER BY o.id
  LIMIT $limit
  RETURN collect(o.id) AS ids
}
RETURN id, ids
