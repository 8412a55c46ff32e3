// Curation (src/curation/): every change record of one write, in the order it made them.
// $changeId.
MATCH (c:Change {changeId: $changeId})
RETURN properties(c) AS change
ORDER BY c.seq
