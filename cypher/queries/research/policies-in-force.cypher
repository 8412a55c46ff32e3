// Policies on $asOf, known and possibly in force, optionally only those of $owner: a policy is
// $owner's if it is POLICY_OF the owner or of something that leads, holds an office of, or is part
// of it (up to 3 hops: Remain in Mexico is Trump's, who leads an administration that is part of the
// United States). Each policy is classified against its own bounds exactly as offices-held.cypher
// classifies an office (stated period, attested window, 'known' / 'possibly' with why); policies
// outside a stated period are left out. datedActions: every dated action on the policy (ACTS_ON,
// dated by itself or by the event that acts), so an undated policy shows when it is known to exist.
// With $owner the policies are those whose stored ownerSides hold it (the same rule, kept by every
// write path: docs/ontology.md, Access paths), found in the policy_owners index.
// $limit: at most $limit + 1 policies of each status (known, possibly), in the order returned.
CALL () {
  // The guard comes first, as a row source: as a WHERE after the MATCH, the planner scans every
  // Policy and then tests the parameter on each.
  UNWIND CASE WHEN $owner IS NULL THEN [true] ELSE [] END AS everyPolicy
  MATCH (p:Policy)
  RETURN p
  UNION
  // The owner's policies from the stored ownerSides (docs/ontology.md, Access paths), through the
  // policy_owners keyword index; the id goes into the Lucene phrase with \ and " escaped.
  UNWIND CASE WHEN $owner IS NULL THEN []
              ELSE ['ownerSides:"' + replace(replace($owner, '\\', '\\\\'), '"', '\\"') + '"'] END AS owned
  CALL db.index.fulltext.queryNodes('policy_owners', owned) YIELD node AS p
  RETURN p
}
WITH p,
     coalesce(p.validFrom, p.knownFrom, p.date) AS start,
     CASE WHEN p.validFrom IS NOT NULL THEN p.validFromPrecision
          WHEN p.knownFrom IS NOT NULL THEN p.knownFromPrecision ELSE p.datePrecision END AS startPrecision,
     CASE WHEN p.validTo IS NULL THEN null ELSE p.validTo + CASE p.validToPrecision
          WHEN 'decade' THEN duration('P10Y') WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M')
          WHEN 'week' THEN duration('P7D') ELSE duration('P1D') END - duration('P1D') END AS statedEnd,
     CASE WHEN p.knownTo IS NULL THEN null ELSE p.knownTo + CASE p.knownToPrecision
          WHEN 'decade' THEN duration('P10Y') WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M')
          WHEN 'week' THEN duration('P7D') ELSE duration('P1D') END - duration('P1D') END AS knownToEnd
WITH p, start, statedEnd,
     coalesce(statedEnd, knownToEnd, CASE WHEN start IS NULL THEN null ELSE start + CASE startPrecision
          WHEN 'decade' THEN duration('P10Y') WHEN 'year' THEN duration('P1Y') WHEN 'month' THEN duration('P1M')
          WHEN 'week' THEN duration('P7D') ELSE duration('P1D') END - duration('P1D') END) AS knownEnd
WITH p, start, knownEnd,
     CASE
       WHEN p.validFrom IS NOT NULL AND $asOf < p.validFrom THEN null
       WHEN statedEnd IS NOT NULL AND $asOf > statedEnd THEN null
       WHEN start IS NULL AND statedEnd IS NULL THEN {status: 'possibly', why: 'undated'}
       WHEN start IS NOT NULL AND start <= $asOf AND $asOf <= knownEnd THEN {status: 'known', why: null}
       WHEN start IS NULL THEN {status: 'possibly', why: 'no-start'}
       WHEN $asOf < start THEN {status: 'possibly', why: 'before-window'}
       ELSE {status: 'possibly', why: CASE p.openEnded WHEN true THEN 'after-window-still-held'
                                                      WHEN false THEN 'after-window-ended' ELSE 'after-window' END}
     END AS c
WHERE c IS NOT NULL
// At most $limit + 1 policies of each status (one more than shown, to tell a cut list), taken
// before each policy's actions are read.
WITH p, c, start, knownEnd
ORDER BY c.status, start IS NULL, start, p.id
WITH c.status AS status, collect({p: p, c: c, start: start, knownEnd: knownEnd})[0..$limit + 1] AS kept
UNWIND kept AS k
WITH k.p AS p, k.c AS c, k.start AS start, k.knownEnd AS knownEnd
CALL (p) {
  OPTIONAL MATCH (a:Entity)-[r:ACTS_ON]->(p)
  WITH r, coalesce(r.timeStart, a.timeStart) AS t,
       coalesce(r.datePrecision, r.validFromPrecision, a.datePrecision, a.validFromPrecision, a.knownFromPrecision) AS precision
  WHERE t IS NOT NULL
  RETURN collect({action: r.action, date: t, precision: precision}) AS datedActions
}
RETURN p.id AS id, c.status AS status, c.why AS why, start AS attestedFrom, knownEnd AS attestedTo, datedActions
ORDER BY status, start IS NULL, start, p.id
