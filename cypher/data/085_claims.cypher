// Claims: attributed propositions that are not verbatim quotes.
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MERGE (n:Entity {id: 'claim:three-administrations-turned-to-mexico'})
SET n:Claim
SET n += {
  name: 'Three consecutive U.S. administrations turned to Mexico for enforcement help',
  statement: 'Three consecutive U.S. administrations have turned to Mexico for help with immigration enforcement at moments of crisis along the U.S. southern border.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Three consecutive U.S. administrations have turned to Mexico for help with immigration enforcement at moments of crisis along the U.S. southern border',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:three-administrations-turned-to-mexico'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:three-administrations-turned-to-mexico|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'turned to Mexico for help with immigration enforcement',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'claim:us-arrives-in-need-of-a-favor'})
SET n:Claim
SET n += {
  name: 'The U.S. arrives at the Harris–López Obrador meeting in need of a favor',
  statement: 'At the Friday meeting the United States will once more arrive in need of a favor.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the United States will once more arrive in need of a favor',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:us-arrives-in-need-of-a-favor'})
MATCH (b:Entity {id: 'event:2021-05-07-harris-lopez-obrador-virtual-meeting'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:us-arrives-in-need-of-a-favor|event:2021-05-07-harris-lopez-obrador-virtual-meeting'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'when Vice President Harris meets virtually with Mexican leader Andrés Manuel López Obrador on Friday, the United States will once more arrive in need of a favor',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'claim:biden-migration-worst-polling'})
SET n:Claim
SET n += {
  name: 'Biden\'s handling of the migration influx is among his worst-polling issues',
  statement: 'Biden\'s handling of the migration influx at the border ranks among his worst-polling issues.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Biden’s handling of the migration influx at the border ranks among his worst-polling issues',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:biden-migration-worst-polling'})
MATCH (b:Entity {id: 'person:biden'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:biden-migration-worst-polling|person:biden'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Biden’s handling of the migration influx',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'claim:growing-us-dependence-on-mexico'})
SET n:Claim
SET n += {
  name: 'Growing U.S. dependence on Mexico for immigration enforcement',
  statement: 'The U.S. increasingly depends on Mexico to carry out immigration enforcement functions, at a time when such measures face legal challenges in U.S. courts or are politically unpalatable to Democrats.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'what has become a growing U.S. dependence on Mexico to carry out immigration enforcement functions at a time when such measures are subject to frequent legal challenges in U.S. courts or politically unpalatable to Democrats',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:growing-us-dependence-on-mexico'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:growing-us-dependence-on-mexico|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a growing U.S. dependence on Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:growing-us-dependence-on-mexico'})
MATCH (b:Entity {id: 'org:us-courts'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:growing-us-dependence-on-mexico|org:us-courts'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'frequent legal challenges in U.S. courts',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:growing-us-dependence-on-mexico'})
MATCH (b:Entity {id: 'org:democrats'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:growing-us-dependence-on-mexico|org:democrats'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'politically unpalatable to Democrats',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'claim:mexico-leverage-over-biden'})
SET n:Claim
SET n += {
  name: 'Mexico\'s ability to limit migration gives it leverage over Biden',
  statement: 'Mexico\'s ability to limit migration has given its government significant leverage over an issue that is a political vulnerability for Biden.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s ability to limit migration has given its government significant leverage over an issue that is a political vulnerability for Biden',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:mexico-leverage-over-biden'})
MATCH (b:Entity {id: 'org:mx-government'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:mexico-leverage-over-biden|org:mx-government'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'has given its government significant leverage',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:mexico-leverage-over-biden'})
MATCH (b:Entity {id: 'person:biden'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:mexico-leverage-over-biden|person:biden'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a political vulnerability for Biden',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'claim:gonzalez-not-narrowly-focused'})
SET n:Claim
SET n += {
  name: 'Gonzalez: the president isn\'t narrowly focused on the border',
  statement: 'The president isn\'t narrowly focused on the U.S.-Mexico border and is partnering with Mexico to develop a comprehensive approach to migration in the region.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'said the president isn’t narrowly focused on the U.S.-Mexico border and is partnering with Mexico to develop a comprehensive approach to migration in the region',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:gonzalez-not-narrowly-focused'})
MATCH (b:Entity {id: 'person:juan-gonzalez'})
MERGE (a)-[r:CLAIMED_BY {id: 'claimed_by|claim:gonzalez-not-narrowly-focused|person:juan-gonzalez'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Juan Gonzalez, Biden’s top Latin America adviser on the National Security Council, said the president isn’t narrowly focused',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:gonzalez-not-narrowly-focused'})
MATCH (b:Entity {id: 'event:2021-us-mexico-migration-partnership'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:gonzalez-not-narrowly-focused|event:2021-us-mexico-migration-partnership'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'is partnering with Mexico to develop a comprehensive approach',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'claim:lopez-obrador-party-dubious-figures'})
SET n:Claim
SET n += {
  name: 'López Obrador\'s party includes dubious figures',
  statement: 'López Obrador campaigned as an anti-corruption crusader, but his party includes more dubious figures who lack his reputation for personal rectitude.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Though López Obrador campaigned as an anti-corruption crusader, his party includes more dubious figures who lack his reputation for personal rectitude',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:lopez-obrador-party-dubious-figures'})
MATCH (b:Entity {id: 'org:lopez-obrador-party'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:lopez-obrador-party-dubious-figures|org:lopez-obrador-party'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his party includes more dubious figures',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:lopez-obrador-party-dubious-figures'})
MATCH (b:Entity {id: 'issue:corruption'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:lopez-obrador-party-dubious-figures|issue:corruption'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador campaigned as an anti-corruption crusader',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'claim:lopez-obrador-approval-high'})
SET n:Claim
SET n += {
  name: 'López Obrador\'s approval ratings remain high',
  statement: 'López Obrador\'s approval ratings remain high.',
  date: date('2021-05-03'),
  datePrecision: 'day',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador’s approval ratings remain high',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:lopez-obrador-approval-high'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:lopez-obrador-approval-high|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador’s approval ratings remain high',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'claim:critics-authoritarian-tendencies'})
SET n:Claim
SET n += {
  name: 'Critics decry López Obrador\'s authoritarian tendencies and nationalist worldview',
  statement: 'Critics see authoritarian tendencies and a nationalist worldview that jeopardizes close U.S.-Mexico relations and economic ties cultivated by his predecessors.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'His critics decry what they see as authoritarian tendencies and a nationalist worldview that jeopardizes the close U.S.-Mexico relations and economic ties cultivated by his predecessors',
  attribution: 'unnamed-others',
  attributedTo: 'López Obrador\'s critics',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'claim:critics-authoritarian-tendencies'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:critics-authoritarian-tendencies|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'His critics decry what they see as authoritarian tendencies',
  attribution: 'unnamed-others',
  attributedTo: 'López Obrador\'s critics',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'claim:critics-authoritarian-tendencies'})
MATCH (b:Entity {id: 'issue:trade'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:critics-authoritarian-tendencies|issue:trade'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the close U.S.-Mexico relations and economic ties cultivated by his predecessors',
  attribution: 'unnamed-others',
  attributedTo: 'López Obrador\'s critics',
  confidence: 1.0,
  status: 'alleged'
};

MERGE (n:Entity {id: 'claim:rubio-leverage-to-keep-us-out'})
SET n:Claim
SET n += {
  name: 'Rubio: López Obrador intends to use leverage to keep the U.S. out of internal affairs',
  statement: 'López Obrador intended to use that leverage to keep the U.S. government from interfering in internal Mexican affairs.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Luis Rubio, president of the think tank México Evalúa, said that López Obrador intended to use that leverage to keep the U.S. government from interfering in internal Mexican affairs',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'claim:rubio-leverage-to-keep-us-out'})
MATCH (b:Entity {id: 'person:luis-rubio'})
MERGE (a)-[r:CLAIMED_BY {id: 'claimed_by|claim:rubio-leverage-to-keep-us-out|person:luis-rubio'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Luis Rubio, president of the think tank México Evalúa, said',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:rubio-leverage-to-keep-us-out'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:rubio-leverage-to-keep-us-out|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador intended to use that leverage',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'claim:rubio-leverage-to-keep-us-out'})
MATCH (b:Entity {id: 'issue:internal-affairs'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:rubio-leverage-to-keep-us-out|issue:internal-affairs'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'interfering in internal Mexican affairs',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MERGE (n:Entity {id: 'claim:rubio-troops-removed-for-leverage'})
SET n:Claim
SET n += {
  name: 'Rubio: troops were removed from the southern border to gain leverage',
  statement: 'The armed forces were removed from Mexico\'s southern border to gain leverage in the relationship (motive asserted by Rubio).',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'I don’t doubt that the armed forces were removed from our southern border to gain leverage in the relationship',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'claim:rubio-troops-removed-for-leverage'})
MATCH (b:Entity {id: 'person:luis-rubio'})
MERGE (a)-[r:CLAIMED_BY {id: 'claimed_by|claim:rubio-troops-removed-for-leverage|person:luis-rubio'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to gain leverage in the relationship,” said Rubio',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:rubio-troops-removed-for-leverage'})
MATCH (b:Entity {id: 'event:mexico-southern-border-troop-drawdown'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:rubio-troops-removed-for-leverage|event:mexico-southern-border-troop-drawdown'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'referring to the drawdown in troops along Mexico’s border with Guatemala',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MERGE (n:Entity {id: 'claim:families-released-into-us-interior'})
SET n:Claim
SET n += {
  name: 'Most arriving families were released into the U.S. interior because Mexico would not take them back',
  statement: 'Most families arriving in February and March were released into the U.S. interior because Mexico said it could not take them back.',
  validFrom: date('2021-02-01'),
  validFromPrecision: 'month',
  validTo: date('2021-03-01'),
  validToPrecision: 'month',
  derivation: 'February and March 2021 (year from the article date).',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'most of those families were released into the U.S. interior, because Mexico said it could not take them back, according to U.S. officials',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. officials',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:families-released-into-us-interior'})
MATCH (b:Entity {id: 'place:us-interior'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:families-released-into-us-interior|place:us-interior'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'released into the U.S. interior',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. officials',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:families-released-into-us-interior'})
MATCH (b:Entity {id: 'event:2021-mexico-says-cannot-take-back-families'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:families-released-into-us-interior|event:2021-mexico-says-cannot-take-back-families'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'because Mexico said it could not take them back',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. officials',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'claim:advocates-returned-families-vulnerable'})
SET n:Claim
SET n += {
  name: 'Advocates: families returned to Mexican border cities are vulnerable to kidnapping and extortion',
  statement: 'Families returned to Mexican border cities are vulnerable to kidnapping and extortion.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'who migrant advocates say are vulnerable to kidnapping and extortion once they are returned to Mexican border cities',
  attribution: 'unnamed-others',
  attributedTo: 'migrant advocates',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:advocates-returned-families-vulnerable'})
MATCH (b:Entity {id: 'place:mx-border-cities'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:advocates-returned-families-vulnerable|place:mx-border-cities'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'returned to Mexican border cities',
  attribution: 'unnamed-others',
  attributedTo: 'migrant advocates',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:advocates-returned-families-vulnerable'})
MATCH (b:Entity {id: 'issue:smuggling'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:advocates-returned-families-vulnerable|issue:smuggling'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'vulnerable to kidnapping and extortion',
  attribution: 'unnamed-others',
  attributedTo: 'migrant advocates',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'claim:mexican-officials-frustrated-with-rollback'})
SET n:Claim
SET n += {
  name: 'Mexican officials privately frustrated with Biden\'s rollback of Trump policies',
  statement: 'Mexican officials including Foreign Minister Marcelo Ebrard have been privately frustrated with Biden\'s rapid-fire rollback of Trump policies.',
  stance: 'frustrated',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexican officials including Foreign Minister Marcelo Ebrard have been privately frustrated with Biden’s rapid-fire rollback of Trump policies, according to current and former U.S. and Mexican officials',
  attribution: 'unnamed-officials',
  attributedTo: 'current and former U.S. and Mexican officials',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:mexican-officials-frustrated-with-rollback'})
MATCH (b:Entity {id: 'person:marcelo-ebrard'})
MERGE (a)-[r:CLAIMED_BY {id: 'claimed_by|claim:mexican-officials-frustrated-with-rollback|person:marcelo-ebrard'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexican officials including Foreign Minister Marcelo Ebrard have been privately frustrated',
  attribution: 'unnamed-officials',
  attributedTo: 'current and former U.S. and Mexican officials',
  confidence: 1.0,
  status: 'reported',
  note: 'Holder of the attitude (not the speaker): the attitude is attributed to him by unnamed officials.'
};

MATCH (a:Entity {id: 'claim:mexican-officials-frustrated-with-rollback'})
MATCH (b:Entity {id: 'event:2021-biden-rollback-trump-policies'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:mexican-officials-frustrated-with-rollback|event:2021-biden-rollback-trump-policies'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Biden’s rapid-fire rollback of Trump policies',
  attribution: 'unnamed-officials',
  attributedTo: 'current and former U.S. and Mexican officials',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'claim:mexico-thought-biden-incentivized-migration'})
SET n:Claim
SET n += {
  name: 'Mexico thought Biden\'s moves incentivized migration',
  statement: 'Mexico thought Biden\'s moves incentivized migration in the short term while his proposed solutions were long-term measures that could take years to make a difference.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'because Mexico thought Biden’s moves incentivized migration in the short term while his proposed solutions consisted of long-term measures that could take years to make a difference',
  attribution: 'unnamed-officials',
  attributedTo: 'current and former U.S. and Mexican officials',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:mexico-thought-biden-incentivized-migration'})
MATCH (b:Entity {id: 'person:biden'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:mexico-thought-biden-incentivized-migration|person:biden'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Biden’s moves incentivized migration',
  attribution: 'unnamed-officials',
  attributedTo: 'current and former U.S. and Mexican officials',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'claim:migrants-hired-smugglers'})
SET n:Claim
SET n += {
  name: 'Migrants Mexico "rescues" have often hired the smugglers themselves',
  statement: 'Mexico describes its arrests as "rescues" from criminals, although in many cases the migrants themselves have hired the smugglers.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'even though in many cases the migrants themselves have hired the smugglers',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:migrants-hired-smugglers'})
MATCH (b:Entity {id: 'event:2021-mexico-arrests-deports-minors-families'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:migrants-hired-smugglers|event:2021-mexico-arrests-deports-minors-families'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'often describing its actions as “rescues” that save Central Americans from criminals, even though in many cases the migrants themselves have hired the smugglers',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:migrants-hired-smugglers'})
MATCH (b:Entity {id: 'issue:smuggling'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:migrants-hired-smugglers|issue:smuggling'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the migrants themselves have hired the smugglers',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'claim:mexico-enforcement-capacity-limited'})
SET n:Claim
SET n += {
  name: 'Mexico\'s enforcement capacity is limited',
  statement: 'Mexico\'s enforcement capacity is limited: its March deportations (7,946) were fewer than the average number of migrants U.S. authorities take into custody in two days.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'But Mexico’s enforcement capacity is limited, and deportations in March totaled 7,946, fewer than the average number of migrants U.S. authorities take into custody over the course of two days',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:mexico-enforcement-capacity-limited'})
MATCH (b:Entity {id: 'stat:2021-03-mexico-deportations'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:mexico-enforcement-capacity-limited|stat:2021-03-mexico-deportations'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'deportations in March totaled 7,946',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'claim:mexican-enforcement-helped'})
SET n:Claim
SET n += {
  name: 'U.S. border officials: increased Mexican enforcement helped keep the wave from growing',
  statement: 'Increased Mexican enforcement in March, however modest, has helped prevent the current migration wave from growing larger.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. border officials say increased Mexican enforcement in March, however modest, has helped prevent the current migration wave from growing larger',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. border officials',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:mexican-enforcement-helped'})
MATCH (b:Entity {id: 'org:us-border-agents'})
MERGE (a)-[r:CLAIMED_BY {id: 'claimed_by|claim:mexican-enforcement-helped|org:us-border-agents'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. border officials say',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. border officials',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:mexican-enforcement-helped'})
MATCH (b:Entity {id: 'situation:2021-us-border-surge'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:mexican-enforcement-helped|situation:2021-us-border-surge'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'has helped prevent the current migration wave from growing larger',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. border officials',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'claim:us-officials-projected-increase'})
SET n:Claim
SET n += {
  name: 'U.S. officials were projecting an increase from March to April',
  statement: 'U.S. officials were projecting an increase in families and unaccompanied minors taken into custody from March to April 2021.',
  validFrom: date('2021-03-01'),
  validFromPrecision: 'month',
  validTo: date('2021-04-01'),
  validToPrecision: 'month',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a period when U.S. officials were projecting an increase',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. officials',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:us-officials-projected-increase'})
MATCH (b:Entity {id: 'stat:2021-03-04-families-minors-custody-change'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:us-officials-projected-increase|stat:2021-03-04-families-minors-custody-change'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'declined slightly from March to April, a period when U.S. officials were projecting an increase',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. officials',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'claim:biden-seasonal-pattern'})
SET n:Claim
SET n += {
  name: 'Biden and aides: the border influx is a normal seasonal pattern',
  statement: 'The border influx was part of a normal seasonal pattern.',
  date: date('2021-03-01'),
  datePrecision: 'month',
  derivation: '"in March" → March 2021.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Biden and his top aides were insisting in March that the border influx was part of a normal seasonal pattern',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:biden-seasonal-pattern'})
MATCH (b:Entity {id: 'person:biden'})
MERGE (a)-[r:CLAIMED_BY {id: 'claimed_by|claim:biden-seasonal-pattern|person:biden'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'When Biden and his top aides were insisting in March',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:biden-seasonal-pattern'})
MATCH (b:Entity {id: 'situation:2021-us-border-surge'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:biden-seasonal-pattern|situation:2021-us-border-surge'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the border influx was part of a normal seasonal pattern',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'claim:lopez-obrador-biden-tone-encouraged-migrants'})
SET n:Claim
SET n += {
  name: 'López Obrador: migrants encouraged by Biden\'s more welcoming tone',
  statement: 'Migrants have been encouraged by the U.S. president\'s more welcoming tone.',
  medium: 'press remarks',
  date: date('2021-03-01'),
  datePrecision: 'month',
  derivation: 'Said "When Biden and his top aides were insisting in March" → March 2021.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador told reporters that migrants have been encouraged by the U.S. president’s more welcoming tone',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:lopez-obrador-biden-tone-encouraged-migrants'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:CLAIMED_BY {id: 'claimed_by|claim:lopez-obrador-biden-tone-encouraged-migrants|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador told reporters',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:lopez-obrador-biden-tone-encouraged-migrants'})
MATCH (b:Entity {id: 'person:biden'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:lopez-obrador-biden-tone-encouraged-migrants|person:biden'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the U.S. president’s more welcoming tone',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:lopez-obrador-biden-tone-encouraged-migrants'})
MATCH (b:Entity {id: 'claim:biden-seasonal-pattern'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:lopez-obrador-biden-tone-encouraged-migrants|claim:biden-seasonal-pattern'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'When Biden and his top aides were insisting in March that the border influx was part of a normal seasonal pattern, López Obrador told reporters',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 1.0,
  status: 'reported',
  note: 'Counter-claim: the article sets the two claims side by side.'
};

MERGE (n:Entity {id: 'claim:lopez-obrador-understands-importance-to-biden'})
SET n:Claim
SET n += {
  name: 'López Obrador understands migration is important to Biden',
  statement: 'López Obrador has made clear he understands that the migration issue is also important to Biden.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador has made clear he understands that the issue is also important to Biden',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:lopez-obrador-understands-importance-to-biden'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:lopez-obrador-understands-importance-to-biden|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador has made clear he understands',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'claim:landau-lopez-obrador-knew-importance-to-trump'})
SET n:Claim
SET n += {
  name: 'Landau: López Obrador knew migration was important to Trump',
  statement: 'López Obrador knew that the migration issue was important to Trump, and as long as Mexico cooperated U.S. officials did not give him a hard time on other issues.',
  medium: 'video conference',
  date: date('2021-04-26'),
  datePrecision: 'week',
  derivation: '"last week" relative to Monday 2021-05-03 → week beginning 2021-04-26.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Landau said López Obrador knew that the migration issue was important to Trump and that as long as Mexico cooperated',
  attribution: 'cited-outlet',
  attributedTo: 'org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:landau-lopez-obrador-knew-importance-to-trump'})
MATCH (b:Entity {id: 'person:christopher-landau'})
MERGE (a)-[r:CLAIMED_BY {id: 'claimed_by|claim:landau-lopez-obrador-knew-importance-to-trump|person:christopher-landau'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Landau said López Obrador knew',
  attribution: 'cited-outlet',
  attributedTo: 'org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:landau-lopez-obrador-knew-importance-to-trump'})
MATCH (b:Entity {id: 'org:reforma'})
MERGE (a)-[r:REPORTED_BY {id: 'reported_by|claim:landau-lopez-obrador-knew-importance-to-trump|org:reforma|cited-outlet'}]->(b)
SET r += {
  role: 'cited-outlet',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'cited by Mexico’s Reforma newspaper',
  attribution: 'cited-outlet',
  attributedTo: 'org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'claim:landau-lopez-obrador-knew-importance-to-trump'})
MATCH (b:Entity {id: 'person:trump'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:landau-lopez-obrador-knew-importance-to-trump|person:trump'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the migration issue was important to Trump',
  attribution: 'cited-outlet',
  attributedTo: 'org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'claim:mexican-adult-migrants-problem-for-lopez-obrador'})
SET n:Claim
SET n += {
  name: 'Soaring Mexican adult migration is a potential problem for López Obrador in talks with Harris',
  statement: 'The soaring number of Mexican adult migrants, now at levels resembling the early 2000s, is a potential problem for López Obrador in talks with Harris.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'One potential problem for López Obrador in talks with Harris: the soaring number of Mexican adult migrants',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:mexican-adult-migrants-problem-for-lopez-obrador'})
MATCH (b:Entity {id: 'situation:2021-mexican-adult-migration-rise'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:mexican-adult-migrants-problem-for-lopez-obrador|situation:2021-mexican-adult-migration-rise'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the soaring number of Mexican adult migrants coming across the U.S. border',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'claim:mexican-adult-migrants-problem-for-lopez-obrador'})
MATCH (b:Entity {id: 'event:2021-05-07-harris-lopez-obrador-virtual-meeting'})
MERGE (a)-[r:CONCERNS {id: 'concerns|claim:mexican-adult-migrants-problem-for-lopez-obrador|event:2021-05-07-harris-lopez-obrador-virtual-meeting'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'in talks with Harris',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};
