// Coercion (threat followed by concession) and issue linkage / compartmentalisation.
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MERGE (n:Entity {id: 'coercion:2019-tariff-threat'})
SET n:Coercion
SET n += {
  name: '2019: Trump\'s tariff threat coerces López Obrador into a reversal on migration',
  kind: 'threat',
  explicitness: 'stated',
  outcome: 'complied',
  date: date('2019-01-01'),
  datePrecision: 'year',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump’s threats coerced López Obrador into a reversal',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'coercion:2019-tariff-threat'})
MATCH (b:Entity {id: 'event:2019-trump-tariff-threat'})
MERGE (a)-[r:HAS_PART {id: 'has_part|coercion:2019-tariff-threat|event:2019-trump-tariff-threat|threat'}]->(b)
SET r += {
  role: 'threat',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'threatened to sink Mexico’s economy with escalating tariffs',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'coercion:2019-tariff-threat'})
MATCH (b:Entity {id: 'event:2019-mexico-militarized-crackdown'})
MERGE (a)-[r:HAS_PART {id: 'has_part|coercion:2019-tariff-threat|event:2019-mexico-militarized-crackdown|response'}]->(b)
SET r += {
  role: 'response',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador responded with an unprecedented militarized crackdown',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'coercion:2019-tariff-threat'})
MATCH (b:Entity {id: 'event:2019-mexico-agrees-remain-in-mexico-expansion'})
MERGE (a)-[r:HAS_PART {id: 'has_part|coercion:2019-tariff-threat|event:2019-mexico-agrees-remain-in-mexico-expansion|response'}]->(b)
SET r += {
  role: 'response',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'while agreeing to a broad expansion of Trump’s “Remain in Mexico” program',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:trump'})
MATCH (b:Entity {id: 'coercion:2019-tariff-threat'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:trump|coercion:2019-tariff-threat|coercer'}]->(b)
SET r += {
  role: 'coercer',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump’s threats coerced López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:lopez-obrador'})
MATCH (b:Entity {id: 'coercion:2019-tariff-threat'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:lopez-obrador|coercion:2019-tariff-threat|target'}]->(b)
SET r += {
  role: 'target',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'coerced López Obrador into a reversal',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'coercion:2019-tariff-threat'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|coercion:2019-tariff-threat|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'intermingling immigration enforcement with other bilateral issues',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'coercion:2019-tariff-threat'})
MATCH (b:Entity {id: 'issue:trade'})
MERGE (a)-[r:CONCERNS {id: 'concerns|coercion:2019-tariff-threat|issue:trade'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'escalating tariffs',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'coercion:2014-pressure'})
SET n:Coercion
SET n += {
  name: '2014: Obama administration leans on Mexico; Mexico announces Programa Frontera Sur',
  kind: 'pressure',
  explicitness: 'implied',
  outcome: 'complied',
  date: date('2014-01-01'),
  datePrecision: 'year',
  note: 'No threat is reported ("leaned on"); the response link is implied by juxtaposition.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his administration leaned on Mexico to crack down along the freight rail lines',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.6,
  status: 'implied'
};

MATCH (a:Entity {id: 'coercion:2014-pressure'})
MATCH (b:Entity {id: 'event:2014-obama-administration-presses-mexico'})
MERGE (a)-[r:HAS_PART {id: 'has_part|coercion:2014-pressure|event:2014-obama-administration-presses-mexico|pressure'}]->(b)
SET r += {
  role: 'pressure',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his administration leaned on Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'coercion:2014-pressure'})
MATCH (b:Entity {id: 'event:2014-mexico-announces-programa-frontera-sur'})
MERGE (a)-[r:HAS_PART {id: 'has_part|coercion:2014-pressure|event:2014-mexico-announces-programa-frontera-sur|response'}]->(b)
SET r += {
  role: 'response',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico announced a “Programa Frontera Sur”',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.6,
  status: 'implied'
};

MATCH (a:Entity {id: 'org:obama-administration'})
MATCH (b:Entity {id: 'coercion:2014-pressure'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:obama-administration|coercion:2014-pressure|coercer'}]->(b)
SET r += {
  role: 'coercer',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his administration leaned on Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'coercion:2014-pressure'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:mx|coercion:2014-pressure|target'}]->(b)
SET r += {
  role: 'target',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'leaned on Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'linkage:2019-trump-migration-tariffs'})
SET n:IssueLinkage
SET n += {
  name: 'Trump ties migration to tariffs (2019)',
  kind: 'linkage',
  explicitness: 'reported',
  phase: 'ended',
  date: date('2019-01-01'),
  datePrecision: 'year',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'As groups of migrants numbering 300 or more crossed into the United States, Trump fulminated and threatened to sink Mexico’s economy with escalating tariffs',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:2019-trump-migration-tariffs'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:LINKS {id: 'links|linkage:2019-trump-migration-tariffs|issue:migration|demand'}]->(b)
SET r += {
  role: 'demand',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'As groups of migrants numbering 300 or more crossed into the United States',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:2019-trump-migration-tariffs'})
MATCH (b:Entity {id: 'issue:trade'})
MERGE (a)-[r:LINKS {id: 'links|linkage:2019-trump-migration-tariffs|issue:trade|lever'}]->(b)
SET r += {
  role: 'lever',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'escalating tariffs',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:trump'})
MATCH (b:Entity {id: 'linkage:2019-trump-migration-tariffs'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:trump|linkage:2019-trump-migration-tariffs|linker'}]->(b)
SET r += {
  role: 'linker',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump fulminated and threatened',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:2019-trump-migration-tariffs'})
MATCH (b:Entity {id: 'event:2019-trump-tariff-threat'})
MERGE (a)-[r:HAS_PART {id: 'has_part|linkage:2019-trump-migration-tariffs|event:2019-trump-tariff-threat|instrument'}]->(b)
SET r += {
  role: 'instrument',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'threatened to sink Mexico’s economy with escalating tariffs',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'linkage:trump-era-intermingling'})
SET n:IssueLinkage
SET n += {
  name: 'Immigration enforcement intermingled with other bilateral issues',
  kind: 'linkage',
  explicitness: 'reported',
  phase: 'ongoing',
  mechanism: 'effect of Trump\'s threats',
  knownFrom: date('2019-01-01'),
  knownFromPrecision: 'year',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump’s threats coerced López Obrador into a reversal, but also had the effect of intermingling immigration enforcement with other bilateral issues beyond trade, including corruption, environmental protection and counternarcotics cooperation',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:trump-era-intermingling'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:LINKS {id: 'links|linkage:trump-era-intermingling|issue:migration|anchor'}]->(b)
SET r += {
  role: 'anchor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'intermingling immigration enforcement with other bilateral issues',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:trump-era-intermingling'})
MATCH (b:Entity {id: 'issue:trade'})
MERGE (a)-[r:LINKS {id: 'links|linkage:trump-era-intermingling|issue:trade|linked'}]->(b)
SET r += {
  role: 'linked',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'other bilateral issues beyond trade',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:trump-era-intermingling'})
MATCH (b:Entity {id: 'issue:corruption'})
MERGE (a)-[r:LINKS {id: 'links|linkage:trump-era-intermingling|issue:corruption|linked'}]->(b)
SET r += {
  role: 'linked',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'including corruption',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:trump-era-intermingling'})
MATCH (b:Entity {id: 'issue:environment'})
MERGE (a)-[r:LINKS {id: 'links|linkage:trump-era-intermingling|issue:environment|linked'}]->(b)
SET r += {
  role: 'linked',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'environmental protection',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:trump-era-intermingling'})
MATCH (b:Entity {id: 'issue:counternarcotics'})
MERGE (a)-[r:LINKS {id: 'links|linkage:trump-era-intermingling|issue:counternarcotics|linked'}]->(b)
SET r += {
  role: 'linked',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'counternarcotics cooperation',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:trump'})
MATCH (b:Entity {id: 'linkage:trump-era-intermingling'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:trump|linkage:trump-era-intermingling|cause'}]->(b)
SET r += {
  role: 'cause',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump’s threats coerced López Obrador into a reversal, but also had the effect of intermingling',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'linkage:pre-trump-compartmentalisation'})
SET n:IssueLinkage
SET n += {
  name: 'Compartmentalisation of migration, drug trafficking and commerce',
  kind: 'compartmentalisation',
  explicitness: 'stated',
  phase: 'ended',
  validFrom: date('1980-01-01'),
  validFromPrecision: 'decade',
  openEnded: false,
  purpose: 'so a dispute in one area wouldn\'t contaminate the entire relationship',
  derivation: 'validFrom: Rubio says the premise Trump violated "dated back to the 1980s" (decade precision); ended ("scuttled") by Trump, date not stated.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Rubio noted that before Trump, U.S. administrations had committed to compartmentalizing issues like migration, drug trafficking and commerce — so a dispute in one area wouldn’t contaminate the entire relationship',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'linkage:pre-trump-compartmentalisation'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:LINKS {id: 'links|linkage:pre-trump-compartmentalisation|issue:migration|compartmentalised'}]->(b)
SET r += {
  role: 'compartmentalised',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'compartmentalizing issues like migration',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'linkage:pre-trump-compartmentalisation'})
MATCH (b:Entity {id: 'issue:counternarcotics'})
MERGE (a)-[r:LINKS {id: 'links|linkage:pre-trump-compartmentalisation|issue:counternarcotics|compartmentalised'}]->(b)
SET r += {
  role: 'compartmentalised',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'drug trafficking',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'linkage:pre-trump-compartmentalisation'})
MATCH (b:Entity {id: 'issue:trade'})
MERGE (a)-[r:LINKS {id: 'links|linkage:pre-trump-compartmentalisation|issue:trade|compartmentalised'}]->(b)
SET r += {
  role: 'compartmentalised',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'drug trafficking and commerce',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'country:us'})
MATCH (b:Entity {id: 'linkage:pre-trump-compartmentalisation'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:us|linkage:pre-trump-compartmentalisation|practitioner'}]->(b)
SET r += {
  role: 'practitioner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'before Trump, U.S. administrations had committed to compartmentalizing issues',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'person:trump'})
MATCH (b:Entity {id: 'linkage:pre-trump-compartmentalisation'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:trump|linkage:pre-trump-compartmentalisation|ended-by'}]->(b)
SET r += {
  role: 'ended-by',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'That arrangement was scuttled by Trump',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 0.9,
  status: 'reported',
  note: 'Sentence follows "Rubio noted"; read as part of his account.'
};

MERGE (n:Entity {id: 'linkage:lopez-obrador-leverage-non-interference'})
SET n:IssueLinkage
SET n += {
  name: 'López Obrador ties migration leverage to U.S. non-interference (alleged)',
  kind: 'linkage',
  explicitness: 'alleged',
  phase: 'sought',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador intended to use that leverage to keep the U.S. government from interfering in internal Mexican affairs',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'linkage:lopez-obrador-leverage-non-interference'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:LINKS {id: 'links|linkage:lopez-obrador-leverage-non-interference|issue:migration|lever'}]->(b)
SET r += {
  role: 'lever',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador intended to use that leverage',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'linkage:lopez-obrador-leverage-non-interference'})
MATCH (b:Entity {id: 'issue:internal-affairs'})
MERGE (a)-[r:LINKS {id: 'links|linkage:lopez-obrador-leverage-non-interference|issue:internal-affairs|demand'}]->(b)
SET r += {
  role: 'demand',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'interfering in internal Mexican affairs',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'linkage:lopez-obrador-leverage-non-interference'})
MATCH (b:Entity {id: 'issue:elections'})
MERGE (a)-[r:LINKS {id: 'links|linkage:lopez-obrador-leverage-non-interference|issue:elections|demand'}]->(b)
SET r += {
  role: 'demand',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'such as Mexican elections and corruption',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'linkage:lopez-obrador-leverage-non-interference'})
MATCH (b:Entity {id: 'issue:corruption'})
MERGE (a)-[r:LINKS {id: 'links|linkage:lopez-obrador-leverage-non-interference|issue:corruption|demand'}]->(b)
SET r += {
  role: 'demand',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'such as Mexican elections and corruption',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'person:lopez-obrador'})
MATCH (b:Entity {id: 'linkage:lopez-obrador-leverage-non-interference'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:lopez-obrador|linkage:lopez-obrador-leverage-non-interference|linker'}]->(b)
SET r += {
  role: 'linker',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador intended to use that leverage',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'linkage:lopez-obrador-leverage-non-interference'})
MATCH (b:Entity {id: 'exchange:leverage-for-non-interference'})
MERGE (a)-[r:HAS_PART {id: 'has_part|linkage:lopez-obrador-leverage-non-interference|exchange:leverage-for-non-interference|sought-exchange'}]->(b)
SET r += {
  role: 'sought-exchange',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador intended to use that leverage to keep the U.S. government from interfering',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MERGE (n:Entity {id: 'linkage:2021-potential-mexican-leverage'})
SET n:IssueLinkage
SET n += {
  name: 'Mexico\'s migration leverage vs. U.S. anti-corruption, climate, energy and labor push (potential)',
  kind: 'potential-linkage',
  explicitness: 'implied',
  phase: 'hypothetical',
  knownFrom: date('2021-05-03'),
  knownTo: date('2021-05-03'),
  knownFromPrecision: 'day',
  knownToPrecision: 'day',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'That leverage can take different forms, but it could come in handy for López Obrador at a time when the Biden administration is pushing a regional anti-corruption strategy and prodding Mexico on a number of other initiatives',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.7,
  status: 'implied'
};

MATCH (a:Entity {id: 'linkage:2021-potential-mexican-leverage'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:LINKS {id: 'links|linkage:2021-potential-mexican-leverage|issue:migration|lever'}]->(b)
SET r += {
  role: 'lever',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'That leverage can take different forms',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:2021-potential-mexican-leverage'})
MATCH (b:Entity {id: 'issue:corruption'})
MERGE (a)-[r:LINKS {id: 'links|linkage:2021-potential-mexican-leverage|issue:corruption|counter-issue'}]->(b)
SET r += {
  role: 'counter-issue',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a regional anti-corruption strategy',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:2021-potential-mexican-leverage'})
MATCH (b:Entity {id: 'issue:climate'})
MERGE (a)-[r:LINKS {id: 'links|linkage:2021-potential-mexican-leverage|issue:climate|counter-issue'}]->(b)
SET r += {
  role: 'counter-issue',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'climate change commitments',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:2021-potential-mexican-leverage'})
MATCH (b:Entity {id: 'issue:clean-energy'})
MERGE (a)-[r:LINKS {id: 'links|linkage:2021-potential-mexican-leverage|issue:clean-energy|counter-issue'}]->(b)
SET r += {
  role: 'counter-issue',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'clean energy',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'linkage:2021-potential-mexican-leverage'})
MATCH (b:Entity {id: 'issue:labor'})
MERGE (a)-[r:LINKS {id: 'links|linkage:2021-potential-mexican-leverage|issue:labor|counter-issue'}]->(b)
SET r += {
  role: 'counter-issue',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'labor protections',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:lopez-obrador'})
MATCH (b:Entity {id: 'linkage:2021-potential-mexican-leverage'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:lopez-obrador|linkage:2021-potential-mexican-leverage|potential-linker'}]->(b)
SET r += {
  role: 'potential-linker',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'it could come in handy for López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.7,
  status: 'implied'
};

MATCH (a:Entity {id: 'linkage:2021-potential-mexican-leverage'})
MATCH (b:Entity {id: 'event:2021-us-prods-mexico-on-other-initiatives'})
MERGE (a)-[r:HAS_PART {id: 'has_part|linkage:2021-potential-mexican-leverage|event:2021-us-prods-mexico-on-other-initiatives|context'}]->(b)
SET r += {
  role: 'context',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'prodding Mexico on a number of other initiatives',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};
