// Policies and programs and whose they are.
// Source: the seed article (see 010_sources.cypher). Every excerpt is a verbatim span of its text at
// `at` (code points, [start, end)); npm run check:citations verifies both. The `source` map below gives
// every evidence record its defaults; a row's evidence entry overrides them. Evidence model and the
// row conventions: docs/evidence.md. The seed runner fails the file if a row names an id that does not
// exist (the `missing` column) and refreshes the summaries of every `fact` returned.

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/050_policies.cypher'} AS source,
     {} AS common
UNWIND [
  {label: 'Policy', id: 'policy:remain-in-mexico', props: {aliases: ['Trump\'s “Remain in Mexico” program', 'Remain in Mexico program'], kind: 'program', name: 'Remain in Mexico', description: 'Required asylum seekers to wait outside U.S. territory while their claims were processed in U.S. courts (article\'s past-tense description).'},
   evidence: [{excerpt: 'Trump’s “Remain in Mexico” program, which required asylum seekers to wait outside U.S. territory while their claims were processed in U.S. courts', at: [9038, 9183]}]},
  {label: 'Policy', id: 'policy:programa-frontera-sur', props: {aliases: ['Southern Border Program'], kind: 'program', description: 'Announced by Mexico (2014) to harden its southern border with Guatemala.', validFrom: date('2014-01-01'), validFromPrecision: 'year', name: 'Programa Frontera Sur'},
   evidence: [{excerpt: 'Mexico announced a “Programa Frontera Sur” to harden its southern border with Guatemala', confidence: 0.9, derivation: 'validFrom: announced in the paragraph about 2014; announcement year taken as start.', at: [8402, 8489]}]},
  {label: 'Policy', id: 'policy:trump-era-public-health-order', props: {kind: 'order', name: 'Trump-era public health order', description: 'A Trump-era public health order used to send migrants home; the article does not name it.'},
   evidence: [{excerpt: 'a Trump-era public health order to send home unaccompanied Central American teenagers and children', at: [5872, 5970]}]},
  {label: 'Policy', id: 'policy:trump-era-border-policies', props: {kind: 'policy-set', name: 'Trump-era border policies', description: 'The Trump-era policies the Biden administration rolled back.'},
   evidence: [{excerpt: 'easing U.S. border controls by rolling back Trump-era policies', at: [1799, 1861]}]},
  {label: 'Policy', id: 'policy:trump-lopez-obrador-deals', props: {kind: 'agreement', name: 'Trump-era deals made with López Obrador', description: 'Deals the Trump administration made with López Obrador, rolled back by the Biden administration. Their content is not itemised in the article.'},
   evidence: [{excerpt: 'including deals made with López Obrador', at: [1863, 1902]}]},
  {label: 'Policy', id: 'policy:us-root-causes-effort', props: {knownFrom: date('2021-05-03'), aliases: ['root causes effort', 'regional migration management strategy', 'comprehensive approach to migration in the region'], kind: 'strategy', description: 'U.S. effort led by Harris to address the root causes of migration and stem the flow; Mexico is "central to that plan". Aliases are the article\'s other names for U.S. plans it presents as the same plan.', openEnded: true, knownToPrecision: 'day', name: 'International effort to address the root causes of migration', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'leading an international effort to address the root causes of migration and stem the flow', at: [1102, 1191]}]},
  {label: 'Policy', id: 'policy:us-regional-anti-corruption-strategy', props: {knownFrom: date('2021-05-03'), kind: 'strategy', openEnded: true, knownToPrecision: 'day', name: 'Regional anti-corruption strategy', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'the Biden administration is pushing a regional anti-corruption strategy', at: [4461, 4532]}]},
  {label: 'Policy', id: 'policy:mx-asylum-capability', props: {aliases: ['Mexican asylum system'], kind: 'program', name: 'Mexico\'s asylum capability'},
   evidence: [{excerpt: 'have expanded their asylum capability', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', at: [2982, 3019]}]},
  {label: 'Policy', id: 'policy:lopez-obrador-welcoming-stance', props: {kind: 'stance', validToPrecision: 'month', description: 'Welcoming message continued once in office; changed as caravans came and was reversed under Trump\'s threats.', openEnded: false, name: 'López Obrador\'s welcoming message to migrants', validTo: date('2019-06-01')},
   evidence: [{excerpt: 'He continued with a welcoming message once in office, but that changed as large caravans of Central American migrants began streaming through', confidence: 0.8, derivation: 'validTo: reversed by the crackdown whose first month was June 2019 ("during the first month of the troop deployment"); exact end not stated.', at: [9796, 9937]}]},
  {label: 'Policy', id: 'policy:us-engagement-approach', props: {knownFrom: date('2021-05-03'), kind: 'stance', openEnded: true, knownToPrecision: 'day', name: 'Biden approach: engage early and constructively rather than threaten', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'This president’s approach was to engage early and constructively, rather than to threaten', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', at: [2692, 2781]}]},
  {label: 'Policy', id: 'policy:mx-southern-border-closure', props: {kind: 'measure', description: 'Declared as a public health measure, the first time since the start of the pandemic. Whether it still held on the source date is not stated.', validFrom: date('2021-03-01'), validFromPrecision: 'month', name: 'Closure of Mexico\'s southern border to nonessential travel'},
   evidence: [{excerpt: 'declaring its southern border closed for nonessential travel as a public health measure for the first time since the start of the pandemic', derivation: 'validFrom: "In March" in an article dated 2021-05-03 → March 2021.', at: [2070, 2208]}]}
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

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/050_policies.cypher'} AS source,
     {} AS common
UNWIND [
  {type: 'POLICY_OF', from: 'policy:remain-in-mexico', to: 'person:trump', props: {role: 'owner'},
   evidence: [{excerpt: 'Trump’s “Remain in Mexico” program', at: [9038, 9072]}]},
  {type: 'POLICY_OF', from: 'policy:programa-frontera-sur', to: 'org:mx-government', props: {role: 'owner'},
   evidence: [{excerpt: 'Mexico announced a “Programa Frontera Sur”', at: [8402, 8444]}]},
  {type: 'POLICY_OF', from: 'policy:trump-era-public-health-order', to: 'org:trump-administration', props: {role: 'owner'},
   evidence: [{excerpt: 'a Trump-era public health order', at: [5872, 5903]}]},
  {type: 'POLICY_OF', from: 'policy:trump-era-border-policies', to: 'org:trump-administration', props: {role: 'owner'},
   evidence: [{excerpt: 'rolling back Trump-era policies', at: [1830, 1861]}]},
  {type: 'POLICY_OF', from: 'policy:trump-lopez-obrador-deals', to: 'org:trump-administration', props: {role: 'party'},
   evidence: [{excerpt: 'Trump-era policies, including deals made with López Obrador', at: [1843, 1902]}]},
  {type: 'POLICY_OF', from: 'policy:trump-lopez-obrador-deals', to: 'person:lopez-obrador', props: {role: 'party'},
   evidence: [{excerpt: 'deals made with López Obrador', at: [1873, 1902]}]},
  {type: 'POLICY_OF', from: 'policy:us-root-causes-effort', to: 'org:biden-administration', props: {role: 'owner'},
   evidence: [{excerpt: 'he has tasked Harris — his party’s heir apparent — with leading an international effort', at: [1046, 1133]}]},
  {type: 'POLICY_OF', from: 'policy:us-regional-anti-corruption-strategy', to: 'org:biden-administration', props: {role: 'owner'},
   evidence: [{excerpt: 'the Biden administration is pushing a regional anti-corruption strategy', at: [4461, 4532]}]},
  {type: 'POLICY_OF', from: 'policy:mx-asylum-capability', to: 'org:mx-government', props: {role: 'owner'},
   evidence: [{excerpt: 'they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border and have expanded their asylum capability', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', at: [2878, 3019]}]},
  {type: 'POLICY_OF', from: 'policy:lopez-obrador-welcoming-stance', to: 'person:lopez-obrador', props: {role: 'owner'},
   evidence: [{excerpt: 'He continued with a welcoming message once in office', at: [9796, 9848]}]},
  {type: 'POLICY_OF', from: 'policy:us-engagement-approach', to: 'person:biden', props: {role: 'owner'},
   evidence: [{excerpt: 'This president’s approach was to engage early and constructively', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', at: [2692, 2756]}]},
  {type: 'POLICY_OF', from: 'policy:mx-southern-border-closure', to: 'org:mx-government', props: {role: 'owner'},
   evidence: [{excerpt: 'declaring its southern border closed for nonessential travel', at: [2070, 2130]}]},
  {type: 'PART_OF', from: 'policy:trump-lopez-obrador-deals', to: 'policy:trump-era-border-policies', props: {},
   evidence: [{excerpt: 'Trump-era policies, including deals made with López Obrador', at: [1843, 1902]}]},
  {type: 'LEADS', from: 'person:harris', to: 'policy:us-root-causes-effort', props: {assignedBy: 'person:biden', knownFrom: date('2021-05-03'), openEnded: true, knownToPrecision: 'day', knownFromPrecision: 'day', knownTo: date('2021-05-03')},
   evidence: [{excerpt: 'he has tasked Harris — his party’s heir apparent — with leading an international effort to address the root causes of migration and stem the flow', derivation: 'Present perfect "has tasked": holding on the source date; start not stated.', at: [1046, 1191]}]},
  {type: 'CONCERNS', from: 'policy:us-root-causes-effort', to: 'issue:root-causes', props: {},
   evidence: [{excerpt: 'address the root causes of migration', at: [1137, 1173]}]},
  {type: 'CONCERNS', from: 'policy:us-root-causes-effort', to: 'country:mx', props: {role: 'central partner'},
   evidence: [{excerpt: 'Mexico is central to that plan', at: [1194, 1224]}]},
  {type: 'CONCERNS', from: 'policy:remain-in-mexico', to: 'issue:asylum', props: {},
   evidence: [{excerpt: 'required asylum seekers to wait outside U.S. territory', at: [9080, 9134]}]},
  {type: 'CONCERNS', from: 'policy:programa-frontera-sur', to: 'place:mx-southern-border', props: {},
   evidence: [{excerpt: 'to harden its southern border with Guatemala', at: [8445, 8489]}]},
  {type: 'CONCERNS', from: 'policy:trump-era-public-health-order', to: 'issue:unaccompanied-minors', props: {},
   evidence: [{excerpt: 'to send home unaccompanied Central American teenagers and children', at: [5904, 5970]}]},
  {type: 'CONCERNS', from: 'policy:trump-era-public-health-order', to: 'issue:public-health', props: {},
   evidence: [{excerpt: 'a Trump-era public health order', at: [5872, 5903]}]},
  {type: 'CONCERNS', from: 'policy:us-regional-anti-corruption-strategy', to: 'issue:corruption', props: {},
   evidence: [{excerpt: 'a regional anti-corruption strategy', at: [4497, 4532]}]},
  {type: 'CONCERNS', from: 'policy:mx-asylum-capability', to: 'issue:asylum', props: {},
   evidence: [{excerpt: 'their asylum capability', at: [2996, 3019]}]},
  {type: 'CONCERNS', from: 'policy:lopez-obrador-welcoming-stance', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'He continued with a welcoming message once in office', at: [9796, 9848]}]},
  {type: 'CONCERNS', from: 'policy:mx-southern-border-closure', to: 'issue:public-health', props: {},
   evidence: [{excerpt: 'as a public health measure', at: [2131, 2157]}]},
  {type: 'CONCERNS', from: 'policy:mx-southern-border-closure', to: 'place:mx-southern-border', props: {},
   evidence: [{excerpt: 'declaring its southern border closed for nonessential travel', at: [2070, 2130]}]},
  {type: 'CONCERNS', from: 'policy:trump-era-border-policies', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'easing U.S. border controls by rolling back Trump-era policies', at: [1799, 1861]}]},
  {type: 'CONCERNS', from: 'policy:us-engagement-approach', to: 'country:mx', props: {},
   evidence: [{excerpt: 'he recognized that Mexico’s interests were aligned with ours on migration', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', at: [2791, 2864]}]}
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
