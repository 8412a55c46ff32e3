// Events (PLOVER/CAMEO coded) and situations, with participants, places, policy actions.
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MERGE (n:Entity {id: 'event:2021-05-07-harris-lopez-obrador-virtual-meeting'})
SET n:Event
SET n += {
  name: 'Harris–López Obrador virtual meeting',
  eventType: 'CONSULT',
  cameoRoot: '04',
  cameoCode: '04',
  bilateralDirection: 'cooperation',
  phase: 'planned',
  date: date('2021-05-07'),
  datePrecision: 'day',
  dateText: 'on Friday',
  medium: 'virtual',
  derivation: 'Article dated Monday 2021-05-03; "on Friday" read as the following Friday → 2021-05-07.',
  quadClass: 'verbal cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'when Vice President Harris meets virtually with Mexican leader Andrés Manuel López Obrador on Friday',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.95,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:harris'})
MATCH (b:Entity {id: 'event:2021-05-07-harris-lopez-obrador-virtual-meeting'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:harris|event:2021-05-07-harris-lopez-obrador-virtual-meeting|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Vice President Harris meets virtually with Mexican leader',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:lopez-obrador'})
MATCH (b:Entity {id: 'event:2021-05-07-harris-lopez-obrador-virtual-meeting'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:lopez-obrador|event:2021-05-07-harris-lopez-obrador-virtual-meeting|counterpart'}]->(b)
SET r += {
  role: 'counterpart',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'meets virtually with Mexican leader Andrés Manuel López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-05-07-harris-lopez-obrador-virtual-meeting'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-05-07-harris-lopez-obrador-virtual-meeting|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'One potential problem for López Obrador in talks with Harris',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2021-harris-foundation-leaders-meeting'})
SET n:Event
SET n += {
  name: 'Harris meeting with foundation leaders on the migrant situation',
  eventType: 'CONSULT',
  cameoRoot: '04',
  cameoCode: '04',
  bilateralDirection: 'neutral',
  phase: 'completed',
  dateText: 'this month (photo caption)',
  note: 'Date left unset: the caption says "this month"; against the 2021-05-03 article date that would be 1-3 May 2021, which is doubtful (the caption may predate the article).',
  quadClass: 'verbal cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Vice President Harris speaks at a meeting this month with foundation leaders on the migrant situation at the southern border',
  attribution: 'caption',
  attributedTo: 'photo caption',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'person:harris'})
MATCH (b:Entity {id: 'event:2021-harris-foundation-leaders-meeting'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:harris|event:2021-harris-foundation-leaders-meeting|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Vice President Harris speaks at a meeting',
  attribution: 'caption',
  attributedTo: 'photo caption',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'event:2021-harris-foundation-leaders-meeting'})
MATCH (b:Entity {id: 'place:us-southern-border'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-harris-foundation-leaders-meeting|place:us-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the migrant situation at the southern border',
  attribution: 'caption',
  attributedTo: 'photo caption',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'event:2021-biden-rollback-trump-policies'})
SET n:Event
SET n += {
  name: 'Biden administration rolls back Trump-era policies',
  eventType: 'RETREAT',
  cameoRoot: '08',
  cameoCode: '08',
  bilateralDirection: 'neutral',
  phase: 'completed',
  dateText: 'Biden\'s rapid-fire rollback of Trump policies (after he took office; date not stated)',
  quadClass: 'material cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'easing U.S. border controls by rolling back Trump-era policies, including deals made with López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:biden-administration'})
MATCH (b:Entity {id: 'event:2021-biden-rollback-trump-policies'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:biden-administration|event:2021-biden-rollback-trump-policies|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'It also lands the Biden administration in the awkward position of asking Mexico to intensify its enforcement efforts after easing U.S. border controls',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-biden-rollback-trump-policies'})
MATCH (b:Entity {id: 'policy:trump-era-border-policies'})
MERGE (a)-[r:ACTS_ON {id: 'acts_on|event:2021-biden-rollback-trump-policies|policy:trump-era-border-policies'}]->(b)
SET r += {
  action: 'rolled-back',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'rolling back Trump-era policies',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-biden-rollback-trump-policies'})
MATCH (b:Entity {id: 'policy:trump-lopez-obrador-deals'})
MERGE (a)-[r:ACTS_ON {id: 'acts_on|event:2021-biden-rollback-trump-policies|policy:trump-lopez-obrador-deals'}]->(b)
SET r += {
  action: 'rolled-back',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'rolling back Trump-era policies, including deals made with López Obrador',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2021-biden-declines-public-health-order-for-minors'})
SET n:Event
SET n += {
  name: 'Biden administration says it will not use Trump-era public health order to send home unaccompanied minors',
  eventType: 'RETREAT',
  cameoRoot: '08',
  cameoCode: '08',
  bilateralDirection: 'neutral',
  phase: 'completed',
  dateText: 'soon after taking office (date not stated)',
  quadClass: 'material cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The Biden administration announced soon after taking office that it would not use a Trump-era public health order to send home unaccompanied Central American teenagers and children',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:biden-administration'})
MATCH (b:Entity {id: 'event:2021-biden-declines-public-health-order-for-minors'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:biden-administration|event:2021-biden-declines-public-health-order-for-minors|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The Biden administration announced soon after taking office',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-biden-declines-public-health-order-for-minors'})
MATCH (b:Entity {id: 'policy:trump-era-public-health-order'})
MERGE (a)-[r:ACTS_ON {id: 'acts_on|event:2021-biden-declines-public-health-order-for-minors|policy:trump-era-public-health-order'}]->(b)
SET r += {
  action: 'declined-to-use',
  scope: 'unaccompanied Central American teenagers and children',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'it would not use a Trump-era public health order to send home unaccompanied Central American teenagers and children',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-biden-declines-public-health-order-for-minors'})
MATCH (b:Entity {id: 'issue:unaccompanied-minors'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-biden-declines-public-health-order-for-minors|issue:unaccompanied-minors'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'allowing them to pursue humanitarian claims under U.S. law',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2021-us-asks-mexico-to-intensify-enforcement'})
SET n:Event
SET n += {
  name: 'U.S. asks Mexico to intensify enforcement',
  eventType: 'REQUEST',
  cameoRoot: '02',
  cameoCode: '02',
  bilateralDirection: 'cooperation',
  phase: 'ongoing',
  dateText: 'ongoing as of the article',
  quadClass: 'verbal cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'asking Mexico to intensify its enforcement efforts',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:biden-administration'})
MATCH (b:Entity {id: 'event:2021-us-asks-mexico-to-intensify-enforcement'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:biden-administration|event:2021-us-asks-mexico-to-intensify-enforcement|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Biden administration in the awkward position of asking Mexico to intensify its enforcement efforts',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'event:2021-us-asks-mexico-to-intensify-enforcement'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:mx|event:2021-us-asks-mexico-to-intensify-enforcement|target'}]->(b)
SET r += {
  role: 'target',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'asking Mexico to intensify its enforcement efforts',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-us-asks-mexico-to-intensify-enforcement'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-us-asks-mexico-to-intensify-enforcement|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'asking Mexico to intensify its enforcement efforts',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2021-03-mexico-agrees-troop-deployment'})
SET n:Event
SET n += {
  name: 'Mexico agrees to deploy thousands of troops and police to stop migrants',
  eventType: 'AGREE',
  cameoRoot: '03',
  cameoCode: '03',
  bilateralDirection: 'cooperation',
  phase: 'agreed',
  date: date('2021-03-01'),
  datePrecision: 'month',
  dateText: 'In March',
  derivation: 'Month named without a year in an article dated 2021-05-03 → March 2021.',
  forceSizeText: 'thousands of troops and police officers',
  quadClass: 'verbal cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'In March, as Biden officials scrambled to address the surge, the Mexican government agreed to deploy thousands of troops and police officers to stop migrants',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:mx-government'})
MATCH (b:Entity {id: 'event:2021-03-mexico-agrees-troop-deployment'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:mx-government|event:2021-03-mexico-agrees-troop-deployment|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Mexican government agreed to deploy thousands of troops and police officers',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:biden-administration'})
MATCH (b:Entity {id: 'event:2021-03-mexico-agrees-troop-deployment'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:biden-administration|event:2021-03-mexico-agrees-troop-deployment|counterpart'}]->(b)
SET r += {
  role: 'counterpart',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as Biden officials scrambled to address the surge',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-03-mexico-agrees-troop-deployment'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-03-mexico-agrees-troop-deployment|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to stop migrants',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2021-03-mexico-closes-southern-border'})
SET n:Event
SET n += {
  name: 'Mexico declares its southern border closed for nonessential travel',
  eventType: 'COERCE',
  cameoRoot: '17',
  cameoCode: '172',
  bilateralDirection: 'cooperation',
  phase: 'completed',
  date: date('2021-03-01'),
  datePrecision: 'month',
  dateText: 'In March',
  derivation: 'Month named without a year in an article dated 2021-05-03 → March 2021.',
  codingNote: 'Movement restriction coded as COERCE / CAMEO 172 (administrative sanctions); presented by Mexico as a public health measure.',
  quadClass: 'material conflict',
  direction: 'conflict',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'while declaring its southern border closed for nonessential travel as a public health measure for the first time since the start of the pandemic',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:mx-government'})
MATCH (b:Entity {id: 'event:2021-03-mexico-closes-southern-border'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:mx-government|event:2021-03-mexico-closes-southern-border|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Mexican government agreed to deploy thousands of troops and police officers to stop migrants, while declaring its southern border closed',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-03-mexico-closes-southern-border'})
MATCH (b:Entity {id: 'place:mx-southern-border'})
MERGE (a)-[r:OCCURRED_AT {id: 'occurred_at|event:2021-03-mexico-closes-southern-border|place:mx-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'declaring its southern border closed for nonessential travel',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-03-mexico-closes-southern-border'})
MATCH (b:Entity {id: 'policy:mx-southern-border-closure'})
MERGE (a)-[r:ACTS_ON {id: 'acts_on|event:2021-03-mexico-closes-southern-border|policy:mx-southern-border-closure'}]->(b)
SET r += {
  action: 'created',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'declaring its southern border closed for nonessential travel as a public health measure',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-03-mexico-closes-southern-border'})
MATCH (b:Entity {id: 'issue:public-health'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-03-mexico-closes-southern-border|issue:public-health'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as a public health measure',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2021-03-us-agrees-vaccine-doses'})
SET n:Event
SET n += {
  name: 'U.S. agrees to send millions of surplus AstraZeneca vaccine doses to Mexico',
  eventType: 'AGREE',
  cameoRoot: '03',
  cameoCode: '033',
  bilateralDirection: 'cooperation',
  phase: 'agreed',
  date: date('2021-03-01'),
  datePrecision: 'month',
  dateText: 'As part of those talks (March)',
  derivation: '"As part of those talks" refers to the March talks in the previous sentence → March 2021.',
  item: 'surplus AstraZeneca vaccine doses',
  quantityText: 'millions',
  quadClass: 'verbal cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'As part of those talks, the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.95,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:us'})
MATCH (b:Entity {id: 'event:2021-03-us-agrees-vaccine-doses'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:us|event:2021-03-us-agrees-vaccine-doses|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the United States agreed to send millions of surplus AstraZeneca vaccine doses',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'event:2021-03-us-agrees-vaccine-doses'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:mx|event:2021-03-us-agrees-vaccine-doses|recipient'}]->(b)
SET r += {
  role: 'recipient',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'vaccine doses to Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-03-us-agrees-vaccine-doses'})
MATCH (b:Entity {id: 'issue:vaccines'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-03-us-agrees-vaccine-doses|issue:vaccines'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'surplus AstraZeneca vaccine doses',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-03-us-agrees-vaccine-doses'})
MATCH (b:Entity {id: 'org:astrazeneca'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-03-us-agrees-vaccine-doses|org:astrazeneca'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'surplus AstraZeneca vaccine doses',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2021-lopez-obrador-seeks-more-vaccines'})
SET n:Event
SET n += {
  name: 'López Obrador seeks additional vaccine supplies',
  eventType: 'REQUEST',
  cameoRoot: '02',
  cameoCode: '023',
  bilateralDirection: 'cooperation',
  phase: 'ongoing',
  dateText: 'ongoing as of the article',
  quadClass: 'verbal cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador is seeking additional supplies',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:lopez-obrador'})
MATCH (b:Entity {id: 'event:2021-lopez-obrador-seeks-more-vaccines'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:lopez-obrador|event:2021-lopez-obrador-seeks-more-vaccines|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador is seeking additional supplies',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:us'})
MATCH (b:Entity {id: 'event:2021-lopez-obrador-seeks-more-vaccines'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:us|event:2021-lopez-obrador-seeks-more-vaccines|target'}]->(b)
SET r += {
  role: 'target',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the United States agreed to send millions of surplus AstraZeneca vaccine doses to Mexico, and López Obrador is seeking additional supplies',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.8,
  status: 'implied',
  derivation: 'The article does not name whom he asks; the sentence is about U.S. doses.'
};

MATCH (a:Entity {id: 'event:2021-lopez-obrador-seeks-more-vaccines'})
MATCH (b:Entity {id: 'issue:vaccines'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-lopez-obrador-seeks-more-vaccines|issue:vaccines'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador is seeking additional supplies',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2021-mexico-deploys-10000-to-southern-border'})
SET n:Event
SET n += {
  name: 'Mexico deploys 10,000 security personnel to its southern border',
  eventType: 'MOBILIZE',
  cameoRoot: '15',
  cameoCode: '15',
  bilateralDirection: 'cooperation',
  phase: 'ongoing',
  dateText: 'To date (as of Gonzalez\'s interview, before 2021-05-03)',
  note: '"[security personnel]" is the Post\'s bracketed insertion into the quote.',
  quadClass: 'material conflict',
  direction: 'conflict',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'To date, they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'org:mx-government'})
MATCH (b:Entity {id: 'event:2021-mexico-deploys-10000-to-southern-border'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:mx-government|event:2021-mexico-deploys-10000-to-southern-border|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'event:2021-mexico-deploys-10000-to-southern-border'})
MATCH (b:Entity {id: 'place:mx-southern-border'})
MERGE (a)-[r:OCCURRED_AT {id: 'occurred_at|event:2021-mexico-deploys-10000-to-southern-border|place:mx-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'deploying 10,000 [security personnel] to their southern border',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'event:2021-mexico-deploys-10000-to-southern-border'})
MATCH (b:Entity {id: 'event:2021-03-mexico-agrees-troop-deployment'})
MERGE (a)-[r:RESPONDS_TO {id: 'responds_to|event:2021-mexico-deploys-10000-to-southern-border|event:2021-03-mexico-agrees-troop-deployment'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Mexican government agreed to deploy thousands of troops and police officers to stop migrants',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.8,
  status: 'implied',
  derivation: 'Editors link Gonzalez\'s deployment figure to the March agreement; the article does not say they are the same deployment.'
};

MATCH (a:Entity {id: 'event:2021-mexico-deploys-10000-to-southern-border'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-mexico-deploys-10000-to-southern-border|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'they’ve increased their enforcement',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'event:2021-mexico-expands-asylum-capability'})
SET n:Event
SET n += {
  name: 'Mexico expands its asylum capability',
  eventType: 'COOPERATE',
  bilateralDirection: 'cooperation',
  phase: 'completed',
  dateText: 'To date (as of Gonzalez\'s interview)',
  quadClass: 'material cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'have expanded their asylum capability',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'org:mx-government'})
MATCH (b:Entity {id: 'event:2021-mexico-expands-asylum-capability'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:mx-government|event:2021-mexico-expands-asylum-capability|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'have expanded their asylum capability',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'event:2021-mexico-expands-asylum-capability'})
MATCH (b:Entity {id: 'policy:mx-asylum-capability'})
MERGE (a)-[r:ACTS_ON {id: 'acts_on|event:2021-mexico-expands-asylum-capability|policy:mx-asylum-capability'}]->(b)
SET r += {
  action: 'expanded',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'have expanded their asylum capability',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'event:2021-us-mexico-migration-partnership'})
SET n:Event
SET n += {
  name: 'Biden partners with Mexico on a comprehensive approach to migration in the region',
  eventType: 'COOPERATE',
  cameoRoot: '05',
  cameoCode: '05',
  bilateralDirection: 'cooperation',
  phase: 'ongoing',
  quadClass: 'verbal cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'is partnering with Mexico to develop a comprehensive approach to migration in the region',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'person:biden'})
MATCH (b:Entity {id: 'event:2021-us-mexico-migration-partnership'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:biden|event:2021-us-mexico-migration-partnership|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the president isn’t narrowly focused on the U.S.-Mexico border and is partnering with Mexico',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'event:2021-us-mexico-migration-partnership'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:mx|event:2021-us-mexico-migration-partnership|partner'}]->(b)
SET r += {
  role: 'partner',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'is partnering with Mexico',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'event:2021-us-mexico-migration-partnership'})
MATCH (b:Entity {id: 'policy:us-root-causes-effort'})
MERGE (a)-[r:ACTS_ON {id: 'acts_on|event:2021-us-mexico-migration-partnership|policy:us-root-causes-effort'}]->(b)
SET r += {
  action: 'developed',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to develop a comprehensive approach to migration in the region',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 0.7,
  status: 'implied',
  derivation: 'The "comprehensive approach" is identified with the U.S. regional migration plan led by Harris.'
};

MATCH (a:Entity {id: 'event:2021-us-mexico-migration-partnership'})
MATCH (b:Entity {id: 'issue:humanitarian-programs'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-us-mexico-migration-partnership|issue:humanitarian-programs'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'support for humanitarian programs',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'event:2021-us-mexico-migration-partnership'})
MATCH (b:Entity {id: 'issue:root-causes'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-us-mexico-migration-partnership|issue:root-causes'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'addressing the root causes of migration',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'event:2021-us-mexico-migration-partnership'})
MATCH (b:Entity {id: 'issue:economic-investment'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-us-mexico-migration-partnership|issue:economic-investment'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'promoting economic investment',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'event:2021-us-asks-mexico-to-accept-families'})
SET n:Event
SET n += {
  name: 'U.S. asks Mexico to accept more migrant families',
  eventType: 'REQUEST',
  cameoRoot: '02',
  cameoCode: '02',
  bilateralDirection: 'cooperation',
  phase: 'ongoing',
  quadClass: 'verbal cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The Biden administration has asked Mexico to accept more of those families',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:biden-administration'})
MATCH (b:Entity {id: 'event:2021-us-asks-mexico-to-accept-families'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:biden-administration|event:2021-us-asks-mexico-to-accept-families|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The Biden administration has asked Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'event:2021-us-asks-mexico-to-accept-families'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:mx|event:2021-us-asks-mexico-to-accept-families|target'}]->(b)
SET r += {
  role: 'target',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'has asked Mexico to accept more of those families',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-us-asks-mexico-to-accept-families'})
MATCH (b:Entity {id: 'issue:migrant-families'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-us-asks-mexico-to-accept-families|issue:migrant-families'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to accept more of those families',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2021-mexico-says-cannot-take-back-families'})
SET n:Event
SET n += {
  name: 'Mexico says it cannot take back migrant families',
  eventType: 'REJECT',
  cameoRoot: '12',
  cameoCode: '12',
  bilateralDirection: 'conflict',
  phase: 'completed',
  validFrom: date('2021-02-01'),
  validFromPrecision: 'month',
  validTo: date('2021-03-01'),
  validToPrecision: 'month',
  derivation: 'Period of the family arrivals "in February and March" (2021, from the article date).',
  quadClass: 'verbal conflict',
  direction: 'conflict',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'most of those families were released into the U.S. interior, because Mexico said it could not take them back, according to U.S. officials',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. officials',
  confidence: 0.8,
  status: 'reported'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'event:2021-mexico-says-cannot-take-back-families'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:mx|event:2021-mexico-says-cannot-take-back-families|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico said it could not take them back',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. officials',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'country:us'})
MATCH (b:Entity {id: 'event:2021-mexico-says-cannot-take-back-families'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:us|event:2021-mexico-says-cannot-take-back-families|target'}]->(b)
SET r += {
  role: 'target',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'released into the U.S. interior, because Mexico said it could not take them back',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. officials',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'event:2021-mexico-says-cannot-take-back-families'})
MATCH (b:Entity {id: 'issue:migrant-families'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-mexico-says-cannot-take-back-families|issue:migrant-families'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'most of those families were released into the U.S. interior',
  attribution: 'unnamed-officials',
  attributedTo: 'U.S. officials',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'event:2021-us-asks-mexico-to-accept-families'})
MATCH (b:Entity {id: 'event:2021-mexico-says-cannot-take-back-families'})
MERGE (a)-[r:RESPONDS_TO {id: 'responds_to|event:2021-us-asks-mexico-to-accept-families|event:2021-mexico-says-cannot-take-back-families'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The Biden administration has asked Mexico to accept more of those families',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.7,
  status: 'implied',
  derivation: 'The request follows the refusal in the article\'s order ("has asked Mexico to accept more").'
};

MERGE (n:Entity {id: 'event:2021-mexico-arrests-deports-minors-families'})
SET n:Event
SET n += {
  name: 'Mexico arrests and deports minors and families',
  eventType: 'COERCE',
  cameoRoot: '17',
  cameoCode: '174',
  bilateralDirection: 'cooperation',
  phase: 'ongoing',
  intensityText: 'with varying levels of intensity',
  officialFraming: 'rescues',
  quadClass: 'material conflict',
  direction: 'conflict',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The Mexican government arrests and deports minors and families with varying levels of intensity',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:mx-government'})
MATCH (b:Entity {id: 'event:2021-mexico-arrests-deports-minors-families'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:mx-government|event:2021-mexico-arrests-deports-minors-families|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The Mexican government arrests and deports minors and families',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-mexico-arrests-deports-minors-families'})
MATCH (b:Entity {id: 'issue:unaccompanied-minors'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-mexico-arrests-deports-minors-families|issue:unaccompanied-minors'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'arrests and deports minors and families',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-mexico-arrests-deports-minors-families'})
MATCH (b:Entity {id: 'issue:migrant-families'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-mexico-arrests-deports-minors-families|issue:migrant-families'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'arrests and deports minors and families',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2021-us-prods-mexico-on-other-initiatives'})
SET n:Event
SET n += {
  name: 'U.S. prods Mexico on climate, clean energy and labor initiatives',
  eventType: 'REQUEST',
  cameoRoot: '02',
  cameoCode: '02',
  bilateralDirection: 'neutral',
  phase: 'ongoing',
  quadClass: 'verbal cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'prodding Mexico on a number of other initiatives, from climate change commitments and clean energy to labor protections',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:biden-administration'})
MATCH (b:Entity {id: 'event:2021-us-prods-mexico-on-other-initiatives'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:biden-administration|event:2021-us-prods-mexico-on-other-initiatives|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Biden administration is pushing a regional anti-corruption strategy and prodding Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'event:2021-us-prods-mexico-on-other-initiatives'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:mx|event:2021-us-prods-mexico-on-other-initiatives|target'}]->(b)
SET r += {
  role: 'target',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'prodding Mexico on a number of other initiatives',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-us-prods-mexico-on-other-initiatives'})
MATCH (b:Entity {id: 'issue:climate'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-us-prods-mexico-on-other-initiatives|issue:climate'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'climate change commitments',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-us-prods-mexico-on-other-initiatives'})
MATCH (b:Entity {id: 'issue:clean-energy'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-us-prods-mexico-on-other-initiatives|issue:clean-energy'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'clean energy to labor protections',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-us-prods-mexico-on-other-initiatives'})
MATCH (b:Entity {id: 'issue:labor'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2021-us-prods-mexico-on-other-initiatives|issue:labor'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'labor protections',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:mexico-southern-border-troop-drawdown'})
SET n:Event
SET n += {
  name: 'Drawdown in troops along Mexico\'s border with Guatemala',
  eventType: 'RETREAT',
  cameoRoot: '08',
  cameoCode: '087',
  bilateralDirection: 'conflict',
  phase: 'completed',
  validFrom: date('2020-05-01'),
  validFromPrecision: 'month',
  validTo: date('2021-05-03'),
  validToPrecision: 'day',
  dateText: 'over the past year',
  derivation: '"over the past year" counted back from the 2021-05-03 article date.',
  note: 'Possibly the same process as event:2020-mexico-military-deployment-wanes; bilateralDirection "conflict" reflects Rubio\'s reading that it was done to gain leverage (alleged).',
  quadClass: 'material cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'referring to the drawdown in troops along Mexico’s border with Guatemala over the past year',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.9,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:mx-armed-forces'})
MATCH (b:Entity {id: 'event:mexico-southern-border-troop-drawdown'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:mx-armed-forces|event:mexico-southern-border-troop-drawdown|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the armed forces were removed from our southern border',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'event:mexico-southern-border-troop-drawdown'})
MATCH (b:Entity {id: 'place:mx-southern-border'})
MERGE (a)-[r:OCCURRED_AT {id: 'occurred_at|event:mexico-southern-border-troop-drawdown|place:mx-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the drawdown in troops along Mexico’s border with Guatemala',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2014-obama-administration-presses-mexico'})
SET n:Event
SET n += {
  name: 'Obama administration leans on Mexico to crack down along freight rail lines',
  eventType: 'REQUEST',
  cameoRoot: '10',
  cameoCode: '10',
  bilateralDirection: 'conflict',
  phase: 'completed',
  date: date('2014-01-01'),
  datePrecision: 'year',
  dateText: 'in 2014',
  codingNote: '"leaned on" = pressure: PLOVER REQUEST, CAMEO 10 (Demand).',
  quadClass: 'verbal conflict',
  direction: 'conflict',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his administration leaned on Mexico to crack down along the freight rail lines many Central Americans were using to travel north',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:obama-administration'})
MATCH (b:Entity {id: 'event:2014-obama-administration-presses-mexico'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:obama-administration|event:2014-obama-administration-presses-mexico|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his administration leaned on Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'event:2014-obama-administration-presses-mexico'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:mx|event:2014-obama-administration-presses-mexico|target'}]->(b)
SET r += {
  role: 'target',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'leaned on Mexico to crack down',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2014-obama-administration-presses-mexico'})
MATCH (b:Entity {id: 'place:mx-freight-rail-lines'})
MERGE (a)-[r:OCCURRED_AT {id: 'occurred_at|event:2014-obama-administration-presses-mexico|place:mx-freight-rail-lines'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'crack down along the freight rail lines',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2014-mexico-announces-programa-frontera-sur'})
SET n:Event
SET n += {
  name: 'Mexico announces Programa Frontera Sur',
  eventType: 'MOBILIZE',
  cameoRoot: '15',
  cameoCode: '15',
  bilateralDirection: 'cooperation',
  phase: 'completed',
  date: date('2014-01-01'),
  datePrecision: 'year',
  dateText: 'not stated (paragraph about 2014)',
  derivation: 'Year inferred from the paragraph about 2014; the article gives no date for the announcement.',
  codingNote: 'Announcement of a program to harden the border coded as a change of force posture (PLOVER MOBILIZE / CAMEO 15).',
  quadClass: 'material conflict',
  direction: 'conflict',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico announced a “Programa Frontera Sur” to harden its southern border with Guatemala',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.85,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'event:2014-mexico-announces-programa-frontera-sur'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:mx|event:2014-mexico-announces-programa-frontera-sur|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico announced a “Programa Frontera Sur”',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2014-mexico-announces-programa-frontera-sur'})
MATCH (b:Entity {id: 'place:mx-southern-border'})
MERGE (a)-[r:OCCURRED_AT {id: 'occurred_at|event:2014-mexico-announces-programa-frontera-sur|place:mx-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'to harden its southern border with Guatemala',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2014-mexico-announces-programa-frontera-sur'})
MATCH (b:Entity {id: 'policy:programa-frontera-sur'})
MERGE (a)-[r:ACTS_ON {id: 'acts_on|event:2014-mexico-announces-programa-frontera-sur|policy:programa-frontera-sur'}]->(b)
SET r += {
  action: 'announced',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico announced a “Programa Frontera Sur”',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2014-mexico-announces-programa-frontera-sur'})
MATCH (b:Entity {id: 'event:2014-obama-administration-presses-mexico'})
MERGE (a)-[r:RESPONDS_TO {id: 'responds_to|event:2014-mexico-announces-programa-frontera-sur|event:2014-obama-administration-presses-mexico'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his administration leaned on Mexico to crack down along the freight rail lines many Central Americans were using to travel north. Mexico announced a “Programa Frontera Sur”',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.6,
  status: 'implied',
  derivation: 'Juxtaposed in consecutive sentences; the article does not say the announcement responded to the pressure.'
};

MERGE (n:Entity {id: 'event:2019-trump-tariff-threat'})
SET n:Event
SET n += {
  name: 'Trump threatens to sink Mexico\'s economy with escalating tariffs',
  eventType: 'THREATEN',
  cameoRoot: '13',
  cameoCode: '131',
  bilateralDirection: 'conflict',
  phase: 'completed',
  date: date('2019-01-01'),
  datePrecision: 'year',
  dateText: 'in 2019',
  derivation: 'Placed in 2019 by the paragraph ("especially in 2019"); month not stated.',
  quadClass: 'verbal conflict',
  direction: 'conflict',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump fulminated and threatened to sink Mexico’s economy with escalating tariffs',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:trump'})
MATCH (b:Entity {id: 'event:2019-trump-tariff-threat'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:trump|event:2019-trump-tariff-threat|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump fulminated and threatened to sink Mexico’s economy',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'event:2019-trump-tariff-threat'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:mx|event:2019-trump-tariff-threat|target'}]->(b)
SET r += {
  role: 'target',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'threatened to sink Mexico’s economy with escalating tariffs',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2019-trump-tariff-threat'})
MATCH (b:Entity {id: 'issue:trade'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2019-trump-tariff-threat|issue:trade'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'escalating tariffs',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2019-trump-tariff-threat'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2019-trump-tariff-threat|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'As groups of migrants numbering 300 or more crossed into the United States, Trump fulminated',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2019-mexico-militarized-crackdown'})
SET n:Event
SET n += {
  name: 'López Obrador\'s militarized crackdown along Mexico\'s northern and southern borders',
  eventType: 'MOBILIZE',
  cameoRoot: '15',
  cameoCode: '154',
  bilateralDirection: 'cooperation',
  phase: 'completed',
  validFrom: date('2019-06-01'),
  validFromPrecision: 'month',
  derivation: 'Start: "June 2019 during the first month of the troop deployment". End not stated (the deployment "waned over the final months of Trump\'s presidency").',
  qualifierText: 'unprecedented',
  quadClass: 'material conflict',
  direction: 'conflict',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador responded with an unprecedented militarized crackdown along Mexico’s northern and southern borders',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:lopez-obrador'})
MATCH (b:Entity {id: 'event:2019-mexico-militarized-crackdown'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:lopez-obrador|event:2019-mexico-militarized-crackdown|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador responded with an unprecedented militarized crackdown',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:mx-armed-forces'})
MATCH (b:Entity {id: 'event:2019-mexico-militarized-crackdown'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:mx-armed-forces|event:2019-mexico-militarized-crackdown|instrument'}]->(b)
SET r += {
  role: 'instrument',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Mexican military deployment',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2019-mexico-militarized-crackdown'})
MATCH (b:Entity {id: 'place:mx-northern-border'})
MERGE (a)-[r:OCCURRED_AT {id: 'occurred_at|event:2019-mexico-militarized-crackdown|place:mx-northern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'along Mexico’s northern and southern borders',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2019-mexico-militarized-crackdown'})
MATCH (b:Entity {id: 'place:mx-southern-border'})
MERGE (a)-[r:OCCURRED_AT {id: 'occurred_at|event:2019-mexico-militarized-crackdown|place:mx-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'along Mexico’s northern and southern borders',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2019-mexico-militarized-crackdown'})
MATCH (b:Entity {id: 'event:2019-trump-tariff-threat'})
MERGE (a)-[r:RESPONDS_TO {id: 'responds_to|event:2019-mexico-militarized-crackdown|event:2019-trump-tariff-threat'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador responded with an unprecedented militarized crackdown',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2019-mexico-militarized-crackdown'})
MATCH (b:Entity {id: 'policy:lopez-obrador-welcoming-stance'})
MERGE (a)-[r:ACTS_ON {id: 'acts_on|event:2019-mexico-militarized-crackdown|policy:lopez-obrador-welcoming-stance'}]->(b)
SET r += {
  action: 'reversed',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump’s threats coerced López Obrador into a reversal',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2019-mexico-agrees-remain-in-mexico-expansion'})
SET n:Event
SET n += {
  name: 'López Obrador agrees to a broad expansion of Trump\'s Remain in Mexico program',
  eventType: 'AGREE',
  cameoRoot: '03',
  cameoCode: '03',
  bilateralDirection: 'cooperation',
  phase: 'agreed',
  date: date('2019-01-01'),
  datePrecision: 'year',
  derivation: 'Placed in 2019 by the paragraph; month not stated.',
  quadClass: 'verbal cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'while agreeing to a broad expansion of Trump’s “Remain in Mexico” program',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:lopez-obrador'})
MATCH (b:Entity {id: 'event:2019-mexico-agrees-remain-in-mexico-expansion'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:lopez-obrador|event:2019-mexico-agrees-remain-in-mexico-expansion|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador responded with an unprecedented militarized crackdown along Mexico’s northern and southern borders, while agreeing to a broad expansion',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:trump'})
MATCH (b:Entity {id: 'event:2019-mexico-agrees-remain-in-mexico-expansion'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:trump|event:2019-mexico-agrees-remain-in-mexico-expansion|counterpart'}]->(b)
SET r += {
  role: 'counterpart',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump’s “Remain in Mexico” program',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2019-mexico-agrees-remain-in-mexico-expansion'})
MATCH (b:Entity {id: 'policy:remain-in-mexico'})
MERGE (a)-[r:ACTS_ON {id: 'acts_on|event:2019-mexico-agrees-remain-in-mexico-expansion|policy:remain-in-mexico'}]->(b)
SET r += {
  action: 'agreed-to-expand',
  scopeText: 'broad expansion',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'agreeing to a broad expansion of Trump’s “Remain in Mexico” program',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2019-mexico-agrees-remain-in-mexico-expansion'})
MATCH (b:Entity {id: 'event:2019-trump-tariff-threat'})
MERGE (a)-[r:RESPONDS_TO {id: 'responds_to|event:2019-mexico-agrees-remain-in-mexico-expansion|event:2019-trump-tariff-threat'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador responded with an unprecedented militarized crackdown along Mexico’s northern and southern borders, while agreeing to a broad expansion',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2019-mexico-agrees-remain-in-mexico-expansion'})
MATCH (b:Entity {id: 'issue:asylum'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2019-mexico-agrees-remain-in-mexico-expansion|issue:asylum'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'required asylum seekers to wait outside U.S. territory',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2019-06-mexico-deportations'})
SET n:Event
SET n += {
  name: 'Mexico deports more than 24,000 in June 2019',
  eventType: 'COERCE',
  cameoRoot: '17',
  cameoCode: '174',
  bilateralDirection: 'cooperation',
  phase: 'completed',
  date: date('2019-06-01'),
  datePrecision: 'month',
  dateText: 'in June 2019',
  quadClass: 'material conflict',
  direction: 'conflict',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico deported more than 24,000 in June 2019 during the first month of the troop deployment',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:mx'})
MATCH (b:Entity {id: 'event:2019-06-mexico-deportations'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:mx|event:2019-06-mexico-deportations|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico deported more than 24,000 in June 2019',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2020-mexico-military-deployment-wanes'})
SET n:Event
SET n += {
  name: 'Mexican military deployment wanes',
  eventType: 'RETREAT',
  cameoRoot: '08',
  cameoCode: '087',
  bilateralDirection: 'neutral',
  phase: 'completed',
  dateText: 'over the final months of Trump\'s presidency (dates not stated)',
  quadClass: 'material cooperation',
  direction: 'cooperation',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Mexican military deployment waned over the final months of Trump’s presidency',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:mx-armed-forces'})
MATCH (b:Entity {id: 'event:2020-mexico-military-deployment-wanes'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:mx-armed-forces|event:2020-mexico-military-deployment-wanes|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Mexican military deployment waned',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2020-mexico-military-deployment-wanes'})
MATCH (b:Entity {id: 'event:2019-mexico-militarized-crackdown'})
MERGE (a)-[r:FOLLOWS {id: 'follows|event:2020-mexico-military-deployment-wanes|event:2019-mexico-militarized-crackdown'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Migration levels fell sharply after the crackdown, but the Mexican military deployment waned',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2020-us-agents-detain-more-mexican-adults'})
SET n:Event
SET n += {
  name: 'U.S. agents begin detaining more Mexican adults crossing the border',
  eventType: 'COERCE',
  cameoRoot: '17',
  cameoCode: '173',
  bilateralDirection: 'neutral',
  phase: 'completed',
  dateText: 'coinciding with the final months of Trump\'s presidency',
  quadClass: 'material conflict',
  direction: 'conflict',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. agents also began detaining more Mexican adults crossing the border',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:us-border-agents'})
MATCH (b:Entity {id: 'event:2020-us-agents-detain-more-mexican-adults'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:us-border-agents|event:2020-us-agents-detain-more-mexican-adults|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'U.S. agents also began detaining more Mexican adults',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2020-us-agents-detain-more-mexican-adults'})
MATCH (b:Entity {id: 'place:us-southern-border'})
MERGE (a)-[r:OCCURRED_AT {id: 'occurred_at|event:2020-us-agents-detain-more-mexican-adults|place:us-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'detaining more Mexican adults crossing the border',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'event:2018-lopez-obrador-dirty-work-pledge'})
SET n:Event
SET n += {
  name: 'López Obrador campaigns that Mexico will no longer do the Americans’ "dirty work"',
  eventType: 'REJECT',
  cameoRoot: '12',
  cameoCode: '12',
  bilateralDirection: 'conflict',
  phase: 'completed',
  date: date('2018-01-01'),
  datePrecision: 'year',
  dateText: 'in 2018',
  medium: 'campaign',
  quadClass: 'verbal conflict',
  direction: 'conflict',
  codingDerivation: 'quadClass/direction derived from the CAMEO root (01-05 verbal cooperation, 06-08 material cooperation, 09-13 verbal conflict, 14-20 material conflict), or from the PLOVER type when no CAMEO code is given. bilateralDirection is the editors\' coding of the effect on U.S.-Mexico relations.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador ran for president in 2018 as a leftist, telling crowds that Mexico would no longer do the Americans’ “dirty work” by intercepting migrants headed north',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'person:lopez-obrador'})
MATCH (b:Entity {id: 'event:2018-lopez-obrador-dirty-work-pledge'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|person:lopez-obrador|event:2018-lopez-obrador-dirty-work-pledge|actor'}]->(b)
SET r += {
  role: 'actor',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'López Obrador ran for president in 2018 as a leftist, telling crowds',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'country:us'})
MATCH (b:Entity {id: 'event:2018-lopez-obrador-dirty-work-pledge'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|country:us|event:2018-lopez-obrador-dirty-work-pledge|target'}]->(b)
SET r += {
  role: 'target',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the Americans’ “dirty work”',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2018-lopez-obrador-dirty-work-pledge'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|event:2018-lopez-obrador-dirty-work-pledge|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'by intercepting migrants headed north',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'situation:2021-us-border-surge'})
SET n:Situation
SET n += {
  name: 'Migration surge at the U.S. southern border under Biden',
  kind: 'migration-surge',
  openEnded: true,
  aliases: ['the surge', 'migration influx', 'border influx', 'current migration wave'],
  knownFrom: date('2021-02-01'),
  knownFromPrecision: 'month',
  knownTo: date('2021-05-03'),
  derivation: 'knownFrom: family arrivals "skyrocketed in February and March" (2021); start ("Since President Biden took office") not dated in the article.',
  aliasText: 'the surge | migration influx | border influx | current migration wave',
  knownToPrecision: 'day',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Since President Biden took office, the number of migrants taken into U.S. custody along the border has soared',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'situation:2021-us-border-surge'})
MATCH (b:Entity {id: 'place:us-southern-border'})
MERGE (a)-[r:OCCURRED_AT {id: 'occurred_at|situation:2021-us-border-surge|place:us-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'taken into U.S. custody along the border',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'situation:2021-us-border-surge'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|situation:2021-us-border-surge|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Biden’s handling of the migration influx at the border',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2021-03-mexico-agrees-troop-deployment'})
MATCH (b:Entity {id: 'situation:2021-us-border-surge'})
MERGE (a)-[r:RESPONDS_TO {id: 'responds_to|event:2021-03-mexico-agrees-troop-deployment|situation:2021-us-border-surge'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as Biden officials scrambled to address the surge, the Mexican government agreed',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'situation:2014-central-american-influx'})
SET n:Situation
SET n += {
  name: 'First major influx of Central American minors and families',
  kind: 'migration-surge',
  date: date('2014-01-01'),
  datePrecision: 'year',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the first major influx of Central American minors and families in 2014',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2014-obama-administration-presses-mexico'})
MATCH (b:Entity {id: 'situation:2014-central-american-influx'})
MERGE (a)-[r:RESPONDS_TO {id: 'responds_to|event:2014-obama-administration-presses-mexico|situation:2014-central-american-influx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'When President Barack Obama faced the first major influx of Central American minors and families in 2014, his administration leaned on Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'situation:2019-record-family-influx'})
SET n:Situation
SET n += {
  name: 'Record influx of Central American parents arriving with children',
  kind: 'migration-surge',
  date: date('2019-01-01'),
  datePrecision: 'year',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'especially in 2019 amid a record influx of Central American parents arriving with children',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'event:2019-trump-tariff-threat'})
MATCH (b:Entity {id: 'situation:2019-record-family-influx'})
MERGE (a)-[r:RESPONDS_TO {id: 'responds_to|event:2019-trump-tariff-threat|situation:2019-record-family-influx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'President Donald Trump turned to Mexico, too, especially in 2019 amid a record influx',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'situation:2019-migration-levels-fall'})
SET n:Situation
SET n += {
  name: 'Migration levels fall sharply after the 2019 crackdown',
  kind: 'migration-decline',
  date: date('2019-01-01'),
  datePrecision: 'year',
  derivation: 'After the crackdown that began June 2019; exact dates not stated.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Migration levels fell sharply after the crackdown',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'situation:2019-migration-levels-fall'})
MATCH (b:Entity {id: 'event:2019-mexico-militarized-crackdown'})
MERGE (a)-[r:FOLLOWS {id: 'follows|situation:2019-migration-levels-fall|event:2019-mexico-militarized-crackdown'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Migration levels fell sharply after the crackdown',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'situation:caravans'})
SET n:Situation
SET n += {
  name: 'Large caravans of Central American migrants stream through Mexico',
  kind: 'migration-surge',
  dateText: 'after López Obrador took office, before the 2019 reversal (dates not stated)',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'large caravans of Central American migrants began streaming through, piquing Trump’s anger',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'situation:pandemic'})
SET n:Situation
SET n += {
  name: 'The pandemic',
  kind: 'pandemic',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'for the first time since the start of the pandemic',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'situation:pandemic-economic-downturn'})
SET n:Situation
SET n += {
  name: 'Economy reels from the pandemic',
  kind: 'economic-downturn',
  dateText: 'during the final months of Trump\'s presidency',
  note: '"the country\'s economy" most plausibly Mexico\'s (the sentence is about Mexican adults); ambiguous.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'as the country’s economy reeled from the pandemic',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.7,
  status: 'asserted'
};

MATCH (a:Entity {id: 'situation:pandemic-economic-downturn'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:OCCURRED_AT {id: 'occurred_at|situation:pandemic-economic-downturn|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'detaining more Mexican adults crossing the border as the country’s economy reeled from the pandemic',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 0.7,
  status: 'implied',
  derivation: '"the country" read as Mexico (the adults are Mexican).'
};

MERGE (n:Entity {id: 'situation:2021-mexican-adult-migration-rise'})
SET n:Situation
SET n += {
  name: 'Soaring number of Mexican adult migrants',
  kind: 'migration-surge',
  openEnded: true,
  knownTo: date('2021-05-03'),
  comparison: 'now at levels that resemble the early 2000s',
  knownFrom: date('2021-05-03'),
  knownFromPrecision: 'day',
  knownToPrecision: 'day',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the soaring number of Mexican adult migrants coming across the U.S. border — now at levels that resemble the early 2000s',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'situation:2021-06-mexico-legislative-elections'})
SET n:Situation
SET n += {
  name: 'Mexican legislative elections',
  kind: 'election',
  phase: 'planned',
  date: date('2021-06-01'),
  datePrecision: 'month',
  dateText: 'next month',
  derivation: '"next month" from the 2021-05-03 article date → June 2021.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his party is vying for a legislative supermajority in upcoming elections next month',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'org:lopez-obrador-party'})
MATCH (b:Entity {id: 'situation:2021-06-mexico-legislative-elections'})
MERGE (a)-[r:PARTICIPATED_IN {id: 'participated_in|org:lopez-obrador-party|situation:2021-06-mexico-legislative-elections|contender'}]->(b)
SET r += {
  role: 'contender',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'his party is vying for a legislative supermajority in upcoming elections next month',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'situation:2021-06-mexico-legislative-elections'})
MATCH (b:Entity {id: 'issue:elections'})
MERGE (a)-[r:CONCERNS {id: 'concerns|situation:2021-06-mexico-legislative-elections|issue:elections'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'upcoming elections next month',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'situation:2021-06-mexico-legislative-elections'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:OCCURRED_AT {id: 'occurred_at|situation:2021-06-mexico-legislative-elections|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'bolster his ambitions to transform Mexico',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};
