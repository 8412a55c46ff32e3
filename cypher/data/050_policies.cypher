// Policies and programs and whose they are.
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MERGE (n:Entity {id: 'policy:remain-in-mexico'})
SET n:Policy
SET n += {
  name: 'Remain in Mexico',
  kind: 'program',
  aliases: ['Trump\'s “Remain in Mexico” program', 'Remain in Mexico program'],
  description: 'Required asylum seekers to wait outside U.S. territory while their claims were processed in U.S. courts (article\'s past-tense description).',
  aliasText: 'Trump\'s “Remain in Mexico” program | Remain in Mexico program',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump’s “Remain in Mexico” program, which required asylum seekers to wait outside U.S. territory while their claims were processed in U.S. courts',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'policy:programa-frontera-sur'})
SET n:Policy
SET n += {
  name: 'Programa Frontera Sur',
  kind: 'program',
  aliases: ['Southern Border Program'],
  description: 'Announced by Mexico (2014) to harden its southern border with Guatemala.',
  validFrom: date('2014-01-01'),
  validFromPrecision: 'year',
  derivation: 'validFrom: announced in the paragraph about 2014; announcement year taken as start.',
  aliasText: 'Southern Border Program',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico announced a “Programa Frontera Sur” to harden its southern border with Guatemala',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.9,
  status: 'asserted'
};

MERGE (n:Entity {id: 'policy:trump-era-public-health-order'})
SET n:Policy
SET n += {
  name: 'Trump-era public health order',
  kind: 'order',
  description: 'A Trump-era public health order used to send migrants home; the article does not name it.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a Trump-era public health order to send home unaccompanied Central American teenagers and children',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'policy:trump-era-border-policies'})
SET n:Policy
SET n += {
  name: 'Trump-era border policies',
  kind: 'policy-set',
  description: 'The Trump-era policies the Biden administration rolled back.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'easing U.S. border controls by rolling back Trump-era policies',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'policy:trump-lopez-obrador-deals'})
SET n:Policy
SET n += {
  name: 'Trump-era deals made with López Obrador',
  kind: 'agreement',
  description: 'Deals the Trump administration made with López Obrador, rolled back by the Biden administration. Their content is not itemised in the article.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'including deals made with López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'policy:us-root-causes-effort'})
SET n:Policy
SET n += {
  name: 'International effort to address the root causes of migration',
  kind: 'strategy',
  aliases: ['root causes effort', 'regional migration management strategy', 'comprehensive approach to migration in the region'],
  description: 'U.S. effort led by Harris to address the root causes of migration and stem the flow; Mexico is "central to that plan". Aliases are the article\'s other names for U.S. plans it presents as the same plan.',
  knownFrom: date('2021-05-03'),
  knownTo: date('2021-05-03'),
  openEnded: true,
  aliasText: 'root causes effort | regional migration management strategy | comprehensive approach to migration in the region',
  knownFromPrecision: 'day',
  knownToPrecision: 'day',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'leading an international effort to address the root causes of migration and stem the flow',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'policy:us-regional-anti-corruption-strategy'})
SET n:Policy
SET n += {
  name: 'Regional anti-corruption strategy',
  kind: 'strategy',
  openEnded: true,
  knownFrom: date('2021-05-03'),
  knownTo: date('2021-05-03'),
  knownFromPrecision: 'day',
  knownToPrecision: 'day',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Biden administration is pushing a regional anti-corruption strategy',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'policy:mx-asylum-capability'})
SET n:Policy
SET n += {
  name: 'Mexico\'s asylum capability',
  kind: 'program',
  aliases: ['Mexican asylum system'],
  aliasText: 'Mexican asylum system',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'have expanded their asylum capability',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'policy:lopez-obrador-welcoming-stance'})
SET n:Policy
SET n += {
  name: 'López Obrador\'s welcoming message to migrants',
  kind: 'stance',
  validTo: date('2019-06-01'),
  validToPrecision: 'month',
  openEnded: false,
  description: 'Welcoming message continued once in office; changed as caravans came and was reversed under Trump\'s threats.',
  derivation: 'validTo: reversed by the crackdown whose first month was June 2019 ("during the first month of the troop deployment"); exact end not stated.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'He continued with a welcoming message once in office, but that changed as large caravans of Central American migrants began streaming through',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.8,
  status: 'asserted'
};

MERGE (n:Entity {id: 'policy:us-engagement-approach'})
SET n:Policy
SET n += {
  name: 'Biden approach: engage early and constructively rather than threaten',
  kind: 'stance',
  openEnded: true,
  knownFrom: date('2021-05-03'),
  knownTo: date('2021-05-03'),
  knownFromPrecision: 'day',
  knownToPrecision: 'day',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'This president’s approach was to engage early and constructively, rather than to threaten',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'policy:mx-southern-border-closure'})
SET n:Policy
SET n += {
  name: 'Closure of Mexico\'s southern border to nonessential travel',
  kind: 'measure',
  validFrom: date('2021-03-01'),
  validFromPrecision: 'month',
  description: 'Declared as a public health measure, the first time since the start of the pandemic. Whether it still held on the source date is not stated.',
  derivation: 'validFrom: "In March" in an article dated 2021-05-03 → March 2021.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'declaring its southern border closed for nonessential travel as a public health measure for the first time since the start of the pandemic',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:remain-in-mexico'})
MATCH (b:Entity {id: 'person:trump'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:remain-in-mexico|person:trump|owner'}]->(b)
SET r += {
  role: 'owner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump’s “Remain in Mexico” program',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:programa-frontera-sur'})
MATCH (b:Entity {id: 'org:mx-government'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:programa-frontera-sur|org:mx-government|owner'}]->(b)
SET r += {
  role: 'owner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico announced a “Programa Frontera Sur”',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:trump-era-public-health-order'})
MATCH (b:Entity {id: 'org:trump-administration'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:trump-era-public-health-order|org:trump-administration|owner'}]->(b)
SET r += {
  role: 'owner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a Trump-era public health order',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:trump-era-border-policies'})
MATCH (b:Entity {id: 'org:trump-administration'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:trump-era-border-policies|org:trump-administration|owner'}]->(b)
SET r += {
  role: 'owner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'rolling back Trump-era policies',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:trump-lopez-obrador-deals'})
MATCH (b:Entity {id: 'org:trump-administration'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:trump-lopez-obrador-deals|org:trump-administration|party'}]->(b)
SET r += {
  role: 'party',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump-era policies, including deals made with López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:trump-lopez-obrador-deals'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:trump-lopez-obrador-deals|person:lopez-obrador|party'}]->(b)
SET r += {
  role: 'party',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'deals made with López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:us-root-causes-effort'})
MATCH (b:Entity {id: 'org:biden-administration'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:us-root-causes-effort|org:biden-administration|owner'}]->(b)
SET r += {
  role: 'owner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'he has tasked Harris — his party’s heir apparent — with leading an international effort',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:us-regional-anti-corruption-strategy'})
MATCH (b:Entity {id: 'org:biden-administration'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:us-regional-anti-corruption-strategy|org:biden-administration|owner'}]->(b)
SET r += {
  role: 'owner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Biden administration is pushing a regional anti-corruption strategy',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:mx-asylum-capability'})
MATCH (b:Entity {id: 'org:mx-government'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:mx-asylum-capability|org:mx-government|owner'}]->(b)
SET r += {
  role: 'owner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border and have expanded their asylum capability',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'policy:lopez-obrador-welcoming-stance'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:lopez-obrador-welcoming-stance|person:lopez-obrador|owner'}]->(b)
SET r += {
  role: 'owner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'He continued with a welcoming message once in office',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:us-engagement-approach'})
MATCH (b:Entity {id: 'person:biden'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:us-engagement-approach|person:biden|owner'}]->(b)
SET r += {
  role: 'owner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'This president’s approach was to engage early and constructively',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'policy:mx-southern-border-closure'})
MATCH (b:Entity {id: 'org:mx-government'})
MERGE (a)-[r:POLICY_OF {id: 'policy_of|policy:mx-southern-border-closure|org:mx-government|owner'}]->(b)
SET r += {
  role: 'owner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'declaring its southern border closed for nonessential travel',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:trump-lopez-obrador-deals'})
MATCH (b:Entity {id: 'policy:trump-era-border-policies'})
MERGE (a)-[r:PART_OF {id: 'part_of|policy:trump-lopez-obrador-deals|policy:trump-era-border-policies'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump-era policies, including deals made with López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:harris'})
MATCH (b:Entity {id: 'policy:us-root-causes-effort'})
MERGE (a)-[r:LEADS {id: 'leads|person:harris|policy:us-root-causes-effort'}]->(b)
SET r += {
  assignedBy: 'person:biden',
  openEnded: true,
  knownFrom: date('2021-05-03'),
  knownTo: date('2021-05-03'),
  derivation: 'Present perfect "has tasked": holding on the source date; start not stated.',
  knownFromPrecision: 'day',
  knownToPrecision: 'day',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'he has tasked Harris — his party’s heir apparent — with leading an international effort to address the root causes of migration and stem the flow',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:us-root-causes-effort'})
MATCH (b:Entity {id: 'issue:root-causes'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:us-root-causes-effort|issue:root-causes'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'address the root causes of migration',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:us-root-causes-effort'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:us-root-causes-effort|country:mx|central partner'}]->(b)
SET r += {
  role: 'central partner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico is central to that plan',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:remain-in-mexico'})
MATCH (b:Entity {id: 'issue:asylum'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:remain-in-mexico|issue:asylum'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'required asylum seekers to wait outside U.S. territory',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:programa-frontera-sur'})
MATCH (b:Entity {id: 'place:mx-southern-border'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:programa-frontera-sur|place:mx-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to harden its southern border with Guatemala',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:trump-era-public-health-order'})
MATCH (b:Entity {id: 'issue:unaccompanied-minors'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:trump-era-public-health-order|issue:unaccompanied-minors'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to send home unaccompanied Central American teenagers and children',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:trump-era-public-health-order'})
MATCH (b:Entity {id: 'issue:public-health'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:trump-era-public-health-order|issue:public-health'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a Trump-era public health order',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:us-regional-anti-corruption-strategy'})
MATCH (b:Entity {id: 'issue:corruption'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:us-regional-anti-corruption-strategy|issue:corruption'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'a regional anti-corruption strategy',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:mx-asylum-capability'})
MATCH (b:Entity {id: 'issue:asylum'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:mx-asylum-capability|issue:asylum'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'their asylum capability',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:lopez-obrador-welcoming-stance'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:lopez-obrador-welcoming-stance|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'He continued with a welcoming message once in office',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:mx-southern-border-closure'})
MATCH (b:Entity {id: 'issue:public-health'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:mx-southern-border-closure|issue:public-health'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as a public health measure',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:mx-southern-border-closure'})
MATCH (b:Entity {id: 'place:mx-southern-border'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:mx-southern-border-closure|place:mx-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'declaring its southern border closed for nonessential travel',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:trump-era-border-policies'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:trump-era-border-policies|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'easing U.S. border controls by rolling back Trump-era policies',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'policy:us-engagement-approach'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:CONCERNS {id: 'concerns|policy:us-engagement-approach|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'he recognized that Mexico’s interests were aligned with ours on migration',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};
