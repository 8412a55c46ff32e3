// Curation (src/curation/): whether a write was already undone: the undo's change records
// name it in `undoes`. $changeId.
OPTIONAL MATCH (u:Change {undoes: $changeId})
RETURN u.changeId AS undoneBy
LIMIT 1
