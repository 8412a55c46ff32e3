// Full-text indexes for forgiving search and name resolution (src/graphql/search.ts, lookup.ts).
// Idempotent: IF EXISTS / IF NOT EXISTS, so re-running changes nothing. A Neo4j full-text index
// has one analyzer, so each analysis of the same text is an index of its own:
//
//   entity_names     standard-folding (accents and case folded, no stemming): names, the source's
//                    aliases, editors' aliases, office titles and quote texts. Exact, prefix and
//                    typo-tolerant (fuzzy) terms, and the phrase look-ups that resolve a name
//                    given where an id goes. Replaces entity_search, which lacked editorAliasText.
//   entity_text_en   english (possessives, stop words, Porter stemming: "meets" = "meeting",
//                    "prodding" = "prods"): the same fields plus descriptions, claim statements
//                    and statistics' comparisons.
//   entity_text_es   spanish (light stemming, accents folded by the stemmer): names, aliases,
//                    titles, quote texts ("Fronteras" = "Frontera").
//   evidence_excerpt english: the verbatim excerpts of evidence records, so a search finds an
//                    entity by what its sources say about it and can show the excerpt.
DROP INDEX entity_search IF EXISTS;

CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliasText, n.editorAliasText, n.title, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};

CREATE FULLTEXT INDEX entity_text_en IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliasText, n.editorAliasText, n.title, n.text, n.description, n.statement, n.comparison]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};

CREATE FULLTEXT INDEX entity_text_es IF NOT EXISTS
FOR (n:Entity) ON EACH [n.name, n.aliasText, n.title, n.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'spanish'}};

CREATE FULLTEXT INDEX evidence_excerpt IF NOT EXISTS
FOR (n:Evidence) ON EACH [n.excerpt]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}};
