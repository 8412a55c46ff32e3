// Actors: countries, people, organisations, places; membership, affiliation, location.
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MERGE (n:Entity {id: 'country:us'})
SET n:Country
SET n += {
  name: 'United States',
  iso2: 'US',
  aliases: ['U.S.', 'the United States', 'the Americans'],
  aliasText: 'U.S. | the United States | the Americans',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the United States will once more arrive in need of a favor',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'country:mx'})
SET n:Country
SET n += {
  name: 'Mexico',
  iso2: 'MX',
  aliases: ['México'],
  aliasText: 'México',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Three consecutive U.S. administrations have turned to Mexico for help with immigration enforcement',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'country:gt'})
SET n:Country
SET n += {
  name: 'Guatemala',
  iso2: 'GT',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the drawdown in troops along Mexico’s border with Guatemala',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'country:tr'})
SET n:Country
SET n += {
  name: 'Turkey',
  iso2: 'TR',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'not unlike the role Turkey has played with the European Union',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:harris'})
SET n:Person
SET n += {
  name: 'Harris',
  aliases: ['Vice President Harris'],
  description: 'U.S. Vice President; tasked by Biden with leading the international effort on the root causes of migration. The article gives only her surname.',
  aliasText: 'Vice President Harris',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'when Vice President Harris meets virtually with Mexican leader',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:lopez-obrador'})
SET n:Person
SET n += {
  name: 'Andrés Manuel López Obrador',
  aliases: ['López Obrador', 'AMLO', 'Andrés Manuel López Obrador'],
  description: 'President of Mexico; ran for president in 2018 as a leftist.',
  aliasText: 'López Obrador | AMLO | Andrés Manuel López Obrador',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexican leader Andrés Manuel López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:biden'})
SET n:Person
SET n += {
  name: 'Biden',
  aliases: ['President Biden', 'the U.S. president'],
  description: 'President of the United States at the time of the article. The article gives only his surname.',
  aliasText: 'President Biden | the U.S. president',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Since President Biden took office',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:trump'})
SET n:Person
SET n += {
  name: 'Donald Trump',
  aliases: ['Trump', 'President Donald Trump'],
  description: 'Former U.S. president (Biden\'s predecessor).',
  aliasText: 'Trump | President Donald Trump',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'President Donald Trump turned to Mexico, too',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:obama'})
SET n:Person
SET n += {
  name: 'Barack Obama',
  aliases: ['Obama', 'President Barack Obama'],
  description: 'U.S. president in 2014.',
  aliasText: 'Obama | President Barack Obama',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'When President Barack Obama faced the first major influx',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:juan-gonzalez'})
SET n:Person
SET n += {
  name: 'Juan Gonzalez',
  aliases: ['Gonzalez'],
  description: 'Biden\'s top Latin America adviser on the National Security Council.',
  aliasText: 'Gonzalez',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Juan Gonzalez, Biden’s top Latin America adviser on the National Security Council',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:cris-ramon'})
SET n:Person
SET n += {
  name: 'Cris Ramón',
  aliases: ['Ramón'],
  description: 'Immigration policy analyst in Washington.',
  aliasText: 'Ramón',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'according to Cris Ramón, an immigration policy analyst in Washington',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:luis-rubio'})
SET n:Person
SET n += {
  name: 'Luis Rubio',
  aliases: ['Rubio'],
  description: 'President of the think tank México Evalúa.',
  aliasText: 'Rubio',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Luis Rubio, president of the think tank México Evalúa',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:marcelo-ebrard'})
SET n:Person
SET n += {
  name: 'Marcelo Ebrard',
  aliases: ['Ebrard', 'Foreign Minister Marcelo Ebrard'],
  description: 'Mexico\'s foreign minister.',
  aliasText: 'Ebrard | Foreign Minister Marcelo Ebrard',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexican officials including Foreign Minister Marcelo Ebrard',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:christopher-landau'})
SET n:Person
SET n += {
  name: 'Christopher Landau',
  aliases: ['Landau'],
  description: 'U.S. ambassador to Mexico under Trump.',
  aliasText: 'Landau',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Christopher Landau, who was U.S. ambassador to Mexico under Trump',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:duncan-wood'})
SET n:Person
SET n += {
  name: 'Duncan Wood',
  aliases: ['Wood'],
  description: 'Mexico expert at the Wilson Center in Washington.',
  aliasText: 'Wood',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'said Duncan Wood, a Mexico expert at the Wilson Center in Washington',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'person:alex-wong'})
SET n:Person
SET n += {
  name: 'Alex Wong',
  description: 'Photographer credited for the lead photo (Getty Images).',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '(Alex Wong/Getty Images)',
  attribution: 'caption',
  attributedTo: 'photo caption',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'org:biden-administration'})
SET n:Organization
SET n += {
  name: 'Biden administration',
  kind: 'government',
  subKind: 'administration',
  aliases: ['Biden officials', 'His administration'],
  aliasText: 'Biden officials | His administration',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'It also lands the Biden administration in the awkward position',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:trump-administration'})
SET n:Organization
SET n += {
  name: 'Trump administration',
  kind: 'government',
  subKind: 'administration',
  description: 'The article refers to it as "Trump-era" policies and to Trump\'s presidency; the phrase "Trump administration" itself is not used.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'rolling back Trump-era policies',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted',
  derivation: 'Named after "Trump-era"; one of the "Three consecutive U.S. administrations".'
};

MERGE (n:Entity {id: 'org:obama-administration'})
SET n:Organization
SET n += {
  name: 'Obama administration',
  kind: 'government',
  subKind: 'administration',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his administration leaned on Mexico to crack down',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted',
  derivation: '"his administration" in a sentence about President Barack Obama.'
};

MERGE (n:Entity {id: 'org:mx-government'})
SET n:Organization
SET n += {
  name: 'Mexican government',
  kind: 'government',
  aliases: ['Mexico\'s government', 'Mexican government'],
  aliasText: 'Mexico\'s government | Mexican government',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Mexican government agreed to deploy thousands of troops',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:nsc'})
SET n:Organization
SET n += {
  name: 'National Security Council',
  kind: 'council',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Biden’s top Latin America adviser on the National Security Council',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:mexico-evalua'})
SET n:Organization
SET n += {
  name: 'México Evalúa',
  kind: 'think tank',
  aliases: ['Mexico Evalua'],
  aliasText: 'Mexico Evalua',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'president of the think tank México Evalúa',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:wilson-center'})
SET n:Organization
SET n += {
  name: 'Wilson Center',
  kind: 'think tank',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a Mexico expert at the Wilson Center in Washington',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:inm'})
SET n:Organization
SET n += {
  name: 'National Migration Institute',
  kind: 'agency',
  aliases: ['Mexico\'s National Migration Institute'],
  aliasText: 'Mexico\'s National Migration Institute',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The latest statistics from Mexico’s National Migration Institute',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:cbp'})
SET n:Organization
SET n += {
  name: 'U.S. Customs and Border Protection',
  kind: 'agency',
  aliases: ['Customs and Border Protection'],
  aliasText: 'Customs and Border Protection',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Preliminary data from U.S. Customs and Border Protection',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:reforma'})
SET n:Organization
SET n += {
  name: 'Reforma',
  kind: 'newspaper',
  aliases: ['Mexico\'s Reforma newspaper'],
  aliasText: 'Mexico\'s Reforma newspaper',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'cited by Mexico’s Reforma newspaper',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:getty-images'})
SET n:Organization
SET n += {
  name: 'Getty Images',
  kind: 'photo agency',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '(Alex Wong/Getty Images)',
  attribution: 'caption',
  attributedTo: 'photo caption',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'org:eu'})
SET n:Organization
SET n += {
  name: 'European Union',
  kind: 'supranational union',
  aliases: ['EU'],
  aliasText: 'EU',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the role Turkey has played with the European Union',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:democrats'})
SET n:Organization
SET n += {
  name: 'Democrats',
  kind: 'party',
  description: 'As the article names them ("politically unpalatable to Democrats").',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'politically unpalatable to Democrats',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:lopez-obrador-party'})
SET n:Organization
SET n += {
  name: 'López Obrador\'s party',
  kind: 'party',
  description: 'López Obrador\'s party; the article does not name it.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his party includes more dubious figures',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:us-courts'})
SET n:Organization
SET n += {
  name: 'U.S. courts',
  kind: 'judiciary',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'frequent legal challenges in U.S. courts',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:mx-armed-forces'})
SET n:Organization
SET n += {
  name: 'Mexican armed forces',
  kind: 'military',
  aliases: ['the armed forces', 'Mexican military'],
  aliasText: 'the armed forces | Mexican military',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the armed forces were removed from our southern border',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:astrazeneca'})
SET n:Organization
SET n += {
  name: 'AstraZeneca',
  kind: 'company',
  description: 'Named as the maker of the surplus vaccine doses.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'surplus AstraZeneca vaccine doses',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'org:us-border-agents'})
SET n:Organization
SET n += {
  name: 'U.S. border officials and agents',
  kind: 'agency-staff',
  description: 'Unnamed U.S. border officials/agents as the article refers to them (not identified with a specific agency).',
  aliases: ['U.S. border officials', 'U.S. agents', 'U.S. authorities'],
  aliasText: 'U.S. border officials | U.S. agents | U.S. authorities',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. border officials say increased Mexican enforcement',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'place:us-southern-border'})
SET n:Place
SET n += {
  name: 'U.S. southern border',
  kind: 'border',
  aliases: ['U.S.-Mexico border', 'the border', 'U.S. border'],
  aliasText: 'U.S.-Mexico border | the border | U.S. border',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'at moments of crisis along the U.S. southern border',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'place:mx-southern-border'})
SET n:Place
SET n += {
  name: 'Mexico\'s southern border',
  kind: 'border',
  aliases: ['Mexico\'s border with Guatemala', 'southern border with Guatemala'],
  description: 'Where migrants and illicit goods have long flowed freely through unguarded, informal crossings (per the article).',
  aliasText: 'Mexico\'s border with Guatemala | southern border with Guatemala',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'harden its southern border with Guatemala, where migrants and illicit goods have long flowed freely through unguarded, informal crossings',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'place:mx-northern-border'})
SET n:Place
SET n += {
  name: 'Mexico\'s northern border',
  kind: 'border',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'along Mexico’s northern and southern borders',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'place:mx-freight-rail-lines'})
SET n:Place
SET n += {
  name: 'Mexican freight rail lines used by migrants',
  kind: 'route',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the freight rail lines many Central Americans were using to travel north',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'place:mx-border-cities'})
SET n:Place
SET n += {
  name: 'Mexican border cities',
  kind: 'city-group',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'returned to Mexican border cities',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'place:washington'})
SET n:Place
SET n += {
  name: 'Washington',
  kind: 'city',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'an immigration policy analyst in Washington',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'place:central-america'})
SET n:Place
SET n += {
  name: 'Central America',
  kind: 'region',
  aliases: ['Central Americans'],
  aliasText: 'Central Americans',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a transit country for Central Americans',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'place:us-interior'})
SET n:Place
SET n += {
  name: 'U.S. interior',
  kind: 'region',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'released into the U.S. interior',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:biden-administration'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:PART_OF {id: 'part_of|org:biden-administration|country:us|executive'}]->(b)
SET r += {
  role: 'executive',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Biden administration is pushing a regional anti-corruption strategy',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted',
  derivation: 'The Biden administration is the U.S. executive in the article (Biden is "the U.S. president").'
};

MATCH (a:Entity {id: 'org:trump-administration'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:PART_OF {id: 'part_of|org:trump-administration|country:us|executive'}]->(b)
SET r += {
  role: 'executive',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Three consecutive U.S. administrations',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:obama-administration'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:PART_OF {id: 'part_of|org:obama-administration|country:us|executive'}]->(b)
SET r += {
  role: 'executive',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Three consecutive U.S. administrations',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:mx-government'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:PART_OF {id: 'part_of|org:mx-government|country:mx|executive'}]->(b)
SET r += {
  role: 'executive',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s ability to limit migration has given its government significant leverage',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:nsc'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:PART_OF {id: 'part_of|org:nsc|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Biden’s top Latin America adviser on the National Security Council',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.95,
  status: 'asserted',
  derivation: 'The council of the U.S. president\'s advisers; the article does not write "U.S." before it.'
};

MATCH (a:Entity {id: 'org:inm'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:PART_OF {id: 'part_of|org:inm|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s National Migration Institute',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:cbp'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:PART_OF {id: 'part_of|org:cbp|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. Customs and Border Protection',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:us-courts'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:PART_OF {id: 'part_of|org:us-courts|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. courts',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:mx-armed-forces'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:PART_OF {id: 'part_of|org:mx-armed-forces|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Mexican military deployment',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:us-border-agents'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:PART_OF {id: 'part_of|org:us-border-agents|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. border officials',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:reforma'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|org:reforma|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s Reforma newspaper',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:wilson-center'})
MATCH (b:Entity {id: 'place:washington'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|org:wilson-center|place:washington'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Wilson Center in Washington',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:cris-ramon'})
MATCH (b:Entity {id: 'place:washington'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|person:cris-ramon|place:washington'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'an immigration policy analyst in Washington',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'place:us-southern-border'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|place:us-southern-border|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the U.S. southern border',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'place:us-southern-border'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|place:us-southern-border|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the U.S.-Mexico border',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'place:mx-southern-border'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|place:mx-southern-border|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s border with Guatemala',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'place:mx-southern-border'})
MATCH (b:Entity {id: 'country:gt'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|place:mx-southern-border|country:gt'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s border with Guatemala',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'place:mx-northern-border'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|place:mx-northern-border|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s northern and southern borders',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'place:mx-freight-rail-lines'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|place:mx-freight-rail-lines|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'leaned on Mexico to crack down along the freight rail lines',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.9,
  status: 'asserted',
  derivation: 'Mexico was asked to crack down along these lines, so they are taken to be in Mexico.'
};

MATCH (a:Entity {id: 'place:mx-border-cities'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|place:mx-border-cities|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexican border cities',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'place:washington'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|place:washington|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'an immigration policy analyst in Washington',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.9,
  status: 'asserted',
  derivation: 'Washington read as the U.S. capital (context: U.S. policy analysts and think tanks).'
};

MATCH (a:Entity {id: 'place:us-interior'})
MATCH (b:Entity {id: 'country:us'})
MERGE (a)-[r:LOCATED_IN {id: 'located_in|place:us-interior|country:us'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the U.S. interior',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:duncan-wood'})
MATCH (b:Entity {id: 'org:wilson-center'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'affiliated_with|person:duncan-wood|org:wilson-center|Mexico expert'}]->(b)
SET r += {
  role: 'Mexico expert',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a Mexico expert at the Wilson Center',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:alex-wong'})
MATCH (b:Entity {id: 'org:getty-images'})
MERGE (a)-[r:AFFILIATED_WITH {id: 'affiliated_with|person:alex-wong|org:getty-images|photographer'}]->(b)
SET r += {
  role: 'photographer',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '(Alex Wong/Getty Images)',
  attribution: 'caption',
  attributedTo: 'photo caption',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'person:lopez-obrador'})
MATCH (b:Entity {id: 'org:lopez-obrador-party'})
MERGE (a)-[r:MEMBER_OF {id: 'member_of|person:lopez-obrador|org:lopez-obrador-party|member'}]->(b)
SET r += {
  role: 'member',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his party is vying for a legislative supermajority',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted',
  note: '"his party": the article does not say what position he holds in it.'
};

MATCH (a:Entity {id: 'person:harris'})
MATCH (b:Entity {id: 'org:democrats'})
MERGE (a)-[r:MEMBER_OF {id: 'member_of|person:harris|org:democrats|heir apparent'}]->(b)
SET r += {
  role: 'heir apparent',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his party’s heir apparent',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.7,
  status: 'implied',
  derivation: 'The article calls Harris Biden\'s "party\'s heir apparent" without naming the party; identified with the "Democrats" the article mentions.'
};

MATCH (a:Entity {id: 'person:biden'})
MATCH (b:Entity {id: 'org:biden-administration'})
MERGE (a)-[r:LEADS {id: 'leads|person:biden|org:biden-administration|president'}]->(b)
SET r += {
  role: 'president',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Biden’s handling of the migration influx',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:trump'})
MATCH (b:Entity {id: 'org:trump-administration'})
MERGE (a)-[r:LEADS {id: 'leads|person:trump|org:trump-administration|president'}]->(b)
SET r += {
  role: 'president',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump’s presidency',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:obama'})
MATCH (b:Entity {id: 'org:obama-administration'})
MERGE (a)-[r:LEADS {id: 'leads|person:obama|org:obama-administration|president'}]->(b)
SET r += {
  role: 'president',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'When President Barack Obama faced the first major influx of Central American minors and families in 2014, his administration',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:lopez-obrador'})
MATCH (b:Entity {id: 'org:mx-government'})
MERGE (a)-[r:LEADS {id: 'leads|person:lopez-obrador|org:mx-government|president'}]->(b)
SET r += {
  role: 'president',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexican leader Andrés Manuel López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};
