// Bulk loader (src/load/online.ts): upsert a batch of relationships.
// $rows: list of {type, from, to, props}: the relationship type, the ids of its start and
// end nodes, and its properties (props.id is the relationship's id, dates are Neo4j dates).
// The start node is an :Entity or a :Source (PUBLISHED_BY starts at a Source); the end node
// is an :Entity. Both are found through the id constraints. MERGE on the relationship's id
// between them, so a batch run twice writes nothing new. A row whose endpoint is missing
// matches nothing: the loader compares `written` with the batch size and rolls back.
// timeStart/timeEnd: the rules of cypher/data/900_time_bounds.cypher (see entities.cypher).
UNWIND $rows AS row
CALL (row) {
  MATCH (a:Entity {id: row.from})
  RETURN a
  UNION
  MATCH (a:Source {id: row.from})
  RETURN a
}
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.props.id}]->(b)
SET r += row.props
WITH r
CALL (r) {
  WITH r
  WHERE r.date IS NOT NULL OR r.validFrom IS NOT NULL OR r.validTo IS NOT NULL OR r.knownFrom IS NOT NULL
  WITH r,
    coalesce(r.date, r.validFrom, r.knownFrom) AS start,
    CASE
      WHEN r.date IS NOT NULL THEN [r.date, r.datePrecision]
      WHEN r.validTo IS NOT NULL THEN [r.validTo, r.validToPrecision]
      WHEN r.knownTo IS NOT NULL AND r.openEnded = false THEN [r.knownTo, r.knownToPrecision]
    END AS last
  SET r.timeStart = start,
      r.timeEnd = CASE WHEN last IS NULL THEN null ELSE
        last[0] + CASE last[1]
          WHEN 'decade' THEN duration('P10Y')
          WHEN 'year' THEN duration('P1Y')
          WHEN 'month' THEN duration('P1M')
          WHEN 'week' THEN duration('P7D')
          ELSE duration('P1D') END - duration('P1D') END,
      r.timeDerivation = 'timeStart/timeEnd derived by the bulk loader (cypher/queries/load/) from date, validFrom/validTo or knownFrom/knownTo (openEnded) and their precision, by the rules of cypher/data/900_time_bounds.cypher'
}
RETURN count(*) AS written
