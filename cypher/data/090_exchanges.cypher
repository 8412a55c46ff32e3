// Exchanges (quid pro quo) and their concessions.
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MERGE (n:Entity {id: 'exchange:2021-03-enforcement-for-vaccines'})
SET n:Exchange
SET n += {
  name: 'March 2021: Mexican enforcement and U.S. vaccine doses in the same talks',
  explicitness: 'reported',
  phase: 'agreed',
  date: date('2021-03-01'),
  datePrecision: 'month',
  derivation: '"In March" / "As part of those talks" → March 2021.',
  description: 'In March talks Mexico agreed to deploy troops and police (and closed its southern border); "as part of those talks" the U.S. agreed to send surplus AstraZeneca doses. The link is the article\'s reporting; no official is quoted calling it a trade.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'As part of those talks, the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'concession:2021-03-mexico-troop-deployment'})
SET n:Concession
SET n += {
  name: 'Mexico deploys thousands of troops and police officers to stop migrants',
  kind: 'enforcement',
  explicitness: 'reported',
  phase: 'agreed',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'In March, as Biden officials scrambled to address the surge, the Mexican government agreed to deploy thousands of troops and police officers to stop migrants',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'exchange:2021-03-enforcement-for-vaccines'})
MATCH (b:Entity {id: 'concession:2021-03-mexico-troop-deployment'})
MERGE (a)-[r:HAS_CONCESSION {id: 'has_concession|exchange:2021-03-enforcement-for-vaccines|concession:2021-03-mexico-troop-deployment'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'In March, as Biden officials scrambled to address the surge, the Mexican government agreed to deploy thousands of troops and police officers to stop migrants',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'concession:2021-03-mexico-troop-deployment'})
MATCH (b:Entity {id: 'org:mx-government'})
MERGE (a)-[r:GIVEN_BY {id: 'given_by|concession:2021-03-mexico-troop-deployment|org:mx-government'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Mexican government agreed to deploy thousands of troops and police officers',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'concession:2021-03-mexico-troop-deployment'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:GIVEN_TO {id: 'given_to|concession:2021-03-mexico-troop-deployment|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as Biden officials scrambled to address the surge',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'concession:2021-03-mexico-troop-deployment'})
MATCH (b:Entity {id: 'event:2021-03-mexico-agrees-troop-deployment'})
MERGE (a)-[r:REALISED_BY {id: 'realised_by|concession:2021-03-mexico-troop-deployment|event:2021-03-mexico-agrees-troop-deployment'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Mexican government agreed to deploy thousands of troops and police officers to stop migrants',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'concession:2021-03-mexico-border-closure'})
SET n:Concession
SET n += {
  name: 'Mexico closes its southern border to nonessential travel',
  kind: 'enforcement',
  explicitness: 'implied',
  phase: 'completed',
  note: 'Declared "as a public health measure"; the article places it in the same sentence as the troop agreement but does not say it was part of the deal.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'while declaring its southern border closed for nonessential travel as a public health measure',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.5,
  status: 'implied'
};

MATCH (a:Entity {id: 'exchange:2021-03-enforcement-for-vaccines'})
MATCH (b:Entity {id: 'concession:2021-03-mexico-border-closure'})
MERGE (a)-[r:HAS_CONCESSION {id: 'has_concession|exchange:2021-03-enforcement-for-vaccines|concession:2021-03-mexico-border-closure'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'while declaring its southern border closed for nonessential travel as a public health measure',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.5,
  status: 'implied'
};

MATCH (a:Entity {id: 'concession:2021-03-mexico-border-closure'})
MATCH (b:Entity {id: 'org:mx-government'})
MERGE (a)-[r:GIVEN_BY {id: 'given_by|concession:2021-03-mexico-border-closure|org:mx-government'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'while declaring its southern border closed for nonessential travel',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.5,
  status: 'implied'
};

MATCH (a:Entity {id: 'concession:2021-03-mexico-border-closure'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:GIVEN_TO {id: 'given_to|concession:2021-03-mexico-border-closure|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as Biden officials scrambled to address the surge',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.5,
  status: 'implied'
};

MATCH (a:Entity {id: 'concession:2021-03-mexico-border-closure'})
MATCH (b:Entity {id: 'event:2021-03-mexico-closes-southern-border'})
MERGE (a)-[r:REALISED_BY {id: 'realised_by|concession:2021-03-mexico-border-closure|event:2021-03-mexico-closes-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'declaring its southern border closed for nonessential travel as a public health measure',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.5,
  status: 'implied'
};

MERGE (n:Entity {id: 'concession:2021-03-us-vaccine-doses'})
SET n:Concession
SET n += {
  name: 'U.S. sends millions of surplus AstraZeneca vaccine doses to Mexico',
  kind: 'material aid',
  explicitness: 'reported',
  phase: 'agreed',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'As part of those talks, the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'exchange:2021-03-enforcement-for-vaccines'})
MATCH (b:Entity {id: 'concession:2021-03-us-vaccine-doses'})
MERGE (a)-[r:HAS_CONCESSION {id: 'has_concession|exchange:2021-03-enforcement-for-vaccines|concession:2021-03-us-vaccine-doses'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'As part of those talks, the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'concession:2021-03-us-vaccine-doses'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:GIVEN_BY {id: 'given_by|concession:2021-03-us-vaccine-doses|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the United States agreed to send millions of surplus AstraZeneca vaccine doses',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'concession:2021-03-us-vaccine-doses'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:GIVEN_TO {id: 'given_to|concession:2021-03-us-vaccine-doses|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'vaccine doses to Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'concession:2021-03-us-vaccine-doses'})
MATCH (b:Entity {id: 'event:2021-03-us-agrees-vaccine-doses'})
MERGE (a)-[r:REALISED_BY {id: 'realised_by|concession:2021-03-us-vaccine-doses|event:2021-03-us-agrees-vaccine-doses'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'exchange:2021-03-enforcement-for-vaccines'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|exchange:2021-03-enforcement-for-vaccines|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to stop migrants',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'exchange:2021-03-enforcement-for-vaccines'})
MATCH (b:Entity {id: 'issue:vaccines'})
MERGE (a)-[r:CONCERNS {id: 'concerns|exchange:2021-03-enforcement-for-vaccines|issue:vaccines'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'surplus AstraZeneca vaccine doses',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'exchange:trump-era-cooperation-for-forbearance'})
SET n:Exchange
SET n += {
  name: 'Trump era: Mexican migration cooperation for U.S. forbearance on other issues',
  explicitness: 'stated',
  phase: 'completed',
  description: 'Per Landau (video conference cited by Reforma): as long as Mexico cooperated on migration, U.S. officials did not give López Obrador a hard time on a gazillion other issues.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as long as Mexico cooperated, U.S. officials “weren’t giving him a hard time on a gazillion other issues.”',
  attribution: 'cited-outlet',
  attributedTo: 'person:christopher-landau via org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'concession:trump-era-mexico-migration-cooperation'})
SET n:Concession
SET n += {
  name: 'Mexico cooperates on migration (Trump era)',
  kind: 'enforcement',
  explicitness: 'stated',
  phase: 'completed',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as long as Mexico cooperated',
  attribution: 'cited-outlet',
  attributedTo: 'person:christopher-landau via org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'exchange:trump-era-cooperation-for-forbearance'})
MATCH (b:Entity {id: 'concession:trump-era-mexico-migration-cooperation'})
MERGE (a)-[r:HAS_CONCESSION {id: 'has_concession|exchange:trump-era-cooperation-for-forbearance|concession:trump-era-mexico-migration-cooperation'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as long as Mexico cooperated',
  attribution: 'cited-outlet',
  attributedTo: 'person:christopher-landau via org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'concession:trump-era-mexico-migration-cooperation'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:GIVEN_BY {id: 'given_by|concession:trump-era-mexico-migration-cooperation|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as long as Mexico cooperated',
  attribution: 'cited-outlet',
  attributedTo: 'person:christopher-landau via org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'concession:trump-era-mexico-migration-cooperation'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:GIVEN_TO {id: 'given_to|concession:trump-era-mexico-migration-cooperation|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the migration issue was important to Trump',
  attribution: 'cited-outlet',
  attributedTo: 'person:christopher-landau via org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'concession:trump-era-mexico-migration-cooperation'})
MATCH (b:Entity {id: 'event:2019-mexico-militarized-crackdown'})
MERGE (a)-[r:REALISED_BY {id: 'realised_by|concession:trump-era-mexico-migration-cooperation|event:2019-mexico-militarized-crackdown'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador responded with an unprecedented militarized crackdown',
  attribution: 'cited-outlet',
  attributedTo: 'person:christopher-landau via org:reforma',
  confidence: 0.6,
  status: 'implied',
  derivation: 'Landau does not say which cooperation; the 2019 crackdown is the cooperation the article describes for the Trump era.'
};

MERGE (n:Entity {id: 'concession:trump-era-us-forbearance'})
SET n:Concession
SET n += {
  name: 'U.S. officials go easy on López Obrador on "a gazillion other issues"',
  kind: 'forbearance',
  explicitness: 'stated',
  phase: 'completed',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. officials “weren’t giving him a hard time on a gazillion other issues.”',
  attribution: 'cited-outlet',
  attributedTo: 'person:christopher-landau via org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'exchange:trump-era-cooperation-for-forbearance'})
MATCH (b:Entity {id: 'concession:trump-era-us-forbearance'})
MERGE (a)-[r:HAS_CONCESSION {id: 'has_concession|exchange:trump-era-cooperation-for-forbearance|concession:trump-era-us-forbearance'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. officials “weren’t giving him a hard time on a gazillion other issues.”',
  attribution: 'cited-outlet',
  attributedTo: 'person:christopher-landau via org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'concession:trump-era-us-forbearance'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:GIVEN_BY {id: 'given_by|concession:trump-era-us-forbearance|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. officials “weren’t giving him a hard time',
  attribution: 'cited-outlet',
  attributedTo: 'person:christopher-landau via org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'concession:trump-era-us-forbearance'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:GIVEN_TO {id: 'given_to|concession:trump-era-us-forbearance|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'weren’t giving him a hard time on a gazillion other issues',
  attribution: 'cited-outlet',
  attributedTo: 'person:christopher-landau via org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'exchange:trump-era-cooperation-for-forbearance'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|exchange:trump-era-cooperation-for-forbearance|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the migration issue was important to Trump',
  attribution: 'cited-outlet',
  attributedTo: 'person:christopher-landau via org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'exchange:enforcement-for-goodwill'})
SET n:Exchange
SET n += {
  name: 'Mexican enforcement at U.S. urging for U.S. goodwill toward Mexican requests',
  explicitness: 'stated',
  phase: 'expected',
  description: 'Landau: to the extent the U.S. urges Mexico to undertake enforcement actions, one would expect the U.S. to look more kindly on any request Mexico has.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to the extent we are urging Mexico to undertake enforcement actions, one would expect us to look more kindly on any request Mexico will have of us',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'concession:mexico-enforcement-at-us-urging'})
SET n:Concession
SET n += {
  name: 'Mexico undertakes enforcement actions at U.S. urging',
  kind: 'enforcement',
  explicitness: 'stated',
  phase: 'ongoing',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to the extent we are urging Mexico to undertake enforcement actions',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'exchange:enforcement-for-goodwill'})
MATCH (b:Entity {id: 'concession:mexico-enforcement-at-us-urging'})
MERGE (a)-[r:HAS_CONCESSION {id: 'has_concession|exchange:enforcement-for-goodwill|concession:mexico-enforcement-at-us-urging'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to the extent we are urging Mexico to undertake enforcement actions',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'concession:mexico-enforcement-at-us-urging'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:GIVEN_BY {id: 'given_by|concession:mexico-enforcement-at-us-urging|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'we are urging Mexico to undertake enforcement actions',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'concession:mexico-enforcement-at-us-urging'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:GIVEN_TO {id: 'given_to|concession:mexico-enforcement-at-us-urging|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'we are urging Mexico',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'concession:mexico-enforcement-at-us-urging'})
MATCH (b:Entity {id: 'event:2021-us-asks-mexico-to-intensify-enforcement'})
MERGE (a)-[r:REALISED_BY {id: 'realised_by|concession:mexico-enforcement-at-us-urging|event:2021-us-asks-mexico-to-intensify-enforcement'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'asking Mexico to intensify its enforcement efforts',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.7,
  status: 'implied',
  derivation: 'The U.S. urging Landau mentions corresponds to the request the article reports.'
};

MERGE (n:Entity {id: 'concession:us-kindness-to-mexican-requests'})
SET n:Concession
SET n += {
  name: 'U.S. looks more kindly on Mexican requests',
  kind: 'goodwill',
  explicitness: 'stated',
  phase: 'expected',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'one would expect us to look more kindly on any request Mexico will have of us',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'exchange:enforcement-for-goodwill'})
MATCH (b:Entity {id: 'concession:us-kindness-to-mexican-requests'})
MERGE (a)-[r:HAS_CONCESSION {id: 'has_concession|exchange:enforcement-for-goodwill|concession:us-kindness-to-mexican-requests'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'one would expect us to look more kindly on any request Mexico will have of us',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'concession:us-kindness-to-mexican-requests'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:GIVEN_BY {id: 'given_by|concession:us-kindness-to-mexican-requests|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'one would expect us to look more kindly',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'concession:us-kindness-to-mexican-requests'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:GIVEN_TO {id: 'given_to|concession:us-kindness-to-mexican-requests|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'any request Mexico will have of us',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'exchange:enforcement-for-goodwill'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|exchange:enforcement-for-goodwill|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico is enforcing its own migration laws',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'exchange:leverage-for-non-interference'})
SET n:Exchange
SET n += {
  name: 'Mexican migration leverage for U.S. non-interference in internal affairs (alleged aim)',
  explicitness: 'alleged',
  phase: 'sought',
  description: 'Rubio: López Obrador intends to use the leverage from migration enforcement to reduce the Biden administration\'s interest in Mexican internal issues such as elections and corruption.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador intended to use that leverage to keep the U.S. government from interfering in internal Mexican affairs',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MERGE (n:Entity {id: 'concession:mexico-migration-enforcement-leverage'})
SET n:Concession
SET n += {
  name: 'Mexico limits migration (source of leverage)',
  kind: 'enforcement',
  explicitness: 'alleged',
  phase: 'ongoing',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'intended to use that leverage',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'exchange:leverage-for-non-interference'})
MATCH (b:Entity {id: 'concession:mexico-migration-enforcement-leverage'})
MERGE (a)-[r:HAS_CONCESSION {id: 'has_concession|exchange:leverage-for-non-interference|concession:mexico-migration-enforcement-leverage'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'intended to use that leverage',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'concession:mexico-migration-enforcement-leverage'})
MATCH (b:Entity {id: 'org:mx-government'})
MERGE (a)-[r:GIVEN_BY {id: 'given_by|concession:mexico-migration-enforcement-leverage|org:mx-government'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s ability to limit migration has given its government significant leverage',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'concession:mexico-migration-enforcement-leverage'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:GIVEN_TO {id: 'given_to|concession:mexico-migration-enforcement-leverage|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'an issue that is a political vulnerability for Biden',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'concession:us-non-interference'})
SET n:Concession
SET n += {
  name: 'U.S. stays out of internal Mexican affairs (elections, corruption)',
  kind: 'forbearance',
  explicitness: 'alleged',
  phase: 'sought',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to reduce the Biden administration’s interest in getting involved in internal issues',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'exchange:leverage-for-non-interference'})
MATCH (b:Entity {id: 'concession:us-non-interference'})
MERGE (a)-[r:HAS_CONCESSION {id: 'has_concession|exchange:leverage-for-non-interference|concession:us-non-interference'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to reduce the Biden administration’s interest in getting involved in internal issues',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'concession:us-non-interference'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:GIVEN_BY {id: 'given_by|concession:us-non-interference|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to keep the U.S. government from interfering in internal Mexican affairs',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'concession:us-non-interference'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:GIVEN_TO {id: 'given_to|concession:us-non-interference|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'internal Mexican affairs',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'exchange:leverage-for-non-interference'})
MATCH (b:Entity {id: 'issue:internal-affairs'})
MERGE (a)-[r:CONCERNS {id: 'concerns|exchange:leverage-for-non-interference|issue:internal-affairs'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'internal Mexican affairs',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'exchange:leverage-for-non-interference'})
MATCH (b:Entity {id: 'issue:elections'})
MERGE (a)-[r:CONCERNS {id: 'concerns|exchange:leverage-for-non-interference|issue:elections'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'such as Mexican elections and corruption',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};

MATCH (a:Entity {id: 'exchange:leverage-for-non-interference'})
MATCH (b:Entity {id: 'issue:corruption'})
MERGE (a)-[r:CONCERNS {id: 'concerns|exchange:leverage-for-non-interference|issue:corruption'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'such as Mexican elections and corruption',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'alleged'
};
