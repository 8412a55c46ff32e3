// Offices and who held them, when (HOLDS_OFFICE periods).
// Source: the seed article (see 010_sources.cypher). Every excerpt is a verbatim span of its text at
// `at` (code points, [start, end)); npm run check:citations verifies both. The `source` map below gives
// every evidence record its defaults; a row's evidence entry overrides them. Evidence model and the
// row conventions: docs/evidence.md. The seed runner fails the file if a row names an id that does not
// exist (the `missing` column) and refreshes the summaries of every `fact` returned.

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/030_offices.cypher'} AS source,
     {} AS common
UNWIND [
  {label: 'Office', id: 'office:us-president', props: {jurisdiction: 'country:us', name: 'President of the United States', title: 'President'},
   evidence: [{excerpt: 'the U.S. president', at: [11809, 11827]}]},
  {label: 'Office', id: 'office:us-vice-president', props: {jurisdiction: 'country:us', name: 'Vice President of the United States', title: 'Vice President'},
   evidence: [{excerpt: 'Vice President Harris', at: [151, 172]}]},
  {label: 'Office', id: 'office:mx-president', props: {aliases: ['Mexican leader', 'Mexico\'s president'], jurisdiction: 'country:mx', name: 'President of Mexico', title: 'President'},
   evidence: [{excerpt: 'López Obrador ran for president in 2018', at: [9629, 9668]}]},
  {label: 'Office', id: 'office:mx-foreign-minister', props: {jurisdiction: 'country:mx', name: 'Foreign Minister of Mexico', title: 'Foreign Minister'},
   evidence: [{excerpt: 'Foreign Minister Marcelo Ebrard', at: [6766, 6797]}]},
  {label: 'Office', id: 'office:nsc-latin-america-adviser', props: {jurisdiction: 'country:us', name: 'President\'s top Latin America adviser on the National Security Council', title: 'top Latin America adviser'},
   evidence: [{excerpt: 'Biden’s top Latin America adviser on the National Security Council', at: [2390, 2456]}]},
  {label: 'Office', id: 'office:us-ambassador-to-mexico', props: {jurisdiction: 'country:us', name: 'U.S. ambassador to Mexico', title: 'Ambassador to Mexico'},
   evidence: [{excerpt: 'U.S. ambassador to Mexico', at: [10772, 10797]}]},
  {label: 'Office', id: 'office:mexico-evalua-president', props: {jurisdiction: 'org:mexico-evalua', name: 'President of México Evalúa', title: 'President'},
   evidence: [{excerpt: 'president of the think tank México Evalúa', at: [5199, 5240]}]}
] AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label), n += coalesce(common[row.label], {}), n += row.props,
    n.aliasText = reduce(text = null, a IN coalesce(row.props.aliases, []) | coalesce(text + ' | ', '') + a)
WITH source, row
UNWIND row.evidence AS ev
MERGE (e:Evidence {id: row.id + '|' + source.sourceId + '|' + ev.at[0] + '-' + ev.at[1]})
ON CREATE SET e.recordedAt = datetime()
SET e += source, e += ev {.*, at: null},
    e += {factId: row.id, factKind: 'node', factType: row.label, textStart: ev.at[0], textEnd: ev.at[1]}
RETURN DISTINCT {id: row.id} AS fact, null AS missing;

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/030_offices.cypher'} AS source,
     {} AS common
UNWIND [
  {type: 'OFFICE_OF', from: 'office:us-president', to: 'country:us', props: {},
   evidence: [{excerpt: 'the U.S. president', at: [11809, 11827]}]},
  {type: 'OFFICE_OF', from: 'office:us-vice-president', to: 'country:us', props: {},
   evidence: [{excerpt: 'Vice President Harris', at: [151, 172]}]},
  {type: 'OFFICE_OF', from: 'office:mx-president', to: 'country:mx', props: {},
   evidence: [{excerpt: 'Mexican leader Andrés Manuel López Obrador', at: [507, 549]}]},
  {type: 'OFFICE_OF', from: 'office:mx-foreign-minister', to: 'org:mx-government', props: {},
   evidence: [{excerpt: 'Mexican officials including Foreign Minister Marcelo Ebrard', at: [6738, 6797]}]},
  {type: 'OFFICE_OF', from: 'office:nsc-latin-america-adviser', to: 'org:nsc', props: {},
   evidence: [{excerpt: 'adviser on the National Security Council', at: [2416, 2456]}]},
  {type: 'OFFICE_OF', from: 'office:us-ambassador-to-mexico', to: 'country:us', props: {},
   evidence: [{excerpt: 'U.S. ambassador to Mexico', at: [10772, 10797]}]},
  {type: 'OFFICE_OF', from: 'office:mexico-evalua-president', to: 'org:mexico-evalua', props: {},
   evidence: [{excerpt: 'president of the think tank México Evalúa', at: [5199, 5240]}]},
  {type: 'HOLDS_OFFICE', from: 'person:biden', to: 'office:us-president', props: {knownFrom: date('2021-03-01'), openEnded: true, knownToPrecision: 'day', knownFromPrecision: 'month', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'Since President Biden took office', derivation: 'knownFrom: "In March, as Biden officials scrambled" (March 2021, year from the 2021-05-03 article date). knownTo/openEnded: Still holding on the source date 2021-05-03 (present tense in the article); start not stated.', at: [622, 655]}]},
  {type: 'HOLDS_OFFICE', from: 'person:trump', to: 'office:us-president', props: {knownFrom: date('2019-01-01'), openEnded: false, knownToPrecision: 'year', knownFromPrecision: 'year', knownTo: date('2019-01-01')},
   evidence: [{excerpt: 'President Donald Trump turned to Mexico, too, especially in 2019', derivation: 'Known to hold in 2019 ("President Donald Trump turned to Mexico, too, especially in 2019"); ended before the article (Biden is president); start and end dates not stated.', at: [8588, 8652]}]},
  {type: 'HOLDS_OFFICE', from: 'person:obama', to: 'office:us-president', props: {knownFrom: date('2014-01-01'), openEnded: false, knownToPrecision: 'year', knownFromPrecision: 'year', knownTo: date('2014-01-01')},
   evidence: [{excerpt: 'When President Barack Obama faced the first major influx of Central American minors and families in 2014', derivation: 'Known to hold in 2014 ("When President Barack Obama faced the first major influx ... in 2014"); start and end not stated.', at: [8166, 8270]}]},
  {type: 'HOLDS_OFFICE', from: 'person:harris', to: 'office:us-vice-president', props: {knownFrom: date('2021-05-03'), openEnded: true, knownToPrecision: 'day', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'Vice President Harris', derivation: 'Still holding on the source date 2021-05-03 (present tense in the article); start not stated.', at: [151, 172]}]},
  {type: 'HOLDS_OFFICE', from: 'person:lopez-obrador', to: 'office:mx-president', props: {knownFrom: date('2019-01-01'), openEnded: true, knownToPrecision: 'day', knownFromPrecision: 'year', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'Mexican leader Andrés Manuel López Obrador', derivation: 'Described as "Mexican leader"; he "ran for president in 2018" and was then "in office" (inauguration date not stated). knownFrom: he responded as president to Trump\'s 2019 threats. Still holding on the source date 2021-05-03 (present tense in the article); start not stated.', at: [507, 549]}]},
  {type: 'HOLDS_OFFICE', from: 'person:marcelo-ebrard', to: 'office:mx-foreign-minister', props: {knownFrom: date('2021-05-03'), openEnded: true, knownToPrecision: 'day', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'Foreign Minister Marcelo Ebrard', derivation: 'Still holding on the source date 2021-05-03 (present tense in the article); start not stated.', at: [6766, 6797]}]},
  {type: 'HOLDS_OFFICE', from: 'person:juan-gonzalez', to: 'office:nsc-latin-america-adviser', props: {knownFrom: date('2021-05-03'), openEnded: true, knownToPrecision: 'day', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'Juan Gonzalez, Biden’s top Latin America adviser on the National Security Council', derivation: 'Still holding on the source date 2021-05-03 (present tense in the article); start not stated.', at: [2375, 2456]}]},
  {type: 'HOLDS_OFFICE', from: 'person:christopher-landau', to: 'office:us-ambassador-to-mexico', props: {underPresident: 'person:trump', openEnded: false},
   evidence: [{excerpt: 'Christopher Landau, who was U.S. ambassador to Mexico under Trump', note: 'Held "under Trump"; ended before the article ("was"). No dates are stated, so knownFrom/knownTo are absent.', at: [10744, 10809]}]},
  {type: 'HOLDS_OFFICE', from: 'person:luis-rubio', to: 'office:mexico-evalua-president', props: {knownFrom: date('2021-05-03'), openEnded: true, knownToPrecision: 'day', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'Luis Rubio, president of the think tank México Evalúa', derivation: 'Still holding on the source date 2021-05-03 (present tense in the article); start not stated.', at: [5187, 5240]}]}
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
