// Derived time bounds, so every query can ask "did this hold on date D / within a window"
// with one pair of properties instead of re-deriving the precision rules each time.
//
//   timeStart  the first day the element is known to hold: date, else validFrom, else knownFrom
//              (dates are stored as the first day of their precision unit, so this is exact)
//   timeEnd    the last day: the end of the date's precision unit (a month-precision date
//              2019-06-01 ends 2019-06-30; a decade-precision 1980-01-01 ends 1989-12-31);
//              else validTo to the end of its unit; else knownTo to the end of its unit when
//              the period is not open-ended; null means open (still holding at the source date)
//   timeDerivation  says so on each element it sets
// Elements with none of date/validFrom/validTo/knownFrom stay timeless (no timeStart) and pass
// every time filter. Runs after the curated data on nodes and relationships alike (not on :Evidence
// records, which are not facts); idempotent.

CALL {
  MATCH (n) WHERE NOT n:Evidence RETURN n
  UNION ALL
  MATCH ()-[n]->() RETURN n
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
    n.timeDerivation = 'timeStart/timeEnd derived by cypher/data/900_time_bounds.cypher from date, validFrom/validTo or knownFrom/knownTo (openEnded) and their precision';
