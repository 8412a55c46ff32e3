// Statistics (dated observations) by metric ($metric: words the metric contains, case-
// insensitive, or null), place ($place: an entity id the statistic is OBSERVED_AT, or null)
// and period ($from/$to: the observation's period overlaps the window).
MATCH (s:Statistic)
WHERE ($metric IS NULL OR toLower(s.metric) CONTAINS toLower($metric) OR toLower(s.name) CONTAINS toLower($metric))
  AND ($place IS NULL OR EXISTS { (s)-[:OBSERVED_AT]->(:Entity {id: $place}) })
  AND ($to IS NULL OR s.timeStart IS NULL OR s.timeStart <= $to)
  AND ($from IS NULL OR s.timeEnd IS NULL OR s.timeEnd >= $from)
RETURN s.id AS id
ORDER BY s.timeStart IS NULL, s.timeStart, s.id
LIMIT $limit
