// Exchanges (quid pro quo) and their concessions.
// Source: the seed article (see 010_sources.cypher). Every excerpt is a verbatim span of its text at
// `at` (code points, [start, end)); npm run check:citations verifies both. The `source` map below gives
// every evidence record its defaults; a row's evidence entry overrides them. Evidence model and the
// row conventions: docs/evidence.md. The seed runner fails the file if a row names an id that does not
// exist (the `missing` column) and refreshes the summaries of every `fact` returned.

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/090_exchanges.cypher'} AS source,
     {} AS common
UNWIND [
  {label: 'Exchange', id: 'exchange:2021-03-enforcement-for-vaccines', props: {phase: 'agreed', date: date('2021-03-01'), description: 'In March talks Mexico agreed to deploy troops and police (and closed its southern border); "as part of those talks" the U.S. agreed to send surplus AstraZeneca doses. The link is the article\'s reporting; no official is quoted calling it a trade.', datePrecision: 'month', name: 'March 2021: Mexican enforcement and U.S. vaccine doses in the same talks', explicitness: 'reported'},
   evidence: [{excerpt: 'As part of those talks, the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico', derivation: '"In March" / "As part of those talks" → March 2021.', at: [2210, 2322]}]},
  {label: 'Concession', id: 'concession:2021-03-mexico-troop-deployment', props: {phase: 'agreed', kind: 'enforcement', name: 'Mexico deploys thousands of troops and police officers to stop migrants', explicitness: 'reported'},
   evidence: [{excerpt: 'In March, as Biden officials scrambled to address the surge, the Mexican government agreed to deploy thousands of troops and police officers to stop migrants', at: [1905, 2062]}]},
  {label: 'Concession', id: 'concession:2021-03-mexico-border-closure', props: {phase: 'completed', kind: 'enforcement', name: 'Mexico closes its southern border to nonessential travel', explicitness: 'implied'},
   evidence: [{excerpt: 'while declaring its southern border closed for nonessential travel as a public health measure', confidence: 0.5, status: 'implied', note: 'Declared "as a public health measure"; the article places it in the same sentence as the troop agreement but does not say it was part of the deal.', at: [2064, 2157]}]},
  {label: 'Concession', id: 'concession:2021-03-us-vaccine-doses', props: {phase: 'agreed', kind: 'material aid', name: 'U.S. sends millions of surplus AstraZeneca vaccine doses to Mexico', explicitness: 'reported'},
   evidence: [{excerpt: 'As part of those talks, the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico', at: [2210, 2322]}]},
  {label: 'Exchange', id: 'exchange:trump-era-cooperation-for-forbearance', props: {phase: 'completed', name: 'Trump era: Mexican migration cooperation for U.S. forbearance on other issues', description: 'Per Landau (video conference cited by Reforma): as long as Mexico cooperated on migration, U.S. officials did not give López Obrador a hard time on a gazillion other issues.', explicitness: 'stated'},
   evidence: [{excerpt: 'as long as Mexico cooperated, U.S. officials “weren’t giving him a hard time on a gazillion other issues.”', attribution: 'cited-outlet', attributedTo: 'person:christopher-landau via org:reforma', status: 'reported', at: [11432, 11538]}]},
  {label: 'Concession', id: 'concession:trump-era-mexico-migration-cooperation', props: {phase: 'completed', kind: 'enforcement', name: 'Mexico cooperates on migration (Trump era)', explicitness: 'stated'},
   evidence: [{excerpt: 'as long as Mexico cooperated', attribution: 'cited-outlet', attributedTo: 'person:christopher-landau via org:reforma', status: 'reported', at: [11432, 11460]}]},
  {label: 'Concession', id: 'concession:trump-era-us-forbearance', props: {phase: 'completed', kind: 'forbearance', name: 'U.S. officials go easy on López Obrador on "a gazillion other issues"', explicitness: 'stated'},
   evidence: [{excerpt: 'U.S. officials “weren’t giving him a hard time on a gazillion other issues.”', attribution: 'cited-outlet', attributedTo: 'person:christopher-landau via org:reforma', status: 'reported', at: [11462, 11538]}]},
  {label: 'Exchange', id: 'exchange:enforcement-for-goodwill', props: {phase: 'expected', name: 'Mexican enforcement at U.S. urging for U.S. goodwill toward Mexican requests', description: 'Landau: to the extent the U.S. urges Mexico to undertake enforcement actions, one would expect the U.S. to look more kindly on any request Mexico has.', explicitness: 'stated'},
   evidence: [{excerpt: 'to the extent we are urging Mexico to undertake enforcement actions, one would expect us to look more kindly on any request Mexico will have of us', attribution: 'named-person', attributedTo: 'person:christopher-landau', status: 'reported', at: [11125, 11271]}]},
  {label: 'Concession', id: 'concession:mexico-enforcement-at-us-urging', props: {phase: 'ongoing', kind: 'enforcement', name: 'Mexico undertakes enforcement actions at U.S. urging', explicitness: 'stated'},
   evidence: [{excerpt: 'to the extent we are urging Mexico to undertake enforcement actions', attribution: 'named-person', attributedTo: 'person:christopher-landau', status: 'reported', at: [11125, 11192]}]},
  {label: 'Concession', id: 'concession:us-kindness-to-mexican-requests', props: {phase: 'expected', kind: 'goodwill', name: 'U.S. looks more kindly on Mexican requests', explicitness: 'stated'},
   evidence: [{excerpt: 'one would expect us to look more kindly on any request Mexico will have of us', attribution: 'named-person', attributedTo: 'person:christopher-landau', status: 'reported', at: [11194, 11271]}]},
  {label: 'Exchange', id: 'exchange:leverage-for-non-interference', props: {phase: 'sought', name: 'Mexican migration leverage for U.S. non-interference in internal affairs (alleged aim)', description: 'Rubio: López Obrador intends to use the leverage from migration enforcement to reduce the Biden administration\'s interest in Mexican internal issues such as elections and corruption.', explicitness: 'alleged'},
   evidence: [{excerpt: 'López Obrador intended to use that leverage to keep the U.S. government from interfering in internal Mexican affairs', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5252, 5368]}]},
  {label: 'Concession', id: 'concession:mexico-migration-enforcement-leverage', props: {phase: 'ongoing', kind: 'enforcement', name: 'Mexico limits migration (source of leverage)', explicitness: 'alleged'},
   evidence: [{excerpt: 'intended to use that leverage', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5266, 5295]}]},
  {label: 'Concession', id: 'concession:us-non-interference', props: {phase: 'sought', kind: 'forbearance', name: 'U.S. stays out of internal Mexican affairs (elections, corruption)', explicitness: 'alleged'},
   evidence: [{excerpt: 'to reduce the Biden administration’s interest in getting involved in internal issues', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5652, 5736]}]}
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

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/090_exchanges.cypher'} AS source,
     {} AS common
UNWIND [
  {type: 'HAS_CONCESSION', from: 'exchange:2021-03-enforcement-for-vaccines', to: 'concession:2021-03-mexico-troop-deployment', props: {},
   evidence: [{excerpt: 'In March, as Biden officials scrambled to address the surge, the Mexican government agreed to deploy thousands of troops and police officers to stop migrants', at: [1905, 2062]}]},
  {type: 'GIVEN_BY', from: 'concession:2021-03-mexico-troop-deployment', to: 'org:mx-government', props: {},
   evidence: [{excerpt: 'the Mexican government agreed to deploy thousands of troops and police officers', at: [1966, 2045]}]},
  {type: 'GIVEN_TO', from: 'concession:2021-03-mexico-troop-deployment', to: 'country:us', props: {},
   evidence: [{excerpt: 'as Biden officials scrambled to address the surge', at: [1915, 1964]}]},
  {type: 'REALISED_BY', from: 'concession:2021-03-mexico-troop-deployment', to: 'event:2021-03-mexico-agrees-troop-deployment', props: {},
   evidence: [{excerpt: 'the Mexican government agreed to deploy thousands of troops and police officers to stop migrants', at: [1966, 2062]}]},
  {type: 'HAS_CONCESSION', from: 'exchange:2021-03-enforcement-for-vaccines', to: 'concession:2021-03-mexico-border-closure', props: {},
   evidence: [{excerpt: 'while declaring its southern border closed for nonessential travel as a public health measure', confidence: 0.5, status: 'implied', at: [2064, 2157]}]},
  {type: 'GIVEN_BY', from: 'concession:2021-03-mexico-border-closure', to: 'org:mx-government', props: {},
   evidence: [{excerpt: 'while declaring its southern border closed for nonessential travel', confidence: 0.5, status: 'implied', at: [2064, 2130]}]},
  {type: 'GIVEN_TO', from: 'concession:2021-03-mexico-border-closure', to: 'country:us', props: {},
   evidence: [{excerpt: 'as Biden officials scrambled to address the surge', confidence: 0.5, status: 'implied', at: [1915, 1964]}]},
  {type: 'REALISED_BY', from: 'concession:2021-03-mexico-border-closure', to: 'event:2021-03-mexico-closes-southern-border', props: {},
   evidence: [{excerpt: 'declaring its southern border closed for nonessential travel as a public health measure', confidence: 0.5, status: 'implied', at: [2070, 2157]}]},
  {type: 'HAS_CONCESSION', from: 'exchange:2021-03-enforcement-for-vaccines', to: 'concession:2021-03-us-vaccine-doses', props: {},
   evidence: [{excerpt: 'As part of those talks, the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico', at: [2210, 2322]}]},
  {type: 'GIVEN_BY', from: 'concession:2021-03-us-vaccine-doses', to: 'country:us', props: {},
   evidence: [{excerpt: 'the United States agreed to send millions of surplus AstraZeneca vaccine doses', at: [2234, 2312]}]},
  {type: 'GIVEN_TO', from: 'concession:2021-03-us-vaccine-doses', to: 'country:mx', props: {},
   evidence: [{excerpt: 'vaccine doses to Mexico', at: [2299, 2322]}]},
  {type: 'REALISED_BY', from: 'concession:2021-03-us-vaccine-doses', to: 'event:2021-03-us-agrees-vaccine-doses', props: {},
   evidence: [{excerpt: 'the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico', at: [2234, 2322]}]},
  {type: 'CONCERNS', from: 'exchange:2021-03-enforcement-for-vaccines', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'to stop migrants', at: [2046, 2062]}]},
  {type: 'CONCERNS', from: 'exchange:2021-03-enforcement-for-vaccines', to: 'issue:vaccines', props: {},
   evidence: [{excerpt: 'surplus AstraZeneca vaccine doses', at: [2279, 2312]}]},
  {type: 'HAS_CONCESSION', from: 'exchange:trump-era-cooperation-for-forbearance', to: 'concession:trump-era-mexico-migration-cooperation', props: {},
   evidence: [{excerpt: 'as long as Mexico cooperated', attribution: 'cited-outlet', attributedTo: 'person:christopher-landau via org:reforma', status: 'reported', at: [11432, 11460]}]},
  {type: 'GIVEN_BY', from: 'concession:trump-era-mexico-migration-cooperation', to: 'country:mx', props: {},
   evidence: [{excerpt: 'as long as Mexico cooperated', attribution: 'cited-outlet', attributedTo: 'person:christopher-landau via org:reforma', status: 'reported', at: [11432, 11460]}]},
  {type: 'GIVEN_TO', from: 'concession:trump-era-mexico-migration-cooperation', to: 'country:us', props: {},
   evidence: [{excerpt: 'the migration issue was important to Trump', attribution: 'cited-outlet', attributedTo: 'person:christopher-landau via org:reforma', status: 'reported', at: [11380, 11422]}]},
  {type: 'REALISED_BY', from: 'concession:trump-era-mexico-migration-cooperation', to: 'event:2019-mexico-militarized-crackdown', props: {},
   evidence: [{excerpt: 'López Obrador responded with an unprecedented militarized crackdown', attribution: 'cited-outlet', attributedTo: 'person:christopher-landau via org:reforma', confidence: 0.6, status: 'implied', derivation: 'Landau does not say which cooperation; the 2019 crackdown is the cooperation the article describes for the Trump era.', at: [8885, 8952]}]},
  {type: 'HAS_CONCESSION', from: 'exchange:trump-era-cooperation-for-forbearance', to: 'concession:trump-era-us-forbearance', props: {},
   evidence: [{excerpt: 'U.S. officials “weren’t giving him a hard time on a gazillion other issues.”', attribution: 'cited-outlet', attributedTo: 'person:christopher-landau via org:reforma', status: 'reported', at: [11462, 11538]}]},
  {type: 'GIVEN_BY', from: 'concession:trump-era-us-forbearance', to: 'country:us', props: {},
   evidence: [{excerpt: 'U.S. officials “weren’t giving him a hard time', attribution: 'cited-outlet', attributedTo: 'person:christopher-landau via org:reforma', status: 'reported', at: [11462, 11508]}]},
  {type: 'GIVEN_TO', from: 'concession:trump-era-us-forbearance', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: 'weren’t giving him a hard time on a gazillion other issues', attribution: 'cited-outlet', attributedTo: 'person:christopher-landau via org:reforma', status: 'reported', at: [11478, 11536]}]},
  {type: 'CONCERNS', from: 'exchange:trump-era-cooperation-for-forbearance', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'the migration issue was important to Trump', attribution: 'cited-outlet', attributedTo: 'person:christopher-landau via org:reforma', status: 'reported', at: [11380, 11422]}]},
  {type: 'HAS_CONCESSION', from: 'exchange:enforcement-for-goodwill', to: 'concession:mexico-enforcement-at-us-urging', props: {},
   evidence: [{excerpt: 'to the extent we are urging Mexico to undertake enforcement actions', attribution: 'named-person', attributedTo: 'person:christopher-landau', status: 'reported', at: [11125, 11192]}]},
  {type: 'GIVEN_BY', from: 'concession:mexico-enforcement-at-us-urging', to: 'country:mx', props: {},
   evidence: [{excerpt: 'we are urging Mexico to undertake enforcement actions', attribution: 'named-person', attributedTo: 'person:christopher-landau', status: 'reported', at: [11139, 11192]}]},
  {type: 'GIVEN_TO', from: 'concession:mexico-enforcement-at-us-urging', to: 'country:us', props: {},
   evidence: [{excerpt: 'we are urging Mexico', attribution: 'named-person', attributedTo: 'person:christopher-landau', status: 'reported', at: [11139, 11159]}]},
  {type: 'REALISED_BY', from: 'concession:mexico-enforcement-at-us-urging', to: 'event:2021-us-asks-mexico-to-intensify-enforcement', props: {},
   evidence: [{excerpt: 'asking Mexico to intensify its enforcement efforts', confidence: 0.7, status: 'implied', derivation: 'The U.S. urging Landau mentions corresponds to the request the article reports.', at: [1742, 1792]}]},
  {type: 'HAS_CONCESSION', from: 'exchange:enforcement-for-goodwill', to: 'concession:us-kindness-to-mexican-requests', props: {},
   evidence: [{excerpt: 'one would expect us to look more kindly on any request Mexico will have of us', attribution: 'named-person', attributedTo: 'person:christopher-landau', status: 'reported', at: [11194, 11271]}]},
  {type: 'GIVEN_BY', from: 'concession:us-kindness-to-mexican-requests', to: 'country:us', props: {},
   evidence: [{excerpt: 'one would expect us to look more kindly', attribution: 'named-person', attributedTo: 'person:christopher-landau', status: 'reported', at: [11194, 11233]}]},
  {type: 'GIVEN_TO', from: 'concession:us-kindness-to-mexican-requests', to: 'country:mx', props: {},
   evidence: [{excerpt: 'any request Mexico will have of us', attribution: 'named-person', attributedTo: 'person:christopher-landau', status: 'reported', at: [11237, 11271]}]},
  {type: 'CONCERNS', from: 'exchange:enforcement-for-goodwill', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'Mexico is enforcing its own migration laws', attribution: 'named-person', attributedTo: 'person:christopher-landau', status: 'reported', at: [11077, 11119]}]},
  {type: 'HAS_CONCESSION', from: 'exchange:leverage-for-non-interference', to: 'concession:mexico-migration-enforcement-leverage', props: {},
   evidence: [{excerpt: 'intended to use that leverage', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5266, 5295]}]},
  {type: 'GIVEN_BY', from: 'concession:mexico-migration-enforcement-leverage', to: 'org:mx-government', props: {},
   evidence: [{excerpt: 'Mexico’s ability to limit migration has given its government significant leverage', at: [1535, 1616]}]},
  {type: 'GIVEN_TO', from: 'concession:mexico-migration-enforcement-leverage', to: 'country:us', props: {},
   evidence: [{excerpt: 'an issue that is a political vulnerability for Biden', at: [1622, 1674]}]},
  {type: 'HAS_CONCESSION', from: 'exchange:leverage-for-non-interference', to: 'concession:us-non-interference', props: {},
   evidence: [{excerpt: 'to reduce the Biden administration’s interest in getting involved in internal issues', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5652, 5736]}]},
  {type: 'GIVEN_BY', from: 'concession:us-non-interference', to: 'country:us', props: {},
   evidence: [{excerpt: 'to keep the U.S. government from interfering in internal Mexican affairs', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5296, 5368]}]},
  {type: 'GIVEN_TO', from: 'concession:us-non-interference', to: 'country:mx', props: {},
   evidence: [{excerpt: 'internal Mexican affairs', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5344, 5368]}]},
  {type: 'CONCERNS', from: 'exchange:leverage-for-non-interference', to: 'issue:internal-affairs', props: {},
   evidence: [{excerpt: 'internal Mexican affairs', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5344, 5368]}]},
  {type: 'CONCERNS', from: 'exchange:leverage-for-non-interference', to: 'issue:elections', props: {},
   evidence: [{excerpt: 'such as Mexican elections and corruption', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5738, 5778]}]},
  {type: 'CONCERNS', from: 'exchange:leverage-for-non-interference', to: 'issue:corruption', props: {},
   evidence: [{excerpt: 'such as Mexican elections and corruption', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5738, 5778]}]}
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
