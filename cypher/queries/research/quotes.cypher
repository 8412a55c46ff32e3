// Quotes by speaker ($speaker: the entity the quote is SAID_BY) and/or subject
// ($subject: an entity the quote CONCERNS).
MATCH (q:Quote)
WHERE ($speaker IS NULL OR EXISTS { (q)-[:SAID_BY]->(:Entity {id: $speaker}) })
  AND ($subject IS NULL OR EXISTS { (q)-[:CONCERNS]->(:Entity {id: $subject}) })
RETURN q.id AS id
ORDER BY q.timeStart IS NULL, q.timeStart, q.id
LIMIT $limit
