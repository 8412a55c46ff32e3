// Sources: the seed article and its publisher.
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MERGE (n:Source {id: 'source:wapo-2021-05-03-mexico-leverage'})
SET n += {
  publisher: 'The Washington Post',
  title: 'As U.S. seeks to outsource immigration enforcement, Mexico gains leverage',
  date: date('2021-05-03'),
  datePrecision: 'day',
  publishedAtText: 'May 3, 2021 at 6:00 a.m. EDT',
  textFile: '000_a29362db7205dff6.txt',
  language: 'en',
  kind: 'news-article',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'As U.S. seeks to outsource immigration enforcement, Mexico gains leverage

May 3, 2021 at 6:00 a.m. EDT',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:washington-post'})
SET n:Organization
SET n += {
  name: 'The Washington Post',
  kind: 'newspaper',
  aliases: ['Washington Post'],
  aliasText: 'Washington Post',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The Washington PostDemocracy Dies in Darkness',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Source {id: 'source:wapo-2021-05-03-mexico-leverage'})
MATCH (b:Entity {id: 'org:washington-post'})
MERGE (a)-[r:PUBLISHED_BY {id: 'published_by|source:wapo-2021-05-03-mexico-leverage|org:washington-post'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The Washington PostDemocracy Dies in Darkness',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};
