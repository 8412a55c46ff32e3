// Bulk loader (src/load/online.ts): which of the given source ids are :Source nodes, so an
// evidence record naming an unknown source is refused (with its file and line) before it is written.
// $ids: list of source ids.
UNWIND $ids AS id
MATCH (s:Source {id: id})
RETURN s.id AS id
