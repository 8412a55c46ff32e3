/**
 * The openCypher endpoint against the real seed graph, through a real HTTP server,
 * replaying the queries graph-explorer's openCypher connector sends (ported verbatim in
 * ./graph-explorer-connector.ts) and validating the answers with its own zod schema.
 */
import { Graph } from '../../src/db/driver';
import { defaultOpenCypherConfig, OpenCypherConfig } from '../../src/config';
import { runReadOnly } from '../../src/opencypher/execute';
import { OpenCypherError } from '../../src/opencypher/errors';
import { closeDriver, getDriver, graphCounts, testDatabase } from '../support/db';
import { startTestService, TestService } from '../support/service';
import {
  cypherEdgeSchema,
  cypherNodeSchema,
  cypherQueryResultSchema,
  edgeConnectionsTemplate,
  edgeDetailsTemplate,
  edgeLabelsTemplate,
  edgesSchemaTemplate,
  keywordSearchTemplate,
  neighborCountsTemplate,
  OCEdge,
  OCVertex,
  oneHopTemplate,
  propertyValueSchema,
  SEARCH_TOKENS,
  summaryResponseSchema,
  vertexDetailsTemplate,
  vertexLabelsTemplate,
  verticesSchemaTemplate,
  vertexTypeCountTemplate,
} from './graph-explorer-connector';

const OBRADOR = 'person:lopez-obrador';

let api: TestService;
let base: string;

const config = (over: Partial<OpenCypherConfig> = {}): OpenCypherConfig => ({
  ...defaultOpenCypherConfig('127.0.0.1'),
  ...over,
});

beforeAll(async () => {
  api = await startTestService(15_000, { openCypher: config({ enabled: true }) });
  base = api.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await api.stop();
  await closeDriver();
});

const db = async (cypher: string, params: Record<string, unknown> = {}): Promise<any[]> =>
  (await getDriver().executeQuery(cypher, params, { database: testDatabase() })).records.map((r) => r.toObject());

/** A JSON body, as the loosely typed value a test inspects. */
const json = async (res: Response): Promise<any> => res.json();

interface Answer {
  status: number;
  body: any;
  headers: Headers;
}

async function post(query: string, url = base, headers: Record<string, string> = {}): Promise<Answer> {
  const res = await fetch(`${url}/openCypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: JSON.parse(await res.text()), headers: res.headers };
}

/** A query graph-explorer sends: 200 and valid by its own result schema. */
async function results(query: string): Promise<Record<string, any>[]> {
  const answer = await post(query);
  if (answer.status !== 200) throw new Error(`${answer.status} ${JSON.stringify(answer.body)}\nfor:\n${query}`);
  const parsed = cypherQueryResultSchema.safeParse(answer.body);
  if (!parsed.success) throw new Error(`invalid by graph-explorer's schema: ${parsed.error.message}`);
  return answer.body.results;
}

/** Every property value is a scalar graph-explorer can type (string, number, boolean, null). */
function expectScalarProperties(entity: OCVertex | OCEdge): void {
  for (const [key, value] of Object.entries(entity['~properties'])) {
    if (!propertyValueSchema.safeParse(value).success) throw new Error(`${entity['~id']}.${key} is not a scalar`);
  }
}

function expectNode(value: unknown): OCVertex {
  const node = cypherNodeSchema.parse(value);
  expectScalarProperties(node);
  return node;
}

function expectEdge(value: unknown): OCEdge {
  const edge = cypherEdgeSchema.parse(value);
  expectScalarProperties(edge);
  return edge;
}

/** Each id names an entity the GraphQL API knows. */
async function expectResolvable(ids: string[]): Promise<void> {
  expect(ids.length).toBeGreaterThan(0);
  for (const id of new Set(ids)) {
    const { entity } = await api.data('query($id: ID!) { entity(id: $id) { id } }', { id });
    expect(entity.id).toBe(id);
  }
}

const entityIds = (nodes: OCVertex[]): string[] =>
  nodes.filter((n) => !n['~labels'].includes('Source')).map((n) => n['~id']);

describe('schema discovery (graph-explorer fetchSchema)', () => {
  it("GET /pg/statistics/summary and /summary answer Neptune's graph summary of what the endpoint shows", async () => {
    for (const path of ['/pg/statistics/summary?mode=basic', '/summary?mode=basic']) {
      const res = await fetch(base + path);
      expect(res.status).toBe(200);
      const summary = summaryResponseSchema.parse(await json(res)).payload.graphSummary;
      const [{ nodes }] = await db('MATCH (n) WHERE NOT n:Evidence RETURN count(n) AS nodes');
      const [{ edges }] = await db(
        'MATCH (a)-[r]->(b) WHERE NOT a:Evidence AND NOT b:Evidence RETURN count(r) AS edges',
      );
      expect(summary.numNodes).toBe(nodes);
      expect(summary.numEdges).toBe(edges);
      expect(summary.nodeLabels).toContain('Person');
      expect(summary.nodeLabels).not.toContain('Entity');
      expect(summary.nodeLabels).not.toContain('Evidence');
      expect(summary.edgeLabels).toContain('HOLDS_OFFICE');
      expect(summary.numNodeLabels).toBe(summary.nodeLabels.length);
      expect(summary.numEdgeLabels).toBe(summary.edgeLabels.length);
      expect(summary.nodeProperties).toContainEqual({ id: nodes });
    }
    const bad = await fetch(`${base}/summary?mode=detailed`);
    expect(bad.status).toBe(400);
    expect((await json(bad)).code).toBe('BadRequestException');
  });

  it('label counts (the fallback): one row per label set, specific label first, counts as in the graph', async () => {
    const rows = await results(vertexLabelsTemplate());
    // graph-explorer keeps label[0] of each row.
    const counts = Object.fromEntries(rows.map((r) => [r.label[0], r.count]));
    for (const row of rows) expect(row.label).not.toContain('Entity');
    const [{ people }] = await db('MATCH (n:Entity:Person) RETURN count(n) AS people');
    expect(counts.Person).toBe(people);
    const [{ sources }] = await db('MATCH (n:Source) RETURN count(n) AS sources');
    expect(counts.Source).toBe(sources);
  });

  it("edge type counts: every type, counted as graph-explorer's undirected pattern counts it (twice)", async () => {
    const rows = await results(edgeLabelsTemplate());
    const dbRows = await db('MATCH ()-[r]->() RETURN type(r) AS type, count(r) AS count');
    expect(Object.fromEntries(rows.map((r) => [r.label, r.count]))).toEqual(
      Object.fromEntries(dbRows.map((r) => [r.type, 2 * r.count])),
    );
  });

  it('one sample node per label and one sample edge per type, batched with UNION ALL', async () => {
    const summary = summaryResponseSchema.parse(await (await fetch(`${base}/pg/statistics/summary`)).json()).payload
      .graphSummary;
    const vertexRows = await results(verticesSchemaTemplate({ types: summary.nodeLabels }));
    expect(vertexRows.map((r) => expectNode(r.object)['~labels'][0])).toEqual(summary.nodeLabels);
    const edgeRows = await results(edgesSchemaTemplate({ types: summary.edgeLabels }));
    expect(edgeRows.map((r) => expectEdge(r.object)['~type'])).toEqual(summary.edgeLabels);
    // Lists (aliases) arrive flattened to JSON strings, dates as ISO strings.
    const person = vertexRows.find((r) => r.object['~labels'][0] === 'Person')!.object as OCVertex;
    expect(typeof person['~properties'].name).toBe('string');
    const [{ withDate }] = await db('MATCH (e:Entity:Event) WHERE e.date IS NOT NULL RETURN e.id AS withDate LIMIT 1');
    const [eventRow] = await results(vertexDetailsTemplate([withDate]));
    expect(eventRow!.vertex['~properties'].date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [obradorRow] = await results(vertexDetailsTemplate([OBRADOR]));
    expect(JSON.parse(obradorRow!.vertex['~properties'].aliases)).toContain('AMLO');
  });

  it('edge connections: source and target labels per edge type, without :Entity', async () => {
    const types = (await db('MATCH ()-[r]->() RETURN DISTINCT type(r) AS t')).map((r) => r.t as string);
    const rows = await results(edgeConnectionsTemplate({ types }));
    const connections = new Set(
      rows.flatMap((r) =>
        (r.sourceLabels as string[]).flatMap((s) => (r.targetLabels as string[]).map((t) => `${s}-${r.edgeType}-${t}`)),
      ),
    );
    expect(connections).toContain('Person-HOLDS_OFFICE-Office');
    for (const c of connections) expect(c).not.toMatch(/(^|-)Entity(-|$)/);
    expect(new Set(rows.map((r) => r.edgeType))).toEqual(new Set(types));
  });

  it('counts per label (fetchVertexCountsByType)', async () => {
    const [row] = await results(vertexTypeCountTemplate('Organization'));
    const [{ n }] = await db('MATCH (o:Organization) RETURN count(o) AS n');
    expect(row!.count).toBe(n);
  });
});

describe('keyword search', () => {
  it("by id, exact (the app's default): the node whose graph id it is", async () => {
    const rows = await results(
      keywordSearchTemplate({
        searchTerm: OBRADOR,
        searchByAttributes: [SEARCH_TOKENS.NODE_ID],
        exactMatch: true,
        limit: 10,
      }),
    );
    expect(rows.map((r) => expectNode(r.object)['~id'])).toEqual([OBRADOR]);
    expect(rows[0]!.object['~labels']).toEqual(['Person']);
  });

  it('by id, partial (toString(id(v)) CONTAINS …), and by name within one type', async () => {
    const byId = await results(
      keywordSearchTemplate({ searchTerm: 'obrador', searchByAttributes: [SEARCH_TOKENS.NODE_ID], exactMatch: false }),
    );
    const ids = byId.map((r) => expectNode(r.object)['~id']);
    expect(ids).toContain(OBRADOR);
    for (const id of ids) expect(id).toContain('obrador');
    await expectResolvable(ids);

    const byName = await results(
      keywordSearchTemplate({
        searchTerm: 'Obrador',
        vertexTypes: ['Person'],
        searchByAttributes: ['name', 'aliasText'],
        exactMatch: false,
        limit: 10,
      }),
    );
    expect(byName.map((r) => r.object['~id'])).toEqual([OBRADOR]);
  });

  it('over all types and all string properties (what "Obrador" in the search box sends), with paging', async () => {
    const request = {
      searchTerm: 'Obrador',
      searchByAttributes: [SEARCH_TOKENS.NODE_ID, 'name', 'aliasText', 'description', 'excerpt', 'date'],
      exactMatch: false,
    };
    const all = (await results(keywordSearchTemplate(request))).map((r) => expectNode(r.object));
    const [{ matches }] = await db(
      `MATCH (v) WHERE NOT v:Evidence AND (v.id CONTAINS 'Obrador' OR v.name CONTAINS 'Obrador' OR v.aliasText CONTAINS 'Obrador'
         OR v.description CONTAINS 'Obrador' OR v.excerpt CONTAINS 'Obrador') RETURN count(v) AS matches`,
    );
    expect(all.length).toBe(matches);
    expect(all.map((n) => n['~id'])).toContain(OBRADOR);
    await expectResolvable(entityIds(all));
    // Several types in the WHERE clause; SKIP/LIMIT pages.
    const typed = await results(keywordSearchTemplate({ ...request, vertexTypes: ['Person', 'Organization'] }));
    for (const r of typed) expect(['Person', 'Organization']).toContain(r.object['~labels'][0]);
    const page = await results(keywordSearchTemplate({ ...request, limit: 2, offset: 1 }));
    expect(page.length).toBe(2);
  });
});

describe('neighbours, details and neighbour counts', () => {
  it('one hop without a limit: every neighbour and every edge between them and the node', async () => {
    const [row] = await results(oneHopTemplate({ vertexId: OBRADOR }));
    const vertices = (row!.vObjects as unknown[]).map(expectNode);
    const edges = (row!.eObjects as unknown[]).map(expectEdge);
    const expected = await db('MATCH (:Entity {id: $id})--(n) RETURN DISTINCT n.id AS id', { id: OBRADOR });
    expect(new Set(vertices.map((v) => v['~id']))).toEqual(new Set(expected.map((r) => r.id)));
    const ids = new Set(vertices.map((v) => v['~id']));
    for (const e of edges) {
      expect([e['~start'], e['~end']]).toContain(OBRADOR);
      expect(ids.has(e['~start'] === OBRADOR ? e['~end'] : e['~start'])).toBe(true);
    }
    const [{ degree }] = await db('MATCH (:Entity {id: $id})-[r]-() RETURN count(r) AS degree', { id: OBRADOR });
    expect(edges.length).toBe(degree);
    await expectResolvable(entityIds(vertices));
  });

  it('one hop with a limit, a type filter, excluded vertices and an attribute filter', async () => {
    const [limited] = await results(oneHopTemplate({ vertexId: OBRADOR, limit: 3 }));
    expect(limited!.vObjects.length).toBe(3);
    const kept = new Set((limited!.vObjects as OCVertex[]).map((v) => v['~id']));
    for (const e of limited!.eObjects as OCEdge[]) expect(kept.has(e['~start']) || kept.has(e['~end'])).toBe(true);

    const [typed] = await results(oneHopTemplate({ vertexId: OBRADOR, filterByVertexTypes: ['Organization'] }));
    expect(typed!.vObjects.length).toBeGreaterThan(0);
    for (const v of typed!.vObjects as OCVertex[]) expect(v['~labels']).toEqual(['Organization']);

    const excluded = (typed!.vObjects as OCVertex[])[0]!['~id'];
    const [without] = await results(
      oneHopTemplate({
        vertexId: OBRADOR,
        filterByVertexTypes: ['Organization'],
        excludedVertices: new Set([excluded]),
      }),
    );
    expect((without!.vObjects as OCVertex[]).map((v) => v['~id'])).not.toContain(excluded);
    expect(without!.vObjects.length).toBe(typed!.vObjects.length - 1);

    const [named] = await results(
      oneHopTemplate({ vertexId: OBRADOR, attributeFilters: [{ name: 'name', value: 'party' }], limit: 10 }),
    );
    for (const v of named!.vObjects as OCVertex[]) expect(v['~properties'].name).toContain('party');
    expect(named!.vObjects.length).toBeGreaterThan(0);
  });

  it('fetches vertices and edges by id (ID(x) in [...]), the ids resolving through GraphQL', async () => {
    const [hop] = await results(oneHopTemplate({ vertexId: OBRADOR, limit: 5 }));
    const vertexIds = (hop!.vObjects as OCVertex[]).map((v) => v['~id']);
    const vertices = (await results(vertexDetailsTemplate([...vertexIds, 'person:no-such-person']))).map((r) =>
      expectNode(r.vertex),
    );
    expect(new Set(vertices.map((v) => v['~id']))).toEqual(new Set(vertexIds));
    await expectResolvable(entityIds(vertices));

    const edgeIds = (hop!.eObjects as OCEdge[]).map((e) => e['~id']);
    const edges = (await results(edgeDetailsTemplate(edgeIds))).map((r) => expectEdge(r.edge));
    // An undirected match finds each edge from both ends.
    expect(new Set(edges.map((e) => e['~id']))).toEqual(new Set(edgeIds));
    // The same relationships, by the same ids, through GraphQL.
    for (const type of new Set(edges.map((e) => e['~type']))) {
      const { entity } = await api.data(
        'query($id: ID!, $type: String!) { entity(id: $id) { relationships(type: $type, first: 100) { edges { node { id } } } } }',
        { id: OBRADOR, type },
      );
      const viaGraphql = new Set(entity.relationships.edges.map((e: { node: { id: string } }) => e.node.id));
      for (const e of edges.filter((x) => x['~type'] === type)) expect(viaGraphql.has(e['~id'])).toBe(true);
    }
  });

  it('neighbour counts per label (neighborCounts), per source id', async () => {
    const rows = await results(neighborCountsTemplate([OBRADOR, 'country:mx']));
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set([OBRADOR, 'country:mx']));
    for (const row of rows) {
      const total = (row.counts as { label: string[]; count: number }[]).reduce((n, c) => n + c.count, 0);
      const [{ neighbours }] = await db('MATCH (:Entity {id: $id})--(n) RETURN count(DISTINCT n) AS neighbours', {
        id: row.id,
      });
      expect(total).toBe(neighbours);
      for (const c of row.counts) expect(c.label).not.toContain('Entity');
    }
  });

  it("raw queries: the app's first look (MATCH (v) RETURN v AS object LIMIT 10), scalars, dates, lists, maps, paths", async () => {
    const rows = await results('MATCH (v) RETURN v AS object LIMIT 10');
    expect(rows.length).toBe(10);
    rows.forEach((r) => expectNode(r.object));
    const [row] = await results(
      `MATCH p = (a)-[r]->(b) WHERE id(a) = "${OBRADOR}"
       RETURN id(a), a.aliases AS aliases, date('2021-05-03') AS day, {n: 1, ok: true} AS map, p LIMIT 1`,
    );
    expect(row!['id(a)']).toBe(OBRADOR);
    expect(row!.aliases).toContain('AMLO');
    expect(row!.day).toBe('2021-05-03');
    expect(row!.map).toEqual({ n: 1, ok: true });
    const [start, rel, end] = row!.p as [OCVertex, OCEdge, OCVertex];
    expect(start['~id']).toBe(OBRADOR);
    expect(rel['~start']).toBe(OBRADOR);
    expect(rel['~end']).toBe(end['~id']);
  });
});

describe('read-only and bounded', () => {
  it('refuses a write with ReadOnlyViolationException, and nothing changes', async () => {
    const before = await graphCounts();
    for (const query of [
      "CREATE (n:Entity:Person {id: 'test:oc-write', name: 'x'}) RETURN n",
      "MERGE (n:Entity {id: 'test:oc-write'}) RETURN n",
      `MATCH (n) WHERE id(n) = "${OBRADOR}" SET n.name = 'changed'`,
      `MATCH (n) WHERE id(n) = "${OBRADOR}" DETACH DELETE n`,
      `MATCH (n) WHERE id(n) = "${OBRADOR}" REMOVE n:Person`,
      "MATCH (n) FOREACH (x IN [1] | CREATE (:Entity {id: 'test:oc-write'}))",
    ]) {
      const answer = await post(query);
      expect(answer.status).toBe(403);
      expect(answer.body).toEqual({
        requestId: expect.any(String),
        code: 'ReadOnlyViolationException',
        detailedMessage: expect.stringMatching(/read-only/),
      });
    }
    expect(await graphCounts()).toEqual(before);
    const [{ name }] = await db('MATCH (n:Entity {id: $id}) RETURN n.name AS name', { id: OBRADOR });
    expect(name).toBe('Andrés Manuel López Obrador');
  });

  it('the read transaction itself refuses a write that got past the check', async () => {
    const graph = new Graph(getDriver(), testDatabase(), 15_000);
    const error = await runReadOnly(graph, "CREATE (n:Entity {id: 'test:oc-tx-write'}) RETURN n", 10).catch((e) => e);
    expect(error).toBeInstanceOf(OpenCypherError);
    expect(error.code).toBe('ReadOnlyViolationException');
    expect(await db("MATCH (n {id: 'test:oc-tx-write'}) RETURN n")).toEqual([]);
  });

  it('refuses procedure calls, LOAD CSV and several statements', async () => {
    expect((await post('CALL db.labels()')).body.code).toBe('UnsupportedOperationException');
    expect((await post("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")).body.code).toBe(
      'UnsupportedOperationException',
    );
    expect((await post('SHOW TRANSACTIONS')).body.code).toBe('UnsupportedOperationException');
    const two = await post('MATCH (n) RETURN n LIMIT 1; MATCH (m) RETURN m LIMIT 1');
    expect(two.status).toBe(400);
    expect(two.body.code).toBe('BadRequestException');
  });

  it('stops a runaway query at the configured time limit', async () => {
    const slow = await startTestService(1000, { openCypher: config({ enabled: true }) });
    try {
      const started = Date.now();
      const answer = await post(
        'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n',
        slow.url.replace(/\/graphql$/, ''),
      );
      const elapsed = Date.now() - started;
      expect(answer.status).toBe(504);
      expect(answer.body.code).toBe('TimeLimitExceededException');
      expect(elapsed).toBeLessThan(15_000);
    } finally {
      await slow.stop();
    }
  });

  it('refuses an answer of more rows than the cap, and serves one within it', async () => {
    const capped = await startTestService(15_000, { openCypher: config({ enabled: true, maxRows: 5 }) });
    try {
      const url = capped.url.replace(/\/graphql$/, '');
      const over = await post('MATCH (v) RETURN v LIMIT 6', url);
      expect(over.status).toBe(400);
      expect(over.body.code).toBe('QueryLimitExceededException');
      expect(over.body.detailedMessage).toMatch(/more than 5 rows/);
      const within = await post('MATCH (v) RETURN v LIMIT 5', url);
      expect(within.status).toBe(200);
      expect(within.body.results).toHaveLength(5);
    } finally {
      await capped.stop();
    }
  });
});

describe('errors and transport', () => {
  it('answers a bad query with the error shape graph-explorer reads (code + detailedMessage)', async () => {
    const syntax = await post('MATCH (v RETURN v');
    expect(syntax.status).toBe(400);
    expect(syntax.body).toEqual({
      requestId: expect.any(String),
      code: 'MalformedQueryException',
      detailedMessage: expect.stringMatching(/line 1, column 10/),
    });
    const semantic = await post('MATCH (v) RETURN w');
    expect(semantic.body.code).toBe('MalformedQueryException');
    expect(semantic.body.detailedMessage).toMatch(/Variable `w` not defined/);
    const runtime = await post('RETURN 1 / 0 AS x');
    expect(runtime.status).toBe(400);
    expect(runtime.body.code).toBe('BadRequestException');
    for (const answer of [syntax, semantic, runtime]) {
      expect(JSON.stringify(answer.body)).not.toMatch(/\n\s+at |bolt:\/\/|coalesce\(|Evidence/);
    }
  });

  it("takes GET ?query=, a form body (graph-explorer's proxy) and JSON, and names a missing query", async () => {
    const q = `MATCH (v) WHERE id(v) = "${OBRADOR}" RETURN v.name AS name`;
    const viaGet = await fetch(`${base}/openCypher?query=${encodeURIComponent(q)}`);
    expect((await json(viaGet)).results).toEqual([{ name: 'Andrés Manuel López Obrador' }]);
    const viaForm = await fetch(`${base}/openCypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: `query=${encodeURIComponent(q)}`,
    });
    expect((await json(viaForm)).results).toEqual([{ name: 'Andrés Manuel López Obrador' }]);

    const missing = await fetch(`${base}/openCypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(missing.status).toBe(400);
    expect((await json(missing)).detailedMessage).toMatch(/No query/);
    const badJson = await fetch(`${base}/openCypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(badJson.status).toBe(400);
    expect((await json(badJson)).code).toBe('BadRequestException');
    const params = await fetch(`${base}/openCypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'RETURN $x', parameters: { x: 1 } }),
    });
    expect((await json(params)).detailedMessage).toMatch(/no parameters/);
  });

  it('sends CORS headers to configured origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${base}/openCypher`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    const allowed = await preflight('http://localhost:5173');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('content-type');
    expect((await preflight('https://elsewhere.example')).headers.get('access-control-allow-origin')).toBeNull();
    const answer = await post('RETURN 1 AS one', base, { origin: 'http://127.0.0.1:8080' });
    expect(answer.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:8080');
    const summary = await fetch(`${base}/summary`, { headers: { origin: 'http://localhost:3000' } });
    expect(summary.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
  });

  it('answers 404 NotFoundException on every route when switched off', async () => {
    const off = await startTestService(15_000, { openCypher: config({ enabled: false }) });
    try {
      const url = off.url.replace(/\/graphql$/, '');
      const answer = await post('RETURN 1', url);
      expect(answer.status).toBe(404);
      expect(answer.body.code).toBe('NotFoundException');
      expect((await fetch(`${url}/pg/statistics/summary`)).status).toBe(404);
    } finally {
      await off.stop();
    }
  });
});

describe('hidden labels', () => {
  const EVIDENCE = 'test:oc-evidence';
  beforeAll(async () => {
    await db("CREATE (:Evidence {id: $id, factId: $fact, excerpt: 'Obrador evidence record'})", {
      id: EVIDENCE,
      fact: OBRADOR,
    });
  });
  afterAll(async () => {
    await db('MATCH (e:Evidence {id: $id}) DETACH DELETE e', { id: EVIDENCE });
  });

  it('keeps :Evidence out of label counts, summaries, samples and searches, but serves it when asked by label', async () => {
    const labels = (await results(vertexLabelsTemplate())).map((r) => r.label[0]);
    expect(labels).not.toContain('Evidence');
    const summary = await json(await fetch(`${base}/summary`));
    expect(summary.payload.graphSummary.nodeLabels).not.toContain('Evidence');
    const search = await results(
      keywordSearchTemplate({ searchTerm: 'evidence record', searchByAttributes: ['excerpt'], exactMatch: false }),
    );
    expect(search).toEqual([]);
    const asked = await results('MATCH (e:Evidence) WHERE id(e) = "test:oc-evidence" RETURN e');
    expect(asked.map((r) => expectNode(r.e)['~labels'])).toEqual([['Evidence']]);
  });
});
