/**
 * Integrity of the seeded graph: nothing dangles, every relationship and every
 * sourced node carries provenance, typed objects are well formed, and applying
 * the scripts again changes no counts.
 */
import { closeDriver, getDriver, graphCounts, runCypherScripts, testDatabase } from '../support/db';

const run = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await getDriver().executeQuery(cypher, params, { database: testDatabase() })).records.map((r) => r.toObject());

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
const STATUSES = ['asserted', 'reported', 'alleged', 'denied', 'implied'];
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
    const [c] = await run(
      "MATCH (n:Entity) WHERE n.sourceId = 'source:wapo-2021-05-03-mexico-leverage' RETURN count(n) AS n",
    );
    expect(c?.n).toBeGreaterThan(150);
    const [s] = await run(
      "MATCH (s:Source {id: 'source:wapo-2021-05-03-mexico-leverage'}) RETURN s.publisher AS p, toString(s.date) AS d, s.textFile AS f, s.url AS url",
    );
    expect(s).toEqual({ p: 'The Washington Post', d: '2021-05-03', f: '000_a29362db7205dff6.txt', url: null });
  });
});

describe('nothing dangles', () => {
  it('every sourceId on a node or relationship names an existing Source', async () => {
    const bad = await run(`
      CALL { MATCH (n) WHERE n.sourceId IS NOT NULL RETURN n.sourceId AS sid, coalesce(n.id, elementId(n)) AS el
             UNION ALL MATCH ()-[r]->() WHERE r.sourceId IS NOT NULL RETURN r.sourceId AS sid, coalesce(r.id, elementId(r)) AS el }
      WITH sid, el WHERE NOT EXISTS { MATCH (:Source {id: sid}) } RETURN el, sid`);
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
      `CALL { MATCH (n) RETURN properties(n) AS p, coalesce(n.id, elementId(n)) AS el
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
  it('every relationship, of every type, has sourceId, a non-empty excerpt, attribution, attributedTo, confidence and status', async () => {
    const bad = await run(
      `MATCH ()-[r]->()
       WHERE r.sourceId IS NULL OR r.excerpt IS NULL OR trim(r.excerpt) = '' OR NOT r.attribution IN $att OR r.attributedTo IS NULL
          OR r.confidence IS NULL OR NOT valueType(r.confidence) STARTS WITH 'FLOAT' OR r.confidence < 0 OR r.confidence > 1
          OR NOT r.status IN $st
       RETURN type(r) AS type, r.id AS id LIMIT 20`,
      { att: ATTRIBUTIONS, st: STATUSES },
    );
    expect(bad).toEqual([]);
    const [{ n } = { n: 0 }] = await run('MATCH ()-[r]->() RETURN count(r) AS n');
    expect(n).toBeGreaterThan(300);
  });
  it('every Entity (and the Source) carries the same provenance', async () => {
    const bad = await run(
      `MATCH (n) WHERE (n:Entity OR n:Source)
       AND (n.sourceId IS NULL OR n.excerpt IS NULL OR NOT n.attribution IN $att OR n.attributedTo IS NULL
            OR n.confidence IS NULL OR n.confidence < 0 OR n.confidence > 1 OR NOT n.status IN $st)
       RETURN n.id AS id`,
      { att: ATTRIBUTIONS, st: STATUSES },
    );
    expect(bad).toEqual([]);
  });
  it("keeps attributed facts attributed: nothing attributed to others is stated as the article's own assertion", async () => {
    const bad = await run(
      `CALL { MATCH (n) RETURN n.attribution AS a, n.status AS s, n.id AS el UNION ALL MATCH ()-[r]->() RETURN r.attribution AS a, r.status AS s, r.id AS el }
       WITH a, s, el WHERE a IN ['named-person','unnamed-officials','unnamed-others','cited-outlet','official-data','preliminary-data'] AND s = 'asserted'
       RETURN el`,
    );
    expect(bad).toEqual([]);
  });
  it('records how derived dates were derived', async () => {
    const [m] = await run(
      "MATCH (e:Event {id: 'event:2021-05-07-harris-lopez-obrador-virtual-meeting'}) RETURN toString(e.date) AS d, e.datePrecision AS p, e.derivation AS how",
    );
    expect(m).toMatchObject({ d: '2021-05-07', p: 'day' });
    expect(m?.how).toMatch(/Friday/);
    // Every month/week/decade-precision date that the article gives without a year is explained.
    const undated = await run(
      `MATCH (n) WHERE (n:Event OR n:Statistic OR n:Claim OR n:Quote) AND n.date IS NOT NULL AND n.datePrecision IN ['month','week']
         AND n.derivation IS NULL AND NOT n.excerpt =~ '.*(19|20)\\\\d\\\\d.*'
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
