// Statistics as dated observations.
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MERGE (n:Entity {id: 'stat:2021-03-us-border-custody'})
SET n:Statistic
SET n += {
  name: 'Migrants taken into U.S. custody along the border, March 2021',
  metric: 'migrants taken into U.S. custody along the border',
  value: 172000,
  unit: 'people',
  qualifier: 'more than',
  valueText: 'surpassing 172,000',
  date: date('2021-03-01'),
  datePrecision: 'month',
  derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.',
  comparison: 'highest levels in nearly 20 years',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the number of migrants taken into U.S. custody along the border has soared to the highest levels in nearly 20 years, surpassing 172,000 in March',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2021-03-us-border-custody'})
MATCH (b:Entity {id: 'place:us-southern-border'})
MERGE (a)-[r:OBSERVED_AT {id: 'observed_at|stat:2021-03-us-border-custody|place:us-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'taken into U.S. custody along the border',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2021-03-us-border-custody'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|stat:2021-03-us-border-custody|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the number of migrants taken into U.S. custody',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'stat:2021-emergency-shelters-opened'})
SET n:Statistic
SET n += {
  name: 'Emergency shelters opened by the Biden administration',
  metric: 'emergency shelters opened',
  value: 12,
  unit: 'shelters',
  qualifier: 'more than',
  valueText: 'more than a dozen',
  date: date('2021-05-03'),
  datePrecision: 'day',
  derivation: '"a dozen" → 12; date = article date (present perfect "has opened").',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'His administration has opened more than a dozen emergency shelters to care for record numbers of teenagers and children arriving without parents',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2021-emergency-shelters-opened'})
MATCH (b:Entity {id: 'org:washington-post'})
MERGE (a)-[r:REPORTED_BY {id: 'reported_by|stat:2021-emergency-shelters-opened|org:washington-post'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'His administration has opened more than a dozen emergency shelters',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2021-emergency-shelters-opened'})
MATCH (b:Entity {id: 'issue:unaccompanied-minors'})
MERGE (a)-[r:CONCERNS {id: 'concerns|stat:2021-emergency-shelters-opened|issue:unaccompanied-minors'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to care for record numbers of teenagers and children arriving without parents',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'stat:2021-03-unaccompanied-minors'})
SET n:Statistic
SET n += {
  name: 'Minors arriving without parents, March 2021',
  metric: 'minors arriving without parents',
  value: 18800,
  unit: 'minors',
  qualifier: 'more than',
  valueText: 'more than 18,800',
  date: date('2021-03-01'),
  datePrecision: 'month',
  derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.',
  comparison: 'the highest total ever',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'In March, more than 18,800 minors arrived without parents, the highest total ever',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2021-03-unaccompanied-minors'})
MATCH (b:Entity {id: 'issue:unaccompanied-minors'})
MERGE (a)-[r:CONCERNS {id: 'concerns|stat:2021-03-unaccompanied-minors|issue:unaccompanied-minors'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'minors arrived without parents',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'stat:2021-05-minors-in-shelters'})
SET n:Statistic
SET n += {
  name: 'Teens and children held in U.S. shelters',
  metric: 'teens and children held in U.S. government shelters',
  value: 22500,
  unit: 'teens and children',
  qualifier: 'more than',
  valueText: 'more than 22,500',
  date: date('2021-05-03'),
  datePrecision: 'day',
  derivation: '"is now holding" → the article date 2021-05-03.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Biden administration is now holding more than 22,500 teens and children in shelters',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2021-05-minors-in-shelters'})
MATCH (b:Entity {id: 'issue:unaccompanied-minors'})
MERGE (a)-[r:CONCERNS {id: 'concerns|stat:2021-05-minors-in-shelters|issue:unaccompanied-minors'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'holding more than 22,500 teens and children in shelters',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'stat:2021-02-03-family-arrivals-change'})
SET n:Statistic
SET n += {
  name: 'Parents arriving with children, February–March 2021 (change)',
  metric: 'parents arriving with children (change)',
  direction: 'increase',
  qualifier: 'skyrocketed',
  valueText: 'skyrocketed',
  unit: 'families',
  validFrom: date('2021-02-01'),
  validFromPrecision: 'month',
  validTo: date('2021-03-01'),
  validToPrecision: 'month',
  derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The number of parents arriving with children also skyrocketed in February and March',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2021-02-03-family-arrivals-change'})
MATCH (b:Entity {id: 'issue:migrant-families'})
MERGE (a)-[r:CONCERNS {id: 'concerns|stat:2021-02-03-family-arrivals-change|issue:migrant-families'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'parents arriving with children',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'stat:2021-q1-mexico-immigration-arrests-change'})
SET n:Statistic
SET n += {
  name: 'Immigration arrests in Mexico, January–March 2021 (change)',
  metric: 'immigration arrests in Mexico (change)',
  value: 49,
  unit: 'percent',
  direction: 'increase',
  validFrom: date('2021-01-01'),
  validFromPrecision: 'month',
  validTo: date('2021-03-01'),
  validToPrecision: 'month',
  derivation: '"from January to March" in the "latest statistics" of an article dated 2021-05-03 → January–March 2021.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The latest statistics from Mexico’s National Migration Institute show a 49 percent increase in immigration arrests from January to March',
  attribution: 'official-data',
  attributedTo: 'org:inm',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'stat:2021-q1-mexico-immigration-arrests-change'})
MATCH (b:Entity {id: 'org:inm'})
MERGE (a)-[r:REPORTED_BY {id: 'reported_by|stat:2021-q1-mexico-immigration-arrests-change|org:inm'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The latest statistics from Mexico’s National Migration Institute show a 49 percent increase',
  attribution: 'official-data',
  attributedTo: 'org:inm',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'stat:2021-q1-mexico-immigration-arrests-change'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:OBSERVED_AT {id: 'observed_at|stat:2021-q1-mexico-immigration-arrests-change|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s National Migration Institute show a 49 percent increase in immigration arrests',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'stat:2021-q1-mexico-deportations-change'})
SET n:Statistic
SET n += {
  name: 'Deportations from Mexico, January–March 2021 (change)',
  metric: 'deportations from Mexico (change)',
  value: 72,
  unit: 'percent',
  direction: 'increase',
  validFrom: date('2021-01-01'),
  validFromPrecision: 'month',
  validTo: date('2021-03-01'),
  validToPrecision: 'month',
  derivation: '"during that same period" = January to March 2021.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a 72 percent jump in deportations during that same period',
  attribution: 'official-data',
  attributedTo: 'org:inm',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'stat:2021-q1-mexico-deportations-change'})
MATCH (b:Entity {id: 'org:inm'})
MERGE (a)-[r:REPORTED_BY {id: 'reported_by|stat:2021-q1-mexico-deportations-change|org:inm'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The latest statistics from Mexico’s National Migration Institute show a 49 percent increase in immigration arrests from January to March, and a 72 percent jump in deportations',
  attribution: 'official-data',
  attributedTo: 'org:inm',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'stat:2021-q1-mexico-deportations-change'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:OBSERVED_AT {id: 'observed_at|stat:2021-q1-mexico-deportations-change|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a 72 percent jump in deportations',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'stat:2021-03-mexico-deportations'})
SET n:Statistic
SET n += {
  name: 'Deportations from Mexico, March 2021',
  metric: 'deportations from Mexico',
  value: 7946,
  unit: 'people',
  qualifier: 'exactly',
  valueText: 'totaled 7,946',
  date: date('2021-03-01'),
  datePrecision: 'month',
  derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.',
  comparison: 'fewer than the average number of migrants U.S. authorities take into custody over the course of two days',
  note: 'The article does not name the source of this figure; it follows the National Migration Institute figures.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'But Mexico’s enforcement capacity is limited, and deportations in March totaled 7,946, fewer than the average number of migrants U.S. authorities take into custody over the course of two days',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2021-03-mexico-deportations'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:OBSERVED_AT {id: 'observed_at|stat:2021-03-mexico-deportations|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s enforcement capacity is limited, and deportations in March totaled 7,946',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'stat:2021-03-04-families-minors-custody-change'})
SET n:Statistic
SET n += {
  name: 'Families and unaccompanied minors taken into U.S. custody, March→April 2021 (change)',
  metric: 'families and unaccompanied minors taken into U.S. custody (change)',
  direction: 'decrease',
  qualifier: 'slightly',
  valueText: 'declined slightly',
  unit: 'people',
  validFrom: date('2021-03-01'),
  validFromPrecision: 'month',
  validTo: date('2021-04-01'),
  validToPrecision: 'month',
  derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.',
  phase: 'preliminary',
  comparison: 'a period when U.S. officials were projecting an increase',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Preliminary data from U.S. Customs and Border Protection indicates the number of families and unaccompanied minors taken into U.S. custody declined slightly from March to April',
  attribution: 'preliminary-data',
  attributedTo: 'org:cbp',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'stat:2021-03-04-families-minors-custody-change'})
MATCH (b:Entity {id: 'org:cbp'})
MERGE (a)-[r:REPORTED_BY {id: 'reported_by|stat:2021-03-04-families-minors-custody-change|org:cbp'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Preliminary data from U.S. Customs and Border Protection',
  attribution: 'preliminary-data',
  attributedTo: 'org:cbp',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'stat:2021-03-04-families-minors-custody-change'})
MATCH (b:Entity {id: 'place:us-southern-border'})
MERGE (a)-[r:OBSERVED_AT {id: 'observed_at|stat:2021-03-04-families-minors-custody-change|place:us-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'taken into U.S. custody declined slightly from March to April',
  attribution: 'preliminary-data',
  attributedTo: 'org:cbp',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'stat:2021-03-04-families-minors-custody-change'})
MATCH (b:Entity {id: 'issue:migrant-families'})
MERGE (a)-[r:CONCERNS {id: 'concerns|stat:2021-03-04-families-minors-custody-change|issue:migrant-families'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the number of families and unaccompanied minors taken into U.S. custody',
  attribution: 'preliminary-data',
  attributedTo: 'org:cbp',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'stat:2021-03-04-families-minors-custody-change'})
MATCH (b:Entity {id: 'issue:unaccompanied-minors'})
MERGE (a)-[r:CONCERNS {id: 'concerns|stat:2021-03-04-families-minors-custody-change|issue:unaccompanied-minors'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'families and unaccompanied minors taken into U.S. custody',
  attribution: 'preliminary-data',
  attributedTo: 'org:cbp',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'stat:2019-06-mexico-deportations'})
SET n:Statistic
SET n += {
  name: 'Deportations from Mexico, June 2019',
  metric: 'deportations from Mexico',
  value: 24000,
  unit: 'people',
  qualifier: 'more than',
  valueText: 'more than 24,000',
  date: date('2019-06-01'),
  datePrecision: 'month',
  comparison: 'three times the number it deported last month',
  note: '"last month" is ambiguous: by the 2021-05-03 date it is April 2021, but one third of 24,000 (~8,000) matches the March 2021 figure of 7,946.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico deported more than 24,000 in June 2019 during the first month of the troop deployment — three times the number it deported last month',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2019-06-mexico-deportations'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:OBSERVED_AT {id: 'observed_at|stat:2019-06-mexico-deportations|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico deported more than 24,000 in June 2019',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2019-06-mexico-deportations'})
MATCH (b:Entity {id: 'event:2019-06-mexico-deportations'})
MERGE (a)-[r:MEASURES {id: 'measures|stat:2019-06-mexico-deportations|event:2019-06-mexico-deportations'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico deported more than 24,000 in June 2019',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'stat:2019-migrant-group-size'})
SET n:Statistic
SET n += {
  name: 'Size of migrant groups crossing into the U.S., 2019',
  metric: 'migrants per group crossing into the United States',
  value: 300,
  unit: 'migrants',
  qualifier: 'at least',
  valueText: '300 or more',
  date: date('2019-01-01'),
  datePrecision: 'year',
  derivation: 'Paragraph about 2019.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'As groups of migrants numbering 300 or more crossed into the United States',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2019-migrant-group-size'})
MATCH (b:Entity {id: 'place:us-southern-border'})
MERGE (a)-[r:OBSERVED_AT {id: 'observed_at|stat:2019-migrant-group-size|place:us-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'crossed into the United States',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'stat:2021-mexico-security-personnel-deployed'})
SET n:Statistic
SET n += {
  name: 'Security personnel Mexico deployed to its southern border',
  metric: 'security personnel deployed to Mexico\'s southern border',
  value: 10000,
  unit: 'security personnel',
  qualifier: 'exactly',
  valueText: '10,000 [security personnel]',
  date: date('2021-05-03'),
  datePrecision: 'day',
  derivation: '"To date" in Gonzalez\'s interview; dated to the article date (interview date not stated).',
  note: '"[security personnel]" is the Post\'s bracketed insertion.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'deploying 10,000 [security personnel] to their southern border',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'stat:2021-mexico-security-personnel-deployed'})
MATCH (b:Entity {id: 'person:juan-gonzalez'})
MERGE (a)-[r:REPORTED_BY {id: 'reported_by|stat:2021-mexico-security-personnel-deployed|person:juan-gonzalez'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“To date, they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'stat:2021-mexico-security-personnel-deployed'})
MATCH (b:Entity {id: 'place:mx-southern-border'})
MERGE (a)-[r:OBSERVED_AT {id: 'observed_at|stat:2021-mexico-security-personnel-deployed|place:mx-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to their southern border',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'stat:2021-mexico-security-personnel-deployed'})
MATCH (b:Entity {id: 'event:2021-mexico-deploys-10000-to-southern-border'})
MERGE (a)-[r:MEASURES {id: 'measures|stat:2021-mexico-security-personnel-deployed|event:2021-mexico-deploys-10000-to-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'deploying 10,000 [security personnel]',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'stat:2021-03-mexico-troops-police-agreed'})
SET n:Statistic
SET n += {
  name: 'Troops and police Mexico agreed to deploy, March 2021',
  metric: 'troops and police officers Mexico agreed to deploy',
  valueText: 'thousands',
  unit: 'troops and police officers',
  date: date('2021-03-01'),
  datePrecision: 'month',
  derivation: 'Month named without a year in an article dated 2021-05-03 → 2021.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'agreed to deploy thousands of troops and police officers to stop migrants',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2021-03-mexico-troops-police-agreed'})
MATCH (b:Entity {id: 'event:2021-03-mexico-agrees-troop-deployment'})
MERGE (a)-[r:MEASURES {id: 'measures|stat:2021-03-mexico-troops-police-agreed|event:2021-03-mexico-agrees-troop-deployment'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'agreed to deploy thousands of troops and police officers',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'stat:2021-03-vaccine-doses'})
SET n:Statistic
SET n += {
  name: 'Surplus AstraZeneca doses the U.S. agreed to send Mexico',
  metric: 'vaccine doses the U.S. agreed to send to Mexico',
  valueText: 'millions',
  unit: 'vaccine doses',
  date: date('2021-03-01'),
  datePrecision: 'month',
  derivation: 'Agreed in the March 2021 talks.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'millions of surplus AstraZeneca vaccine doses',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'stat:2021-03-vaccine-doses'})
MATCH (b:Entity {id: 'event:2021-03-us-agrees-vaccine-doses'})
MERGE (a)-[r:MEASURES {id: 'measures|stat:2021-03-vaccine-doses|event:2021-03-us-agrees-vaccine-doses'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};
