// Actors: countries, people, organisations, places; membership, affiliation, location.
// Source: the seed article (see 010_sources.cypher). Every excerpt is a verbatim span of its text at
// `at` (code points, [start, end)); npm run check:citations verifies both. The `source` map below gives
// every evidence record its defaults; a row's evidence entry overrides them. Evidence model and the
// row conventions: docs/evidence.md. The seed runner fails the file if a row names an id that does not
// exist (the `missing` column) and refreshes the summaries of every `fact` returned.

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/020_actors.cypher'} AS source,
     {} AS common
UNWIND [
  {label: 'Country', id: 'country:us', props: {aliases: ['U.S.', 'the United States', 'the Americans'], name: 'United States', iso2: 'US'},
   evidence: [{excerpt: 'the United States will once more arrive in need of a favor', at: [561, 619]}]},
  {label: 'Country', id: 'country:mx', props: {aliases: ['México'], name: 'Mexico', iso2: 'MX'},
   evidence: [{excerpt: 'Three consecutive U.S. administrations have turned to Mexico for help with immigration enforcement', at: [303, 401]}]},
  {label: 'Country', id: 'country:gt', props: {name: 'Guatemala', iso2: 'GT'},
   evidence: [{excerpt: 'the drawdown in troops along Mexico’s border with Guatemala', at: [5510, 5569]}]},
  {label: 'Country', id: 'country:tr', props: {name: 'Turkey', iso2: 'TR'},
   evidence: [{excerpt: 'not unlike the role Turkey has played with the European Union', at: [3780, 3841]}]},
  {label: 'Person', id: 'person:harris', props: {aliases: ['Vice President Harris'], name: 'Harris', description: 'U.S. Vice President; tasked by Biden with leading the international effort on the root causes of migration. The article gives only her surname.'},
   evidence: [{excerpt: 'when Vice President Harris meets virtually with Mexican leader', at: [459, 521]}]},
  {label: 'Person', id: 'person:lopez-obrador', props: {aliases: ['López Obrador', 'AMLO', 'Andrés Manuel López Obrador'], name: 'Andrés Manuel López Obrador', description: 'President of Mexico; ran for president in 2018 as a leftist.'},
   evidence: [{excerpt: 'Mexican leader Andrés Manuel López Obrador', at: [507, 549]}]},
  {label: 'Person', id: 'person:biden', props: {aliases: ['President Biden', 'the U.S. president'], name: 'Biden', description: 'President of the United States at the time of the article. The article gives only his surname.'},
   evidence: [{excerpt: 'Since President Biden took office', at: [622, 655]}]},
  {label: 'Person', id: 'person:trump', props: {aliases: ['Trump', 'President Donald Trump'], name: 'Donald Trump', description: 'Former U.S. president (Biden\'s predecessor).'},
   evidence: [{excerpt: 'President Donald Trump turned to Mexico, too', at: [8588, 8632]}]},
  {label: 'Person', id: 'person:obama', props: {aliases: ['Obama', 'President Barack Obama'], name: 'Barack Obama', description: 'U.S. president in 2014.'},
   evidence: [{excerpt: 'When President Barack Obama faced the first major influx', at: [8166, 8222]}]},
  {label: 'Person', id: 'person:juan-gonzalez', props: {aliases: ['Gonzalez'], name: 'Juan Gonzalez', description: 'Biden\'s top Latin America adviser on the National Security Council.'},
   evidence: [{excerpt: 'Juan Gonzalez, Biden’s top Latin America adviser on the National Security Council', at: [2375, 2456]}]},
  {label: 'Person', id: 'person:cris-ramon', props: {aliases: ['Ramón'], name: 'Cris Ramón', description: 'Immigration policy analyst in Washington.'},
   evidence: [{excerpt: 'according to Cris Ramón, an immigration policy analyst in Washington', at: [3843, 3911]}]},
  {label: 'Person', id: 'person:luis-rubio', props: {aliases: ['Rubio'], name: 'Luis Rubio', description: 'President of the think tank México Evalúa.'},
   evidence: [{excerpt: 'Luis Rubio, president of the think tank México Evalúa', at: [5187, 5240]}]},
  {label: 'Person', id: 'person:marcelo-ebrard', props: {aliases: ['Ebrard', 'Foreign Minister Marcelo Ebrard'], name: 'Marcelo Ebrard', description: 'Mexico\'s foreign minister.'},
   evidence: [{excerpt: 'Mexican officials including Foreign Minister Marcelo Ebrard', at: [6738, 6797]}]},
  {label: 'Person', id: 'person:christopher-landau', props: {aliases: ['Landau'], name: 'Christopher Landau', description: 'U.S. ambassador to Mexico under Trump.'},
   evidence: [{excerpt: 'Christopher Landau, who was U.S. ambassador to Mexico under Trump', at: [10744, 10809]}]},
  {label: 'Person', id: 'person:duncan-wood', props: {aliases: ['Wood'], name: 'Duncan Wood', description: 'Mexico expert at the Wilson Center in Washington.'},
   evidence: [{excerpt: 'said Duncan Wood, a Mexico expert at the Wilson Center in Washington', at: [12545, 12613]}]},
  {label: 'Person', id: 'person:alex-wong', props: {name: 'Alex Wong', description: 'Photographer credited for the lead photo (Getty Images).'},
   evidence: [{excerpt: '(Alex Wong/Getty Images)', attribution: 'caption', attributedTo: 'photo caption', status: 'reported', at: [277, 301]}]},
  {label: 'Organization', id: 'org:biden-administration', props: {aliases: ['Biden officials', 'His administration'], kind: 'government', name: 'Biden administration', subKind: 'administration'},
   evidence: [{excerpt: 'It also lands the Biden administration in the awkward position', at: [1676, 1738]}]},
  {label: 'Organization', id: 'org:trump-administration', props: {kind: 'government', name: 'Trump administration', subKind: 'administration', description: 'The article refers to it as "Trump-era" policies and to Trump\'s presidency; the phrase "Trump administration" itself is not used.'},
   evidence: [{excerpt: 'rolling back Trump-era policies', derivation: 'Named after "Trump-era"; one of the "Three consecutive U.S. administrations".', at: [1830, 1861]}]},
  {label: 'Organization', id: 'org:obama-administration', props: {kind: 'government', name: 'Obama administration', subKind: 'administration'},
   evidence: [{excerpt: 'his administration leaned on Mexico to crack down', derivation: '"his administration" in a sentence about President Barack Obama.', at: [8272, 8321]}]},
  {label: 'Organization', id: 'org:mx-government', props: {aliases: ['Mexico\'s government', 'Mexican government'], kind: 'government', name: 'Mexican government'},
   evidence: [{excerpt: 'the Mexican government agreed to deploy thousands of troops', at: [1966, 2025]}]},
  {label: 'Organization', id: 'org:nsc', props: {kind: 'council', name: 'National Security Council'},
   evidence: [{excerpt: 'Biden’s top Latin America adviser on the National Security Council', at: [2390, 2456]}]},
  {label: 'Organization', id: 'org:mexico-evalua', props: {aliases: ['Mexico Evalua'], kind: 'think tank', name: 'México Evalúa'},
   evidence: [{excerpt: 'president of the think tank México Evalúa', at: [5199, 5240]}]},
  {label: 'Organization', id: 'org:wilson-center', props: {kind: 'think tank', name: 'Wilson Center'},
   evidence: [{excerpt: 'a Mexico expert at the Wilson Center in Washington', at: [12563, 12613]}]},
  {label: 'Organization', id: 'org:inm', props: {aliases: ['Mexico\'s National Migration Institute'], kind: 'agency', name: 'National Migration Institute'},
   evidence: [{excerpt: 'The latest statistics from Mexico’s National Migration Institute', at: [7385, 7449]}]},
  {label: 'Organization', id: 'org:cbp', props: {aliases: ['Customs and Border Protection'], kind: 'agency', name: 'U.S. Customs and Border Protection'},
   evidence: [{excerpt: 'Preliminary data from U.S. Customs and Border Protection', at: [7929, 7985]}]},
  {label: 'Organization', id: 'org:reforma', props: {aliases: ['Mexico\'s Reforma newspaper'], kind: 'newspaper', name: 'Reforma'},
   evidence: [{excerpt: 'cited by Mexico’s Reforma newspaper', at: [11307, 11342]}]},
  {label: 'Organization', id: 'org:getty-images', props: {kind: 'photo agency', name: 'Getty Images'},
   evidence: [{excerpt: '(Alex Wong/Getty Images)', attribution: 'caption', attributedTo: 'photo caption', status: 'reported', at: [277, 301]}]},
  {label: 'Organization', id: 'org:eu', props: {aliases: ['EU'], kind: 'supranational union', name: 'European Union'},
   evidence: [{excerpt: 'the role Turkey has played with the European Union', at: [3791, 3841]}]},
  {label: 'Organization', id: 'org:democrats', props: {kind: 'party', name: 'Democrats', description: 'As the article names them ("politically unpalatable to Democrats").'},
   evidence: [{excerpt: 'politically unpalatable to Democrats', at: [1426, 1462]}]},
  {label: 'Organization', id: 'org:lopez-obrador-party', props: {kind: 'party', name: 'López Obrador\'s party', description: 'López Obrador\'s party; the article does not name it.'},
   evidence: [{excerpt: 'his party includes more dubious figures', at: [4722, 4761]}]},
  {label: 'Organization', id: 'org:us-courts', props: {kind: 'judiciary', name: 'U.S. courts'},
   evidence: [{excerpt: 'frequent legal challenges in U.S. courts', at: [1382, 1422]}]},
  {label: 'Organization', id: 'org:mx-armed-forces', props: {aliases: ['the armed forces', 'Mexican military'], kind: 'military', name: 'Mexican armed forces'},
   evidence: [{excerpt: 'the armed forces were removed from our southern border', at: [5391, 5445]}]},
  {label: 'Organization', id: 'org:astrazeneca', props: {kind: 'company', name: 'AstraZeneca', description: 'Named as the maker of the surplus vaccine doses.'},
   evidence: [{excerpt: 'surplus AstraZeneca vaccine doses', at: [2279, 2312]}]},
  {label: 'Organization', id: 'org:us-border-agents', props: {aliases: ['U.S. border officials', 'U.S. agents', 'U.S. authorities'], kind: 'agency-staff', name: 'U.S. border officials and agents', description: 'Unnamed U.S. border officials/agents as the article refers to them (not identified with a specific agency).'},
   evidence: [{excerpt: 'U.S. border officials say increased Mexican enforcement', at: [7780, 7835]}]},
  {label: 'Place', id: 'place:us-southern-border', props: {aliases: ['U.S.-Mexico border', 'the border', 'U.S. border'], kind: 'border', name: 'U.S. southern border'},
   evidence: [{excerpt: 'at moments of crisis along the U.S. southern border', at: [402, 453]}]},
  {label: 'Place', id: 'place:mx-southern-border', props: {aliases: ['Mexico\'s border with Guatemala', 'southern border with Guatemala'], kind: 'border', name: 'Mexico\'s southern border', description: 'Where migrants and illicit goods have long flowed freely through unguarded, informal crossings (per the article).'},
   evidence: [{excerpt: 'harden its southern border with Guatemala, where migrants and illicit goods have long flowed freely through unguarded, informal crossings', at: [8448, 8585]}]},
  {label: 'Place', id: 'place:mx-northern-border', props: {kind: 'border', name: 'Mexico\'s northern border'},
   evidence: [{excerpt: 'along Mexico’s northern and southern borders', at: [8953, 8997]}]},
  {label: 'Place', id: 'place:mx-freight-rail-lines', props: {kind: 'route', name: 'Mexican freight rail lines used by migrants'},
   evidence: [{excerpt: 'the freight rail lines many Central Americans were using to travel north', at: [8328, 8400]}]},
  {label: 'Place', id: 'place:mx-border-cities', props: {kind: 'city-group', name: 'Mexican border cities'},
   evidence: [{excerpt: 'returned to Mexican border cities', at: [6702, 6735]}]},
  {label: 'Place', id: 'place:washington', props: {kind: 'city', name: 'Washington'},
   evidence: [{excerpt: 'an immigration policy analyst in Washington', at: [3868, 3911]}]},
  {label: 'Place', id: 'place:central-america', props: {aliases: ['Central Americans'], kind: 'region', name: 'Central America'},
   evidence: [{excerpt: 'a transit country for Central Americans', at: [3490, 3529]}]},
  {label: 'Place', id: 'place:us-interior', props: {kind: 'region', name: 'U.S. interior'},
   evidence: [{excerpt: 'released into the U.S. interior', at: [6432, 6463]}]}
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

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/020_actors.cypher'} AS source,
     {} AS common
UNWIND [
  {type: 'PART_OF', from: 'org:biden-administration', to: 'country:us', props: {role: 'executive'},
   evidence: [{excerpt: 'the Biden administration is pushing a regional anti-corruption strategy', derivation: 'The Biden administration is the U.S. executive in the article (Biden is "the U.S. president").', at: [4461, 4532]}]},
  {type: 'PART_OF', from: 'org:trump-administration', to: 'country:us', props: {role: 'executive'},
   evidence: [{excerpt: 'Three consecutive U.S. administrations', at: [303, 341]}]},
  {type: 'PART_OF', from: 'org:obama-administration', to: 'country:us', props: {role: 'executive'},
   evidence: [{excerpt: 'Three consecutive U.S. administrations', at: [303, 341]}]},
  {type: 'PART_OF', from: 'org:mx-government', to: 'country:mx', props: {role: 'executive'},
   evidence: [{excerpt: 'Mexico’s ability to limit migration has given its government significant leverage', at: [1535, 1616]}]},
  {type: 'PART_OF', from: 'org:nsc', to: 'country:us', props: {},
   evidence: [{excerpt: 'Biden’s top Latin America adviser on the National Security Council', confidence: 0.95, derivation: 'The council of the U.S. president\'s advisers; the article does not write "U.S." before it.', at: [2390, 2456]}]},
  {type: 'PART_OF', from: 'org:inm', to: 'country:mx', props: {},
   evidence: [{excerpt: 'Mexico’s National Migration Institute', at: [7412, 7449]}]},
  {type: 'PART_OF', from: 'org:cbp', to: 'country:us', props: {},
   evidence: [{excerpt: 'U.S. Customs and Border Protection', at: [7951, 7985]}]},
  {type: 'PART_OF', from: 'org:us-courts', to: 'country:us', props: {},
   evidence: [{excerpt: 'U.S. courts', at: [1411, 1422]}]},
  {type: 'PART_OF', from: 'org:mx-armed-forces', to: 'country:mx', props: {},
   evidence: [{excerpt: 'the Mexican military deployment', at: [9383, 9414]}]},
  {type: 'PART_OF', from: 'org:us-border-agents', to: 'country:us', props: {},
   evidence: [{excerpt: 'U.S. border officials', at: [7780, 7801]}]},
  {type: 'LOCATED_IN', from: 'org:reforma', to: 'country:mx', props: {},
   evidence: [{excerpt: 'Mexico’s Reforma newspaper', at: [11316, 11342]}]},
  {type: 'LOCATED_IN', from: 'org:wilson-center', to: 'place:washington', props: {},
   evidence: [{excerpt: 'the Wilson Center in Washington', at: [12582, 12613]}]},
  {type: 'LOCATED_IN', from: 'person:cris-ramon', to: 'place:washington', props: {},
   evidence: [{excerpt: 'an immigration policy analyst in Washington', at: [3868, 3911]}]},
  {type: 'LOCATED_IN', from: 'place:us-southern-border', to: 'country:us', props: {},
   evidence: [{excerpt: 'the U.S. southern border', at: [429, 453]}]},
  {type: 'LOCATED_IN', from: 'place:us-southern-border', to: 'country:mx', props: {},
   evidence: [{excerpt: 'the U.S.-Mexico border', at: [2503, 2525]}]},
  {type: 'LOCATED_IN', from: 'place:mx-southern-border', to: 'country:mx', props: {},
   evidence: [{excerpt: 'Mexico’s border with Guatemala', at: [5539, 5569]}]},
  {type: 'LOCATED_IN', from: 'place:mx-southern-border', to: 'country:gt', props: {},
   evidence: [{excerpt: 'Mexico’s border with Guatemala', at: [5539, 5569]}]},
  {type: 'LOCATED_IN', from: 'place:mx-northern-border', to: 'country:mx', props: {},
   evidence: [{excerpt: 'Mexico’s northern and southern borders', at: [8959, 8997]}]},
  {type: 'LOCATED_IN', from: 'place:mx-freight-rail-lines', to: 'country:mx', props: {},
   evidence: [{excerpt: 'leaned on Mexico to crack down along the freight rail lines', confidence: 0.9, derivation: 'Mexico was asked to crack down along these lines, so they are taken to be in Mexico.', at: [8291, 8350]}]},
  {type: 'LOCATED_IN', from: 'place:mx-border-cities', to: 'country:mx', props: {},
   evidence: [{excerpt: 'Mexican border cities', at: [6714, 6735]}]},
  {type: 'LOCATED_IN', from: 'place:washington', to: 'country:us', props: {},
   evidence: [{excerpt: 'an immigration policy analyst in Washington', confidence: 0.9, derivation: 'Washington read as the U.S. capital (context: U.S. policy analysts and think tanks).', at: [3868, 3911]}]},
  {type: 'LOCATED_IN', from: 'place:us-interior', to: 'country:us', props: {},
   evidence: [{excerpt: 'the U.S. interior', at: [6446, 6463]}]},
  {type: 'AFFILIATED_WITH', from: 'person:duncan-wood', to: 'org:wilson-center', props: {role: 'Mexico expert'},
   evidence: [{excerpt: 'a Mexico expert at the Wilson Center', at: [12563, 12599]}]},
  {type: 'AFFILIATED_WITH', from: 'person:alex-wong', to: 'org:getty-images', props: {role: 'photographer'},
   evidence: [{excerpt: '(Alex Wong/Getty Images)', attribution: 'caption', attributedTo: 'photo caption', status: 'reported', at: [277, 301]}]},
  {type: 'MEMBER_OF', from: 'person:lopez-obrador', to: 'org:lopez-obrador-party', props: {role: 'member'},
   evidence: [{excerpt: 'his party is vying for a legislative supermajority', note: '"his party": the article does not say what position he holds in it.', at: [4861, 4911]}]},
  {type: 'MEMBER_OF', from: 'person:harris', to: 'org:democrats', props: {role: 'heir apparent'},
   evidence: [{excerpt: 'his party’s heir apparent', confidence: 0.7, status: 'implied', derivation: 'The article calls Harris Biden\'s "party\'s heir apparent" without naming the party; identified with the "Democrats" the article mentions.', at: [1069, 1094]}]},
  {type: 'LEADS', from: 'person:biden', to: 'org:biden-administration', props: {role: 'president'},
   evidence: [{excerpt: 'Biden’s handling of the migration influx', at: [949, 989]}]},
  {type: 'LEADS', from: 'person:trump', to: 'org:trump-administration', props: {role: 'president'},
   evidence: [{excerpt: 'Trump’s presidency', at: [9446, 9464]}]},
  {type: 'LEADS', from: 'person:obama', to: 'org:obama-administration', props: {role: 'president'},
   evidence: [{excerpt: 'When President Barack Obama faced the first major influx of Central American minors and families in 2014, his administration', at: [8166, 8290]}]},
  {type: 'LEADS', from: 'person:lopez-obrador', to: 'org:mx-government', props: {role: 'president'},
   evidence: [{excerpt: 'Mexican leader Andrés Manuel López Obrador', at: [507, 549]}]}
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
