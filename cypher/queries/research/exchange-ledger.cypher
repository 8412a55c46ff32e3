// The exchange ledger between two countries: every Exchange with a concession given by
// each side, every Coercion with participants from both sides, and every IssueLinkage
// with a participant from either side (linking issues is often one party's move).
// A party is on a country's side if it is the country, or is part of / a member of /
// holds an office of / leads something of it (up to 3 hops).
// Sides and spans are read from the access paths (docs/ontology.md, Access paths): an exchange's
// giverSides (every giver of its concessions and their sideOf), an episode's participantSides, and
// partsStart/partsEnd (the span of its dated parts).
// $from / $to: a date window (null = open). An episode's time is its own timeStart/timeEnd, else the
// span of its dated parts (HAS_PART events, the events realising its concessions); it passes if
// that overlaps the window. An episode with no date and no dated part passes every window, as
// undated elements do in every time filter (TimeFilter in the SDL).
// The candidates come from the episode_sides full-text index (keyword analyzer: each element of
// giverSides / participantSides is one exact term), so the query reads the pair's episodes only,
// not every Exchange, Coercion and IssueLinkage in the graph; the list tests then decide, as before.
// Ids go into the Lucene phrases with backslash and double quote escaped.
// Returns one row per episode: its kind and id; the resolvers load the details in batches.
MATCH (:Entity {id: $countryA}), (:Entity {id: $countryB})
WITH '"' + replace(replace($countryA, '\\', '\\\\'), '"', '\\"') + '"' AS a,
     '"' + replace(replace($countryB, '\\', '\\\\'), '"', '\\"') + '"' AS b
CALL (a, b) {
  CALL db.index.fulltext.queryNodes('episode_sides', '+giverSides:' + a + ' +giverSides:' + b) YIELD node AS x
  WITH x WHERE x:Exchange AND $countryA IN x.giverSides AND $countryB IN x.giverSides
  RETURN 'exchange' AS kind, x
  UNION
  CALL db.index.fulltext.queryNodes('episode_sides', '+participantSides:' + a + ' +participantSides:' + b) YIELD node AS x
  WITH x WHERE x:Coercion AND $countryA IN x.participantSides AND $countryB IN x.participantSides
  RETURN 'coercion' AS kind, x
  UNION
  CALL db.index.fulltext.queryNodes('episode_sides', 'participantSides:' + a + ' participantSides:' + b) YIELD node AS x
  WITH x WHERE x:IssueLinkage AND ($countryA IN x.participantSides OR $countryB IN x.participantSides)
  RETURN 'issueLinkage' AS kind, x
}
WITH kind, x,
     coalesce(x.timeStart, x.partsStart) AS ts,
     CASE WHEN x.timeStart IS NOT NULL THEN x.timeEnd ELSE x.partsEnd END AS te
WHERE ($to IS NULL OR ts IS NULL OR ts <= $to)
  AND ($from IS NULL OR te IS NULL OR te >= $from)
RETURN kind, x.id AS id
ORDER BY kind, ts IS NULL, ts, id
