/**
 * The typed schema against the seed graph: each kind's domain facts as typed fields
 * (issue 13), validation codes, and root fields that fail alone.
 */
import { graphql } from 'graphql';
import { Graph } from '../../src/db/driver';
import { createContext } from '../../src/graphql/context';
import { buildSchema } from '../../src/graphql/schema';
import { getDriver, testDatabase } from '../support/db';
import { useTestService } from '../support/service';

const api = useTestService();

describe('typed entities carry the article’s facts as fields', () => {
  it('López Obrador is a Person whose office is the presidency of Mexico, with its attested period', async () => {
    const { entity } = await api.data(`{ entity(id: "person:lopez-obrador") {
      __typename entityType name
      ... on Person { offices { office { id title country { id name } } knownFrom knownTo openEnded holder { id }
        relationship { evidence { excerpt } } } }
    } }`);
    expect(entity.__typename).toBe('Person');
    expect(entity.entityType).toBe('Person');
    const president = entity.offices.find((o: any) => o.office.id === 'office:mx-president');
    expect(president).toMatchObject({
      office: { country: { id: 'country:mx', name: 'Mexico' } },
      knownFrom: '2019-01-01',
      knownTo: '2021-05-03',
      openEnded: true,
      holder: { id: 'person:lopez-obrador' },
    });
    expect(president.relationship.evidence.length).toBeGreaterThan(0);
  });

  it('an office of a government organisation still has its country, and a term the president served under', async () => {
    const { minister, ambassador } = await api.data(`{
      minister: entity(id: "office:mx-foreign-minister") { ... on Office { country { id } officeOf { id } holders { holder { name } } } }
      ambassador: entity(id: "office:us-ambassador-to-mexico") { ... on Office { holders { holder { id } underPresident { id name } } } }
    }`);
    expect(minister.country).toEqual({ id: 'country:mx' });
    expect(minister.officeOf).toEqual([{ id: 'org:mx-government' }]);
    expect(minister.holders.map((h: any) => h.holder.name).join(' ')).toMatch(/Ebrard/);
    const landau = ambassador.holders.find((h: any) => h.holder.id === 'person:christopher-landau');
    expect(landau.underPresident).toMatchObject({ id: 'person:trump' });
    const { entity } = await api.data(`{ entity(id: "country:mx") { ... on Country { offices { id } } } }`);
    expect(entity.offices.map((o: any) => o.id)).toEqual(
      expect.arrayContaining(['office:mx-president', 'office:mx-foreign-minister']),
    );
  });

  it('a statistic has its value, unit, metric and reporter', async () => {
    const { statistics } = await api.data(`{ statistics(metric: "custody") {
      id metric value unit qualifier valueText reportedBy { id name } observedAt { id }
    } }`);
    const custody = statistics.find((s: any) => s.id === 'stat:2021-03-us-border-custody');
    expect(custody).toMatchObject({ value: 172000, unit: 'people', qualifier: 'more than' });
    expect(custody.metric).toMatch(/custody/);
    expect(custody.observedAt).toEqual([{ id: 'place:us-southern-border' }]);
    const change = statistics.find((s: any) => s.id === 'stat:2021-03-04-families-minors-custody-change');
    expect(change.reportedBy).toEqual([expect.objectContaining({ id: 'org:cbp' })]);
  });

  it('a quote has its speaker and text, and the EU comparison is reachable as typed fields', async () => {
    const { entity } = await api.data(`{ entity(id: "quote:ramon-turkey-interdiction-state") {
      ... on Quote { text speaker { id name }
        concerns { id ... on Country { rolesPlayed { role issue { id } counterpart { id name }
          relationship { evidence { excerpt attributedTo attributedToEntity { id } } } } } } }
    } }`);
    expect(entity.text).toBe('Turkey is an interdiction state because it holds refugees,');
    expect(entity.speaker).toMatchObject({ id: 'person:cris-ramon' });
    const turkey = entity.concerns.find((c: any) => c.id === 'country:tr');
    const role = turkey.rolesPlayed.find((r: any) => r.role === 'interdiction state');
    expect(role.issue).toEqual({ id: 'issue:migration' });
    expect(role.counterpart).toMatchObject({ id: 'org:eu' });
    expect(role.relationship.evidence[0].excerpt).toMatch(/European Union/);
    expect(role.relationship.evidence[0].attributedToEntity).toEqual({ id: 'person:cris-ramon' });
  });

  it('an exchange lists its concessions with giver, receiver and the event that realised each', async () => {
    const { entity } = await api.data(`{ entity(id: "exchange:2021-03-enforcement-for-vaccines") {
      ... on Exchange { explicitness phase concessions { id kind exchange { id } givenBy { id } givenTo { id } realisedBy { id date } } }
    } }`);
    expect(entity.explicitness).toBe('reported');
    const byId = Object.fromEntries(entity.concessions.map((c: any) => [c.id, c]));
    expect(Object.keys(byId).sort()).toEqual([
      'concession:2021-03-mexico-border-closure',
      'concession:2021-03-mexico-troop-deployment',
      'concession:2021-03-us-vaccine-doses',
    ]);
    expect(byId['concession:2021-03-us-vaccine-doses']).toMatchObject({
      givenBy: [{ id: 'country:us' }],
      realisedBy: [{ id: 'event:2021-03-us-agrees-vaccine-doses' }],
      exchange: { id: 'exchange:2021-03-enforcement-for-vaccines' },
    });
    expect(byId['concession:2021-03-mexico-troop-deployment'].givenBy).toEqual([{ id: 'org:mx-government' }]);
  });

  it('a policy lists its actions (event, action) and the exchange ledger gives typed exchanges', async () => {
    const { entity, exchangeLedger } = await api.data(`{
      entity(id: "policy:remain-in-mexico") { ... on Policy { kind actions { action event { id date } } owners { id } } }
      exchangeLedger(countryA: "country:us", countryB: "country:mx") { exchanges { exchange { id explicitness concessions { id } } } }
    }`);
    expect(entity.kind).toBe('program');
    expect(entity.actions.map((a: any) => a.action)).toContain('agreed-to-expand');
    expect(entity.actions.every((a: any) => a.event.id.startsWith('event:'))).toBe(true);
    const x = exchangeLedger.exchanges.find((e: any) => e.exchange.id === 'exchange:2021-03-enforcement-for-vaccines');
    expect(x.exchange.concessions).toHaveLength(3);
  });

  it('typed relationship fields are batched: as many round trips for many entities as for one', async () => {
    const schema = buildSchema();
    const source = `query($q: String!) { search(query: $q, first: 30) { entity {
      ... on Person { offices { office { name country { name } } underPresident { name } } participations { role in { name } } }
      ... on Event { participants { role participant { name } } issues { name } }
      ... on Country { rolesPlayed { counterpart { name } } offices { name } }
    } } }`;
    const trips = async (q: string) => {
      const ctx = createContext(new Graph(getDriver(), testDatabase(), 15_000));
      const result = await graphql({ schema, source, variableValues: { q }, contextValue: ctx });
      expect(result.errors).toBeUndefined();
      return { trips: ctx.graph.roundTrips, n: (result.data!.search as unknown[]).length };
    };
    const one = await trips('Ebrard');
    const many = await trips('Mexico');
    expect(many.n).toBeGreaterThanOrEqual(20);
    expect(one.n).toBeLessThan(many.n / 2);
    expect(many.trips).toBeLessThanOrEqual(one.trips + 2);
    expect(many.trips).toBeLessThanOrEqual(8);
  });
});

describe('validation', () => {
  it('a bad date is BAD_USER_INPUT naming the argument and the expected form', async () => {
    const res = await api.gql('{ asOf(date: "2019-13-01") { date } }');
    expect(res.status).toBe(200);
    expect(res.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'date' });
    expect(res.body.errors![0]!.message).toContain('YYYY-MM-DD');
    const window = await api.gql(
      'query($t: TimeFilter) { timeline(actor: "person:lopez-obrador", time: $t) { date } }',
      {
        t: { from: 'spring 2019' },
      },
    );
    expect(window.body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'time.from' });
    expect(window.body.errors![0]!.message).toMatch(/YYYY-MM or YYYY/);
  });

  it('a window takes whole years and months', async () => {
    const { year, days } = await api.data(`{
      year: timeline(actor: "person:lopez-obrador", time: {from: "2019", to: "2019"}) { event { id } date }
      days: timeline(actor: "person:lopez-obrador", time: {from: "2019-01-01", to: "2019-12-31"}) { event { id } date }
    }`);
    expect(year.length).toBeGreaterThan(0);
    expect(year).toEqual(days);
  });

  it('an unknown or lower-case relationship type or entity kind is BAD_USER_INPUT listing the valid ones', async () => {
    const cases = [
      '{ entity(id: "person:lopez-obrador") { relationships(type: "holds_office") { totalCount } } }',
      '{ neighbourhood(id: "person:lopez-obrador", types: ["FRIENDS_WITH"]) { truncated } }',
      '{ linkagePaths(from: "person:harris", to: "country:mx", includeTypes: ["participated_in"]) { length } }',
      '{ search(query: "Harris", types: ["person"]) { score } }',
    ];
    for (const query of cases) {
      const res = await api.gql(query);
      expect(res.body.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
      expect(res.body.errors![0]!.message).toMatch(/values are .*(HOLDS_OFFICE|IssueLinkage)/);
    }
  });

  it('linkagePaths from an entity to itself is BAD_USER_INPUT', async () => {
    expect(await api.errorCode('{ linkagePaths(from: "person:harris", to: "person:harris") { length } }')).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('a NOT_FOUND in one root field leaves the other fields their data', async () => {
    const res = await api.gql(`{
      missing: entity(id: "person:nobody") { id }
      amlo: entity(id: "person:lopez-obrador") { name }
      paths: linkagePaths(from: "person:nobody", to: "country:mx") { length }
      health { status }
    }`);
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({
      missing: null,
      amlo: { name: 'Andrés Manuel López Obrador' },
      paths: null,
      health: { status: 'ok' },
    });
    const errors = res.body.errors!.map((e) => `${e.path!.join('.')}: ${e.extensions!.code}`).sort();
    expect(errors).toEqual(['missing: NOT_FOUND', 'paths: NOT_FOUND']);
  });
});
