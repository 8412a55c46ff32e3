// Roles countries played in migration over time (PLAYED_ROLE).
// Source: the seed article (see 010_sources.cypher). Every excerpt is a verbatim span of its text at
// `at` (code points, [start, end)); npm run check:citations verifies both. The `source` map below gives
// every evidence record its defaults; a row's evidence entry overrides them. Evidence model and the
// row conventions: docs/evidence.md. The seed runner fails the file if a row names an id that does not
// exist (the `missing` column) and refreshes the summaries of every `fact` returned.

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/099_roles.cypher'} AS source,
     {} AS common
UNWIND [
  {type: 'PLAYED_ROLE', from: 'country:mx', to: 'issue:migration', props: {knownFrom: date('1980-01-01'), role: 'sender of migrants', openEnded: false, knownToPrecision: 'decade', qualifier: 'primarily', knownFromPrecision: 'decade', knownTo: date('1980-01-01')},
   evidence: [{excerpt: 'the 1980s, when Mexico was primarily a sender of migrants', derivation: '"the 1980s, when Mexico was primarily a sender" → known to hold in the 1980s; the article does not say when it began or ended.', at: [3415, 3472]}]},
  {type: 'PLAYED_ROLE', from: 'country:mx', to: 'issue:migration', props: {relativeTime: 'after the 1980s', role: 'transit country', scope: 'Central Americans'},
   evidence: [{excerpt: 'Later it became a transit country for Central Americans', at: [3474, 3529]}]},
  {type: 'PLAYED_ROLE', from: 'country:mx', to: 'issue:migration', props: {relativeTime: 'after the 1980s', role: 'destination country', scope: 'those seeking employment in Mexican factories'},
   evidence: [{excerpt: 'as well as a destination for those seeking employment in Mexican factories', at: [3530, 3604]}]},
  {type: 'PLAYED_ROLE', from: 'country:mx', to: 'issue:migration', props: {knownFrom: date('2021-05-03'), role: 'interdiction state', description: 'A buffer zone where enforcement activities are fluid and subject to geopolitical negotiation.', openEnded: true, relativeTime: 'more recently', knownToPrecision: 'day', counterpart: 'country:us', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'More recently, Mexico has begun to resemble an “interdiction state,” acting as a buffer zone where enforcement activities are fluid and subject to geopolitical negotiation', attribution: 'named-person', attributedTo: 'person:cris-ramon', confidence: 0.9, status: 'reported', at: [3607, 3778]}]},
  {type: 'PLAYED_ROLE', from: 'country:tr', to: 'issue:migration', props: {knownFrom: date('2021-05-03'), role: 'interdiction state', openEnded: true, knownToPrecision: 'day', counterpart: 'org:eu', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'not unlike the role Turkey has played with the European Union', attribution: 'named-person', attributedTo: 'person:cris-ramon', status: 'reported', at: [3780, 3841]}]},
  {type: 'PLAYED_ROLE', from: 'country:mx', to: 'issue:migration', props: {knownFrom: date('2021-05-03'), role: 'pivotal partner in U.S. regional migration strategy', openEnded: true, knownToPrecision: 'day', counterpart: 'country:us', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'Mexico’s pivotal role in U.S. plans for a wider, regional migration management strategy amounts to a remarkable evolution from the 1980s', at: [3288, 3424]}]}
] AS row
OPTIONAL MATCH (a:Entity {id: row.from})
OPTIONAL MATCH (b:Entity {id: row.to})
WITH source, common, row, a, b,
     coalesce(row.id, toLower(row.type) + '|' + row.from + '|' + row.to + coalesce('|' + row.props.role, '')) AS id
CALL (source, common, row, a, b, id) {
  WITH * WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:$(row.type) {id: id}]->(b)
  SET r += coalesce(common[row.type], {}), r += row.props
  WITH *
  UNWIND row.evidence AS ev
  MERGE (e:Evidence {id: id + '|' + source.sourceId + '|' + ev.at[0] + '-' + ev.at[1]})
  ON CREATE SET e.recordedAt = datetime()
  SET e += source, e += ev {.*, at: null},
      e += {factId: id, factKind: 'relationship', factType: row.type, factFrom: row.from, factTo: row.to,
            textStart: ev.at[0], textEnd: ev.at[1]}
}
RETURN DISTINCT {id: id, from: row.from, to: row.to} AS fact,
       CASE WHEN a IS NULL THEN row.from WHEN b IS NULL THEN row.to END AS missing;
