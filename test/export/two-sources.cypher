// Fixture for test/export/export.int.test.ts: a fact stated by two sources, one of which disputes
// it, written the way the seed runner writes evidence (:Evidence records keyed by factId; the test
// then refreshes the summaries with cypher/queries/evidence/refresh-summaries.cypher).
// Every id starts with `test:export-` or `test:source-export-`, and the test removes them all.
// $nasty: text with everything a naive writer gets wrong (delimiters, quotes, CR/LF, CJK, emoji).
MERGE (s1:Source {id: 'test:source-export-1'})
SET s1.title = 'Export test source one (synthetic)', s1.publisher = 'Test fixture', s1.kind = 'synthetic-fixture',
    s1.date = date('2021-05-03'), s1.synthetic = true
MERGE (s2:Source {id: 'test:source-export-2'})
SET s2.title = 'Export test source two (synthetic)', s2.publisher = 'Test fixture', s2.kind = 'synthetic-fixture',
    s2.date = date('2021-05-04'), s2.synthetic = true
MERGE (a:Entity:Person {id: 'test:export-a'})
SET a.name = 'Test, "A"', a.aliases = ['x, y', 'z "q"'], a.date = date('2021-05-03')
MERGE (b:Entity:Person {id: 'test:export-b'})
SET b.name = 'Test B'
MERGE (a)-[r:AFFILIATED_WITH {id: 'test:export-affiliated|a|b'}]->(b)
WITH a, r
UNWIND [
  {id: 'test:export-a|test:source-export-1|0-97', factId: 'test:export-a', factKind: 'node', factType: 'Person',
   sourceId: 'test:source-export-1', excerpt: $nasty, textStart: 0, textEnd: 97, attribution: 'named-person',
   attributedTo: 'Someone, "quoted"', confidence: 0.75, status: 'alleged', stance: 'supports'},
  {id: 'test:export-affiliated|a|b|test:source-export-1|100-197', factId: 'test:export-affiliated|a|b',
   factKind: 'relationship', factType: 'AFFILIATED_WITH', factFrom: 'test:export-a', factTo: 'test:export-b',
   sourceId: 'test:source-export-1', excerpt: $nasty, textStart: 100, textEnd: 197, attribution: 'reporting',
   attributedTo: 'org:washington-post', confidence: 0.5, status: 'reported', stance: 'supports',
   derivation: 'Affiliation read from the byline, "as stated".'},
  {id: 'test:export-affiliated|a|b|test:source-export-2|5-40', factId: 'test:export-affiliated|a|b',
   factKind: 'relationship', factType: 'AFFILIATED_WITH', factFrom: 'test:export-a', factTo: 'test:export-b',
   sourceId: 'test:source-export-2', excerpt: 'Officials said, "they never worked together."', textStart: 5,
   textEnd: 40, attribution: 'unnamed-officials', attributedTo: 'officials, unnamed', confidence: 0.6,
   status: 'denied', stance: 'disputes', note: $nasty}
] AS ev
MERGE (e:Evidence {id: ev.id})
SET e += ev, e.recordedAt = datetime('2026-01-02T03:04:05Z'), e.recordedBy = 'test:export'
RETURN count(e) AS evidence
