/**
 * Integrity of the seeded graph: nothing dangles, every relationship and every
 * sourced node carries provenance, typed objects are well formed, and applying
 * the scripts again changes no counts.
 */
import { closeDriver, graphCounts, rows, runCypherScripts } from '../support/db';
import { STANCES } from '../../src/ontology/vocabulary';

const run = rows;

afterAll(closeDriver);

const ATTRIBUTIONS = [
  'reporting',
  'named-person',
  'unnamed-officials',
  'unnamed-others',
  'cited-outlet',
  'official-data',
  'preliminary-data',
  'caption',
  'document',
];
// Kept here on purpose as an independent expectation of the vocabulary (src/ontology/vocabulary.ts).
const STATUSES = ['asserted', 'reported', 'alleged', 'denied', 'implied'];
const SEED = 'source:wapo-2021-05-03-mexico-leverage';
const SPECIFIC = [
  'Person',
  'Organization',
  'Country',
  'Place',
  'Office',
  'Issue',
  'Policy',
  'Event',
  'Situation',
  'Statistic',
  'Quote',
  'Claim',
  'Exchange',
  'Concession',
  'Coercion',
  'IssueLinkage',
];
const PLOVER = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'REQUEST',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
];
const PRECISIONS = ['day', 'week', 'month', 'year', 'decade'];

describe('the seeded graph', () => {
  it('holds the seed article and a substantial graph', async () => {
    const [c] = await run('MATCH (e:Evidence {sourceId: $s}) RETURN count(DISTINCT e.factId) AS n', { s: SEED });
    expect(c?.n).toBeGreaterThan(500);
    const [s] = await run(
      "MATCH (s:Source {id: 'source:wapo-2021-05-03-mexico-leverage'}) RETURN s.publisher AS p, toString(s.date) AS d, s.textFile AS f, s.url AS url",
    );
    expect(s).toEqual({ p: 'The Washington Post', d: '2021-05-03', f: '000_a29362db7205dff6.txt', url: null });
  });
});

describe('nothing dangles', () => {
  it('holds exactly the entities and relationships of the one-source seed it was rewritten from', async () => {
    const counts = await graphCounts();
    const { Entity, Evidence, ...labels } = counts.nodes;
    expect({ Entity, labels }).toEqual({
      Entity: 195,
      labels: {
        Claim: 24,
        Event: 26,
        Quote: 22,
        Issue: 19,
        Organization: 19,
        Statistic: 14,
        Person: 12,
        Policy: 11,
        Situation: 9,
        Concession: 9,
        Place: 8,
        Office: 7,
        IssueLinkage: 5,
        Exchange: 4,
        Country: 4,
        Coercion: 2,
        Source: 1,
      },
    });
    expect(Evidence).toBe(572); // one record per fact: every entity and every relationship but PUBLISHED_BY
    expect(counts.relationships).toEqual({
      CONCERNS: 117,
      PARTICIPATED_IN: 51,
      SAID_BY: 22,
      LINKS: 19,
      PART_OF: 16,
      POLICY_OF: 12,
      LOCATED_IN: 12,
      OCCURRED_AT: 11,
      ACTS_ON: 9,
      GIVEN_BY: 9,
      GIVEN_TO: 9,
      HAS_CONCESSION: 9,
      HOLDS_OFFICE: 9,
      CLAIMED_BY: 8,
      HAS_PART: 8,
      OBSERVED_AT: 8,
      RESPONDS_TO: 8,
      OFFICE_OF: 7,
      REPORTED_BY: 7,
      PLAYED_ROLE: 6,
      LEADS: 5,
      REALISED_BY: 5,
      MEASURES: 4,
      AFFILIATED_WITH: 2,
      MEMBER_OF: 2,
      FOLLOWS: 2,
      PUBLISHED_BY: 1,
    });
  });
  it('every evidence record names an existing Source and an existing fact, with the endpoints it names', async () => {
    const bad = await run(`
      MATCH (e:Evidence)
      WHERE NOT EXISTS { MATCH (:Source {id: e.sourceId}) }
         OR (e.factKind = 'node' AND NOT EXISTS { MATCH (n:Entity {id: e.factId}) WHERE e.factType IN labels(n) })
         OR (e.factKind = 'relationship'
             AND NOT EXISTS { MATCH (:Entity {id: e.factFrom})-[r]->(:Entity {id: e.factTo}) WHERE r.id = e.factId AND type(r) = e.factType })
         OR NOT e.factKind IN ['node', 'relationship']
      RETURN e.id AS id LIMIT 20`);
    expect(bad).toEqual([]);
  });
  it('no fact carries provenance properties of its own any more (they live in evidence records)', async () => {
    const bad = await run(`
      CALL { MATCH (n) WHERE NOT n:Evidence RETURN keys(n) AS k, coalesce(n.id, elementId(n)) AS el
             UNION ALL MATCH ()-[r]->() RETURN keys(r) AS k, r.id AS el }
      WITH k, el WHERE any(x IN k WHERE x IN ['sourceId', 'excerpt', 'attribution', 'attributedTo', 'status'])
      RETURN el LIMIT 20`);
    expect(bad).toEqual([]);
  });
  it('every Entity has an id, a name, exactly one specific label and aliasText matching aliases', async () => {
    const bad = await run(
      `MATCH (n:Entity)
       WITH n, [l IN labels(n) WHERE l IN $specific] AS specific
       WHERE n.id IS NULL OR n.name IS NULL OR size(specific) <> 1 OR size(labels(n)) <> 2
          OR (n.aliases IS NOT NULL AND n.aliasText <> reduce(s = '', a IN n.aliases | s + CASE WHEN s = '' THEN '' ELSE ' | ' END + a))
          OR (n.aliases IS NULL AND n.aliasText IS NOT NULL)
       RETURN n.id AS id, labels(n) AS labels`,
      { specific: SPECIFIC },
    );
    expect(bad).toEqual([]);
  });
  it('every Exchange joins at least two concessions, each given by exactly one party, with at least two distinct givers', async () => {
    const rows = await run(`
      MATCH (x:Exchange)
      OPTIONAL MATCH (x)-[:HAS_CONCESSION]->(c:Concession)
      WITH x, collect(c) AS cs
      RETURN x.id AS id, size(cs) AS concessions,
             size([c IN cs WHERE COUNT { (c)-[:GIVEN_BY]->() } <> 1]) AS badGivers,
             size(COLLECT { MATCH (x)-[:HAS_CONCESSION]->()-[:GIVEN_BY]->(g) RETURN DISTINCT g }) AS givers`);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    for (const r of rows) {
      expect({
        id: r.id,
        ok: (r.concessions as number) >= 2 && r.badGivers === 0 && (r.givers as number) >= 2,
      }).toEqual({ id: r.id, ok: true });
    }
  });
  it('every Concession belongs to an Exchange and every Exchange states explicitness', async () => {
    expect(
      await run('MATCH (c:Concession) WHERE NOT EXISTS { (:Exchange)-[:HAS_CONCESSION]->(c) } RETURN c.id AS id'),
    ).toEqual([]);
    expect(
      await run(
        "MATCH (x:Exchange) WHERE NOT x.explicitness IN ['stated','reported','implied','alleged','denied'] OR x.phase IS NULL RETURN x.id AS id",
      ),
    ).toEqual([]);
  });
  it('every Coercion has a threat or pressure event and at least one response, with a coercer and a target', async () => {
    const bad = await run(`
      MATCH (k:Coercion)
      WHERE NOT EXISTS { (k)-[:HAS_PART {role: 'threat'}]->(:Event) } AND NOT EXISTS { (k)-[:HAS_PART {role: 'pressure'}]->(:Event) }
         OR NOT EXISTS { (k)-[:HAS_PART {role: 'response'}]->(:Event) }
         OR NOT EXISTS { ()-[:PARTICIPATED_IN {role: 'coercer'}]->(k) }
         OR NOT EXISTS { ()-[:PARTICIPATED_IN {role: 'target'}]->(k) }
      RETURN k.id AS id`);
    expect(bad).toEqual([]);
    expect(await run('MATCH (k:Coercion) RETURN count(k) AS n')).toEqual([{ n: 2 }]);
  });
  it('every IssueLinkage links at least two issues', async () => {
    expect(await run('MATCH (l:IssueLinkage) WHERE COUNT { (l)-[:LINKS]->(:Issue) } < 2 RETURN l.id AS id')).toEqual(
      [],
    );
  });
  it('every Event is PLOVER-coded with a direction and has at least one participant with a role', async () => {
    const bad = await run(
      `MATCH (e:Event)
       WHERE NOT e.eventType IN $plover OR NOT e.direction IN ['cooperation','conflict','neutral'] OR e.quadClass IS NULL
          OR NOT EXISTS { MATCH (a)-[p:PARTICIPATED_IN]->(e) WHERE p.role IS NOT NULL }
       RETURN e.id AS id`,
      { plover: PLOVER },
    );
    expect(bad).toEqual([]);
  });
  it('every Quote has verbatim text and a speaker; every Statistic a metric, a value or value text, and a time', async () => {
    expect(
      await run(
        "MATCH (q:Quote) WHERE q.text IS NULL OR q.text = '' OR COUNT { (q)-[:SAID_BY]->() } <> 1 RETURN q.id AS id",
      ),
    ).toEqual([]);
    expect(
      await run(
        'MATCH (s:Statistic) WHERE s.metric IS NULL OR (s.value IS NULL AND s.valueText IS NULL) OR (s.date IS NULL AND s.validFrom IS NULL) RETURN s.id AS id',
      ),
    ).toEqual([]);
  });
  it('every date carries a precision, and every validFrom/validTo/knownFrom its own', async () => {
    const bad = await run(
      `CALL { MATCH (n) WHERE NOT n:Evidence RETURN properties(n) AS p, coalesce(n.id, elementId(n)) AS el
              UNION ALL MATCH ()-[r]->() RETURN properties(r) AS p, coalesce(r.id, elementId(r)) AS el }
       WITH p, el
       WHERE (p.date IS NOT NULL AND NOT p.datePrecision IN $prec)
          OR (p.validFrom IS NOT NULL AND NOT p.validFromPrecision IN $prec)
          OR (p.validTo IS NOT NULL AND NOT p.validToPrecision IN $prec)
       RETURN el`,
      { prec: PRECISIONS },
    );
    expect(bad).toEqual([]);
  });
});

describe('provenance', () => {
  it('every entity and every relationship (but the source metadata PUBLISHED_BY) has evidence', async () => {
    const bad = await run(`
      CALL { MATCH (n:Entity) RETURN n.id AS id, 'node' AS kind
             UNION ALL MATCH ()-[r]->() WHERE type(r) <> 'PUBLISHED_BY' RETURN r.id AS id, 'relationship' AS kind }
      WITH id, kind WHERE NOT EXISTS { MATCH (e:Evidence {factId: id}) WHERE e.factKind = kind }
      RETURN id LIMIT 20`);
    expect(bad).toEqual([]);
  });
  it('every evidence record has a source, a located non-empty excerpt, attribution, attributedTo, confidence, status and stance', async () => {
    const bad = await run(
      `MATCH (e:Evidence)
       WHERE e.sourceId IS NULL OR e.excerpt IS NULL OR trim(e.excerpt) = '' OR NOT e.attribution IN $att OR e.attributedTo IS NULL
          OR e.confidence IS NULL OR NOT valueType(e.confidence) STARTS WITH 'FLOAT' OR e.confidence < 0 OR e.confidence > 1
          OR NOT e.status IN $st OR NOT e.stance IN $stances
          OR NOT valueType(e.textStart) STARTS WITH 'INTEGER' OR e.textEnd <= e.textStart
          OR e.id <> e.factId + '|' + e.sourceId + '|' + e.textStart + '-' + e.textEnd
          OR e.recordedAt IS NULL OR NOT e.recordedBy STARTS WITH 'seed:cypher/data/'
       RETURN e.id AS id LIMIT 20`,
      { att: ATTRIBUTIONS, st: STATUSES, stances: STANCES },
    );
    expect(bad).toEqual([]);
  });
  it('every fact summary equals the rule of docs/evidence.md applied to its evidence', async () => {
    // Recomputed here in TypeScript, independently of cypher/queries/evidence/refresh-summaries.cypher.
    const rows = await run(`
      CALL { MATCH (n:Entity) RETURN n.id AS id, properties(n) AS p
             UNION ALL MATCH ()-[r]->() WHERE type(r) <> 'PUBLISHED_BY' RETURN r.id AS id, properties(r) AS p }
      CALL (id) { MATCH (e:Evidence {factId: id}) WHERE e.retractedAt IS NULL
                  RETURN collect({source: e.sourceId, stance: e.stance, c: e.confidence, a: e.attribution, s: e.status}) AS ev }
      RETURN id, p {.sourceCount, .evidenceCount, .confidence, .disputed, .attributions, .statuses} AS summary, ev`);
    expect(rows.length).toBe(572);
    for (const r of rows) {
      const ev = r.ev as { source: string; stance: string; c: number; a: string; s: string }[];
      const best = (stance: string) => {
        const m = new Map<string, number>();
        for (const e of ev) if (e.stance === stance) m.set(e.source, Math.max(m.get(e.source) ?? 0, e.c));
        return [...m.values()].reduce((p, c) => p * (1 - c), 1);
      };
      const expected = {
        sourceCount: new Set(ev.map((e) => e.source)).size,
        evidenceCount: ev.length,
        confidence: Math.round((1 - best('supports')) * best('disputes') * 10000) / 10000,
        disputed: ev.some((e) => e.stance === 'disputes'),
        attributions: [...new Set(ev.map((e) => e.a))].sort(),
        statuses: [...new Set(ev.map((e) => e.s))].sort(),
      };
      expect({ id: r.id, ...(r.summary as object) }).toEqual({ id: r.id, ...expected });
    }
  });
  it("keeps attributed facts attributed: nothing attributed to others is stated as the article's own assertion", async () => {
    const bad = await run(
      `MATCH (e:Evidence)
       WHERE e.attribution IN ['named-person','unnamed-officials','unnamed-others','cited-outlet','official-data','preliminary-data']
         AND e.status = 'asserted'
       RETURN e.id AS id`,
    );
    expect(bad).toEqual([]);
  });
  it('records how derived dates were derived', async () => {
    const [m] = await run(
      `MATCH (n:Event {id: 'event:2021-05-07-harris-lopez-obrador-virtual-meeting'})
       MATCH (e:Evidence {factId: n.id})
       RETURN toString(n.date) AS d, n.datePrecision AS p, e.derivation AS how`,
    );
    expect(m).toMatchObject({ d: '2021-05-07', p: 'day' });
    expect(m?.how).toMatch(/Friday/);
    // Every month/week-precision date that the article gives without a year is explained.
    const undated = await run(
      `MATCH (n) WHERE (n:Event OR n:Statistic OR n:Claim OR n:Quote) AND n.date IS NOT NULL AND n.datePrecision IN ['month','week']
         AND NOT EXISTS { MATCH (e:Evidence {factId: n.id}) WHERE e.derivation IS NOT NULL OR e.excerpt =~ '.*(19|20)\\d\\d.*' }
       RETURN n.id AS id`,
    );
    expect(undated).toEqual([]);
  });
});

describe('idempotency', () => {
  it('re-applying schema and data scripts changes no counts', async () => {
    const before = await graphCounts();
    const reports = await runCypherScripts();
    expect(
      reports.reduce(
        (n, r) => n + r.nodesCreated + r.relationshipsCreated + r.nodesDeleted + r.relationshipsDeleted,
        0,
      ),
    ).toBe(0);
    expect(await graphCounts()).toEqual(before);
    expect(before.nodes.Entity).toBeGreaterThan(150);
  });
});
