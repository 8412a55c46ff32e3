// Issues/topics.
// Source: the seed article (see 010_sources.cypher). Every excerpt is a verbatim span of its text at
// `at` (code points, [start, end)); npm run check:citations verifies both. The `source` map below gives
// every evidence record its defaults; a row's evidence entry overrides them. Evidence model and the
// row conventions: docs/evidence.md. The seed runner fails the file if a row names an id that does not
// exist (the `missing` column) and refreshes the summaries of every `fact` returned.

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/040_issues.cypher'} AS source,
     {} AS common
UNWIND [
  {label: 'Issue', id: 'issue:migration', props: {aliases: ['immigration', 'immigration enforcement', 'migration management', 'the migration issue'], name: 'Migration'},
   evidence: [{excerpt: 'help with immigration enforcement', at: [368, 401]}]},
  {label: 'Issue', id: 'issue:asylum', props: {aliases: ['asylum capability', 'humanitarian claims', 'asylum seekers'], name: 'Asylum'},
   evidence: [{excerpt: 'have expanded their asylum capability', at: [2982, 3019]}]},
  {label: 'Issue', id: 'issue:unaccompanied-minors', props: {aliases: ['teenagers and children arriving without parents', 'minors'], name: 'Unaccompanied minors'},
   evidence: [{excerpt: 'teenagers and children arriving without parents', at: [900, 947]}]},
  {label: 'Issue', id: 'issue:migrant-families', props: {aliases: ['parents arriving with children', 'families'], name: 'Migrant families'},
   evidence: [{excerpt: 'The number of parents arriving with children', at: [6315, 6359]}]},
  {label: 'Issue', id: 'issue:corruption', props: {aliases: ['anti-corruption'], name: 'Corruption'},
   evidence: [{excerpt: 'a regional anti-corruption strategy', at: [4497, 4532]}]},
  {label: 'Issue', id: 'issue:climate', props: {aliases: ['climate change commitments'], name: 'Climate change'},
   evidence: [{excerpt: 'climate change commitments', at: [4592, 4618]}]},
  {label: 'Issue', id: 'issue:clean-energy', props: {name: 'Clean energy'},
   evidence: [{excerpt: 'clean energy', at: [4623, 4635]}]},
  {label: 'Issue', id: 'issue:labor', props: {aliases: ['labor'], name: 'Labor protections'},
   evidence: [{excerpt: 'labor protections', at: [4639, 4656]}]},
  {label: 'Issue', id: 'issue:environment', props: {name: 'Environmental protection'},
   evidence: [{excerpt: 'environmental protection', at: [10223, 10247]}]},
  {label: 'Issue', id: 'issue:counternarcotics', props: {aliases: ['drug trafficking', 'counternarcotics cooperation'], name: 'Counternarcotics'},
   evidence: [{excerpt: 'counternarcotics cooperation', at: [10252, 10280]}]},
  {label: 'Issue', id: 'issue:trade', props: {aliases: ['commerce', 'tariffs', 'economic ties'], name: 'Trade'},
   evidence: [{excerpt: 'other bilateral issues beyond trade', at: [10164, 10199]}]},
  {label: 'Issue', id: 'issue:vaccines', props: {aliases: ['AstraZeneca vaccine doses', 'vaccine supplies'], name: 'Vaccines'},
   evidence: [{excerpt: 'millions of surplus AstraZeneca vaccine doses', at: [2267, 2312]}]},
  {label: 'Issue', id: 'issue:public-health', props: {aliases: ['pandemic'], name: 'Public health'},
   evidence: [{excerpt: 'as a public health measure', at: [2131, 2157]}]},
  {label: 'Issue', id: 'issue:elections', props: {aliases: ['Mexican elections'], name: 'Elections'},
   evidence: [{excerpt: 'such as Mexican elections and corruption', at: [5738, 5778]}]},
  {label: 'Issue', id: 'issue:internal-affairs', props: {aliases: ['internal Mexican affairs', 'internal issues'], name: 'Non-interference in internal affairs'},
   evidence: [{excerpt: 'interfering in internal Mexican affairs', at: [5329, 5368]}]},
  {label: 'Issue', id: 'issue:humanitarian-programs', props: {name: 'Humanitarian programs'},
   evidence: [{excerpt: 'support for humanitarian programs', at: [3176, 3209]}]},
  {label: 'Issue', id: 'issue:economic-investment', props: {name: 'Economic investment'},
   evidence: [{excerpt: 'promoting economic investment', at: [3255, 3284]}]},
  {label: 'Issue', id: 'issue:root-causes', props: {name: 'Root causes of migration'},
   evidence: [{excerpt: 'address the root causes of migration', at: [1137, 1173]}]},
  {label: 'Issue', id: 'issue:smuggling', props: {aliases: ['kidnapping', 'extortion', 'smugglers'], name: 'Smuggling and crime against migrants'},
   evidence: [{excerpt: 'vulnerable to kidnapping and extortion', at: [6649, 6687]}]}
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

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 0.9, status: 'implied', stance: 'supports', recordedBy: 'seed:cypher/data/040_issues.cypher'} AS source,
     {} AS common
UNWIND [
  {type: 'PART_OF', from: 'issue:asylum', to: 'issue:migration', props: {role: 'sub-issue'},
   evidence: [{excerpt: 'expanded their asylum capability', derivation: 'Topic hierarchy drawn by the graph editors from the article\'s usage.', at: [2987, 3019]}]},
  {type: 'PART_OF', from: 'issue:unaccompanied-minors', to: 'issue:migration', props: {role: 'sub-issue'},
   evidence: [{excerpt: 'record numbers of teenagers and children arriving without parents', derivation: 'Topic hierarchy drawn by the graph editors from the article\'s usage.', at: [882, 947]}]},
  {type: 'PART_OF', from: 'issue:migrant-families', to: 'issue:migration', props: {role: 'sub-issue'},
   evidence: [{excerpt: 'The number of parents arriving with children also skyrocketed', derivation: 'Topic hierarchy drawn by the graph editors from the article\'s usage.', at: [6315, 6376]}]},
  {type: 'PART_OF', from: 'issue:root-causes', to: 'issue:migration', props: {role: 'sub-issue'},
   evidence: [{excerpt: 'address the root causes of migration', derivation: 'Topic hierarchy drawn by the graph editors from the article\'s usage.', at: [1137, 1173]}]},
  {type: 'PART_OF', from: 'issue:vaccines', to: 'issue:public-health', props: {role: 'sub-issue'},
   evidence: [{excerpt: 'surplus AstraZeneca vaccine doses', derivation: 'Topic hierarchy drawn by the graph editors from the article\'s usage.', at: [2279, 2312]}]}
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
