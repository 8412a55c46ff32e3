// Roles countries played in migration over time (PLAYED_ROLE).
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:PLAYED_ROLE {id: 'played_role|country:mx|issue:migration|sender of migrants'}]->(b)
SET r += {
  role: 'sender of migrants',
  qualifier: 'primarily',
  knownFrom: date('1980-01-01'),
  knownFromPrecision: 'decade',
  knownTo: date('1980-01-01'),
  knownToPrecision: 'decade',
  openEnded: false,
  derivation: '"the 1980s, when Mexico was primarily a sender" → known to hold in the 1980s; the article does not say when it began or ended.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the 1980s, when Mexico was primarily a sender of migrants',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:PLAYED_ROLE {id: 'played_role|country:mx|issue:migration|transit country'}]->(b)
SET r += {
  role: 'transit country',
  scope: 'Central Americans',
  relativeTime: 'after the 1980s',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Later it became a transit country for Central Americans',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:PLAYED_ROLE {id: 'played_role|country:mx|issue:migration|destination country'}]->(b)
SET r += {
  role: 'destination country',
  scope: 'those seeking employment in Mexican factories',
  relativeTime: 'after the 1980s',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as well as a destination for those seeking employment in Mexican factories',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:PLAYED_ROLE {id: 'played_role|country:mx|issue:migration|interdiction state'}]->(b)
SET r += {
  role: 'interdiction state',
  counterpart: 'country:us',
  relativeTime: 'more recently',
  openEnded: true,
  knownTo: date('2021-05-03'),
  description: 'A buffer zone where enforcement activities are fluid and subject to geopolitical negotiation.',
  knownFrom: date('2021-05-03'),
  knownFromPrecision: 'day',
  knownToPrecision: 'day',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'More recently, Mexico has begun to resemble an “interdiction state,” acting as a buffer zone where enforcement activities are fluid and subject to geopolitical negotiation',
  attribution: 'named-person',
  attributedTo: 'person:cris-ramon',
  confidence: 0.9,
  status: 'reported'
};

MATCH (a:Entity {id: 'country:tr'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:PLAYED_ROLE {id: 'played_role|country:tr|issue:migration|interdiction state'}]->(b)
SET r += {
  role: 'interdiction state',
  counterpart: 'org:eu',
  openEnded: true,
  knownTo: date('2021-05-03'),
  knownFrom: date('2021-05-03'),
  knownFromPrecision: 'day',
  knownToPrecision: 'day',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'not unlike the role Turkey has played with the European Union',
  attribution: 'named-person',
  attributedTo: 'person:cris-ramon',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:PLAYED_ROLE {id: 'played_role|country:mx|issue:migration|pivotal partner in U.S. regional migration strategy'}]->(b)
SET r += {
  role: 'pivotal partner in U.S. regional migration strategy',
  counterpart: 'country:us',
  openEnded: true,
  knownTo: date('2021-05-03'),
  knownFrom: date('2021-05-03'),
  knownFromPrecision: 'day',
  knownToPrecision: 'day',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s pivotal role in U.S. plans for a wider, regional migration management strategy amounts to a remarkable evolution from the 1980s',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};
