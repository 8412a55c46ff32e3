// Quotes: verbatim text, speaker, medium, date.
// Source: source:wapo-2021-05-03-mexico-leverage (../shared/seed/000_a29362db7205dff6.txt).
// Every excerpt is a verbatim span of that text (npm run check:citations). Idempotent: MERGE on stable ids, then SET.
// Ontology: docs/ontology.md. Nodes are created before the relationships that need them (files run in name order).

MERGE (n:Entity {id: 'quote:gonzalez-we-need-mexico'})
SET n:Quote
SET n += {
  text: 'We need Mexico, and Mexico needs us,',
  name: 'Gonzalez: "We need Mexico, and Mexico needs us"',
  medium: 'interview',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“We need Mexico, and Mexico needs us,” Gonzalez said in an interview.',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-we-need-mexico'})
MATCH (b:Entity {id: 'person:juan-gonzalez'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:gonzalez-we-need-mexico|person:juan-gonzalez'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“We need Mexico, and Mexico needs us,” Gonzalez said in an interview.',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-we-need-mexico'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:gonzalez-we-need-mexico|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'We need Mexico, and Mexico needs us',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:gonzalez-engage-early'})
SET n:Quote
SET n += {
  text: 'This president’s approach was to engage early and constructively, rather than to threaten, because he recognized that Mexico’s interests were aligned with ours on migration.',
  name: 'Gonzalez: engage early and constructively rather than threaten',
  medium: 'interview',
  mediumDerivation: 'Continues the quotation introduced by "Gonzalez said in an interview."',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“This president’s approach was to engage early and constructively, rather than to threaten, because he recognized that Mexico’s interests were aligned with ours on migration.”',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-engage-early'})
MATCH (b:Entity {id: 'person:juan-gonzalez'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:gonzalez-engage-early|person:juan-gonzalez'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“This president’s approach was to engage early and constructively, rather than to threaten, because he recognized that Mexico’s interests were aligned with ours on migration.”',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-engage-early'})
MATCH (b:Entity {id: 'policy:us-engagement-approach'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:gonzalez-engage-early|policy:us-engagement-approach'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'This president’s approach was to engage early and constructively',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-engage-early'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:gonzalez-engage-early|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico’s interests were aligned with ours on migration',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:gonzalez-to-date'})
SET n:Quote
SET n += {
  text: 'To date, they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border and have expanded their asylum capability,',
  name: 'Gonzalez: Mexico deployed 10,000 and expanded asylum capability',
  medium: 'interview',
  note: '"[security personnel]" is the Post\'s insertion.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“To date, they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border and have expanded their asylum capability,” Gonzalez added.',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-to-date'})
MATCH (b:Entity {id: 'person:juan-gonzalez'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:gonzalez-to-date|person:juan-gonzalez'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“To date, they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border and have expanded their asylum capability,” Gonzalez added.',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-to-date'})
MATCH (b:Entity {id: 'event:2021-mexico-deploys-10000-to-southern-border'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:gonzalez-to-date|event:2021-mexico-deploys-10000-to-southern-border'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'deploying 10,000 [security personnel] to their southern border',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-to-date'})
MATCH (b:Entity {id: 'event:2021-mexico-expands-asylum-capability'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:gonzalez-to-date|event:2021-mexico-expands-asylum-capability'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'have expanded their asylum capability',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:gonzalez-more-than-enforcement'})
SET n:Quote
SET n += {
  text: 'But the conversation with Mexico is about more than enforcement on their southern border. Yes, we talk about enforcement, but also about support for humanitarian programs, addressing the root causes of migration and promoting economic investment.',
  name: 'Gonzalez: the conversation is about more than enforcement',
  medium: 'interview',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“But the conversation with Mexico is about more than enforcement on their southern border. Yes, we talk about enforcement, but also about support for humanitarian programs, addressing the root causes of migration and promoting economic investment.”',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-more-than-enforcement'})
MATCH (b:Entity {id: 'person:juan-gonzalez'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:gonzalez-more-than-enforcement|person:juan-gonzalez'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“But the conversation with Mexico is about more than enforcement on their southern border. Yes, we talk about enforcement, but also about support for humanitarian programs, addressing the root causes of migration and promoting economic investment.”',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-more-than-enforcement'})
MATCH (b:Entity {id: 'issue:humanitarian-programs'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:gonzalez-more-than-enforcement|issue:humanitarian-programs'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'support for humanitarian programs',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-more-than-enforcement'})
MATCH (b:Entity {id: 'issue:root-causes'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:gonzalez-more-than-enforcement|issue:root-causes'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'addressing the root causes of migration',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:gonzalez-more-than-enforcement'})
MATCH (b:Entity {id: 'issue:economic-investment'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:gonzalez-more-than-enforcement|issue:economic-investment'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'promoting economic investment',
  attribution: 'named-person',
  attributedTo: 'person:juan-gonzalez',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:ramon-turkey-interdiction-state'})
SET n:Quote
SET n += {
  text: 'Turkey is an interdiction state because it holds refugees,',
  name: 'Ramón: Turkey is an interdiction state',
  medium: 'unspecified',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“Turkey is an interdiction state because it holds refugees,” Ramón said.',
  attribution: 'named-person',
  attributedTo: 'person:cris-ramon',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:ramon-turkey-interdiction-state'})
MATCH (b:Entity {id: 'person:cris-ramon'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:ramon-turkey-interdiction-state|person:cris-ramon'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“Turkey is an interdiction state because it holds refugees,” Ramón said.',
  attribution: 'named-person',
  attributedTo: 'person:cris-ramon',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:ramon-turkey-interdiction-state'})
MATCH (b:Entity {id: 'country:tr'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:ramon-turkey-interdiction-state|country:tr'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Turkey is an interdiction state',
  attribution: 'named-person',
  attributedTo: 'person:cris-ramon',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:ramon-mexico-interdiction-state'})
SET n:Quote
SET n += {
  text: 'In Mexico, the U.S. approach creates an interdiction state by seeking more enforcement. In both cases you’re externalizing your borders and making another nation your border authority.',
  name: 'Ramón: the U.S. approach creates an interdiction state in Mexico',
  medium: 'unspecified',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“In Mexico, the U.S. approach creates an interdiction state by seeking more enforcement. In both cases you’re externalizing your borders and making another nation your border authority.”',
  attribution: 'named-person',
  attributedTo: 'person:cris-ramon',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:ramon-mexico-interdiction-state'})
MATCH (b:Entity {id: 'person:cris-ramon'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:ramon-mexico-interdiction-state|person:cris-ramon'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“In Mexico, the U.S. approach creates an interdiction state by seeking more enforcement. In both cases you’re externalizing your borders and making another nation your border authority.”',
  attribution: 'named-person',
  attributedTo: 'person:cris-ramon',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:ramon-mexico-interdiction-state'})
MATCH (b:Entity {id: 'country:mx'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:ramon-mexico-interdiction-state|country:mx'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'In Mexico, the U.S. approach creates an interdiction state',
  attribution: 'named-person',
  attributedTo: 'person:cris-ramon',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:ramon-leverage'})
SET n:Quote
SET n += {
  text: 'At a certain point you can’t keep relying on another country without that country recognizing it’s central to your regional strategy, and they will try to leverage that.',
  name: 'Ramón: they will try to leverage that',
  medium: 'unspecified',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Added Ramón: “At a certain point you can’t keep relying on another country without that country recognizing it’s central to your regional strategy, and they will try to leverage that.”',
  attribution: 'named-person',
  attributedTo: 'person:cris-ramon',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:ramon-leverage'})
MATCH (b:Entity {id: 'person:cris-ramon'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:ramon-leverage|person:cris-ramon'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Added Ramón: “At a certain point you can’t keep relying on another country without that country recognizing it’s central to your regional strategy, and they will try to leverage that.”',
  attribution: 'named-person',
  attributedTo: 'person:cris-ramon',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:ramon-leverage'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:ramon-leverage|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'you can’t keep relying on another country',
  attribution: 'named-person',
  attributedTo: 'person:cris-ramon',
  confidence: 0.8,
  status: 'implied'
};

MERGE (n:Entity {id: 'quote:rubio-armed-forces-removed'})
SET n:Quote
SET n += {
  text: 'I don’t doubt that the armed forces were removed from our southern border to gain leverage in the relationship,',
  name: 'Rubio: armed forces removed from southern border to gain leverage',
  medium: 'unspecified',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“I don’t doubt that the armed forces were removed from our southern border to gain leverage in the relationship,” said Rubio',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-armed-forces-removed'})
MATCH (b:Entity {id: 'person:luis-rubio'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:rubio-armed-forces-removed|person:luis-rubio'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“I don’t doubt that the armed forces were removed from our southern border to gain leverage in the relationship,” said Rubio',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-armed-forces-removed'})
MATCH (b:Entity {id: 'event:mexico-southern-border-troop-drawdown'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:rubio-armed-forces-removed|event:mexico-southern-border-troop-drawdown'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'referring to the drawdown in troops along Mexico’s border with Guatemala over the past year',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:rubio-fundamental-objective'})
SET n:Quote
SET n += {
  text: 'But the fundamental objective [of the Mexican government] is to reduce the Biden administration’s interest in getting involved in internal issues',
  name: 'Rubio: Mexico\'s fundamental objective is to reduce U.S. interest in internal issues',
  medium: 'unspecified',
  note: '"[of the Mexican government]" is the Post\'s insertion.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“But the fundamental objective [of the Mexican government] is to reduce the Biden administration’s interest in getting involved in internal issues” such as Mexican elections and corruption, he said.',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-fundamental-objective'})
MATCH (b:Entity {id: 'person:luis-rubio'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:rubio-fundamental-objective|person:luis-rubio'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“But the fundamental objective [of the Mexican government] is to reduce the Biden administration’s interest in getting involved in internal issues” such as Mexican elections and corruption, he said.',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-fundamental-objective'})
MATCH (b:Entity {id: 'issue:internal-affairs'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:rubio-fundamental-objective|issue:internal-affairs'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'getting involved in internal issues',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-fundamental-objective'})
MATCH (b:Entity {id: 'issue:elections'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:rubio-fundamental-objective|issue:elections'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'such as Mexican elections and corruption',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-fundamental-objective'})
MATCH (b:Entity {id: 'issue:corruption'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:rubio-fundamental-objective|issue:corruption'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'such as Mexican elections and corruption',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:rubio-trump-violated'})
SET n:Quote
SET n += {
  text: 'Trump violated one of the basic premises of the relationship',
  name: 'Rubio: Trump violated one of the basic premises of the relationship',
  medium: 'unspecified',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“Trump violated one of the basic premises of the relationship” that dated back to the 1980s, he said.',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-trump-violated'})
MATCH (b:Entity {id: 'person:luis-rubio'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:rubio-trump-violated|person:luis-rubio'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“Trump violated one of the basic premises of the relationship” that dated back to the 1980s, he said.',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-trump-violated'})
MATCH (b:Entity {id: 'person:trump'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:rubio-trump-violated|person:trump'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Trump violated one of the basic premises of the relationship',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:rubio-all-the-leverage'})
SET n:Quote
SET n += {
  text: 'I think all the leverage he will construct is for this,',
  name: 'Rubio: all the leverage he will construct is for this',
  medium: 'unspecified',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“I think all the leverage he will construct is for this,” Rubio said.',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-all-the-leverage'})
MATCH (b:Entity {id: 'person:luis-rubio'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:rubio-all-the-leverage|person:luis-rubio'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“I think all the leverage he will construct is for this,” Rubio said.',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-all-the-leverage'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:rubio-all-the-leverage|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'all the leverage he will construct is for this',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 0.9,
  status: 'implied',
  derivation: '"he" = López Obrador (context).'
};

MERGE (n:Entity {id: 'quote:rubio-no-doubt'})
SET n:Quote
SET n += {
  text: 'I have no doubt he’ll use it.',
  name: 'Rubio: I have no doubt he\'ll use it',
  medium: 'unspecified',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Rubio said. “I have no doubt he’ll use it.”',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-no-doubt'})
MATCH (b:Entity {id: 'person:luis-rubio'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:rubio-no-doubt|person:luis-rubio'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Rubio said. “I have no doubt he’ll use it.”',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:rubio-no-doubt'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:rubio-no-doubt|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'I have no doubt he’ll use it.',
  attribution: 'named-person',
  attributedTo: 'person:luis-rubio',
  confidence: 0.9,
  status: 'implied',
  derivation: '"he" = López Obrador (context).'
};

MERGE (n:Entity {id: 'quote:landau-cut-both-ways'})
SET n:Quote
SET n += {
  text: 'can cut both ways.',
  name: 'Landau: attention on migration "can cut both ways"',
  medium: 'unspecified',
  partial: true,
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'said the increased attention on migration in the bilateral relationship “can cut both ways.”',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:landau-cut-both-ways'})
MATCH (b:Entity {id: 'person:christopher-landau'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:landau-cut-both-ways|person:christopher-landau'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'said the increased attention on migration in the bilateral relationship “can cut both ways.”',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:landau-cut-both-ways'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:landau-cut-both-ways|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'the increased attention on migration in the bilateral relationship',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:landau-mexicans-can-use'})
SET n:Quote
SET n += {
  text: 'It was seen as very bad for Mexico when Trump brought up migration, but it’s something the Mexicans can use to get more leverage of their own,',
  name: 'Landau: something the Mexicans can use to get more leverage',
  medium: 'interview',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“It was seen as very bad for Mexico when Trump brought up migration, but it’s something the Mexicans can use to get more leverage of their own,” he said in an interview.',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:landau-mexicans-can-use'})
MATCH (b:Entity {id: 'person:christopher-landau'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:landau-mexicans-can-use|person:christopher-landau'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“It was seen as very bad for Mexico when Trump brought up migration, but it’s something the Mexicans can use to get more leverage of their own,” he said in an interview.',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:landau-mexicans-can-use'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:landau-mexicans-can-use|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'when Trump brought up migration',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:landau-look-more-kindly'})
SET n:Quote
SET n += {
  text: 'Mexico is enforcing its own migration laws, but to the extent we are urging Mexico to undertake enforcement actions, one would expect us to look more kindly on any request Mexico will have of us.',
  name: 'Landau: one would expect us to look more kindly on any request Mexico will have',
  medium: 'interview',
  mediumDerivation: 'Paragraph follows "he said in an interview"; assumed same interview.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“Mexico is enforcing its own migration laws, but to the extent we are urging Mexico to undertake enforcement actions, one would expect us to look more kindly on any request Mexico will have of us.”',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 0.9,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:landau-look-more-kindly'})
MATCH (b:Entity {id: 'person:christopher-landau'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:landau-look-more-kindly|person:christopher-landau'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“Mexico is enforcing its own migration laws, but to the extent we are urging Mexico to undertake enforcement actions, one would expect us to look more kindly on any request Mexico will have of us.”',
  attribution: 'named-person',
  attributedTo: 'person:christopher-landau',
  confidence: 0.9,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:landau-hard-time'})
SET n:Quote
SET n += {
  text: 'weren’t giving him a hard time on a gazillion other issues.',
  name: 'Landau: U.S. officials "weren\'t giving him a hard time on a gazillion other issues"',
  medium: 'video conference',
  partial: true,
  date: date('2021-04-26'),
  datePrecision: 'week',
  dateText: 'last week',
  derivation: '"last week" relative to Monday 2021-05-03 → week beginning Monday 2021-04-26.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'In a video conference last week cited by Mexico’s Reforma newspaper, Landau said López Obrador knew that the migration issue was important to Trump and that as long as Mexico cooperated, U.S. officials “weren’t giving him a hard time on a gazillion other issues.”',
  attribution: 'cited-outlet',
  attributedTo: 'org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:landau-hard-time'})
MATCH (b:Entity {id: 'person:christopher-landau'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:landau-hard-time|person:christopher-landau'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'In a video conference last week cited by Mexico’s Reforma newspaper, Landau said López Obrador knew that the migration issue was important to Trump and that as long as Mexico cooperated, U.S. officials “weren’t giving him a hard time on a gazillion other issues.”',
  attribution: 'cited-outlet',
  attributedTo: 'org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:landau-hard-time'})
MATCH (b:Entity {id: 'org:reforma'})
MERGE (a)-[r:REPORTED_BY {id: 'reported_by|quote:landau-hard-time|org:reforma|cited-outlet'}]->(b)
SET r += {
  role: 'cited-outlet',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'In a video conference last week cited by Mexico’s Reforma newspaper',
  attribution: 'cited-outlet',
  attributedTo: 'org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:landau-hard-time'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:landau-hard-time|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Landau said López Obrador knew that the migration issue was important to Trump',
  attribution: 'cited-outlet',
  attributedTo: 'org:reforma',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:lopez-obrador-expectations'})
SET n:Quote
SET n += {
  text: 'Expectations were created that with the government of President Biden there would be better treatment of migrants,',
  name: 'López Obrador: expectations were created of better treatment under Biden',
  medium: 'press remarks',
  date: date('2021-03-01'),
  datePrecision: 'month',
  derivation: 'Presented after "López Obrador told reporters" in March 2021 ("insisting in March"); the article does not date the quote itself.',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“Expectations were created that with the government of President Biden there would be better treatment of migrants,” López Obrador said.',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 0.8,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:lopez-obrador-expectations'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:lopez-obrador-expectations|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“Expectations were created that with the government of President Biden there would be better treatment of migrants,” López Obrador said.',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 0.8,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:lopez-obrador-expectations'})
MATCH (b:Entity {id: 'person:biden'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:lopez-obrador-expectations|person:biden'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'with the government of President Biden there would be better treatment of migrants',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:lopez-obrador-caused-migrants'})
SET n:Quote
SET n += {
  text: 'And this has caused Central American migrants, and also from our country, wanting to cross the border thinking that it is easier to do so.',
  name: 'López Obrador: this has caused migrants to want to cross',
  medium: 'press remarks',
  date: date('2021-03-01'),
  datePrecision: 'month',
  derivation: 'Continues the preceding López Obrador quotation (March 2021 remarks to reporters).',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“And this has caused Central American migrants, and also from our country, wanting to cross the border thinking that it is easier to do so.”',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 0.8,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:lopez-obrador-caused-migrants'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:lopez-obrador-caused-migrants|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“And this has caused Central American migrants, and also from our country, wanting to cross the border thinking that it is easier to do so.”',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 0.8,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:lopez-obrador-caused-migrants'})
MATCH (b:Entity {id: 'issue:migration'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:lopez-obrador-caused-migrants|issue:migration'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'wanting to cross the border thinking that it is easier to do so',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:lopez-obrador-dirty-work'})
SET n:Quote
SET n += {
  text: 'dirty work',
  name: 'López Obrador (2018 campaign): "dirty work"',
  medium: 'campaign',
  date: date('2018-01-01'),
  datePrecision: 'year',
  partial: true,
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'telling crowds that Mexico would no longer do the Americans’ “dirty work”',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:lopez-obrador-dirty-work'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:lopez-obrador-dirty-work|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'telling crowds that Mexico would no longer do the Americans’ “dirty work”',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:lopez-obrador-dirty-work'})
MATCH (b:Entity {id: 'event:2018-lopez-obrador-dirty-work-pledge'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:lopez-obrador-dirty-work|event:2018-lopez-obrador-dirty-work-pledge'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Mexico would no longer do the Americans’ “dirty work” by intercepting migrants headed north',
  attribution: 'named-person',
  attributedTo: 'person:lopez-obrador',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:mexico-rescues'})
SET n:Quote
SET n += {
  text: 'rescues',
  name: 'Mexican government: its arrests are "rescues"',
  medium: 'official statements',
  partial: true,
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'often describing its actions as “rescues” that save Central Americans from criminals',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'quote:mexico-rescues'})
MATCH (b:Entity {id: 'org:mx-government'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:mexico-rescues|org:mx-government'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'often describing its actions as “rescues” that save Central Americans from criminals',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MATCH (a:Entity {id: 'quote:mexico-rescues'})
MATCH (b:Entity {id: 'event:2021-mexico-arrests-deports-minors-families'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:mexico-rescues|event:2021-mexico-arrests-deports-minors-families'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'often describing its actions as “rescues”',
  attribution: 'reporting',
  attributedTo: 'org:washington-post',
  confidence: 1.0,
  status: 'asserted'
};

MERGE (n:Entity {id: 'quote:wood-not-going-to-end-soon'})
SET n:Quote
SET n += {
  text: 'The rising number of Mexicans who are migrating because of a lack of economic opportunity suggests that’s not going to end soon,',
  name: 'Wood: rising Mexican migration not going to end soon',
  medium: 'unspecified',
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“The rising number of Mexicans who are migrating because of a lack of economic opportunity suggests that’s not going to end soon,” said Duncan Wood',
  attribution: 'named-person',
  attributedTo: 'person:duncan-wood',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:wood-not-going-to-end-soon'})
MATCH (b:Entity {id: 'person:duncan-wood'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:wood-not-going-to-end-soon|person:duncan-wood'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“The rising number of Mexicans who are migrating because of a lack of economic opportunity suggests that’s not going to end soon,” said Duncan Wood',
  attribution: 'named-person',
  attributedTo: 'person:duncan-wood',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:wood-not-going-to-end-soon'})
MATCH (b:Entity {id: 'situation:2021-mexican-adult-migration-rise'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:wood-not-going-to-end-soon|situation:2021-mexican-adult-migration-rise'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'The rising number of Mexicans who are migrating because of a lack of economic opportunity',
  attribution: 'named-person',
  attributedTo: 'person:duncan-wood',
  confidence: 1.0,
  status: 'reported'
};

MERGE (n:Entity {id: 'quote:wood-disastrous'})
SET n:Quote
SET n += {
  text: 'would be disastrous',
  name: 'Wood: stopping Mexicans from heading north "would be disastrous" for López Obrador',
  medium: 'unspecified',
  partial: true,
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Any measures that would attempt to stop Mexicans from heading north “would be disastrous” for López Obrador, he said.',
  attribution: 'named-person',
  attributedTo: 'person:duncan-wood',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:wood-disastrous'})
MATCH (b:Entity {id: 'person:duncan-wood'})
MERGE (a)-[r:SAID_BY {id: 'said_by|quote:wood-disastrous|person:duncan-wood'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: 'Any measures that would attempt to stop Mexicans from heading north “would be disastrous” for López Obrador, he said.',
  attribution: 'named-person',
  attributedTo: 'person:duncan-wood',
  confidence: 1.0,
  status: 'reported'
};

MATCH (a:Entity {id: 'quote:wood-disastrous'})
MATCH (b:Entity {id: 'person:lopez-obrador'})
MERGE (a)-[r:CONCERNS {id: 'concerns|quote:wood-disastrous|person:lopez-obrador'}]->(b)
SET r += {
  sourceId: 'source:wapo-2021-05-03-mexico-leverage',
  excerpt: '“would be disastrous” for López Obrador',
  attribution: 'named-person',
  attributedTo: 'person:duncan-wood',
  confidence: 1.0,
  status: 'reported'
};
