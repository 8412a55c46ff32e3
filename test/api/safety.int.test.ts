import { graphql } from 'graphql';
import { serverAudits } from 'graphql-http';
import { Graph } from '../../src/db/driver';
import { fromDatabaseError } from '../../src/errors';
import { createContext } from '../../src/graphql/context';
import { buildSchema } from '../../src/graphql/schema';
import { QUERY_SHAPE_LIMITS } from '../../src/server';
import { getDriver, testDatabase } from '../support/db';
import { useTestService } from '../support/service';

const api = useTestService();

describe('GraphQL over HTTP', () => {
  it('passes every MUST of the graphql-http server audits', async () => {
    const failures: string[] = [];
    let musts = 0;
    for (const audit of serverAudits({ url: api.url })) {
      const result = await audit.fn();
      if (audit.name.startsWith('MUST')) musts++;
      if (result.status === 'error') failures.push(`${audit.id} ${audit.name}: ${result.reason}`);
    }
    expect(musts).toBeGreaterThan(10);
    expect(failures).toEqual([]);
  });

  it('serves the GraphiQL IDE to browsers from bundled assets, with no CDN', async () => {
    const res = await fetch(api.url, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    expect(html).not.toMatch(/(src|href)="https?:/);
    const assets = [...html.matchAll(/(?:src|href)="(\/ide\/[^"]+)"/g)].map((m) => m[1]!);
    expect(assets.length).toBe(5);
    for (const asset of assets) {
      const a = await fetch(new URL(asset, api.url));
      expect(a.status).toBe(200);
      // The libraries are large files; the page's own start-up script (no inline scripts: CSP) is small.
      expect((await a.arrayBuffer()).byteLength).toBeGreaterThan(asset.endsWith('graphiql-init.js') ? 300 : 1000);
    }
  });
});

describe('limits', () => {
  it('rejects queries deeper than the depth limit', async () => {
    let deep = 'id';
    for (let i = 0; i < QUERY_SHAPE_LIMITS.maxDepth; i++)
      deep = `relationships(type: "CONCERNS") { edges { node { from { ${deep} } } } }`;
    const res = await api.gql(`{ entity(id: "person:lopez-obrador") { ${deep} } }`);
    expect(res.body.data).toBeUndefined();
    expect(res.body.errors?.every((e) => e.extensions?.code === 'GRAPHQL_VALIDATION_FAILED')).toBe(true);
    expect(res.body.errors?.some((e) => /depth limit/i.test(e.message))).toBe(true);
  });

  it('rejects too many aliases', async () => {
    const aliases = Array.from(
      { length: QUERY_SHAPE_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: health { status }`,
    ).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('rejects batched requests', async () => {
    const res = await fetch(api.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ health { status } }' }, { query: '{ health { status } }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('maps a real database timeout to TIMEOUT, without the Cypher', async () => {
    // The seed graph answers every API query in milliseconds, so provoke the database's
    // own transaction timeout with a deliberately long query and map what it throws.
    const session = getDriver().session({ database: testDatabase() });
    const error = await session
      .executeRead((tx) => tx.run('UNWIND range(1, 500000000) AS x RETURN sum(x * x) AS s'), { timeout: 50 })
      .catch((e: unknown) => e)
      .finally(() => session.close());
    const mapped = fromDatabaseError(error);
    expect(mapped.code).toBe('TIMEOUT');
    expect(mapped.message).not.toMatch(/UNWIND|range/);
  });

  it('caps page sizes', async () => {
    expect(await api.errorCode('{ search(query: "Mexico", first: 101) { score } }')).toBe('BAD_USER_INPUT');
    expect(await api.errorCode('{ neighbourhood(id: "person:lopez-obrador", limit: 501) { truncated } }')).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('batching (no N+1)', () => {
  const schema = buildSchema();
  const QUERY = `query($first: Int) { search(query: "mexico", first: $first) {
    entity { id name relationshipCounts { count }
      relationships(type: "CONCERNS", first: 3) { edges { node { sentence from { name } to { name } evidence { source { title } } } } } }
  } }`;

  async function roundTrips(first: number): Promise<{ trips: number; results: number }> {
    const ctx = createContext(new Graph(getDriver(), testDatabase(), 15_000));
    const result = await graphql({ schema, source: QUERY, variableValues: { first }, contextValue: ctx });
    expect(result.errors).toBeUndefined();
    return { trips: ctx.graph.roundTrips, results: (result.data!.search as unknown[]).length };
  }

  it('makes as many database round trips for 40 results as for 2', async () => {
    const few = await roundTrips(2);
    const many = await roundTrips(40);
    expect(many.results).toBeGreaterThanOrEqual(20);
    expect(few.results).toBe(2);
    expect(many.trips).toBe(few.trips);
    // search; counts + pages; endpoints + evidence; sources + the entities evidence is attributed to
    // (a sentence names them: "…, according to Cris Ramón"): a handful of levels, not one trip per result.
    expect(many.trips).toBeLessThanOrEqual(7);
  });
});

describe('batching: the exchange ledger', () => {
  const schema = buildSchema();
  const LEDGER = `{ exchangeLedger(countryA: "country:us", countryB: "country:mx") {
    exchanges { exchange { id name } concessions { side concession { id name } givenBy { id } } }
    coercions { entity { id name } } issueLinkages { entity { id name } }
  } }`;

  it("loads the ledger's exchanges, coercions and linkages in one wave after the ledger query", async () => {
    const names: string[] = [];
    const ctx = createContext(new Graph(getDriver(), testDatabase(), 15_000, (query) => names.push(query.name)));
    const result = await graphql({ schema, source: LEDGER, contextValue: ctx });
    expect(result.errors).toBeUndefined();
    const ledger = result.data!.exchangeLedger as {
      exchanges: unknown[];
      coercions: unknown[];
      issueLinkages: unknown[];
    };
    expect(ledger.exchanges.length).toBeGreaterThan(0);
    expect(ledger.coercions.length).toBeGreaterThan(0);
    expect(ledger.issueLinkages.length).toBeGreaterThan(0);
    // The ledger's three kinds are fetched by one by-ids query, not one per kind: what follows
    // the ledger query is the concessions and that one look-up; the concessions' own entities
    // and their givers are the two field-resolver waves after it (5 look-ups before the change).
    const afterLedger = names.slice(names.indexOf('research/exchange-ledger') + 1);
    expect(afterLedger.slice(0, 2).sort()).toEqual(['entity/by-ids', 'research/concessions']);
    expect(afterLedger.filter((n) => n === 'entity/by-ids').length).toBeLessThanOrEqual(3);
  });
});
