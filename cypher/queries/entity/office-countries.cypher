// The country each office belongs to (Office.country), for many offices at once: the country it is
// OFFICE_OF directly, or the country the organisation it is an office of is part of (up to three
// PART_OF steps: office:mx-foreign-minister → org:mx-government → country:mx).
// $ids: list of office ids. Returns id, ids (country ids, ordered; at most $limit).
UNWIND $ids AS id
MATCH (o:Office {id: id})
OPTIONAL MATCH (o)-[:OFFICE_OF]->()-[:PART_OF*0..3]->(c:Country)
WITH id, c ORDER BY c.id
RETURN id, [x IN collect(DISTINCT c.id) WHERE x IS NOT NULL][0..$limit] AS ids
