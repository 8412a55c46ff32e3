// Editors' aliases: common outside names for entities that the source itself does not use
// ("Kamala Harris", "CBP"), so that a researcher's first search finds them. They are the editors'
// additions, never the source's words, and are kept apart from `aliases`:
//
//   editorAliases     the list (shown by the API as Entity.editorAliases, never as aliases)
//   editorAliasText   the same joined with ' | ', for the full-text indexes (which skip lists)
//
// They carry no evidence records (nothing in a source supports them), so the citation check
// never sees them, and they change no evidence summary. Only widely used names that identify the
// entity beyond doubt belong here (docs/ontology.md, "Editors' aliases").
UNWIND [
  {id: 'person:harris', aliases: ['Kamala Harris', 'VP Harris'],
   why: 'The article writes only "Vice President Harris"; her full name is common knowledge.'},
  {id: 'org:cbp', aliases: ['CBP'],
   why: 'The agency\'s usual acronym; the article spells out "U.S. Customs and Border Protection".'},
  {id: 'org:inm', aliases: ['INM', 'Instituto Nacional de Migración'],
   why: 'The institute\'s Spanish name and acronym; the article uses the English name.'},
  {id: 'country:us', aliases: ['USA', 'US', 'United States of America'],
   why: 'Usual short forms; the article writes "U.S." and "the United States".'},
  {id: 'office:us-vice-president', aliases: ['VP', 'U.S. vice president'],
   why: 'Usual short form of the office.'}
] AS row
OPTIONAL MATCH (n:Entity {id: row.id})
FOREACH (_ IN CASE WHEN n IS NULL THEN [] ELSE [1] END |
  SET n.editorAliases = row.aliases,
      n.editorAliasText = reduce(text = null, a IN row.aliases | coalesce(text + ' | ', '') + a),
      n.editorAliasNote = row.why)
RETURN CASE WHEN n IS NULL THEN row.id END AS missing;
