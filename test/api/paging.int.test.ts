/**
 * Entity.relationships on a dense entity (more than Neo4j's 50-relationship threshold, so
 * its relationships live in per-type groups): pages in store order, each relationship once
 * in every direction, totals and relationshipCounts from the degree store, and a first page
 * that reads only itself (PROFILE of the named query the page runs).
 */
import { ProfiledPlan } from 'neo4j-driver';
import { entity } from '../../src/db/queries';
import { toCypherParams } from '../../src/db/driver';
import { queryParams, queryText } from '../../src/db/query';
import { closeDriver, getDriver, testDatabase } from '../support/db';
import { startTestService, TestService } from '../support/service';

const HUB = 'test:paging-hub';
const OUT = 130;
const IN = 70;

let api: TestService;
const db = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await getDriver().executeQuery(cypher, params, { database: testDatabase() })).records.map((r) => r.toObject());

beforeAll(async () => {
  api = await startTestService();
  // The hub took part in OUT events; IN others (people) are recorded as taking part in it.
  await db(
    `CREATE (h:Entity:Event {id: $hub, name: 'Paging hub'})
     WITH h
     UNWIND range(1, $out) AS i
     CREATE (e:Entity:Event {id: $hub + '-event-' + i, name: 'Paging event ' + i})
     CREATE (h)-[:PARTICIPATED_IN {id: 'PARTICIPATED_IN|' + $hub + '|event-' + i, role: 'actor'}]->(e)`,
    { hub: HUB, out: toCypherParams(OUT) },
  );
  await db(
    `MATCH (h:Entity {id: $hub})
     UNWIND range(1, $in) AS i
     CREATE (p:Entity:Person {id: $hub + '-person-' + i, name: 'Paging person ' + i})
     CREATE (p)-[:PARTICIPATED_IN {id: 'PARTICIPATED_IN|person-' + i + '|' + $hub, role: 'participant'}]->(h)`,
    { hub: HUB, in: toCypherParams(IN) },
  );
});

afterAll(async () => {
  await db('MATCH (n:Entity) WHERE n.id STARTS WITH $hub DETACH DELETE n', { hub: HUB });
  await api.stop();
  await closeDriver();
});

const PAGE = `query($id: ID!, $direction: Direction, $first: Int, $after: String) {
  entity(id: $id) {
    relationshipCounts { type direction count }
    relationships(type: "PARTICIPATED_IN", direction: $direction, first: $first, after: $after) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { node { id from { id } to { id name } } }
    }
  }
}`;

async function allPages(direction: string, first: number): Promise<{ ids: string[]; totals: number[]; pages: number }> {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  let pages = 0;
  for (;;) {
    const { entity }: { entity: any } = await api.data(PAGE, { id: HUB, direction, first, after });
    const conn: any = entity.relationships;
    pages++;
    totals.push(conn.totalCount);
    expect(conn.pageInfo.hasPreviousPage).toBe(after !== null);
    for (const e of conn.edges) {
      ids.push(e.node.id);
      // The far end comes with the page (primed loader): its name is there.
      const far = e.node.from.id === HUB ? e.node.to : null;
      if (far) expect(far.name).toMatch(/^Paging event /);
    }
    if (!conn.pageInfo.hasNextPage) break;
    after = conn.pageInfo.endCursor;
  }
  return { ids, totals, pages };
}

describe('paging a dense entity', () => {
  it.each([
    ['OUT', OUT],
    ['IN', IN],
    ['BOTH', OUT + IN],
  ])(
    '%s: every relationship once, in pages of 40, the total from the degree store on each page',
    async (direction, n) => {
      const { ids, totals, pages } = await allPages(direction, 40);
      expect(ids).toHaveLength(n);
      expect(new Set(ids).size).toBe(n);
      expect(new Set(totals)).toEqual(new Set([n]));
      expect(pages).toBe(Math.ceil(n / 40));
    },
  );

  it('lists BOTH as the outgoing pages, then the incoming ones, in the same store order each time', async () => {
    const out = await allPages('OUT', 50);
    const inc = await allPages('IN', 50);
    const both = await allPages('BOTH', 50);
    expect(both.ids).toEqual([...out.ids, ...inc.ids]);
    expect((await allPages('BOTH', 50)).ids).toEqual(both.ids);
  });

  it('counts relationships by type and direction as the graph has them', async () => {
    const { entity } = await api.data(PAGE, { id: HUB, direction: 'OUT', first: 1 });
    expect(entity.relationshipCounts).toEqual([
      { type: 'PARTICIPATED_IN', direction: 'IN', count: IN },
      { type: 'PARTICIPATED_IN', direction: 'OUT', count: OUT },
    ]);
  });

  it('reads a first page of 20 without reading the other relationships (PROFILE)', async () => {
    const params = { keys: [{ key: 'k', id: HUB, direction: 'BOTH' as const }], offset: 0, limit: 20 };
    const r = await getDriver().executeQuery(
      `PROFILE ${queryText(entity.relationshipsPage, { type: 'PARTICIPATED_IN' })}`,
      queryParams(entity.relationshipsPage, params),
      { database: testDatabase() },
    );
    const expanded: number[] = [];
    const walk = (p: ProfiledPlan): void => {
      if (p.operatorType.startsWith('Expand')) expanded.push(Number(p.rows));
      p.children.forEach(walk);
    };
    walk(r.summary.profile as ProfiledPlan);
    // limit + 1 rows through the expands, not the hub's 200 relationships.
    expect(expanded.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(21);
    expect(r.records[0]!.get('total')).toBe(OUT + IN);
    expect(r.records[0]!.get('page')).toHaveLength(21);
  });

  it('refuses a relationship type outside the ontology before any query runs', async () => {
    const bad = `{ entity(id: "${HUB}") { relationships(type: "KNOWS") { totalCount } } }`;
    expect(await api.errorCode(bad)).toBe('BAD_USER_INPUT');
  });
});
