// Quotes: verbatim text, speaker, medium, date.
// Source: the seed article (see 010_sources.cypher). Every excerpt is a verbatim span of its text at
// `at` (code points, [start, end)); npm run check:citations verifies both. The `source` map below gives
// every evidence record its defaults; a row's evidence entry overrides them. Evidence model and the
// row conventions: docs/evidence.md. The seed runner fails the file if a row names an id that does not
// exist (the `missing` column) and refreshes the summaries of every `fact` returned.

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'named-person', attributedTo: 'person:luis-rubio', confidence: 1.0, status: 'reported', stance: 'supports', recordedBy: 'seed:cypher/data/080_quotes.cypher'} AS source,
     {} AS common
UNWIND [
  {label: 'Quote', id: 'quote:gonzalez-we-need-mexico', props: {name: 'Gonzalez: "We need Mexico, and Mexico needs us"', medium: 'interview', text: 'We need Mexico, and Mexico needs us,'},
   evidence: [{excerpt: '“We need Mexico, and Mexico needs us,” Gonzalez said in an interview.', attributedTo: 'person:juan-gonzalez', at: [2621, 2690]}]},
  {label: 'Quote', id: 'quote:gonzalez-engage-early', props: {mediumDerivation: 'Continues the quotation introduced by "Gonzalez said in an interview."', name: 'Gonzalez: engage early and constructively rather than threaten', medium: 'interview', text: 'This president’s approach was to engage early and constructively, rather than to threaten, because he recognized that Mexico’s interests were aligned with ours on migration.'},
   evidence: [{excerpt: '“This president’s approach was to engage early and constructively, rather than to threaten, because he recognized that Mexico’s interests were aligned with ours on migration.”', attributedTo: 'person:juan-gonzalez', at: [2691, 2866]}]},
  {label: 'Quote', id: 'quote:gonzalez-to-date', props: {name: 'Gonzalez: Mexico deployed 10,000 and expanded asylum capability', medium: 'interview', text: 'To date, they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border and have expanded their asylum capability,'},
   evidence: [{excerpt: '“To date, they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border and have expanded their asylum capability,” Gonzalez added.', attributedTo: 'person:juan-gonzalez', note: '"[security personnel]" is the Post\'s insertion.', at: [2868, 3037]}]},
  {label: 'Quote', id: 'quote:gonzalez-more-than-enforcement', props: {name: 'Gonzalez: the conversation is about more than enforcement', medium: 'interview', text: 'But the conversation with Mexico is about more than enforcement on their southern border. Yes, we talk about enforcement, but also about support for humanitarian programs, addressing the root causes of migration and promoting economic investment.'},
   evidence: [{excerpt: '“But the conversation with Mexico is about more than enforcement on their southern border. Yes, we talk about enforcement, but also about support for humanitarian programs, addressing the root causes of migration and promoting economic investment.”', attributedTo: 'person:juan-gonzalez', at: [3038, 3286]}]},
  {label: 'Quote', id: 'quote:ramon-turkey-interdiction-state', props: {name: 'Ramón: Turkey is an interdiction state', medium: 'unspecified', text: 'Turkey is an interdiction state because it holds refugees,'},
   evidence: [{excerpt: '“Turkey is an interdiction state because it holds refugees,” Ramón said.', attributedTo: 'person:cris-ramon', at: [3914, 3986]}]},
  {label: 'Quote', id: 'quote:ramon-mexico-interdiction-state', props: {name: 'Ramón: the U.S. approach creates an interdiction state in Mexico', medium: 'unspecified', text: 'In Mexico, the U.S. approach creates an interdiction state by seeking more enforcement. In both cases you’re externalizing your borders and making another nation your border authority.'},
   evidence: [{excerpt: '“In Mexico, the U.S. approach creates an interdiction state by seeking more enforcement. In both cases you’re externalizing your borders and making another nation your border authority.”', attributedTo: 'person:cris-ramon', at: [3987, 4173]}]},
  {label: 'Quote', id: 'quote:ramon-leverage', props: {name: 'Ramón: they will try to leverage that', medium: 'unspecified', text: 'At a certain point you can’t keep relying on another country without that country recognizing it’s central to your regional strategy, and they will try to leverage that.'},
   evidence: [{excerpt: 'Added Ramón: “At a certain point you can’t keep relying on another country without that country recognizing it’s central to your regional strategy, and they will try to leverage that.”', attributedTo: 'person:cris-ramon', at: [4175, 4359]}]},
  {label: 'Quote', id: 'quote:rubio-armed-forces-removed', props: {name: 'Rubio: armed forces removed from southern border to gain leverage', medium: 'unspecified', text: 'I don’t doubt that the armed forces were removed from our southern border to gain leverage in the relationship,'},
   evidence: [{excerpt: '“I don’t doubt that the armed forces were removed from our southern border to gain leverage in the relationship,” said Rubio', at: [5371, 5495]}]},
  {label: 'Quote', id: 'quote:rubio-fundamental-objective', props: {name: 'Rubio: Mexico\'s fundamental objective is to reduce U.S. interest in internal issues', medium: 'unspecified', text: 'But the fundamental objective [of the Mexican government] is to reduce the Biden administration’s interest in getting involved in internal issues'},
   evidence: [{excerpt: '“But the fundamental objective [of the Mexican government] is to reduce the Biden administration’s interest in getting involved in internal issues” such as Mexican elections and corruption, he said.', note: '"[of the Mexican government]" is the Post\'s insertion.', at: [5590, 5788]}]},
  {label: 'Quote', id: 'quote:rubio-trump-violated', props: {name: 'Rubio: Trump violated one of the basic premises of the relationship', medium: 'unspecified', text: 'Trump violated one of the basic premises of the relationship'},
   evidence: [{excerpt: '“Trump violated one of the basic premises of the relationship” that dated back to the 1980s, he said.', at: [10538, 10639]}]},
  {label: 'Quote', id: 'quote:rubio-all-the-leverage', props: {name: 'Rubio: all the leverage he will construct is for this', medium: 'unspecified', text: 'I think all the leverage he will construct is for this,'},
   evidence: [{excerpt: '“I think all the leverage he will construct is for this,” Rubio said.', at: [10641, 10710]}]},
  {label: 'Quote', id: 'quote:rubio-no-doubt', props: {name: 'Rubio: I have no doubt he\'ll use it', medium: 'unspecified', text: 'I have no doubt he’ll use it.'},
   evidence: [{excerpt: 'Rubio said. “I have no doubt he’ll use it.”', at: [10699, 10742]}]},
  {label: 'Quote', id: 'quote:landau-cut-both-ways', props: {name: 'Landau: attention on migration "can cut both ways"', medium: 'unspecified', text: 'can cut both ways.', partial: true},
   evidence: [{excerpt: 'said the increased attention on migration in the bilateral relationship “can cut both ways.”', attributedTo: 'person:christopher-landau', at: [10811, 10903]}]},
  {label: 'Quote', id: 'quote:landau-mexicans-can-use', props: {name: 'Landau: something the Mexicans can use to get more leverage', medium: 'interview', text: 'It was seen as very bad for Mexico when Trump brought up migration, but it’s something the Mexicans can use to get more leverage of their own,'},
   evidence: [{excerpt: '“It was seen as very bad for Mexico when Trump brought up migration, but it’s something the Mexicans can use to get more leverage of their own,” he said in an interview.', attributedTo: 'person:christopher-landau', at: [10905, 11074]}]},
  {label: 'Quote', id: 'quote:landau-look-more-kindly', props: {mediumDerivation: 'Paragraph follows "he said in an interview"; assumed same interview.', name: 'Landau: one would expect us to look more kindly on any request Mexico will have', medium: 'interview', text: 'Mexico is enforcing its own migration laws, but to the extent we are urging Mexico to undertake enforcement actions, one would expect us to look more kindly on any request Mexico will have of us.'},
   evidence: [{excerpt: '“Mexico is enforcing its own migration laws, but to the extent we are urging Mexico to undertake enforcement actions, one would expect us to look more kindly on any request Mexico will have of us.”', attributedTo: 'person:christopher-landau', confidence: 0.9, at: [11076, 11273]}]},
  {label: 'Quote', id: 'quote:landau-hard-time', props: {date: date('2021-04-26'), dateText: 'last week', medium: 'video conference', datePrecision: 'week', name: 'Landau: U.S. officials "weren\'t giving him a hard time on a gazillion other issues"', text: 'weren’t giving him a hard time on a gazillion other issues.', partial: true},
   evidence: [{excerpt: 'In a video conference last week cited by Mexico’s Reforma newspaper, Landau said López Obrador knew that the migration issue was important to Trump and that as long as Mexico cooperated, U.S. officials “weren’t giving him a hard time on a gazillion other issues.”', attribution: 'cited-outlet', attributedTo: 'org:reforma', derivation: '"last week" relative to Monday 2021-05-03 → week beginning Monday 2021-04-26.', at: [11275, 11538]}]},
  {label: 'Quote', id: 'quote:lopez-obrador-expectations', props: {date: date('2021-03-01'), medium: 'press remarks', datePrecision: 'month', name: 'López Obrador: expectations were created of better treatment under Biden', text: 'Expectations were created that with the government of President Biden there would be better treatment of migrants,'},
   evidence: [{excerpt: '“Expectations were created that with the government of President Biden there would be better treatment of migrants,” López Obrador said.', attributedTo: 'person:lopez-obrador', confidence: 0.8, derivation: 'Presented after "López Obrador told reporters" in March 2021 ("insisting in March"); the article does not date the quote itself.', at: [11950, 12086]}]},
  {label: 'Quote', id: 'quote:lopez-obrador-caused-migrants', props: {date: date('2021-03-01'), medium: 'press remarks', datePrecision: 'month', name: 'López Obrador: this has caused migrants to want to cross', text: 'And this has caused Central American migrants, and also from our country, wanting to cross the border thinking that it is easier to do so.'},
   evidence: [{excerpt: '“And this has caused Central American migrants, and also from our country, wanting to cross the border thinking that it is easier to do so.”', attributedTo: 'person:lopez-obrador', confidence: 0.8, derivation: 'Continues the preceding López Obrador quotation (March 2021 remarks to reporters).', at: [12087, 12227]}]},
  {label: 'Quote', id: 'quote:lopez-obrador-dirty-work', props: {date: date('2018-01-01'), medium: 'campaign', datePrecision: 'year', name: 'López Obrador (2018 campaign): "dirty work"', text: 'dirty work', partial: true},
   evidence: [{excerpt: 'telling crowds that Mexico would no longer do the Americans’ “dirty work”', attributedTo: 'person:lopez-obrador', at: [9683, 9756]}]},
  {label: 'Quote', id: 'quote:mexico-rescues', props: {name: 'Mexican government: its arrests are "rescues"', medium: 'official statements', text: 'rescues', partial: true},
   evidence: [{excerpt: 'often describing its actions as “rescues” that save Central Americans from criminals', attribution: 'reporting', attributedTo: 'org:washington-post', status: 'asserted', at: [7222, 7306]}]},
  {label: 'Quote', id: 'quote:wood-not-going-to-end-soon', props: {name: 'Wood: rising Mexican migration not going to end soon', medium: 'unspecified', text: 'The rising number of Mexicans who are migrating because of a lack of economic opportunity suggests that’s not going to end soon,'},
   evidence: [{excerpt: '“The rising number of Mexicans who are migrating because of a lack of economic opportunity suggests that’s not going to end soon,” said Duncan Wood', attributedTo: 'person:duncan-wood', at: [12414, 12561]}]},
  {label: 'Quote', id: 'quote:wood-disastrous', props: {name: 'Wood: stopping Mexicans from heading north "would be disastrous" for López Obrador', medium: 'unspecified', text: 'would be disastrous', partial: true},
   evidence: [{excerpt: 'Any measures that would attempt to stop Mexicans from heading north “would be disastrous” for López Obrador, he said.', attributedTo: 'person:duncan-wood', at: [12615, 12732]}]}
] AS row
MERGE (n:Entity {id: row.id})
SET n:$(row.label), n += coalesce(common[row.label], {}), n += row.props,
    n.aliasText = reduce(text = null, a IN coalesce(row.props.aliases, []) | coalesce(text + ' | ', '') + a)
WITH source, row
UNWIND row.evidence AS ev
MERGE (e:Evidence {id: row.id + '|' + source.sourceId + '|' + ev.at[0] + '-' + ev.at[1]})
ON CREATE SET e.recordedAt = datetime()
SET e += source, e += ev {.*, at: null},
    e += {factId: row.id, factKind: 'node', factType: row.label, textStart: ev.at[0], textEnd: ev.at[1]}
RETURN DISTINCT {id: row.id} AS fact, null AS missing;

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'named-person', attributedTo: 'person:juan-gonzalez', confidence: 1.0, status: 'reported', stance: 'supports', recordedBy: 'seed:cypher/data/080_quotes.cypher'} AS source,
     {} AS common
UNWIND [
  {type: 'SAID_BY', from: 'quote:gonzalez-we-need-mexico', to: 'person:juan-gonzalez', props: {},
   evidence: [{excerpt: '“We need Mexico, and Mexico needs us,” Gonzalez said in an interview.', at: [2621, 2690]}]},
  {type: 'CONCERNS', from: 'quote:gonzalez-we-need-mexico', to: 'country:mx', props: {},
   evidence: [{excerpt: 'We need Mexico, and Mexico needs us', at: [2622, 2657]}]},
  {type: 'SAID_BY', from: 'quote:gonzalez-engage-early', to: 'person:juan-gonzalez', props: {},
   evidence: [{excerpt: '“This president’s approach was to engage early and constructively, rather than to threaten, because he recognized that Mexico’s interests were aligned with ours on migration.”', at: [2691, 2866]}]},
  {type: 'CONCERNS', from: 'quote:gonzalez-engage-early', to: 'policy:us-engagement-approach', props: {},
   evidence: [{excerpt: 'This president’s approach was to engage early and constructively', at: [2692, 2756]}]},
  {type: 'CONCERNS', from: 'quote:gonzalez-engage-early', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'Mexico’s interests were aligned with ours on migration', at: [2810, 2864]}]},
  {type: 'SAID_BY', from: 'quote:gonzalez-to-date', to: 'person:juan-gonzalez', props: {},
   evidence: [{excerpt: '“To date, they’ve increased their enforcement, deploying 10,000 [security personnel] to their southern border and have expanded their asylum capability,” Gonzalez added.', at: [2868, 3037]}]},
  {type: 'CONCERNS', from: 'quote:gonzalez-to-date', to: 'event:2021-mexico-deploys-10000-to-southern-border', props: {},
   evidence: [{excerpt: 'deploying 10,000 [security personnel] to their southern border', at: [2915, 2977]}]},
  {type: 'CONCERNS', from: 'quote:gonzalez-to-date', to: 'event:2021-mexico-expands-asylum-capability', props: {},
   evidence: [{excerpt: 'have expanded their asylum capability', at: [2982, 3019]}]},
  {type: 'SAID_BY', from: 'quote:gonzalez-more-than-enforcement', to: 'person:juan-gonzalez', props: {},
   evidence: [{excerpt: '“But the conversation with Mexico is about more than enforcement on their southern border. Yes, we talk about enforcement, but also about support for humanitarian programs, addressing the root causes of migration and promoting economic investment.”', at: [3038, 3286]}]},
  {type: 'CONCERNS', from: 'quote:gonzalez-more-than-enforcement', to: 'issue:humanitarian-programs', props: {},
   evidence: [{excerpt: 'support for humanitarian programs', at: [3176, 3209]}]},
  {type: 'CONCERNS', from: 'quote:gonzalez-more-than-enforcement', to: 'issue:root-causes', props: {},
   evidence: [{excerpt: 'addressing the root causes of migration', at: [3211, 3250]}]},
  {type: 'CONCERNS', from: 'quote:gonzalez-more-than-enforcement', to: 'issue:economic-investment', props: {},
   evidence: [{excerpt: 'promoting economic investment', at: [3255, 3284]}]},
  {type: 'SAID_BY', from: 'quote:ramon-turkey-interdiction-state', to: 'person:cris-ramon', props: {},
   evidence: [{excerpt: '“Turkey is an interdiction state because it holds refugees,” Ramón said.', attributedTo: 'person:cris-ramon', at: [3914, 3986]}]},
  {type: 'CONCERNS', from: 'quote:ramon-turkey-interdiction-state', to: 'country:tr', props: {},
   evidence: [{excerpt: 'Turkey is an interdiction state', attributedTo: 'person:cris-ramon', at: [3915, 3946]}]},
  {type: 'SAID_BY', from: 'quote:ramon-mexico-interdiction-state', to: 'person:cris-ramon', props: {},
   evidence: [{excerpt: '“In Mexico, the U.S. approach creates an interdiction state by seeking more enforcement. In both cases you’re externalizing your borders and making another nation your border authority.”', attributedTo: 'person:cris-ramon', at: [3987, 4173]}]},
  {type: 'CONCERNS', from: 'quote:ramon-mexico-interdiction-state', to: 'country:mx', props: {},
   evidence: [{excerpt: 'In Mexico, the U.S. approach creates an interdiction state', attributedTo: 'person:cris-ramon', at: [3988, 4046]}]},
  {type: 'SAID_BY', from: 'quote:ramon-leverage', to: 'person:cris-ramon', props: {},
   evidence: [{excerpt: 'Added Ramón: “At a certain point you can’t keep relying on another country without that country recognizing it’s central to your regional strategy, and they will try to leverage that.”', attributedTo: 'person:cris-ramon', at: [4175, 4359]}]},
  {type: 'CONCERNS', from: 'quote:ramon-leverage', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'you can’t keep relying on another country', attributedTo: 'person:cris-ramon', confidence: 0.8, status: 'implied', at: [4208, 4249]}]},
  {type: 'SAID_BY', from: 'quote:rubio-armed-forces-removed', to: 'person:luis-rubio', props: {},
   evidence: [{excerpt: '“I don’t doubt that the armed forces were removed from our southern border to gain leverage in the relationship,” said Rubio', attributedTo: 'person:luis-rubio', at: [5371, 5495]}]},
  {type: 'CONCERNS', from: 'quote:rubio-armed-forces-removed', to: 'event:mexico-southern-border-troop-drawdown', props: {},
   evidence: [{excerpt: 'referring to the drawdown in troops along Mexico’s border with Guatemala over the past year', attributedTo: 'person:luis-rubio', at: [5497, 5588]}]},
  {type: 'SAID_BY', from: 'quote:rubio-fundamental-objective', to: 'person:luis-rubio', props: {},
   evidence: [{excerpt: '“But the fundamental objective [of the Mexican government] is to reduce the Biden administration’s interest in getting involved in internal issues” such as Mexican elections and corruption, he said.', attributedTo: 'person:luis-rubio', at: [5590, 5788]}]},
  {type: 'CONCERNS', from: 'quote:rubio-fundamental-objective', to: 'issue:internal-affairs', props: {},
   evidence: [{excerpt: 'getting involved in internal issues', attributedTo: 'person:luis-rubio', at: [5701, 5736]}]},
  {type: 'CONCERNS', from: 'quote:rubio-fundamental-objective', to: 'issue:elections', props: {},
   evidence: [{excerpt: 'such as Mexican elections and corruption', attributedTo: 'person:luis-rubio', at: [5738, 5778]}]},
  {type: 'CONCERNS', from: 'quote:rubio-fundamental-objective', to: 'issue:corruption', props: {},
   evidence: [{excerpt: 'such as Mexican elections and corruption', attributedTo: 'person:luis-rubio', at: [5738, 5778]}]},
  {type: 'SAID_BY', from: 'quote:rubio-trump-violated', to: 'person:luis-rubio', props: {},
   evidence: [{excerpt: '“Trump violated one of the basic premises of the relationship” that dated back to the 1980s, he said.', attributedTo: 'person:luis-rubio', at: [10538, 10639]}]},
  {type: 'CONCERNS', from: 'quote:rubio-trump-violated', to: 'person:trump', props: {},
   evidence: [{excerpt: 'Trump violated one of the basic premises of the relationship', attributedTo: 'person:luis-rubio', at: [10539, 10599]}]},
  {type: 'SAID_BY', from: 'quote:rubio-all-the-leverage', to: 'person:luis-rubio', props: {},
   evidence: [{excerpt: '“I think all the leverage he will construct is for this,” Rubio said.', attributedTo: 'person:luis-rubio', at: [10641, 10710]}]},
  {type: 'CONCERNS', from: 'quote:rubio-all-the-leverage', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: 'all the leverage he will construct is for this', attributedTo: 'person:luis-rubio', confidence: 0.9, status: 'implied', derivation: '"he" = López Obrador (context).', at: [10650, 10696]}]},
  {type: 'SAID_BY', from: 'quote:rubio-no-doubt', to: 'person:luis-rubio', props: {},
   evidence: [{excerpt: 'Rubio said. “I have no doubt he’ll use it.”', attributedTo: 'person:luis-rubio', at: [10699, 10742]}]},
  {type: 'CONCERNS', from: 'quote:rubio-no-doubt', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: 'I have no doubt he’ll use it.', attributedTo: 'person:luis-rubio', confidence: 0.9, status: 'implied', derivation: '"he" = López Obrador (context).', at: [10712, 10741]}]},
  {type: 'SAID_BY', from: 'quote:landau-cut-both-ways', to: 'person:christopher-landau', props: {},
   evidence: [{excerpt: 'said the increased attention on migration in the bilateral relationship “can cut both ways.”', attributedTo: 'person:christopher-landau', at: [10811, 10903]}]},
  {type: 'CONCERNS', from: 'quote:landau-cut-both-ways', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'the increased attention on migration in the bilateral relationship', attributedTo: 'person:christopher-landau', at: [10816, 10882]}]},
  {type: 'SAID_BY', from: 'quote:landau-mexicans-can-use', to: 'person:christopher-landau', props: {},
   evidence: [{excerpt: '“It was seen as very bad for Mexico when Trump brought up migration, but it’s something the Mexicans can use to get more leverage of their own,” he said in an interview.', attributedTo: 'person:christopher-landau', at: [10905, 11074]}]},
  {type: 'CONCERNS', from: 'quote:landau-mexicans-can-use', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'when Trump brought up migration', attributedTo: 'person:christopher-landau', at: [10941, 10972]}]},
  {type: 'SAID_BY', from: 'quote:landau-look-more-kindly', to: 'person:christopher-landau', props: {},
   evidence: [{excerpt: '“Mexico is enforcing its own migration laws, but to the extent we are urging Mexico to undertake enforcement actions, one would expect us to look more kindly on any request Mexico will have of us.”', attributedTo: 'person:christopher-landau', confidence: 0.9, at: [11076, 11273]}]},
  {type: 'SAID_BY', from: 'quote:landau-hard-time', to: 'person:christopher-landau', props: {},
   evidence: [{excerpt: 'In a video conference last week cited by Mexico’s Reforma newspaper, Landau said López Obrador knew that the migration issue was important to Trump and that as long as Mexico cooperated, U.S. officials “weren’t giving him a hard time on a gazillion other issues.”', attribution: 'cited-outlet', attributedTo: 'org:reforma', at: [11275, 11538]}]},
  {type: 'REPORTED_BY', from: 'quote:landau-hard-time', to: 'org:reforma', props: {role: 'cited-outlet'},
   evidence: [{excerpt: 'In a video conference last week cited by Mexico’s Reforma newspaper', attribution: 'cited-outlet', attributedTo: 'org:reforma', at: [11275, 11342]}]},
  {type: 'CONCERNS', from: 'quote:landau-hard-time', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: 'Landau said López Obrador knew that the migration issue was important to Trump', attribution: 'cited-outlet', attributedTo: 'org:reforma', at: [11344, 11422]}]},
  {type: 'SAID_BY', from: 'quote:lopez-obrador-expectations', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: '“Expectations were created that with the government of President Biden there would be better treatment of migrants,” López Obrador said.', attributedTo: 'person:lopez-obrador', confidence: 0.8, at: [11950, 12086]}]},
  {type: 'CONCERNS', from: 'quote:lopez-obrador-expectations', to: 'person:biden', props: {},
   evidence: [{excerpt: 'with the government of President Biden there would be better treatment of migrants', attributedTo: 'person:lopez-obrador', at: [11982, 12064]}]},
  {type: 'SAID_BY', from: 'quote:lopez-obrador-caused-migrants', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: '“And this has caused Central American migrants, and also from our country, wanting to cross the border thinking that it is easier to do so.”', attributedTo: 'person:lopez-obrador', confidence: 0.8, at: [12087, 12227]}]},
  {type: 'CONCERNS', from: 'quote:lopez-obrador-caused-migrants', to: 'issue:migration', props: {},
   evidence: [{excerpt: 'wanting to cross the border thinking that it is easier to do so', attributedTo: 'person:lopez-obrador', at: [12162, 12225]}]},
  {type: 'SAID_BY', from: 'quote:lopez-obrador-dirty-work', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: 'telling crowds that Mexico would no longer do the Americans’ “dirty work”', attributedTo: 'person:lopez-obrador', at: [9683, 9756]}]},
  {type: 'CONCERNS', from: 'quote:lopez-obrador-dirty-work', to: 'event:2018-lopez-obrador-dirty-work-pledge', props: {},
   evidence: [{excerpt: 'Mexico would no longer do the Americans’ “dirty work” by intercepting migrants headed north', attributedTo: 'person:lopez-obrador', at: [9703, 9794]}]},
  {type: 'SAID_BY', from: 'quote:mexico-rescues', to: 'org:mx-government', props: {},
   evidence: [{excerpt: 'often describing its actions as “rescues” that save Central Americans from criminals', attribution: 'reporting', attributedTo: 'org:washington-post', status: 'asserted', at: [7222, 7306]}]},
  {type: 'CONCERNS', from: 'quote:mexico-rescues', to: 'event:2021-mexico-arrests-deports-minors-families', props: {},
   evidence: [{excerpt: 'often describing its actions as “rescues”', attribution: 'reporting', attributedTo: 'org:washington-post', status: 'asserted', at: [7222, 7263]}]},
  {type: 'SAID_BY', from: 'quote:wood-not-going-to-end-soon', to: 'person:duncan-wood', props: {},
   evidence: [{excerpt: '“The rising number of Mexicans who are migrating because of a lack of economic opportunity suggests that’s not going to end soon,” said Duncan Wood', attributedTo: 'person:duncan-wood', at: [12414, 12561]}]},
  {type: 'CONCERNS', from: 'quote:wood-not-going-to-end-soon', to: 'situation:2021-mexican-adult-migration-rise', props: {},
   evidence: [{excerpt: 'The rising number of Mexicans who are migrating because of a lack of economic opportunity', attributedTo: 'person:duncan-wood', at: [12415, 12504]}]},
  {type: 'SAID_BY', from: 'quote:wood-disastrous', to: 'person:duncan-wood', props: {},
   evidence: [{excerpt: 'Any measures that would attempt to stop Mexicans from heading north “would be disastrous” for López Obrador, he said.', attributedTo: 'person:duncan-wood', at: [12615, 12732]}]},
  {type: 'CONCERNS', from: 'quote:wood-disastrous', to: 'person:lopez-obrador', props: {},
   evidence: [{excerpt: '“would be disastrous” for López Obrador', attributedTo: 'person:duncan-wood', at: [12683, 12722]}]}
] AS row
OPTIONAL MATCH (a:Entity {id: row.from})
OPTIONAL MATCH (b:Entity {id: row.to})
WITH source, common, row, a, b,
     coalesce(row.id, toLower(row.type) + '|' + row.from + '|' + row.to + coalesce('|' + row.props.role, '')) AS id
CALL (source, common, row, a, b, id) {
  WITH * WHERE a IS NOT NULL AND b IS NOT NULL
  MERGE (a)-[r:$(row.type) {id: id}]->(b)
  SET r += coalesce(common[row.type], {}), r += row.props
  WITH *
  UNWIND row.evidence AS ev
  MERGE (e:Evidence {id: id + '|' + source.sourceId + '|' + ev.at[0] + '-' + ev.at[1]})
  ON CREATE SET e.recordedAt = datetime()
  SET e += source, e += ev {.*, at: null},
      e += {factId: id, factKind: 'relationship', factType: row.type, factFrom: row.from, factTo: row.to,
            textStart: ev.at[0], textEnd: ev.at[1]}
}
RETURN DISTINCT {id: id, from: row.from, to: row.to} AS fact,
       CASE WHEN a IS NULL THEN row.from WHEN b IS NULL THEN row.to END AS missing;
