// The time-bounds rule (docs/ontology.md, Time), its one Cypher definition: every database path
// derives timeStart/timeEnd/timeDerivation with this file, in the transaction that wrote the dates.
//   the seed      src/db/time-bounds.ts, over every dated element after cypher/data (npm run db:seed)
//   ingest        src/ingest/write.ts, for the facts and the Source a file creates (also assertFact)
//   curation      src/curation/operations.ts, when updateEntity changes a date
//   online load   src/load/batch.ts, for the elements a batch merges into existing ones (load/entities,
//                 sources, relationships.cypher); what a batch creates gets the same values from the
//                 TypeScript mirror, src/load/time-bounds.ts, which the bulk path (no database) needs
//                 anyway; test/scale/loader.int.test.ts proves the two agree element by element.
//
//   timeStart        date, else validFrom, else knownFrom (dates are the first day of their unit)
//   timeEnd          the last day of the unit of date, else of validTo, else of knownTo when the
//                    period is not open-ended (openEnded = false); null = open
//   timeDerivation   which of these it was, as a key: 'date', 'validity', 'known-range' or 'open'
//                    (the sentences: src/ontology/derivations.ts, docs/ontology.md)
// The last day of a unit is `first day + duration(unit) - P1D`, Neo4j's month arithmetic clamping to
// the month's last day. Elements with none of date/validFrom/validTo/knownFrom are left alone: they
// are timeless and pass every time filter (a caller that removes dates clears the bounds first).
//
// $entities: entity ids; $sources: Source ids; $relationships: {id, from, to} (the relationship's id
// and the ids of the two entities it joins).
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
  CASE
    WHEN n.date IS NOT NULL THEN {key: 'date', last: n.date, unit: n.datePrecision}
    WHEN n.validTo IS NOT NULL THEN {key: 'validity', last: n.validTo, unit: n.validToPrecision}
    WHEN n.knownTo IS NOT NULL AND n.openEnded = false THEN {key: 'known-range', last: n.knownTo, unit: n.knownToPrecision}
    ELSE {key: 'open'}
  END AS end
SET n.timeStart = coalesce(n.date, n.validFrom, n.knownFrom),
    n.timeEnd = CASE WHEN end.last IS NULL THEN null ELSE
      end.last + CASE end.unit
        WHEN 'decade' THEN duration('P10Y')
        WHEN 'year' THEN duration('P1Y')
        WHEN 'month' THEN duration('P1M')
        WHEN 'week' THEN duration('P7D')
        ELSE duration('P1D') END - duration('P1D') END,
    n.timeDerivation = end.key
RETURN count(n) AS derived
