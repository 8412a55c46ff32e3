// Bulk loader (src/load/online.ts): upsert a batch of entity nodes.
// $rows: list of {label, props} where label is one specific label (Person, Event, …) and
// props holds id and every stored property (dates already Neo4j dates).
// MERGE on :Entity {id} (constraint entity_id), so a batch run twice writes nothing new.
// The derived bounds timeStart/timeEnd follow cypher/data/900_time_bounds.cypher exactly:
// start = date, else validFrom, else knownFrom; end = the end of the unit of date, else of
// validTo, else of knownTo when the period is not open-ended; null = open.
UNWIND $rows AS row
MERGE (n:Entity {id: row.props.id})
SET n:$(row.label)
SET n += row.props
WITH n
CALL (n) {
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
      n.timeDerivation = 'timeStart/timeEnd derived by the bulk loader (cypher/queries/load/) from date, validFrom/validTo or knownFrom/knownTo (openEnded) and their precision, by the rules of cypher/data/900_time_bounds.cypher'
}
RETURN count(*) AS written
