// Derived time bounds for the given elements, by the rules of cypher/data/900_time_bounds.cypher
// (which applies them to the whole curated graph once, after the seed scripts):
//   timeStart  date, else validFrom, else knownFrom (dates are the first day of their unit)
//   timeEnd    the last day of the unit of date, else of validTo, else of knownTo when the period
//              is not open-ended (openEnded = false); null = open
// Elements with none of date/validFrom/validTo/knownFrom stay timeless.
// Used by npm run ingest for the facts and the Source it creates (never for existing ones).
// $entities: list of entity ids; $sources: list of Source ids; $relationships: list of
// {id, from, to} (ids of the relationship and of its two entities); $derivation: the text
// recorded in timeDerivation (which writer derived the bounds).
CALL () {
  UNWIND $entities AS id
  MATCH (n:Entity {id: id})
  RETURN n
  UNION ALL
  UNWIND $sources AS id
  MATCH (n:Source {id: id})
  RETURN n
  UNION ALL
  UNWIND $relationships AS f
  MATCH (:Entity {id: f.from})-[n]->(:Entity {id: f.to})
  WHERE n.id = f.id
  RETURN n
}
WITH n
WHERE n.date IS NOT NULL OR n.validFrom IS NOT NULL OR n.validTo IS NOT NULL OR n.knownFrom IS NOT NULL
WITH n,
  coalesce(n.date, n.validFrom, n.knownFrom) AS start,
  CASE
    WHEN n.date IS NOT NULL THEN [n.date, n.datePrecision]
    WHEN n.validTo IS NOT NULL THEN [n.validTo, n.validToPrecision]
    WHEN n.knownTo IS NOT NULL AND n.openEnded = false THEN [n.knownTo, n.knownToPrecision]
  END AS last
SET n.timeStart = start,
    n.timeEnd = CASE WHEN last IS NULL THEN null ELSE
      last[0] + CASE last[1]
        WHEN 'decade' THEN duration('P10Y')
        WHEN 'year' THEN duration('P1Y')
        WHEN 'month' THEN duration('P1M')
        WHEN 'week' THEN duration('P7D')
        ELSE duration('P1D') END - duration('P1D') END,
    n.timeDerivation = $derivation
RETURN count(n) AS derived
