// Offices and who held them, when (HOLDS_OFFICE periods).
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MERGE (n:Entity {id: 'office:us-president'})
SET n:Office
SET n += {
  name: 'President of the United States',
  title: 'President',
  jurisdiction: 'country:us',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the U.S. president',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'office:us-vice-president'})
SET n:Office
SET n += {
  name: 'Vice President of the United States',
  title: 'Vice President',
  jurisdiction: 'country:us',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Vice President Harris',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'office:mx-president'})
SET n:Office
SET n += {
  name: 'President of Mexico',
  title: 'President',
  jurisdiction: 'country:mx',
  aliases: ['Mexican leader', 'Mexico\'s president'],
  aliasText: 'Mexican leader | Mexico\'s president',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador ran for president in 2018',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'office:mx-foreign-minister'})
SET n:Office
SET n += {
  name: 'Foreign Minister of Mexico',
  title: 'Foreign Minister',
  jurisdiction: 'country:mx',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Foreign Minister Marcelo Ebrard',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'office:nsc-latin-america-adviser'})
SET n:Office
SET n += {
  name: 'President\'s top Latin America adviser on the National Security Council',
  title: 'top Latin America adviser',
  jurisdiction: 'country:us',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Biden’s top Latin America adviser on the National Security Council',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'office:us-ambassador-to-mexico'})
SET n:Office
SET n += {
  name: 'U.S. ambassador to Mexico',
  title: 'Ambassador to Mexico',
  jurisdiction: 'country:us',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. ambassador to Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'office:mexico-evalua-president'})
SET n:Office
SET n += {
  name: 'President of México Evalúa',
  title: 'President',
  jurisdiction: 'org:mexico-evalua',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'president of the think tank México Evalúa',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'office:us-president'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:OFFICE_OF {id: 'office_of|office:us-president|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the U.S. president',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'office:us-vice-president'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:OFFICE_OF {id: 'office_of|office:us-vice-president|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Vice President Harris',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'office:mx-president'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:OFFICE_OF {id: 'office_of|office:mx-president|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexican leader Andrés Manuel López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'office:mx-foreign-minister'})
MATCH (b:Entity {id: 'org:mx-government'})
MERGE (a)-[r:OFFICE_OF {id: 'office_of|office:mx-foreign-minister|org:mx-government'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexican officials including Foreign Minister Marcelo Ebrard',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'office:nsc-latin-america-adviser'})
MATCH (b:Entity {id: 'org:nsc'})
MERGE (a)-[r:OFFICE_OF {id: 'office_of|office:nsc-latin-america-adviser|org:nsc'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'adviser on the National Security Council',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'office:us-ambassador-to-mexico'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:OFFICE_OF {id: 'office_of|office:us-ambassador-to-mexico|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. ambassador to Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'office:mexico-evalua-president'})
MATCH (b:Entity {id: 'org:mexico-evalua'})
MERGE (a)-[r:OFFICE_OF {id: 'office_of|office:mexico-evalua-president|org:mexico-evalua'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'president of the think tank México Evalúa',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:biden'})
MATCH (b:Entity {id: 'office:us-president'})
MERGE (a)-[r:HOLDS_OFFICE {id: 'holds_office|person:biden|office:us-president'}]->(b)
SET r += {
  openEnded: true,
  knownFrom: date('2021-03-01'),
  knownFromPrecision: 'month',
  knownTo: date('2021-05-03'),
  knownToPrecision: 'day',
  derivation: 'knownFrom: "In March, as Biden officials scrambled" (March 2021, year from the 2021-05-03 article date). knownTo/openEnded: Still holding on the source date 2021-05-03 (present tense in the article); start not stated.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Since President Biden took office',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:trump'})
MATCH (b:Entity {id: 'office:us-president'})
MERGE (a)-[r:HOLDS_OFFICE {id: 'holds_office|person:trump|office:us-president'}]->(b)
SET r += {
  openEnded: false,
  knownFrom: date('2019-01-01'),
  knownFromPrecision: 'year',
  knownTo: date('2019-01-01'),
  knownToPrecision: 'year',
  derivation: 'Known to hold in 2019 ("President Donald Trump turned to Mexico, too, especially in 2019"); ended before the article (Biden is president); start and end dates not stated.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'President Donald Trump turned to Mexico, too, especially in 2019',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:obama'})
MATCH (b:Entity {id: 'office:us-president'})
MERGE (a)-[r:HOLDS_OFFICE {id: 'holds_office|person:obama|office:us-president'}]->(b)
SET r += {
  openEnded: false,
  knownFrom: date('2014-01-01'),
  knownFromPrecision: 'year',
  knownTo: date('2014-01-01'),
  knownToPrecision: 'year',
  derivation: 'Known to hold in 2014 ("When President Barack Obama faced the first major influx ... in 2014"); start and end not stated.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'When President Barack Obama faced the first major influx of Central American minors and families in 2014',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:harris'})
MATCH (b:Entity {id: 'office:us-vice-president'})
MERGE (a)-[r:HOLDS_OFFICE {id: 'holds_office|person:harris|office:us-vice-president'}]->(b)
SET r += {
  openEnded: true,
  knownFrom: date('2021-05-03'),
  knownFromPrecision: 'day',
  knownTo: date('2021-05-03'),
  knownToPrecision: 'day',
  derivation: 'Still holding on the source date 2021-05-03 (present tense in the article); start not stated.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Vice President Harris',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:lopez-obrador'})
MATCH (b:Entity {id: 'office:mx-president'})
MERGE (a)-[r:HOLDS_OFFICE {id: 'holds_office|person:lopez-obrador|office:mx-president'}]->(b)
SET r += {
  openEnded: true,
  knownFrom: date('2019-01-01'),
  knownFromPrecision: 'year',
  knownTo: date('2021-05-03'),
  knownToPrecision: 'day',
  derivation: 'Described as "Mexican leader"; he "ran for president in 2018" and was then "in office" (inauguration date not stated). knownFrom: he responded as president to Trump\'s 2019 threats. Still holding on the source date 2021-05-03 (present tense in the article); start not stated.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexican leader Andrés Manuel López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:marcelo-ebrard'})
MATCH (b:Entity {id: 'office:mx-foreign-minister'})
MERGE (a)-[r:HOLDS_OFFICE {id: 'holds_office|person:marcelo-ebrard|office:mx-foreign-minister'}]->(b)
SET r += {
  openEnded: true,
  knownFrom: date('2021-05-03'),
  knownFromPrecision: 'day',
  knownTo: date('2021-05-03'),
  knownToPrecision: 'day',
  derivation: 'Still holding on the source date 2021-05-03 (present tense in the article); start not stated.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Foreign Minister Marcelo Ebrard',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:juan-gonzalez'})
MATCH (b:Entity {id: 'office:nsc-latin-america-adviser'})
MERGE (a)-[r:HOLDS_OFFICE {id: 'holds_office|person:juan-gonzalez|office:nsc-latin-america-adviser'}]->(b)
SET r += {
  openEnded: true,
  knownFrom: date('2021-05-03'),
  knownFromPrecision: 'day',
  knownTo: date('2021-05-03'),
  knownToPrecision: 'day',
  derivation: 'Still holding on the source date 2021-05-03 (present tense in the article); start not stated.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Juan Gonzalez, Biden’s top Latin America adviser on the National Security Council',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:christopher-landau'})
MATCH (b:Entity {id: 'office:us-ambassador-to-mexico'})
MERGE (a)-[r:HOLDS_OFFICE {id: 'holds_office|person:christopher-landau|office:us-ambassador-to-mexico'}]->(b)
SET r += {
  openEnded: false,
  underPresident: 'person:trump',
  note: 'Held "under Trump"; ended before the article ("was"). No dates are stated, so knownFrom/knownTo are absent.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Christopher Landau, who was U.S. ambassador to Mexico under Trump',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:luis-rubio'})
MATCH (b:Entity {id: 'office:mexico-evalua-president'})
MERGE (a)-[r:HOLDS_OFFICE {id: 'holds_office|person:luis-rubio|office:mexico-evalua-president'}]->(b)
SET r += {
  openEnded: true,
  knownFrom: date('2021-05-03'),
  knownFromPrecision: 'day',
  knownTo: date('2021-05-03'),
  knownToPrecision: 'day',
  derivation: 'Still holding on the source date 2021-05-03 (present tense in the article); start not stated.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Luis Rubio, president of the think tank México Evalúa',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};
