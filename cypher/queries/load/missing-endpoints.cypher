// Bulk loader (src/load/online.ts): after a relationship batch wrote fewer rows than it
// had, find the rows whose start or end node does not exist, to name them in the error.
// $rows: list of {index, from, to}.
UNWIND $rows AS row
WITH row,
     EXISTS { MATCH (:Entity {id: row.from}) } OR EXISTS { MATCH (:Source {id: row.from}) } AS fromFound,
     EXISTS { MATCH (:Entity {id: row.to}) } AS toFound
WHERE NOT fromFound OR NOT toFound
RETURN row.index AS index, fromFound, toFound
ORDER BY index
