// Sources: the seed article and its publisher.
// A :Source is a document, not a fact: its metadata is its own and carries no evidence (docs/evidence.md).
// textFile names the article's text in the sources folder (../shared/seed for this project; the text is not
// in the repository); textSha256 is the SHA-256 of that file's bytes, so a changed text is noticed.

MERGE (s:Source {id: 'source:wapo-2021-05-03-mexico-leverage'})
SET s += {
  publisher: 'The Washington Post',
  title: 'As U.S. seeks to outsource immigration enforcement, Mexico gains leverage',
  date: date('2021-05-03'),
  datePrecision: 'day',
  publishedAtText: 'May 3, 2021 at 6:00 a.m. EDT',
  textFile: '000_a29362db7205dff6.txt',
  textSha256: '4d2e45afae61805ae0913cbec3ee759b9bb30d0079ed5d4f506ab9b5134fd250',
  language: 'en',
  kind: 'news-article'
};

WITH {sourceId: 'source:wapo-2021-05-03-mexico-leverage', attribution: 'reporting', attributedTo: 'org:washington-post', confidence: 1.0, status: 'asserted', stance: 'supports', recordedBy: 'seed:cypher/data/010_sources.cypher'} AS source,
     {} AS common
UNWIND [
  {label: 'Organization', id: 'org:washington-post', props: {aliases: ['Washington Post'], kind: 'newspaper', name: 'The Washington Post'},
   evidence: [{excerpt: 'The Washington PostDemocracy Dies in Darkness', at: [0, 45]}]}
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

// The document's publisher: document metadata, so no evidence record.
MATCH (s:Source {id: 'source:wapo-2021-05-03-mexico-leverage'})
OPTIONAL MATCH (p:Entity {id: 'org:washington-post'})
CALL (s, p) {
  WITH * WHERE p IS NOT NULL
  MERGE (s)-[:PUBLISHED_BY {id: 'published_by|source:wapo-2021-05-03-mexico-leverage|org:washington-post'}]->(p)
}
RETURN CASE WHEN p IS NULL THEN 'org:washington-post' END AS missing;
