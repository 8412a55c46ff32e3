// Claims: attributed propositions that are not verbatim quotes.
// Source: the seed article (see 010_sources.cypher). Every excerpt is a verbatim span of its text at
// `at` (code points, [start, end)); npm run check:citations verifies both. The `source` map below gives
// every evidence record its defaults; a row's evidence entry overrides them. Evidence model and the
// row conventions: docs/evidence.md. The seed runner fails the file if a row names an id that does not
// exist (the `missing` column) and refreshes the summaries of every `fact` returned.

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/085_claims.cypher'} AS source,
     {} AS common
UNWIND [
  {label: 'Claim', id: 'claim:three-administrations-turned-to-mexico', props: {name: 'Three consecutive U.S. administrations turned to Mexico for enforcement help', statement: 'Three consecutive U.S. administrations have turned to Mexico for help with immigration enforcement at moments of crisis along the U.S. southern border.'},
   evidence: [{excerpt: 'Three consecutive U.S. administrations have turned to Mexico for help with immigration enforcement at moments of crisis along the U.S. southern border', at: [303, 453]}]},
  {label: 'Claim', id: 'claim:us-arrives-in-need-of-a-favor', props: {name: 'The U.S. arrives at the Harris–López Obrador meeting in need of a favor', statement: 'At the Friday meeting the United States will once more arrive in need of a favor.'},
   evidence: [{excerpt: 'the United States will once more arrive in need of a favor', at: [561, 619]}]},
  {label: 'Claim', id: 'claim:biden-migration-worst-polling', props: {name: 'Biden\'s handling of the migration influx is among his worst-polling issues', statement: 'Biden\'s handling of the migration influx at the border ranks among his worst-polling issues.'},
   evidence: [{excerpt: 'Biden’s handling of the migration influx at the border ranks among his worst-polling issues', at: [949, 1040]}]},
  {label: 'Claim', id: 'claim:growing-us-dependence-on-mexico', props: {name: 'Growing U.S. dependence on Mexico for immigration enforcement', statement: 'The U.S. increasingly depends on Mexico to carry out immigration enforcement functions, at a time when such measures face legal challenges in U.S. courts or are politically unpalatable to Democrats.'},
   evidence: [{excerpt: 'what has become a growing U.S. dependence on Mexico to carry out immigration enforcement functions at a time when such measures are subject to frequent legal challenges in U.S. courts or politically unpalatable to Democrats', at: [1239, 1462]}]},
  {label: 'Claim', id: 'claim:mexico-leverage-over-biden', props: {name: 'Mexico\'s ability to limit migration gives it leverage over Biden', statement: 'Mexico\'s ability to limit migration has given its government significant leverage over an issue that is a political vulnerability for Biden.'},
   evidence: [{excerpt: 'Mexico’s ability to limit migration has given its government significant leverage over an issue that is a political vulnerability for Biden', at: [1535, 1674]}]},
  {label: 'Claim', id: 'claim:gonzalez-not-narrowly-focused', props: {name: 'Gonzalez: the president isn\'t narrowly focused on the border', statement: 'The president isn\'t narrowly focused on the U.S.-Mexico border and is partnering with Mexico to develop a comprehensive approach to migration in the region.'},
   evidence: [{excerpt: 'said the president isn’t narrowly focused on the U.S.-Mexico border and is partnering with Mexico to develop a comprehensive approach to migration in the region', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', at: [2458, 2618]}]},
  {label: 'Claim', id: 'claim:lopez-obrador-party-dubious-figures', props: {name: 'López Obrador\'s party includes dubious figures', statement: 'López Obrador campaigned as an anti-corruption crusader, but his party includes more dubious figures who lack his reputation for personal rectitude.'},
   evidence: [{excerpt: 'Though López Obrador campaigned as an anti-corruption crusader, his party includes more dubious figures who lack his reputation for personal rectitude', at: [4658, 4808]}]},
  {label: 'Claim', id: 'claim:lopez-obrador-approval-high', props: {date: date('2021-05-03'), datePrecision: 'day', statement: 'López Obrador\'s approval ratings remain high.', name: 'López Obrador\'s approval ratings remain high'},
   evidence: [{excerpt: 'López Obrador’s approval ratings remain high', at: [4811, 4855]}]},
  {label: 'Claim', id: 'claim:critics-authoritarian-tendencies', props: {name: 'Critics decry López Obrador\'s authoritarian tendencies and nationalist worldview', statement: 'Critics see authoritarian tendencies and a nationalist worldview that jeopardizes close U.S.-Mexico relations and economic ties cultivated by his predecessors.'},
   evidence: [{excerpt: 'His critics decry what they see as authoritarian tendencies and a nationalist worldview that jeopardizes the close U.S.-Mexico relations and economic ties cultivated by his predecessors', attribution: 'unnamed-others', attributedTo: 'López Obrador\'s critics', status: 'alleged', at: [4999, 5184]}]},
  {label: 'Claim', id: 'claim:rubio-leverage-to-keep-us-out', props: {statement: 'López Obrador intended to use that leverage to keep the U.S. government from interfering in internal Mexican affairs.', name: 'Rubio: López Obrador intends to use leverage to keep the U.S. out of internal affairs'},
   evidence: [{excerpt: 'Luis Rubio, president of the think tank México Evalúa, said that López Obrador intended to use that leverage to keep the U.S. government from interfering in internal Mexican affairs', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5187, 5368]}]},
  {label: 'Claim', id: 'claim:rubio-troops-removed-for-leverage', props: {statement: 'The armed forces were removed from Mexico\'s southern border to gain leverage in the relationship (motive asserted by Rubio).', name: 'Rubio: troops were removed from the southern border to gain leverage'},
   evidence: [{excerpt: 'I don’t doubt that the armed forces were removed from our southern border to gain leverage in the relationship', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5372, 5482]}]},
  {label: 'Claim', id: 'claim:families-released-into-us-interior', props: {validToPrecision: 'month', validFrom: date('2021-02-01'), validFromPrecision: 'month', statement: 'Most families arriving in February and March were released into the U.S. interior because Mexico said it could not take them back.', name: 'Most arriving families were released into the U.S. interior because Mexico would not take them back', validTo: date('2021-03-01')},
   evidence: [{excerpt: 'most of those families were released into the U.S. interior, because Mexico said it could not take them back, according to U.S. officials', attribution: 'unnamed-officials', attributedTo: 'U.S. officials', status: 'reported', derivation: 'February and March 2021 (year from the article date).', at: [6404, 6541]}]},
  {label: 'Claim', id: 'claim:advocates-returned-families-vulnerable', props: {name: 'Advocates: families returned to Mexican border cities are vulnerable to kidnapping and extortion', statement: 'Families returned to Mexican border cities are vulnerable to kidnapping and extortion.'},
   evidence: [{excerpt: 'who migrant advocates say are vulnerable to kidnapping and extortion once they are returned to Mexican border cities', attribution: 'unnamed-others', attributedTo: 'migrant advocates', status: 'reported', at: [6619, 6735]}]},
  {label: 'Claim', id: 'claim:mexican-officials-frustrated-with-rollback', props: {statement: 'Mexican officials including Foreign Minister Marcelo Ebrard have been privately frustrated with Biden\'s rapid-fire rollback of Trump policies.', name: 'Mexican officials privately frustrated with Biden\'s rollback of Trump policies', stance: 'frustrated'},
   evidence: [{excerpt: 'Mexican officials including Foreign Minister Marcelo Ebrard have been privately frustrated with Biden’s rapid-fire rollback of Trump policies, according to current and former U.S. and Mexican officials', attribution: 'unnamed-officials', attributedTo: 'current and former U.S. and Mexican officials', status: 'reported', at: [6738, 6939]}]},
  {label: 'Claim', id: 'claim:mexico-thought-biden-incentivized-migration', props: {statement: 'Mexico thought Biden\'s moves incentivized migration in the short term while his proposed solutions were long-term measures that could take years to make a difference.', name: 'Mexico thought Biden\'s moves incentivized migration'},
   evidence: [{excerpt: 'because Mexico thought Biden’s moves incentivized migration in the short term while his proposed solutions consisted of long-term measures that could take years to make a difference', attribution: 'unnamed-officials', attributedTo: 'current and former U.S. and Mexican officials', status: 'reported', at: [6941, 7122]}]},
  {label: 'Claim', id: 'claim:migrants-hired-smugglers', props: {statement: 'Mexico describes its arrests as "rescues" from criminals, although in many cases the migrants themselves have hired the smugglers.', name: 'Migrants Mexico "rescues" have often hired the smugglers themselves'},
   evidence: [{excerpt: 'even though in many cases the migrants themselves have hired the smugglers', at: [7308, 7382]}]},
  {label: 'Claim', id: 'claim:mexico-enforcement-capacity-limited', props: {name: 'Mexico\'s enforcement capacity is limited', statement: 'Mexico\'s enforcement capacity is limited: its March deportations (7,946) were fewer than the average number of migrants U.S. authorities take into custody in two days.'},
   evidence: [{excerpt: 'But Mexico’s enforcement capacity is limited, and deportations in March totaled 7,946, fewer than the average number of migrants U.S. authorities take into custody over the course of two days', at: [7586, 7777]}]},
  {label: 'Claim', id: 'claim:mexican-enforcement-helped', props: {name: 'U.S. border officials: increased Mexican enforcement helped keep the wave from growing', statement: 'Increased Mexican enforcement in March, however modest, has helped prevent the current migration wave from growing larger.'},
   evidence: [{excerpt: 'U.S. border officials say increased Mexican enforcement in March, however modest, has helped prevent the current migration wave from growing larger', attribution: 'unnamed-officials', attributedTo: 'U.S. border officials', status: 'reported', at: [7780, 7927]}]},
  {label: 'Claim', id: 'claim:us-officials-projected-increase', props: {validToPrecision: 'month', validFrom: date('2021-03-01'), validFromPrecision: 'month', statement: 'U.S. officials were projecting an increase in families and unaccompanied minors taken into custody from March to April 2021.', name: 'U.S. officials were projecting an increase from March to April', validTo: date('2021-04-01')},
   evidence: [{excerpt: 'a period when U.S. officials were projecting an increase', attribution: 'unnamed-officials', attributedTo: 'U.S. officials', status: 'reported', at: [8107, 8163]}]},
  {label: 'Claim', id: 'claim:biden-seasonal-pattern', props: {date: date('2021-03-01'), datePrecision: 'month', statement: 'The border influx was part of a normal seasonal pattern.', name: 'Biden and aides: the border influx is a normal seasonal pattern'},
   evidence: [{excerpt: 'Biden and his top aides were insisting in March that the border influx was part of a normal seasonal pattern', derivation: '"in March" → March 2021.', at: [11632, 11740]}]},
  {label: 'Claim', id: 'claim:lopez-obrador-biden-tone-encouraged-migrants', props: {date: date('2021-03-01'), medium: 'press remarks', datePrecision: 'month', statement: 'Migrants have been encouraged by the U.S. president\'s more welcoming tone.', name: 'López Obrador: migrants encouraged by Biden\'s more welcoming tone'},
   evidence: [{excerpt: 'López Obrador told reporters that migrants have been encouraged by the U.S. president’s more welcoming tone', attribution: 'named-person', attributedTo: 'person:lopez-obrador', status: 'reported', derivation: 'Said "When Biden and his top aides were insisting in March" → March 2021.', at: [11742, 11849]}]},
  {label: 'Claim', id: 'claim:lopez-obrador-understands-importance-to-biden', props: {name: 'López Obrador understands migration is important to Biden', statement: 'López Obrador has made clear he understands that the migration issue is also important to Biden.'},
   evidence: [{excerpt: 'López Obrador has made clear he understands that the issue is also important to Biden', at: [11540, 11625]}]},
  {label: 'Claim', id: 'claim:landau-lopez-obrador-knew-importance-to-trump', props: {date: date('2021-04-26'), medium: 'video conference', datePrecision: 'week', name: 'Landau: López Obrador knew migration was important to Trump', statement: 'López Obrador knew that the migration issue was important to Trump, and as long as Mexico cooperated U.S. officials did not give him a hard time on other issues.'},
   evidence: [{excerpt: 'Landau said López Obrador knew that the migration issue was important to Trump and that as long as Mexico cooperated', attribution: 'cited-outlet', attributedTo: 'org:reforma', status: 'reported', derivation: '"last week" relative to Monday 2021-05-03 → week beginning 2021-04-26.', at: [11344, 11460]}]},
  {label: 'Claim', id: 'claim:mexican-adult-migrants-problem-for-lopez-obrador', props: {name: 'Soaring Mexican adult migration is a potential problem for López Obrador in talks with Harris', statement: 'The soaring number of Mexican adult migrants, now at levels resembling the early 2000s, is a potential problem for López Obrador in talks with Harris.'},
   evidence: [{excerpt: 'One potential problem for López Obrador in talks with Harris: the soaring number of Mexican adult migrants', at: [12229, 12335]}]}
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

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/085_claims.cypher'} AS source,
     {} AS common
UNWIND [
  {type: 'CONCERNS', from: 'claim:three-administrations-turned-to-mexico', to: 'country:mx', props: {},
   evidence: [{excerpt: 'turned to Mexico for help with immigration enforcement', at: [347, 401]}]},
  {type: 'CONCERNS', from: 'claim:us-arrives-in-need-of-a-favor', to: 'event:2021-05-07-harris-lopez-obrador-virtual-meeting', props: {},
   evidence: [{excerpt: 'when Vice President Harris meets virtually with Mexican leader Andrés Manuel López Obrador on Friday, the United States will once more arrive in need of a favor', at: [459, 619]}]},
  {type: 'CONCERNS', from: 'claim:biden-migration-worst-polling', to: 'person:biden', props: {},
   evidence: [{excerpt: 'Biden’s handling of the migration influx', at: [949, 989]}]},
  {type: 'CONCERNS', from: 'claim:growing-us-dependence-on-mexico', to: 'country:mx', props: {},
   evidence: [{excerpt: 'a growing U.S. dependence on Mexico', at: [1255, 1290]}]},
  {type: 'CONCERNS', from: 'claim:growing-us-dependence-on-mexico', to: 'org:us-courts', props: {},
   evidence: [{excerpt: 'frequent legal challenges in U.S. courts', at: [1382, 1422]}]},
  {type: 'CONCERNS', from: 'claim:growing-us-dependence-on-mexico', to: 'org:democrats', props: {},
   evidence: [{excerpt: 'politically unpalatable to Democrats', at: [1426, 1462]}]},
  {type: 'CONCERNS', from: 'claim:mexico-leverage-over-biden', to: 'org:mx-government', props: {},
   evidence: [{excerpt: 'has given its government significant leverage', at: [1571, 1616]}]},
  {type: 'CONCERNS', from: 'claim:mexico-leverage-over-biden', to: 'person:biden', props: {},
   evidence: [{excerpt: 'a political vulnerability for Biden', at: [1639, 1674]}]},
  {type: 'CLAIMED_BY', from: 'claim:gonzalez-not-narrowly-focused', to: 'person:juan-gonzalez', props: {},
   evidence: [{excerpt: 'Juan Gonzalez, Biden’s top Latin America adviser on the National Security Council, said the president isn’t narrowly focused', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', at: [2375, 2499]}]},
  {type: 'CONCERNS', from: 'claim:gonzalez-not-narrowly-focused', to: 'event:2021-us-mexico-migration-partnership', props: {},
   evidence: [{excerpt: 'is partnering with Mexico to develop a comprehensive approach', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', status: 'reported', at: [2530, 2591]}]},
  {type: 'CONCERNS', from: 'claim:lopez-obrador-party-dubious-figures', to: 'org:lopez-obrador-party', props: {},
   evidence: [{excerpt: 'his party includes more dubious figures', at: [4722, 4761]}]},
  {type: 'CONCERNS', from: 'claim:lopez-obrador-party-dubious-figures', to: 'issue:corruption', props: {},
   evidence: [{excerpt: 'López Obrador campaigned as an anti-corruption crusader', at: [4665, 4720]}]},
  {type: 'CONCERNS', from: 'claim:lopez-obrador-approval-high', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: 'López Obrador’s approval ratings remain high', at: [4811, 4855]}]},
  {type: 'CONCERNS', from: 'claim:critics-authoritarian-tendencies', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: 'His critics decry what they see as authoritarian tendencies', attribution: 'unnamed-others', attributedTo: 'López Obrador\'s critics', status: 'alleged', at: [4999, 5058]}]},
  {type: 'CONCERNS', from: 'claim:critics-authoritarian-tendencies', to: 'issue:trade', props: {},
   evidence: [{excerpt: 'the close U.S.-Mexico relations and economic ties cultivated by his predecessors', attribution: 'unnamed-others', attributedTo: 'López Obrador\'s critics', status: 'alleged', at: [5104, 5184]}]},
  {type: 'CLAIMED_BY', from: 'claim:rubio-leverage-to-keep-us-out', to: 'person:luis-rubio', props: {},
   evidence: [{excerpt: 'Luis Rubio, president of the think tank México Evalúa, said', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'reported', at: [5187, 5246]}]},
  {type: 'CONCERNS', from: 'claim:rubio-leverage-to-keep-us-out', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: 'López Obrador intended to use that leverage', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5252, 5295]}]},
  {type: 'CONCERNS', from: 'claim:rubio-leverage-to-keep-us-out', to: 'issue:internal-affairs', props: {},
   evidence: [{excerpt: 'interfering in internal Mexican affairs', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5329, 5368]}]},
  {type: 'CLAIMED_BY', from: 'claim:rubio-troops-removed-for-leverage', to: 'person:luis-rubio', props: {},
   evidence: [{excerpt: 'to gain leverage in the relationship,” said Rubio', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'reported', at: [5446, 5495]}]},
  {type: 'CONCERNS', from: 'claim:rubio-troops-removed-for-leverage', to: 'event:mexico-southern-border-troop-drawdown', props: {},
   evidence: [{excerpt: 'referring to the drawdown in troops along Mexico’s border with Guatemala', attribution: 'named-person', attributedTo: 'person:luis-rubio', status: 'alleged', at: [5497, 5569]}]},
  {type: 'CONCERNS', from: 'claim:families-released-into-us-interior', to: 'place:us-interior', props: {},
   evidence: [{excerpt: 'released into the U.S. interior', attribution: 'unnamed-officials', attributedTo: 'U.S. officials', status: 'reported', at: [6432, 6463]}]},
  {type: 'CONCERNS', from: 'claim:families-released-into-us-interior', to: 'event:2021-mexico-says-cannot-take-back-families', props: {},
   evidence: [{excerpt: 'because Mexico said it could not take them back', attribution: 'unnamed-officials', attributedTo: 'U.S. officials', status: 'reported', at: [6465, 6512]}]},
  {type: 'CONCERNS', from: 'claim:advocates-returned-families-vulnerable', to: 'place:mx-border-cities', props: {},
   evidence: [{excerpt: 'returned to Mexican border cities', attribution: 'unnamed-others', attributedTo: 'migrant advocates', status: 'reported', at: [6702, 6735]}]},
  {type: 'CONCERNS', from: 'claim:advocates-returned-families-vulnerable', to: 'issue:smuggling', props: {},
   evidence: [{excerpt: 'vulnerable to kidnapping and extortion', attribution: 'unnamed-others', attributedTo: 'migrant advocates', status: 'reported', at: [6649, 6687]}]},
  {type: 'CLAIMED_BY', from: 'claim:mexican-officials-frustrated-with-rollback', to: 'person:marcelo-ebrard', props: {},
   evidence: [{excerpt: 'Mexican officials including Foreign Minister Marcelo Ebrard have been privately frustrated', attribution: 'unnamed-officials', attributedTo: 'current and former U.S. and Mexican officials', status: 'reported', note: 'Holder of the attitude (not the speaker): the attitude is attributed to him by unnamed officials.', at: [6738, 6828]}]},
  {type: 'CONCERNS', from: 'claim:mexican-officials-frustrated-with-rollback', to: 'event:2021-biden-rollback-trump-policies', props: {},
   evidence: [{excerpt: 'Biden’s rapid-fire rollback of Trump policies', attribution: 'unnamed-officials', attributedTo: 'current and former U.S. and Mexican officials', status: 'reported', at: [6834, 6879]}]},
  {type: 'CONCERNS', from: 'claim:mexico-thought-biden-incentivized-migration', to: 'person:biden', props: {},
   evidence: [{excerpt: 'Biden’s moves incentivized migration', attribution: 'unnamed-officials', attributedTo: 'current and former U.S. and Mexican officials', status: 'reported', at: [6964, 7000]}]},
  {type: 'CONCERNS', from: 'claim:migrants-hired-smugglers', to: 'event:2021-mexico-arrests-deports-minors-families', props: {},
   evidence: [{excerpt: 'often describing its actions as “rescues” that save Central Americans from criminals, even though in many cases the migrants themselves have hired the smugglers', at: [7222, 7382]}]},
  {type: 'CONCERNS', from: 'claim:migrants-hired-smugglers', to: 'issue:smuggling', props: {},
   evidence: [{excerpt: 'the migrants themselves have hired the smugglers', at: [7334, 7382]}]},
  {type: 'CONCERNS', from: 'claim:mexico-enforcement-capacity-limited', to: 'stat:2021-03-mexico-deportations', props: {},
   evidence: [{excerpt: 'deportations in March totaled 7,946', at: [7636, 7671]}]},
  {type: 'CLAIMED_BY', from: 'claim:mexican-enforcement-helped', to: 'org:us-border-agents', props: {},
   evidence: [{excerpt: 'U.S. border officials say', attribution: 'unnamed-officials', attributedTo: 'U.S. border officials', status: 'reported', at: [7780, 7805]}]},
  {type: 'CONCERNS', from: 'claim:mexican-enforcement-helped', to: 'situation:2021-us-border-surge', props: {},
   evidence: [{excerpt: 'has helped prevent the current migration wave from growing larger', attribution: 'unnamed-officials', attributedTo: 'U.S. border officials', status: 'reported', at: [7862, 7927]}]},
  {type: 'CONCERNS', from: 'claim:us-officials-projected-increase', to: 'stat:2021-03-04-families-minors-custody-change', props: {},
   evidence: [{excerpt: 'declined slightly from March to April, a period when U.S. officials were projecting an increase', attribution: 'unnamed-officials', attributedTo: 'U.S. officials', status: 'reported', at: [8068, 8163]}]},
  {type: 'CLAIMED_BY', from: 'claim:biden-seasonal-pattern', to: 'person:biden', props: {},
   evidence: [{excerpt: 'When Biden and his top aides were insisting in March', at: [11627, 11679]}]},
  {type: 'CONCERNS', from: 'claim:biden-seasonal-pattern', to: 'situation:2021-us-border-surge', props: {},
   evidence: [{excerpt: 'the border influx was part of a normal seasonal pattern', at: [11685, 11740]}]},
  {type: 'CLAIMED_BY', from: 'claim:lopez-obrador-biden-tone-encouraged-migrants', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: 'López Obrador told reporters', attribution: 'named-person', attributedTo: 'person:lopez-obrador', status: 'reported', at: [11742, 11770]}]},
  {type: 'CONCERNS', from: 'claim:lopez-obrador-biden-tone-encouraged-migrants', to: 'person:biden', props: {},
   evidence: [{excerpt: 'the U.S. president’s more welcoming tone', attribution: 'named-person', attributedTo: 'person:lopez-obrador', status: 'reported', at: [11809, 11849]}]},
  {type: 'CONCERNS', from: 'claim:lopez-obrador-biden-tone-encouraged-migrants', to: 'claim:biden-seasonal-pattern', props: {},
   evidence: [{excerpt: 'When Biden and his top aides were insisting in March that the border influx was part of a normal seasonal pattern, López Obrador told reporters', attribution: 'named-person', attributedTo: 'person:lopez-obrador', status: 'reported', note: 'Counter-claim: the article sets the two claims side by side.', at: [11627, 11770]}]},
  {type: 'CONCERNS', from: 'claim:lopez-obrador-understands-importance-to-biden', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: 'López Obrador has made clear he understands', at: [11540, 11583]}]},
  {type: 'CLAIMED_BY', from: 'claim:landau-lopez-obrador-knew-importance-to-trump', to: 'person:christopher-landau', props: {},
   evidence: [{excerpt: 'Landau said López Obrador knew', attribution: 'cited-outlet', attributedTo: 'org:reforma', status: 'reported', at: [11344, 11374]}]},
  {type: 'REPORTED_BY', from: 'claim:landau-lopez-obrador-knew-importance-to-trump', to: 'org:reforma', props: {role: 'cited-outlet'},
   evidence: [{excerpt: 'cited by Mexico’s Reforma newspaper', attribution: 'cited-outlet', attributedTo: 'org:reforma', status: 'reported', at: [11307, 11342]}]},
  {type: 'CONCERNS', from: 'claim:landau-lopez-obrador-knew-importance-to-trump', to: 'person:trump', props: {},
   evidence: [{excerpt: 'the migration issue was important to Trump', attribution: 'cited-outlet', attributedTo: 'org:reforma', status: 'reported', at: [11380, 11422]}]},
  {type: 'CONCERNS', from: 'claim:mexican-adult-migrants-problem-for-lopez-obrador', to: 'situation:2021-mexican-adult-migration-rise', props: {},
   evidence: [{excerpt: 'the soaring number of Mexican adult migrants coming across the U.S. border', at: [12291, 12365]}]},
  {type: 'CONCERNS', from: 'claim:mexican-adult-migrants-problem-for-lopez-obrador', to: 'event:2021-05-07-harris-lopez-obrador-virtual-meeting', props: {},
   evidence: [{excerpt: 'in talks with Harris', at: [12269, 12289]}]}
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
