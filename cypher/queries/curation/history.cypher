// history(id): the journal of an element — the changes to it, and for a fact the changes to
// its evidence records — newest first, up to a record time. $id; $at: a datetime or null
// (everything); $limit.
CALL () {
  MATCH (c:Change {elementId: $id}) RETURN c
  UNION
  MATCH (c:Change {factId: $id}) RETURN c
}
WITH c WHERE $at IS NULL OR c.recordedAt <= $at
RETURN properties(c) AS change
ORDER BY c.recordedAt DESC, c.seq DESC
LIMIT $limit
