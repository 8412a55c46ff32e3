// Curation (src/curation/journal.ts): append a write's change records, in the write's own
// transaction. One :Change per element changed; all of one write share changeId, operation,
// who (holder, keyId — never the key), reason and recordedAt. recordedAt is taken here, after
// every lock the write needed is held, so journal order is commit order for any one element.
// before/after are JSON texts of the element's state (null: it did not exist / was not there).
// $entries: list of {changeId, seq, operation, elementId, elementKind, factId, holder, keyId,
// reason, before, after, related}.
WITH datetime.realtime() AS now
UNWIND $entries AS e
CREATE (c:Change)
SET c = e, c.recordedAt = now
RETURN count(c) AS written, now AS recordedAt
