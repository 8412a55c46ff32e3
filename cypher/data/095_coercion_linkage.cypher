// Coercion (threat followed by concession) and issue linkage / compartmentalisation.
// Source: the seed article (see 010_sources.cypher). Every excerpt is a verbatim span of its text at
// `at` (code points, [start, end)); npm run check:citations verifies both. The `source` map below gives
// every evidence record its defaults; a row's evidence entry overrides them. Evidence model and the
// row conventions: docs/evidence.md. The seed runner fails the file if a row names an id that does not
// exist (the `missing` column) and refreshes the summaries of every `fact` returned.

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/095_coercion_linkage.cypher'} AS source,
     {} AS common
UNWIND [
  {label: 'Coercion', id: 'coercion:2019-tariff-threat', props: {date: date('2019-01-01'), kind: 'threat', datePrecision: 'year', name: '2019: Trump\'s tariff threat coerces López Obrador into a reversal on migration', explicitness: 'stated', outcome: 'complied'},
   evidence: [{excerpt: 'Trump’s threats coerced López Obrador into a reversal', at: [10039, 10092]}]},
  {label: 'Coercion', id: 'coercion:2014-pressure', props: {date: date('2014-01-01'), kind: 'pressure', datePrecision: 'year', name: '2014: Obama administration leans on Mexico; Mexico announces Programa Frontera Sur', explicitness: 'implied', outcome: 'complied'},
   evidence: [{excerpt: 'his administration leaned on Mexico to crack down along the freight rail lines', confidence: 0.6, status: 'implied', note: 'No threat is reported ("leaned on"); the response link is implied by juxtaposition.', at: [8272, 8350]}]},
  {label: 'IssueLinkage', id: 'linkage:2019-trump-migration-tariffs', props: {phase: 'ended', date: date('2019-01-01'), kind: 'linkage', datePrecision: 'year', name: 'Trump ties migration to tariffs (2019)', explicitness: 'reported'},
   evidence: [{excerpt: 'As groups of migrants numbering 300 or more crossed into the United States, Trump fulminated and threatened to sink Mexico’s economy with escalating tariffs', at: [8726, 8882]}]},
  {label: 'IssueLinkage', id: 'linkage:trump-era-intermingling', props: {phase: 'ongoing', knownFrom: date('2019-01-01'), kind: 'linkage', name: 'Immigration enforcement intermingled with other bilateral issues', explicitness: 'reported', knownFromPrecision: 'year', mechanism: 'effect of Trump\'s threats'},
   evidence: [{excerpt: 'Trump’s threats coerced López Obrador into a reversal, but also had the effect of intermingling immigration enforcement with other bilateral issues beyond trade, including corruption, environmental protection and counternarcotics cooperation', at: [10039, 10280]}]},
  {label: 'IssueLinkage', id: 'linkage:pre-trump-compartmentalisation', props: {phase: 'ended', purpose: 'so a dispute in one area wouldn\'t contaminate the entire relationship', kind: 'compartmentalisation', openEnded: false, validFrom: date('1980-01-01'), validFromPrecision: 'decade', name: 'Compartmentalisation of migration, drug trafficking and commerce', explicitness: 'stated'},
   evidence: [{excerpt: 'Rubio noted that before Trump, U.S. administrations had committed to compartmentalizing issues like migration, drug trafficking and commerce — so a dispute in one area wouldn’t contaminate the entire relationship', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'reported', derivation: 'validFrom: Rubio says the premise Trump violated "dated back to the 1980s" (decade precision); ended ("scuttled") by Trump, date not stated.', at: [10283, 10495]}]},
  {label: 'IssueLinkage', id: 'linkage:lopez-obrador-leverage-non-interference', props: {phase: 'sought', kind: 'linkage', name: 'López Obrador ties migration leverage to U.S. non-interference (alleged)', explicitness: 'alleged'},
   evidence: [{excerpt: 'López Obrador intended to use that leverage to keep the U.S. government from interfering in internal Mexican affairs', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5252, 5368]}]},
  {label: 'IssueLinkage', id: 'linkage:2021-potential-mexican-leverage', props: {phase: 'hypothetical', knownFrom: date('2021-05-03'), kind: 'potential-linkage', knownToPrecision: 'day', name: 'Mexico\'s migration leverage vs. U.S. anti-corruption, climate, energy and labor push (potential)', explicitness: 'implied', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'That leverage can take different forms, but it could come in handy for López Obrador at a time when the Biden administration is pushing a regional anti-corruption strategy and prodding Mexico on a number of other initiatives', confidence: 0.7, status: 'implied', at: [4361, 4585]}]}
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

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/095_coercion_linkage.cypher'} AS source,
     {} AS common
UNWIND [
  {type: 'HAS_PART', from: 'coercion:2019-tariff-threat', to: 'event:2019-trump-tariff-threat', props: {role: 'threat'},
   evidence: [{excerpt: 'threatened to sink Mexico’s economy with escalating tariffs', at: [8823, 8882]}]},
  {type: 'HAS_PART', from: 'coercion:2019-tariff-threat', to: 'event:2019-mexico-militarized-crackdown', props: {role: 'response'},
   evidence: [{excerpt: 'López Obrador responded with an unprecedented militarized crackdown', at: [8885, 8952]}]},
  {type: 'HAS_PART', from: 'coercion:2019-tariff-threat', to: 'event:2019-mexico-agrees-remain-in-mexico-expansion', props: {role: 'response'},
   evidence: [{excerpt: 'while agreeing to a broad expansion of Trump’s “Remain in Mexico” program', at: [8999, 9072]}]},
  {type: 'PARTICIPATED_IN', from: 'person:trump', to: 'coercion:2019-tariff-threat', props: {role: 'coercer'},
   evidence: [{excerpt: 'Trump’s threats coerced López Obrador', at: [10039, 10076]}]},
  {type: 'PARTICIPATED_IN', from: 'person:lopez-obrador', to: 'coercion:2019-tariff-threat', props: {role: 'target'},
   evidence: [{excerpt: 'coerced López Obrador into a reversal', at: [10055, 10092]}]},
  {type: 'CONCERNS', from: 'coercion:2019-tariff-threat', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'intermingling immigration enforcement with other bilateral issues', at: [10121, 10186]}]},
  {type: 'CONCERNS', from: 'coercion:2019-tariff-threat', to: 'issue:trade', props: {},
   evidence: [{excerpt: 'escalating tariffs', at: [8864, 8882]}]},
  {type: 'HAS_PART', from: 'coercion:2014-pressure', to: 'event:2014-obama-administration-presses-mexico', props: {role: 'pressure'},
   evidence: [{excerpt: 'his administration leaned on Mexico', at: [8272, 8307]}]},
  {type: 'HAS_PART', from: 'coercion:2014-pressure', to: 'event:2014-mexico-announces-programa-frontera-sur', props: {role: 'response'},
   evidence: [{excerpt: 'Mexico announced a “Programa Frontera Sur”', confidence: 0.6, status: 'implied', at: [8402, 8444]}]},
  {type: 'PARTICIPATED_IN', from: 'org:obama-administration', to: 'coercion:2014-pressure', props: {role: 'coercer'},
   evidence: [{excerpt: 'his administration leaned on Mexico', at: [8272, 8307]}]},
  {type: 'PARTICIPATED_IN', from: 'country:mx', to: 'coercion:2014-pressure', props: {role: 'target'},
   evidence: [{excerpt: 'leaned on Mexico', at: [8291, 8307]}]},
  {type: 'LINKS', from: 'linkage:2019-trump-migration-tariffs', to: 'issue:migration', props: {role: 'demand'},
   evidence: [{excerpt: 'As groups of migrants numbering 300 or more crossed into the United States', at: [8726, 8800]}]},
  {type: 'LINKS', from: 'linkage:2019-trump-migration-tariffs', to: 'issue:trade', props: {role: 'lever'},
   evidence: [{excerpt: 'escalating tariffs', at: [8864, 8882]}]},
  {type: 'PARTICIPATED_IN', from: 'person:trump', to: 'linkage:2019-trump-migration-tariffs', props: {role: 'linker'},
   evidence: [{excerpt: 'Trump fulminated and threatened', at: [8802, 8833]}]},
  {type: 'HAS_PART', from: 'linkage:2019-trump-migration-tariffs', to: 'event:2019-trump-tariff-threat', props: {role: 'instrument'},
   evidence: [{excerpt: 'threatened to sink Mexico’s economy with escalating tariffs', at: [8823, 8882]}]},
  {type: 'LINKS', from: 'linkage:trump-era-intermingling', to: 'issue:migration', props: {role: 'anchor'},
   evidence: [{excerpt: 'intermingling immigration enforcement with other bilateral issues', at: [10121, 10186]}]},
  {type: 'LINKS', from: 'linkage:trump-era-intermingling', to: 'issue:trade', props: {role: 'linked'},
   evidence: [{excerpt: 'other bilateral issues beyond trade', at: [10164, 10199]}]},
  {type: 'LINKS', from: 'linkage:trump-era-intermingling', to: 'issue:corruption', props: {role: 'linked'},
   evidence: [{excerpt: 'including corruption', at: [10201, 10221]}]},
  {type: 'LINKS', from: 'linkage:trump-era-intermingling', to: 'issue:environment', props: {role: 'linked'},
   evidence: [{excerpt: 'environmental protection', at: [10223, 10247]}]},
  {type: 'LINKS', from: 'linkage:trump-era-intermingling', to: 'issue:counternarcotics', props: {role: 'linked'},
   evidence: [{excerpt: 'counternarcotics cooperation', at: [10252, 10280]}]},
  {type: 'PARTICIPATED_IN', from: 'person:trump', to: 'linkage:trump-era-intermingling', props: {role: 'cause'},
   evidence: [{excerpt: 'Trump’s threats coerced López Obrador into a reversal, but also had the effect of intermingling', at: [10039, 10134]}]},
  {type: 'LINKS', from: 'linkage:pre-trump-compartmentalisation', to: 'issue:migration', props: {role: 'compartmentalised'},
   evidence: [{excerpt: 'compartmentalizing issues like migration', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'reported', at: [10352, 10392]}]},
  {type: 'LINKS', from: 'linkage:pre-trump-compartmentalisation', to: 'issue:counternarcotics', props: {role: 'compartmentalised'},
   evidence: [{excerpt: 'drug trafficking', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'reported', at: [10394, 10410]}]},
  {type: 'LINKS', from: 'linkage:pre-trump-compartmentalisation', to: 'issue:trade', props: {role: 'compartmentalised'},
   evidence: [{excerpt: 'drug trafficking and commerce', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'reported', at: [10394, 10423]}]},
  {type: 'PARTICIPATED_IN', from: 'country:us', to: 'linkage:pre-trump-compartmentalisation', props: {role: 'practitioner'},
   evidence: [{excerpt: 'before Trump, U.S. administrations had committed to compartmentalizing issues', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'reported', at: [10300, 10377]}]},
  {type: 'PARTICIPATED_IN', from: 'person:trump', to: 'linkage:pre-trump-compartmentalisation', props: {role: 'ended-by'},
   evidence: [{excerpt: 'That arrangement was scuttled by Trump', attribution: 'named-person', attributedTo: 'person:luis-rubio', confidence: 0.9, status: 'reported', note: 'Sentence follows "Rubio noted"; read as part of his account.', at: [10497, 10535]}]},
  {type: 'LINKS', from: 'linkage:lopez-obrador-leverage-non-interference', to: 'issue:migration', props: {role: 'lever'},
   evidence: [{excerpt: 'López Obrador intended to use that leverage', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5252, 5295]}]},
  {type: 'LINKS', from: 'linkage:lopez-obrador-leverage-non-interference', to: 'issue:internal-affairs', props: {role: 'demand'},
   evidence: [{excerpt: 'interfering in internal Mexican affairs', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5329, 5368]}]},
  {type: 'LINKS', from: 'linkage:lopez-obrador-leverage-non-interference', to: 'issue:elections', props: {role: 'demand'},
   evidence: [{excerpt: 'such as Mexican elections and corruption', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5738, 5778]}]},
  {type: 'LINKS', from: 'linkage:lopez-obrador-leverage-non-interference', to: 'issue:corruption', props: {role: 'demand'},
   evidence: [{excerpt: 'such as Mexican elections and corruption', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5738, 5778]}]},
  {type: 'PARTICIPATED_IN', from: 'person:lopez-obrador', to: 'linkage:lopez-obrador-leverage-non-interference', props: {role: 'linker'},
   evidence: [{excerpt: 'López Obrador intended to use that leverage', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5252, 5295]}]},
  {type: 'HAS_PART', from: 'linkage:lopez-obrador-leverage-non-interference', to: 'exchange:leverage-for-non-interference', props: {role: 'sought-exchange'},
   evidence: [{excerpt: 'López Obrador intended to use that leverage to keep the U.S. government from interfering', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5252, 5340]}]},
  {type: 'LINKS', from: 'linkage:2021-potential-mexican-leverage', to: 'issue:migration', props: {role: 'lever'},
   evidence: [{excerpt: 'That leverage can take different forms', at: [4361, 4399]}]},
  {type: 'LINKS', from: 'linkage:2021-potential-mexican-leverage', to: 'issue:corruption', props: {role: 'counter-issue'},
   evidence: [{excerpt: 'a regional anti-corruption strategy', at: [4497, 4532]}]},
  {type: 'LINKS', from: 'linkage:2021-potential-mexican-leverage', to: 'issue:climate', props: {role: 'counter-issue'},
   evidence: [{excerpt: 'climate change commitments', at: [4592, 4618]}]},
  {type: 'LINKS', from: 'linkage:2021-potential-mexican-leverage', to: 'issue:clean-energy', props: {role: 'counter-issue'},
   evidence: [{excerpt: 'clean energy', at: [4623, 4635]}]},
  {type: 'LINKS', from: 'linkage:2021-potential-mexican-leverage', to: 'issue:labor', props: {role: 'counter-issue'},
   evidence: [{excerpt: 'labor protections', at: [4639, 4656]}]},
  {type: 'PARTICIPATED_IN', from: 'person:lopez-obrador', to: 'linkage:2021-potential-mexican-leverage', props: {role: 'potential-linker'},
   evidence: [{excerpt: 'it could come in handy for López Obrador', confidence: 0.7, status: 'implied', at: [4405, 4445]}]},
  {type: 'HAS_PART', from: 'linkage:2021-potential-mexican-leverage', to: 'event:2021-us-prods-mexico-on-other-initiatives', props: {role: 'context'},
   evidence: [{excerpt: 'prodding Mexico on a number of other initiatives', at: [4537, 4585]}]}
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
