// Issues/topics.
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MERGE (n:Entity {id: 'issue:migration'})
SET n:Issue
SET n += {
  name: 'Migration',
  aliases: ['immigration', 'immigration enforcement', 'migration management', 'the migration issue'],
  aliasText: 'immigration | immigration enforcement | migration management | the migration issue',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'help with immigration enforcement',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:asylum'})
SET n:Issue
SET n += {
  name: 'Asylum',
  aliases: ['asylum capability', 'humanitarian claims', 'asylum seekers'],
  aliasText: 'asylum capability | humanitarian claims | asylum seekers',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'have expanded their asylum capability',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:unaccompanied-minors'})
SET n:Issue
SET n += {
  name: 'Unaccompanied minors',
  aliases: ['teenagers and children arriving without parents', 'minors'],
  aliasText: 'teenagers and children arriving without parents | minors',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'teenagers and children arriving without parents',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:migrant-families'})
SET n:Issue
SET n += {
  name: 'Migrant families',
  aliases: ['parents arriving with children', 'families'],
  aliasText: 'parents arriving with children | families',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The number of parents arriving with children',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:corruption'})
SET n:Issue
SET n += {
  name: 'Corruption',
  aliases: ['anti-corruption'],
  aliasText: 'anti-corruption',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a regional anti-corruption strategy',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:climate'})
SET n:Issue
SET n += {
  name: 'Climate change',
  aliases: ['climate change commitments'],
  aliasText: 'climate change commitments',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'climate change commitments',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:clean-energy'})
SET n:Issue
SET n += {
  name: 'Clean energy',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'clean energy',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:labor'})
SET n:Issue
SET n += {
  name: 'Labor protections',
  aliases: ['labor'],
  aliasText: 'labor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'labor protections',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:environment'})
SET n:Issue
SET n += {
  name: 'Environmental protection',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'environmental protection',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:counternarcotics'})
SET n:Issue
SET n += {
  name: 'Counternarcotics',
  aliases: ['drug trafficking', 'counternarcotics cooperation'],
  aliasText: 'drug trafficking | counternarcotics cooperation',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'counternarcotics cooperation',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:trade'})
SET n:Issue
SET n += {
  name: 'Trade',
  aliases: ['commerce', 'tariffs', 'economic ties'],
  aliasText: 'commerce | tariffs | economic ties',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'other bilateral issues beyond trade',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:vaccines'})
SET n:Issue
SET n += {
  name: 'Vaccines',
  aliases: ['AstraZeneca vaccine doses', 'vaccine supplies'],
  aliasText: 'AstraZeneca vaccine doses | vaccine supplies',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'millions of surplus AstraZeneca vaccine doses',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:public-health'})
SET n:Issue
SET n += {
  name: 'Public health',
  aliases: ['pandemic'],
  aliasText: 'pandemic',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as a public health measure',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:elections'})
SET n:Issue
SET n += {
  name: 'Elections',
  aliases: ['Mexican elections'],
  aliasText: 'Mexican elections',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'such as Mexican elections and corruption',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:internal-affairs'})
SET n:Issue
SET n += {
  name: 'Non-interference in internal affairs',
  aliases: ['internal Mexican affairs', 'internal issues'],
  aliasText: 'internal Mexican affairs | internal issues',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'interfering in internal Mexican affairs',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:humanitarian-programs'})
SET n:Issue
SET n += {
  name: 'Humanitarian programs',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'support for humanitarian programs',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:economic-investment'})
SET n:Issue
SET n += {
  name: 'Economic investment',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'promoting economic investment',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:root-causes'})
SET n:Issue
SET n += {
  name: 'Root causes of migration',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'address the root causes of migration',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'issue:smuggling'})
SET n:Issue
SET n += {
  name: 'Smuggling and crime against migrants',
  aliases: ['kidnapping', 'extortion', 'smugglers'],
  aliasText: 'kidnapping | extortion | smugglers',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'vulnerable to kidnapping and extortion',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'issue:asylum'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:PART_OF {id: 'part_of|issue:asylum|issue:migration|sub-issue'}]->(b)
SET r += {
  role: 'sub-issue',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'expanded their asylum capability',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.9,
  status: 'implied',
  derivation: 'Topic hierarchy drawn by the graph editors from the article\'s usage.'
};

MATCH (a:Entity {id: 'issue:unaccompanied-minors'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:PART_OF {id: 'part_of|issue:unaccompanied-minors|issue:migration|sub-issue'}]->(b)
SET r += {
  role: 'sub-issue',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'record numbers of teenagers and children arriving without parents',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.9,
  status: 'implied',
  derivation: 'Topic hierarchy drawn by the graph editors from the article\'s usage.'
};

MATCH (a:Entity {id: 'issue:migrant-families'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:PART_OF {id: 'part_of|issue:migrant-families|issue:migration|sub-issue'}]->(b)
SET r += {
  role: 'sub-issue',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The number of parents arriving with children also skyrocketed',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.9,
  status: 'implied',
  derivation: 'Topic hierarchy drawn by the graph editors from the article\'s usage.'
};

MATCH (a:Entity {id: 'issue:root-causes'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:PART_OF {id: 'part_of|issue:root-causes|issue:migration|sub-issue'}]->(b)
SET r += {
  role: 'sub-issue',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'address the root causes of migration',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.9,
  status: 'implied',
  derivation: 'Topic hierarchy drawn by the graph editors from the article\'s usage.'
};

MATCH (a:Entity {id: 'issue:vaccines'})
MATCH (b:Entity {id: 'issue:public-health'})
MERGE (a)-[r:PART_OF {id: 'part_of|issue:vaccines|issue:public-health|sub-issue'}]->(b)
SET r += {
  role: 'sub-issue',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'surplus AstraZeneca vaccine doses',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.9,
  status: 'implied',
  derivation: 'Topic hierarchy drawn by the graph editors from the article\'s usage.'
};
