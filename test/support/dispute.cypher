// A synthetic source that disputes one existing fact, for tests that need a disputed fact on
// the seed graph (test/support/evidence.ts adds it, refreshes the fact's summaries, and removes
// it again). $sourceId: a `test:` id; $fact: {id, kind: 'node' | 'relationship', type, from, to}.
MERGE (s:Source {id: $sourceId})
SET s.title = 'Synthetic test source (not a real article)', s.publisher = 'Test fixture',
    s.kind = 'synthetic-fixture', s.date = date('2026-01-01'), s.synthetic = true
MERGE (e:Evidence {id: $fact.id + '|' + $sourceId + '|0-41'})
SET e.factId = $fact.id, e.factKind = $fact.kind, e.factType = $fact.type,
    e.factFrom = $fact.from, e.factTo = $fact.to, e.sourceId = $sourceId,
    e.excerpt = 'Synthetic test text: this did not happen.', e.textStart = 0, e.textEnd = 41,
    e.attribution = 'unnamed-others', e.attributedTo = 'a test fixture', e.confidence = 0.3,
    e.status = 'denied', e.stance = 'disputes', e.statedValue = $statedValue,
    e.recordedAt = datetime('2026-01-01T00:00:00Z'), e.recordedBy = 'test'
RETURN e.id AS id
