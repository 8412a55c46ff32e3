// Offices on $asOf, known and possibly held (HOLDS_OFFICE), optionally only offices of $country or
// held by $holder. An office is $country's if it is OFFICE_OF the country or of something that is
// part of it (up to 2 PART_OF hops: the foreign minister's office hangs off the Mexican government).
//
// Each relationship is classified against its own bounds (docs/ontology.md, Time):
//   stated period   validFrom .. validTo (to the end of validTo's precision unit): outside it, not held
//   attested window start .. knownEnd, where start = validFrom, else knownFrom, else date, and
//                   knownEnd = the stated end, else knownTo, else the start, each to the end of its unit
//   status 'known'     $asOf lies in the attested window
//   status 'possibly'  undated, or outside the attested window but not outside a stated period
//                      (the source shows it holding at some point and states no bound that excludes $asOf)
// Rows outside a stated period are left out (the source says it did not hold then). For every
// office, knownHolders names who is known to hold it on $asOf, so a possibly-held row can say so.
// With $country the search starts from the country and walks down to its offices and their holders
// (bounded: 0 to 2 PART_OF steps), instead of testing every HOLDS_OFFICE in the graph.
// $limit: at most $limit + 1 rows of each status (known, possibly), in the order returned.
CALL () {
  // The guard comes first, as a row source: as a WHERE after the MATCH, the planner reads every
  // HOLDS_OFFICE and then tests the parameter on each.
  UNWIND CASE WHEN $country IS NULL THEN [true] ELSE [] END AS everyOffice
  MATCH (p:Entity)-[h:HOLDS_OFFICE]->(o:Entity)
  WHERE $holder IS NULL OR p.id = $holder
  RETURN p, h, o
  UNION
  MATCH (:Entity {id: $country})<-[:PART_OF]-{0,2}(x)<-[:OFFICE_OF]-(o:Entity)<-[h:HOLDS_OFFICE]-(p:Entity)
  WHERE $holder IS NULL OR p.id = $holder
  RETURN p, h, o
}
WITH p, h, o,
     coalesce(h.validFrom, h.knownFrom, h.date) AS start,
     CASE WHEN h.validFrom IS NOT NULL THEN h.validFromPrecision
          WHEN h.knownFrom IS NOT NULL THEN h.knownFromPrecision ELSE h.datePrecision END AS startPrecision,
     CASE WHEN h.validTo IS NULL THEN null ELSE h.validTo + CASE h.validToPrecision
          WHEN 'decade' THEN duration('P10Y') WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M')
          WHEN 'week' THEN duration('P7D') ELSE duration('P1D') END - duration('P1D') END AS statedEnd,
     CASE WHEN h.knownTo IS NULL THEN null ELSE h.knownTo + CASE h.knownToPrecision
          WHEN 'decade' THEN duration('P10Y') WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M')
          WHEN 'week' THEN duration('P7D') ELSE duration('P1D') END - duration('P1D') END AS knownToEnd
WITH p, h, o, start, statedEnd,
     coalesce(statedEnd, knownToEnd, CASE WHEN start IS NULL THEN null ELSE start + CASE startPrecision
          WHEN 'decade' THEN duration('P10Y') WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M')
          WHEN 'week' THEN duration('P7D') ELSE duration('P1D') END - duration('P1D') END) AS knownEnd
WITH p, h, o, start, knownEnd,
     CASE
       WHEN h.validFrom IS NOT NULL AND $asOf < h.validFrom THEN null
       WHEN statedEnd IS NOT NULL AND $asOf > statedEnd THEN null
       WHEN start IS NULL AND statedEnd IS NULL THEN {status: 'possibly', why: 'undated'}
       WHEN start IS NOT NULL AND start <= $asOf AND $asOf <= knownEnd THEN {status: 'known', why: null}
       WHEN start IS NULL THEN {status: 'possibly', why: 'no-start'}
       WHEN $asOf < start THEN {status: 'possibly', why: 'before-window'}
       ELSE {status: 'possibly', why: CASE h.openEnded WHEN true THEN 'after-window-still-held'
                                                      WHEN false THEN 'after-window-ended' ELSE 'after-window' END}
     END AS c
WHERE c IS NOT NULL
WITH o, collect({p: p, h: h, start: start, knownEnd: knownEnd, c: c}) AS rows
WITH o, rows, [r IN rows WHERE r.c.status = 'known' | r.p.name] AS knownHolders
UNWIND rows AS r
WITH o, r, knownHolders
ORDER BY r.c.status, o.id, r.p.id
// At most $limit + 1 rows of each status (one more than shown, to tell a cut list), taken before
// the relationships' properties are read: a country's offices can be thousands of rows.
WITH r.c.status AS status, collect({o: o, r: r, knownHolders: knownHolders})[0..$limit + 1] AS kept
UNWIND kept AS k
WITH k.o AS o, k.r AS r, k.knownHolders AS knownHolders, k.r.h AS h
RETURN {
  id: coalesce(h.id, elementId(h)), type: type(h),
  from: r.p.id, to: o.id, props: properties(h)
} AS rel, r.c.status AS status, r.c.why AS why, r.start AS attestedFrom, r.knownEnd AS attestedTo,
  [n IN knownHolders WHERE n <> r.p.name] AS knownHolders
ORDER BY status, o.id, r.p.id
