/**
 * Research questions written from the seed article (Washington Post, 3 May 2021,
 * "As U.S. seeks to outsource immigration enforcement, Mexico gains leverage"),
 * answered in Cypher against the seeded graph. Each expectation is the article's answer.
 */
import { closeDriver, rows } from '../support/db';

const run = rows;

afterAll(closeDriver);

/** The last day a first-day-of-unit date covers at its precision (docs/ontology.md, Time). */
const lastDay = (v: string, p: string): string =>
  `CASE ${p} WHEN 'decade' THEN ${v} + duration('P10Y') - duration('P1D') WHEN 'year' THEN ${v} + duration('P1Y') - duration('P1D') ` +
  `WHEN 'month' THEN ${v} + duration('P1M') - duration('P1D') WHEN 'week' THEN ${v} + duration('P6D') ELSE ${v} END`;
/** "Known to hold on date D" for periods (offices, roles, linkages), from the curated bounds alone. */
const HELD_ON =
  `coalesce(r.validFrom, r.knownFrom) <= date($d) AND date($d) <= ` +
  `CASE WHEN r.validTo IS NOT NULL THEN ${lastDay('r.validTo', 'r.validToPrecision')} ELSE ${lastDay('r.knownTo', 'r.knownToPrecision')} END`;

describe('research questions', () => {
  it('Q1 who leads the U.S. effort on the root causes of migration, and who assigned it?', async () => {
    const rows = await run(`
      MATCH (p:Person)-[r:LEADS]->(:Policy)-[:CONCERNS]->(:Issue {name: 'Root causes of migration'})
      MATCH (boss:Person {id: r.assignedBy})
      MATCH (ev:Evidence {factId: r.id})
      RETURN p.name AS leader, boss.name AS assignedBy, ev.excerpt AS excerpt`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ leader: 'Harris', assignedBy: 'Biden' });
    expect(rows[0]?.excerpt).toContain('tasked Harris');
  });

  it('Q2 what did Mexico receive in exchange for deploying troops in March 2021, and how explicit is the link?', async () => {
    const rows = await run(`
      MATCH (x:Exchange)-[:HAS_CONCESSION]->(mine:Concession)-[:REALISED_BY]->(e:Event)
      WHERE e.name CONTAINS 'troops' AND e.date = date('2021-03-01')
      MATCH (x)-[:HAS_CONCESSION]->(theirs:Concession)-[:GIVEN_BY]->(:Country {id: 'country:us'})
      MATCH (theirs)-[:GIVEN_TO]->(to)
      RETURN theirs.name AS received, to.name AS recipient, x.explicitness AS explicitness, x.phase AS phase`);
    expect(rows).toEqual([
      {
        received: 'U.S. sends millions of surplus AstraZeneca vaccine doses to Mexico',
        recipient: 'Mexico',
        explicitness: 'reported',
        phase: 'agreed',
      },
    ]);
  });

  it('Q3 which U.S. programs did Mexico agree to expand under U.S. pressure, and when?', async () => {
    const rows = await run(`
      MATCH (k:Coercion)-[:HAS_PART {role: 'response'}]->(e:Event)-[a:ACTS_ON]->(p:Policy)
      WHERE a.action IN ['expanded', 'agreed-to-expand']
      MATCH (p)-[:POLICY_OF]->(owner)
      RETURN p.name AS program, owner.name AS owner, a.action AS action, e.date.year AS year`);
    expect(rows).toEqual([
      { program: 'Remain in Mexico', owner: 'Donald Trump', action: 'agreed-to-expand', year: 2019 },
    ]);
  });

  it('Q4 what was the March 2021 figure for migrants taken into U.S. custody, and how is it qualified?', async () => {
    const rows = await run(`
      MATCH (s:Statistic {metric: 'migrants taken into U.S. custody along the border'})
      WHERE s.date = date('2021-03-01') AND s.datePrecision = 'month'
      MATCH (ev:Evidence {factId: s.id})
      RETURN s.value AS value, s.qualifier AS qualifier, s.comparison AS comparison, ev.attribution AS attribution`);
    expect(rows).toEqual([
      {
        value: 172000,
        qualifier: 'more than',
        comparison: 'highest levels in nearly 20 years',
        attribution: 'reporting',
      },
    ]);
  });

  it('Q5 who said "We need Mexico, and Mexico needs us", in what setting, and what office did he hold?', async () => {
    const rows = await run(`
      CALL db.index.fulltext.queryNodes('entity_names', '"Mexico needs us"') YIELD node
      WITH node WHERE node:Quote
      MATCH (node)-[:SAID_BY]->(p:Person)-[:HOLDS_OFFICE]->(o:Office)-[:OFFICE_OF]->(org)
      RETURN p.name AS speaker, node.medium AS medium, o.title AS title, org.name AS body`);
    expect(rows).toEqual([
      {
        speaker: 'Juan Gonzalez',
        medium: 'interview',
        title: 'top Latin America adviser',
        body: 'National Security Council',
      },
    ]);
  });

  it('Q6 who says Mexico pulled troops from its southern border to gain leverage — and is it stated as fact?', async () => {
    const rows = await run(`
      MATCH (c:Claim)-[:CONCERNS]->(e:Event)-[:OCCURRED_AT]->(:Place {id: 'place:mx-southern-border'})
      WHERE e.eventType = 'RETREAT'
      MATCH (c)-[:CLAIMED_BY]->(who)
      MATCH (ev:Evidence {factId: c.id})
      RETURN who.name AS who, ev.status AS status, ev.attribution AS attribution`);
    expect(rows).toEqual([{ who: 'Luis Rubio', status: 'alleged', attribution: 'named-person' }]);
  });

  it('Q7 who was U.S. president on 15 June 2019, and who on the article date?', async () => {
    const on = (d: string) =>
      run(
        `MATCH (p:Person)-[r:HOLDS_OFFICE]->(:Office {id: 'office:us-president'}) WHERE ${HELD_ON} RETURN p.name AS name`,
        { d },
      );
    expect(await on('2019-06-15')).toEqual([{ name: 'Donald Trump' }]);
    expect(await on('2019-12-31')).toEqual([{ name: 'Donald Trump' }]); // year precision covers the whole year
    expect(await on('2021-01-15')).toEqual([]); // the article shows no president on that date
    expect(await on('2021-05-03')).toEqual([{ name: 'Biden' }]);
    expect(await on('2014-07-01')).toEqual([{ name: 'Barack Obama' }]);
  });

  it('Q8 which issues did U.S. administrations compartmentalise before Trump, since when, and who ended it?', async () => {
    const rows = await run(`
      MATCH (l:IssueLinkage {kind: 'compartmentalisation'})-[:LINKS]->(i:Issue)
      MATCH (ender)-[:PARTICIPATED_IN {role: 'ended-by'}]->(l)
      WITH l, ender, collect(i.name) AS issues
      MATCH (ev:Evidence {factId: l.id})
      RETURN issues, ender.name AS endedBy, l.validFrom.year AS since, l.validFromPrecision AS precision, ev.attributedTo AS per`);
    expect(rows).toHaveLength(1);
    expect([...(rows[0]?.issues as string[])].sort()).toEqual(['Counternarcotics', 'Migration', 'Trade']);
    expect(rows[0]).toMatchObject({
      endedBy: 'Donald Trump',
      since: 1980,
      precision: 'decade',
      per: 'person:luis-rubio',
    });
  });

  it('Q9 how did Mexican deportations in June 2019 compare with March 2021?', async () => {
    const rows = await run(`
      MATCH (s:Statistic {metric: 'deportations from Mexico'})
      RETURN toString(s.date) AS month, s.value AS value, s.qualifier AS qualifier ORDER BY month`);
    expect(rows).toEqual([
      { month: '2019-06-01', value: 24000, qualifier: 'more than' },
      { month: '2021-03-01', value: 7946, qualifier: 'exactly' },
    ]);
  });

  it('Q10 what coerced López Obrador into a reversal, and how did he respond?', async () => {
    const rows = await run(`
      MATCH (k:Coercion)<-[:PARTICIPATED_IN {role: 'target'}]-(:Person {id: 'person:lopez-obrador'})
      MATCH (k)-[:HAS_PART {role: 'threat'}]->(t:Event)<-[:PARTICIPATED_IN {role: 'actor'}]-(coercer)
      MATCH (k)-[:HAS_PART {role: 'response'}]->(r:Event)
      WITH k, t, coercer, r ORDER BY r.id
      RETURN coercer.name AS coercer, t.eventType AS threat, t.cameoRoot AS cameo, k.explicitness AS explicitness, collect(r.eventType) AS responses`);
    expect(rows).toEqual([
      {
        coercer: 'Donald Trump',
        threat: 'THREATEN',
        cameo: '13',
        explicitness: 'stated',
        responses: ['AGREE', 'MOBILIZE'],
      },
    ]);
    const [tariffs] = await run(
      "MATCH (:Event {eventType: 'THREATEN'})-[:CONCERNS]->(i:Issue) WHERE i.id = 'issue:trade' RETURN count(*) AS n",
    );
    expect(tariffs?.n).toBe(1);
  });

  it('Q11 according to Landau, what did the U.S. give López Obrador for migration cooperation under Trump, and who reported it?', async () => {
    const rows = await run(`
      MATCH (x:Exchange)-[:HAS_CONCESSION]->(c:Concession {kind: 'forbearance'})-[:GIVEN_TO]->(:Person {id: 'person:lopez-obrador'})
      MATCH (q:Quote)-[:SAID_BY]->(:Person {id: 'person:christopher-landau'}) WHERE q.text CONTAINS 'gazillion'
      MATCH (q)-[:REPORTED_BY]->(outlet)
      RETURN c.name AS concession, x.explicitness AS explicitness, q.medium AS medium, toString(q.date) AS week, q.datePrecision AS precision, outlet.name AS outlet`);
    expect(rows).toEqual([
      {
        concession: 'U.S. officials go easy on López Obrador on "a gazillion other issues"',
        explicitness: 'stated',
        medium: 'video conference',
        week: '2021-04-26',
        precision: 'week',
        outlet: 'Reforma',
      },
    ]);
  });

  it('Q12 what increase in immigration arrests did Mexico record from January to March 2021, and per whom?', async () => {
    const rows = await run(`
      MATCH (s:Statistic {metric: 'immigration arrests in Mexico (change)'})-[:REPORTED_BY]->(o:Organization)
      MATCH (ev:Evidence {factId: s.id})
      RETURN s.value AS value, s.unit AS unit, s.direction AS direction, toString(s.validFrom) AS from, toString(s.validTo) AS to, s.validToPrecision AS toPrecision, o.name AS reporter, ev.attribution AS attribution`);
    expect(rows).toEqual([
      {
        value: 49,
        unit: 'percent',
        direction: 'increase',
        from: '2021-01-01',
        to: '2021-03-01',
        toPrecision: 'month',
        reporter: 'National Migration Institute',
        attribution: 'official-data',
      },
    ]);
  });

  it('Q13 what do U.S. officials (unnamed) say about families Mexico would not take back, and what did the U.S. ask in return?', async () => {
    const rows = await run(`
      MATCH (refusal:Event {eventType: 'REJECT'})<-[:PARTICIPATED_IN {role: 'actor'}]-(:Country {id: 'country:mx'})
      MATCH (req:Event {eventType: 'REQUEST'})-[:RESPONDS_TO]->(refusal)
      MATCH (ev:Evidence {factId: refusal.id})
      RETURN ev.attribution AS attribution, ev.attributedTo AS who, ev.status AS status, req.name AS request`);
    expect(rows).toEqual([
      {
        attribution: 'unnamed-officials',
        who: 'U.S. officials',
        status: 'reported',
        request: 'U.S. asks Mexico to accept more migrant families',
      },
    ]);
  });

  it('Q14 when will Harris and López Obrador meet, and how was the date derived?', async () => {
    const rows = await run(`
      MATCH (h:Person {name: 'Harris'})-[:PARTICIPATED_IN]->(e:Event {eventType: 'CONSULT'})<-[:PARTICIPATED_IN]-(:Person {id: 'person:lopez-obrador'})
      MATCH (ev:Evidence {factId: e.id})
      RETURN toString(e.date) AS date, e.phase AS phase, e.medium AS medium, ev.derivation AS derivation`);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ date: '2021-05-07', phase: 'planned', medium: 'virtual' });
    expect(rows[0]?.derivation).toContain('2021-05-03');
  });

  it('Q15 which issues does the Biden administration prod Mexico on while Mexico holds migration leverage?', async () => {
    const rows = await run(`
      MATCH (l:IssueLinkage {kind: 'potential-linkage'})-[k:LINKS]->(i:Issue)
      RETURN k.role AS role, collect(i.name) AS issues ORDER BY role`);
    expect(rows.map((r) => [r.role, [...(r.issues as string[])].sort()])).toEqual([
      ['counter-issue', ['Clean energy', 'Climate change', 'Corruption', 'Labor protections']],
      ['lever', ['Migration']],
    ]);
  });

  it('Q16 what roles has Mexico played in migration, per the article, and which is attributed to an analyst?', async () => {
    const rows = await run(`
      MATCH (:Country {id: 'country:mx'})-[r:PLAYED_ROLE]->(:Issue {id: 'issue:migration'})
      MATCH (ev:Evidence {factId: r.id})
      RETURN r.role AS role, ev.attribution AS attribution, ev.attributedTo AS who ORDER BY role`);
    expect(rows.map((r) => r.role)).toEqual([
      'destination country',
      'interdiction state',
      'pivotal partner in U.S. regional migration strategy',
      'sender of migrants',
      'transit country',
    ]);
    expect(rows.find((r) => r.role === 'interdiction state')).toMatchObject({
      attribution: 'named-person',
      who: 'person:cris-ramon',
    });
  });
});
