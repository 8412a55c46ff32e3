// Statistics as dated observations.
// Source: the seed article (see 010_sources.cypher). Every excerpt is a verbatim span of its text at
// `at` (code points, [start, end)); npm run check:citations verifies both. The `source` map below gives
// every evidence record its defaults; a row's evidence entry overrides them. Evidence model and the
// row conventions: docs/evidence.md. The seed runner fails the file if a row names an id that does not
// exist (the `missing` column) and refreshes the summaries of every `fact` returned.

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/070_statistics.cypher'} AS source,
     {} AS common
UNWIND [
  {label: 'Statistic', id: 'stat:2021-03-us-border-custody', props: {date: date('2021-03-01'), valueText: 'surpassing 172,000', comparison: 'highest levels in nearly 20 years', unit: 'people', datePrecision: 'month', metric: 'migrants taken into U.S. custody along the border', qualifier: 'more than', name: 'Migrants taken into U.S. custody along the border, March 2021', value: 172000},
   evidence: [{excerpt: 'the number of migrants taken into U.S. custody along the border has soared to the highest levels in nearly 20 years, surpassing 172,000 in March', derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.', at: [657, 801]}]},
  {label: 'Statistic', id: 'stat:2021-emergency-shelters-opened', props: {date: date('2021-05-03'), valueText: 'more than a dozen', unit: 'shelters', datePrecision: 'day', metric: 'emergency shelters opened', qualifier: 'more than', name: 'Emergency shelters opened by the Biden administration', value: 12},
   evidence: [{excerpt: 'His administration has opened more than a dozen emergency shelters to care for record numbers of teenagers and children arriving without parents', derivation: '"a dozen" → 12; date = article date (present perfect "has opened").', at: [803, 947]}]},
  {label: 'Statistic', id: 'stat:2021-03-unaccompanied-minors', props: {date: date('2021-03-01'), valueText: 'more than 18,800', comparison: 'the highest total ever', unit: 'minors', datePrecision: 'month', metric: 'minors arriving without parents', qualifier: 'more than', name: 'Minors arriving without parents, March 2021', value: 18800},
   evidence: [{excerpt: 'In March, more than 18,800 minors arrived without parents, the highest total ever', derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.', at: [6032, 6113]}]},
  {label: 'Statistic', id: 'stat:2021-05-minors-in-shelters', props: {date: date('2021-05-03'), valueText: 'more than 22,500', unit: 'teens and children', datePrecision: 'day', metric: 'teens and children held in U.S. government shelters', qualifier: 'more than', name: 'Teens and children held in U.S. shelters', value: 22500},
   evidence: [{excerpt: 'the Biden administration is now holding more than 22,500 teens and children in shelters', derivation: '"is now holding" → the article date 2021-05-03.', at: [6119, 6206]}]},
  {label: 'Statistic', id: 'stat:2021-02-03-family-arrivals-change', props: {valueText: 'skyrocketed', validToPrecision: 'month', validFrom: date('2021-02-01'), unit: 'families', metric: 'parents arriving with children (change)', validFromPrecision: 'month', qualifier: 'skyrocketed', name: 'Parents arriving with children, February–March 2021 (change)', validTo: date('2021-03-01'), direction: 'increase'},
   evidence: [{excerpt: 'The number of parents arriving with children also skyrocketed in February and March', derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.', at: [6315, 6398]}]},
  {label: 'Statistic', id: 'stat:2021-q1-mexico-immigration-arrests-change', props: {validToPrecision: 'month', validFrom: date('2021-01-01'), unit: 'percent', metric: 'immigration arrests in Mexico (change)', validFromPrecision: 'month', name: 'Immigration arrests in Mexico, January–March 2021 (change)', value: 49, validTo: date('2021-03-01'), direction: 'increase'},
   evidence: [{excerpt: 'The latest statistics from Mexico’s National Migration Institute show a 49 percent increase in immigration arrests from January to March', attribution: 'official-data', attributedTo: 'org:inm', status: 'reported', derivation: '"from January to March" in the "latest statistics" of an article dated 2021-05-03 → January–March 2021.', at: [7385, 7521]}]},
  {label: 'Statistic', id: 'stat:2021-q1-mexico-deportations-change', props: {validToPrecision: 'month', validFrom: date('2021-01-01'), unit: 'percent', metric: 'deportations from Mexico (change)', validFromPrecision: 'month', name: 'Deportations from Mexico, January–March 2021 (change)', value: 72, validTo: date('2021-03-01'), direction: 'increase'},
   evidence: [{excerpt: 'a 72 percent jump in deportations during that same period', attribution: 'official-data', attributedTo: 'org:inm', status: 'reported', derivation: '"during that same period" = January to March 2021.', at: [7527, 7584]}]},
  {label: 'Statistic', id: 'stat:2021-03-mexico-deportations', props: {date: date('2021-03-01'), valueText: 'totaled 7,946', comparison: 'fewer than the average number of migrants U.S. authorities take into custody over the course of two days', unit: 'people', datePrecision: 'month', metric: 'deportations from Mexico', qualifier: 'exactly', name: 'Deportations from Mexico, March 2021', value: 7946},
   evidence: [{excerpt: 'But Mexico’s enforcement capacity is limited, and deportations in March totaled 7,946, fewer than the average number of migrants U.S. authorities take into custody over the course of two days', note: 'The article does not name the source of this figure; it follows the National Migration Institute figures.', derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.', at: [7586, 7777]}]},
  {label: 'Statistic', id: 'stat:2021-03-04-families-minors-custody-change', props: {phase: 'preliminary', valueText: 'declined slightly', comparison: 'a period when U.S. officials were projecting an increase', validToPrecision: 'month', validFrom: date('2021-03-01'), unit: 'people', metric: 'families and unaccompanied minors taken into U.S. custody (change)', validFromPrecision: 'month', qualifier: 'slightly', name: 'Families and unaccompanied minors taken into U.S. custody, March→April 2021 (change)', validTo: date('2021-04-01'), direction: 'decrease'},
   evidence: [{excerpt: 'Preliminary data from U.S. Customs and Border Protection indicates the number of families and unaccompanied minors taken into U.S. custody declined slightly from March to April', attribution: 'preliminary-data', attributedTo: 'org:cbp', status: 'reported', derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.', at: [7929, 8105]}]},
  {label: 'Statistic', id: 'stat:2019-06-mexico-deportations', props: {date: date('2019-06-01'), valueText: 'more than 24,000', comparison: 'three times the number it deported last month', unit: 'people', datePrecision: 'month', metric: 'deportations from Mexico', qualifier: 'more than', name: 'Deportations from Mexico, June 2019', value: 24000},
   evidence: [{excerpt: 'Mexico deported more than 24,000 in June 2019 during the first month of the troop deployment — three times the number it deported last month', note: '"last month" is ambiguous: by the 2021-05-03 date it is April 2021, but one third of 24,000 (~8,000) matches the March 2021 figure of 7,946.', at: [9185, 9325]}]},
  {label: 'Statistic', id: 'stat:2019-migrant-group-size', props: {date: date('2019-01-01'), valueText: '300 or more', unit: 'migrants', datePrecision: 'year', metric: 'migrants per group crossing into the United States', qualifier: 'at least', name: 'Size of migrant groups crossing into the U.S., 2019', value: 300},
   evidence: [{excerpt: 'As groups of migrants numbering 300 or more crossed into the United States', derivation: 'Paragraph about 2019.', at: [8726, 8800]}]},
  {label: 'Statistic', id: 'stat:2021-mexico-security-personnel-deployed', props: {date: date('2021-05-03'), valueText: '10,000 [security personnel]', unit: 'security personnel', datePrecision: 'day', metric: 'security personnel deployed to Mexico\'s southern border', qualifier: 'exactly', name: 'Security personnel Mexico deployed to its southern border', value: 10000},
   evidence: [{excerpt: 'deploying 10,000 [security personnel] to their southern border', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', note: '"[security personnel]" is the Post\'s bracketed insertion.', derivation: '"To date" in Gonzalez\'s interview; dated to the article date (interview date not stated).', at: [2915, 2977]}]},
  {label: 'Statistic', id: 'stat:2021-03-mexico-troops-police-agreed', props: {date: date('2021-03-01'), valueText: 'thousands', unit: 'troops and police officers', datePrecision: 'month', metric: 'troops and police officers Mexico agreed to deploy', name: 'Troops and police Mexico agreed to deploy, March 2021'},
   evidence: [{excerpt: 'agreed to deploy thousands of troops and police officers to stop migrants', derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.', at: [1989, 2062]}]},
  {label: 'Statistic', id: 'stat:2021-03-vaccine-doses', props: {date: date('2021-03-01'), valueText: 'millions', unit: 'vaccine doses', datePrecision: 'month', metric: 'vaccine doses the U.S. agreed to send to Mexico', name: 'Surplus AstraZeneca doses the U.S. agreed to send Mexico'},
   evidence: [{excerpt: 'millions of surplus AstraZeneca vaccine doses', derivation: 'Agreed in the March 2021 talks.', at: [2267, 2312]}]}
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

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/070_statistics.cypher'} AS source,
     {} AS common
UNWIND [
  {type: 'OBSERVED_AT', from: 'stat:2021-03-us-border-custody', to: 'place:us-southern-border', props: {},
   evidence: [{excerpt: 'taken into U.S. custody along the border', at: [680, 720]}]},
  {type: 'CONCERNS', from: 'stat:2021-03-us-border-custody', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'the number of migrants taken into U.S. custody', at: [657, 703]}]},
  {type: 'REPORTED_BY', from: 'stat:2021-emergency-shelters-opened', to: 'org:washington-post', props: {},
   evidence: [{excerpt: 'His administration has opened more than a dozen emergency shelters', at: [803, 869]}]},
  {type: 'CONCERNS', from: 'stat:2021-emergency-shelters-opened', to: 'issue:unaccompanied-minors', props: {},
   evidence: [{excerpt: 'to care for record numbers of teenagers and children arriving without parents', at: [870, 947]}]},
  {type: 'CONCERNS', from: 'stat:2021-03-unaccompanied-minors', to: 'issue:unaccompanied-minors', props: {},
   evidence: [{excerpt: 'minors arrived without parents', at: [6059, 6089]}]},
  {type: 'CONCERNS', from: 'stat:2021-05-minors-in-shelters', to: 'issue:unaccompanied-minors', props: {},
   evidence: [{excerpt: 'holding more than 22,500 teens and children in shelters', at: [6151, 6206]}]},
  {type: 'CONCERNS', from: 'stat:2021-02-03-family-arrivals-change', to: 'issue:migrant-families', props: {},
   evidence: [{excerpt: 'parents arriving with children', at: [6329, 6359]}]},
  {type: 'REPORTED_BY', from: 'stat:2021-q1-mexico-immigration-arrests-change', to: 'org:inm', props: {},
   evidence: [{excerpt: 'The latest statistics from Mexico’s National Migration Institute show a 49 percent increase', attribution: 'official-data', attributedTo: 'org:inm', status: 'reported', at: [7385, 7476]}]},
  {type: 'OBSERVED_AT', from: 'stat:2021-q1-mexico-immigration-arrests-change', to: 'country:mx', props: {},
   evidence: [{excerpt: 'Mexico’s National Migration Institute show a 49 percent increase in immigration arrests', at: [7412, 7499]}]},
  {type: 'REPORTED_BY', from: 'stat:2021-q1-mexico-deportations-change', to: 'org:inm', props: {},
   evidence: [{excerpt: 'The latest statistics from Mexico’s National Migration Institute show a 49 percent increase in immigration arrests from January to March, and a 72 percent jump in deportations', attribution: 'official-data', attributedTo: 'org:inm', status: 'reported', at: [7385, 7560]}]},
  {type: 'OBSERVED_AT', from: 'stat:2021-q1-mexico-deportations-change', to: 'country:mx', props: {},
   evidence: [{excerpt: 'a 72 percent jump in deportations', at: [7527, 7560]}]},
  {type: 'OBSERVED_AT', from: 'stat:2021-03-mexico-deportations', to: 'country:mx', props: {},
   evidence: [{excerpt: 'Mexico’s enforcement capacity is limited, and deportations in March totaled 7,946', at: [7590, 7671]}]},
  {type: 'REPORTED_BY', from: 'stat:2021-03-04-families-minors-custody-change', to: 'org:cbp', props: {},
   evidence: [{excerpt: 'Preliminary data from U.S. Customs and Border Protection', attribution: 'preliminary-data', attributedTo: 'org:cbp', status: 'reported', at: [7929, 7985]}]},
  {type: 'OBSERVED_AT', from: 'stat:2021-03-04-families-minors-custody-change', to: 'place:us-southern-border', props: {},
   evidence: [{excerpt: 'taken into U.S. custody declined slightly from March to April', attribution: 'preliminary-data', attributedTo: 'org:cbp', status: 'reported', at: [8044, 8105]}]},
  {type: 'CONCERNS', from: 'stat:2021-03-04-families-minors-custody-change', to: 'issue:migrant-families', props: {},
   evidence: [{excerpt: 'the number of families and unaccompanied minors taken into U.S. custody', attribution: 'preliminary-data', attributedTo: 'org:cbp', status: 'reported', at: [7996, 8067]}]},
  {type: 'CONCERNS', from: 'stat:2021-03-04-families-minors-custody-change', to: 'issue:unaccompanied-minors', props: {},
   evidence: [{excerpt: 'families and unaccompanied minors taken into U.S. custody', attribution: 'preliminary-data', attributedTo: 'org:cbp', status: 'reported', at: [8010, 8067]}]},
  {type: 'OBSERVED_AT', from: 'stat:2019-06-mexico-deportations', to: 'country:mx', props: {},
   evidence: [{excerpt: 'Mexico deported more than 24,000 in June 2019', at: [9185, 9230]}]},
  {type: 'MEASURES', from: 'stat:2019-06-mexico-deportations', to: 'event:2019-06-mexico-deportations', props: {},
   evidence: [{excerpt: 'Mexico deported more than 24,000 in June 2019', at: [9185, 9230]}]},
  {type: 'OBSERVED_AT', from: 'stat:2019-migrant-group-size', to: 'place:us-southern-border', props: {},
   evidence: [{excerpt: 'crossed into the United States', at: [8770, 8800]}]},
  {type: 'REPORTED_BY', from: 'stat:2021-mexico-security-personnel-deployed', to: 'person:juan-gonzalez', props: {},
   evidence: [{excerpt: '“To date, they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', at: [2868, 2977]}]},
  {type: 'OBSERVED_AT', from: 'stat:2021-mexico-security-personnel-deployed', to: 'place:mx-southern-border', props: {},
   evidence: [{excerpt: 'to their southern border', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', at: [2953, 2977]}]},
  {type: 'MEASURES', from: 'stat:2021-mexico-security-personnel-deployed', to: 'event:2021-mexico-deploys-10000-to-southern-border', props: {},
   evidence: [{excerpt: 'deploying 10,000 [security personnel]', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', at: [2915, 2952]}]},
  {type: 'MEASURES', from: 'stat:2021-03-mexico-troops-police-agreed', to: 'event:2021-03-mexico-agrees-troop-deployment', props: {},
   evidence: [{excerpt: 'agreed to deploy thousands of troops and police officers', at: [1989, 2045]}]},
  {type: 'MEASURES', from: 'stat:2021-03-vaccine-doses', to: 'event:2021-03-us-agrees-vaccine-doses', props: {},
   evidence: [{excerpt: 'the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico', at: [2234, 2322]}]}
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
