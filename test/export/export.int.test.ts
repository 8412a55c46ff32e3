/**
 * Exports over HTTP and from the CLI, checked against the database: files load in
 * networkx with the database's node and edge counts, CSV round-trips provenance
 * exactly, and mistakes get status codes that name the parameter.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../../src/config';
import { createDriver, Graph } from '../../src/db/driver';
import { freePort } from '../../src/db/local-server';
import { startService } from '../../src/server';
import { closeDriver, getDriver, testConfig, testDatabase, testEnv } from '../support/db';
import { pythonJson, requireVenv } from '../support/python';
import { startTestService, TestService } from '../support/service';

// Exports, networkx and tsx child processes take seconds each on a 2-core machine.
jest.setTimeout(180_000);

let service: TestService;
let base: string;
let dir: string;

/** Reads a node-link JSON or GraphML file with networkx; prints counts, node ids and edge keys. */
const NX_LOAD = `
import json, sys
import networkx as nx
kind, file = sys.argv[1], sys.argv[2]
if kind == "json":
    G = nx.node_link_graph(json.load(open(file, encoding="utf-8")), edges="links")
else:
    G = nx.read_graphml(file, force_multigraph=True)
print(json.dumps({
    "nodes": G.number_of_nodes(),
    "edges": G.number_of_edges(),
    "directed": G.is_directed(),
    "multigraph": G.is_multigraph(),
    "nodeIds": sorted(G.nodes),
    "edgeKeys": sorted(k for _, _, k in G.edges(keys=True)),
}))
`;

interface NxSummary {
  nodes: number;
  edges: number;
  directed: boolean;
  multigraph: boolean;
  nodeIds: string[];
  edgeKeys: string[];
}

async function download(
  file: string,
  query = '',
): Promise<{ status: number; path: string; text: string; type: string }> {
  const res = await fetch(`${base}/export/${file}${query}`);
  const text = await res.text();
  const out = path.join(dir, `${Math.random().toString(36).slice(2)}-${file}`);
  fs.writeFileSync(out, text, 'utf8');
  return { status: res.status, path: out, text, type: res.headers.get('content-type') ?? '' };
}

async function dbCounts(): Promise<{ nodes: number; links: number }> {
  const r = await getDriver().executeQuery(
    'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS links } RETURN nodes, links',
    {},
    { database: testDatabase() },
  );
  return { nodes: r.records[0]!.get('nodes') as number, links: r.records[0]!.get('links') as number };
}

beforeAll(async () => {
  requireVenv();
  service = await startTestService();
  base = service.url.replace(/\/graphql$/, '');
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-export-test-'));
});

afterAll(async () => {
  await service?.stop();
  await closeDriver();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('whole-graph exports load in networkx with the database counts', () => {
  it.each(['graph.graphml', 'graph.json'])('%s', async (file) => {
    const expected = await dbCounts();
    const res = await download(file);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(file.endsWith('json') ? /application\/json/ : /application\/graphml\+xml/);
    const g = await pythonJson<NxSummary>(NX_LOAD, file.endsWith('json') ? 'json' : 'graphml', res.path);
    expect(expected.nodes).toBeGreaterThan(100);
    expect({ nodes: g.nodes, edges: g.edges, directed: g.directed, multigraph: g.multigraph }).toEqual({
      nodes: expected.nodes,
      edges: expected.links,
      directed: true,
      multigraph: true,
    });
    const ids = await getDriver().executeQuery(
      'MATCH ()-[r]->() RETURN collect(r.id) AS ids',
      {},
      { database: testDatabase() },
    );
    expect(g.edgeKeys).toEqual([...(ids.records[0]!.get('ids') as string[])].sort());
  });

  it('GraphML declares typed keys (numbers stay numbers in networkx)', async () => {
    const res = await download('graph.graphml');
    expect(res.text).toMatch(/<key id="n\d+" for="node" attr.name="confidence" attr.type="double"\/>/);
    const types = await pythonJson<Record<string, string>>(
      `import json, sys, networkx as nx
G = nx.read_graphml(sys.argv[1], force_multigraph=True)
d = G.nodes["person:lopez-obrador"]
print(json.dumps({k: type(v).__name__ for k, v in d.items() if k in ("confidence", "name", "aliases")}))`,
      res.path,
    );
    expect(types).toEqual({ confidence: 'float', name: 'str', aliases: 'str' });
  });
});

describe('subgraph exports', () => {
  it('seed ids + depth: the induced neighbourhood, as networkx.ego_graph computes it from the whole graph', async () => {
    const whole = await download('graph.json');
    const sub = await download('graph.graphml', '?ids=country:mx&depth=2');
    expect(sub.status).toBe(200);
    const result = await pythonJson<{ ego: [number, number]; exported: [number, number]; same: boolean }>(
      `import json, sys, networkx as nx
G = nx.node_link_graph(json.load(open(sys.argv[1], encoding="utf-8")), edges="links")
ego = nx.ego_graph(G, "country:mx", radius=2, undirected=True)
S = nx.read_graphml(sys.argv[2], force_multigraph=True)
print(json.dumps({
  "ego": [ego.number_of_nodes(), ego.number_of_edges()],
  "exported": [S.number_of_nodes(), S.number_of_edges()],
  "same": set(ego.nodes) == set(S.nodes) and set(ego.edges(keys=True)) == set(S.edges(keys=True)),
}))`,
      whole.path,
      sub.path,
    );
    expect(result.exported).toEqual(result.ego);
    expect(result.same).toBe(true);
    expect(result.exported[0]).toBeGreaterThan(10);
  });

  it('depth counts hops in either direction: depth 1 is the seed and its direct neighbours', async () => {
    const r = await getDriver().executeQuery(
      'MATCH (s:Entity {id: $id}) OPTIONAL MATCH (s)--(n) RETURN count(DISTINCT n) + 1 AS nodes',
      { id: 'country:mx' },
      { database: testDatabase() },
    );
    const sub = await download('graph.json', '?ids=country:mx&depth=1');
    const g = await pythonJson<NxSummary>(NX_LOAD, 'json', sub.path);
    expect(g.nodes).toBe(r.records[0]!.get('nodes'));
  });

  it('a path query: exactly the nodes and relationships on the paths linkagePaths returns', async () => {
    const data = await service.data<{
      linkagePaths: { hops: { from: { id: string }; to: { id: string }; relationship: { id: string } }[] }[];
    }>(
      `{ linkagePaths(from: "country:us", to: "person:lopez-obrador", k: 4, maxHops: 4) {
          hops { from { id } to { id } relationship { id } } } }`,
    );
    const nodeIds = new Set<string>();
    const edgeKeys = new Set<string>();
    for (const p of data.linkagePaths) {
      for (const h of p.hops) {
        nodeIds.add(h.from.id).add(h.to.id);
        edgeKeys.add(h.relationship.id);
      }
    }
    expect(data.linkagePaths.length).toBeGreaterThan(0);
    for (const file of ['graph.json', 'graph.graphml']) {
      const res = await download(file, '?from=country:us&to=person:lopez-obrador&k=4&maxHops=4');
      const g = await pythonJson<NxSummary>(NX_LOAD, file.endsWith('json') ? 'json' : 'graphml', res.path);
      expect(g.nodeIds).toEqual([...nodeIds].sort());
      expect(g.edgeKeys).toEqual([...edgeKeys].sort());
    }
  });
});

describe('CSV round-trips provenance exactly', () => {
  const PROVENANCE = ['sourceId', 'excerpt', 'attribution', 'attributedTo', 'confidence', 'status'] as const;
  // Everything a naive writer gets wrong: delimiters, quotes, both line ends, markup, non-ASCII.
  const NASTY = 'Comma, "quoted" and \'single\'; <b>&amp;</b>\r\nCRLF line\nLF line — López Obrador, 中文, emoji 😀 ,';

  beforeAll(async () => {
    await getDriver().executeQuery(
      `MERGE (a:Entity:Person {id: 'test:export-a'})
       SET a.name = 'Test, "A"', a.excerpt = $nasty, a.sourceId = 'source:wapo-2021-05-03-mexico-leverage',
           a.attribution = 'named-person', a.attributedTo = 'Someone, "quoted"', a.confidence = 0.75, a.status = 'alleged',
           a.aliases = ['x, y', 'z "q"'], a.date = date('2021-05-03')
       MERGE (b:Entity:Person {id: 'test:export-b'}) SET b.name = 'Test B'
       MERGE (a)-[r:AFFILIATED_WITH {id: 'test:affiliated|a|b'}]->(b)
       SET r.excerpt = $nasty, r.sourceId = 'source:wapo-2021-05-03-mexico-leverage', r.attribution = 'reporting',
           r.attributedTo = 'org:washington-post', r.confidence = 0.5, r.status = 'reported'`,
      { nasty: NASTY },
      { database: testDatabase() },
    );
  });

  afterAll(async () => {
    await getDriver().executeQuery(
      "MATCH (n:Entity) WHERE n.id STARTS WITH 'test:export-' DETACH DELETE n",
      {},
      {
        database: testDatabase(),
      },
    );
  });

  const parseCsv = (text: string): Record<string, string>[] => parse(text, { columns: true, relax_quotes: false });

  it('edges.csv of the whole graph: every relationship, every provenance column as stored', async () => {
    const res = await download('edges.csv');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/text\/csv/);
    const rows = parseCsv(res.text);
    const db = await getDriver().executeQuery(
      'MATCH (a)-[r]->(b) RETURN r.id AS id, type(r) AS type, a.id AS source, b.id AS target, properties(r) AS props',
      {},
      { database: testDatabase() },
    );
    expect(rows.length).toBe(db.records.length);
    const byId = new Map(rows.map((r) => [r.id!, r]));
    for (const rec of db.records) {
      const row = byId.get(rec.get('id'));
      const props = rec.get('props') as Record<string, unknown>;
      expect(row).toBeDefined();
      expect([row!.source, row!.target, row!.label]).toEqual([rec.get('source'), rec.get('target'), rec.get('type')]);
      for (const col of PROVENANCE)
        expect([col, row![col]]).toEqual([col, props[col] === undefined ? '' : String(props[col])]);
    }
    const nasty = byId.get('test:affiliated|a|b')!;
    expect(nasty.excerpt).toBe(NASTY);
    expect(Number(nasty.confidence)).toBe(0.5);
  });

  it('nodes.csv of a subgraph: provenance, lists as JSON, dates as ISO', async () => {
    const res = await download('nodes.csv', '?ids=test:export-a&depth=1');
    const rows = parseCsv(res.text);
    expect(rows.map((r) => r.id).sort()).toEqual(['test:export-a', 'test:export-b']);
    const a = rows.find((r) => r.id === 'test:export-a')!;
    expect(Object.keys(a).slice(0, 9)).toEqual(['id', 'label', 'labels', ...PROVENANCE]);
    expect(a).toMatchObject({
      label: 'Test, "A"',
      labels: 'Entity;Person',
      sourceId: 'source:wapo-2021-05-03-mexico-leverage',
      excerpt: NASTY,
      attribution: 'named-person',
      attributedTo: 'Someone, "quoted"',
      confidence: '0.75',
      status: 'alleged',
      date: '2021-05-03',
    });
    expect(JSON.parse(a.aliases!)).toEqual(['x, y', 'z "q"']);
    // The second node has no provenance: the columns are there, empty.
    expect(rows.find((r) => r.id === 'test:export-b')!.excerpt).toBe('');
  });

  it('GraphML and node-link JSON carry the same text through XML and JSON escaping', async () => {
    const xmlSafe = NASTY.replace(/\r\n?/g, '\n'); // XML parsers normalise line ends, by the XML spec
    for (const [file, expected] of [
      ['graph.graphml', xmlSafe],
      ['graph.json', NASTY],
    ] as const) {
      const res = await download(file, '?ids=test:export-a&depth=1');
      const got = await pythonJson<{ node: string; edge: string }>(
        `import json, sys, networkx as nx
G = nx.node_link_graph(json.load(open(sys.argv[2], encoding="utf-8")), edges="links") if sys.argv[1] == "json" else nx.read_graphml(sys.argv[2], force_multigraph=True)
print(json.dumps({"node": G.nodes["test:export-a"]["excerpt"], "edge": G.edges["test:export-a", "test:export-b", "test:affiliated|a|b"]["excerpt"]}))`,
        file.endsWith('json') ? 'json' : 'graphml',
        res.path,
      );
      expect(got).toEqual({ node: expected, edge: expected });
    }
  });
});

describe('mistakes get a status, a code and the parameter', () => {
  it.each([
    ['?depth=2', 400, 'BAD_USER_INPUT', 'depth'],
    ['?ids=country:mx&depth=4', 400, 'BAD_USER_INPUT', 'depth'],
    ['?ids=country:mx&depth=two', 400, 'BAD_USER_INPUT', 'depth'],
    ['?ids=country:mx&from=country:us', 400, 'BAD_USER_INPUT', 'from'],
    ['?from=country:us', 400, 'BAD_USER_INPUT', 'to'],
    ['?from=country:us&to=country:mx&k=0', 400, 'BAD_USER_INPUT', 'k'],
    ['?from=country:us&to=country:mx&maxHops=7', 400, 'BAD_USER_INPUT', 'maxHops'],
    ['?from=country:us&to=country:us', 400, 'BAD_USER_INPUT', 'to'],
    ['?k=3', 400, 'BAD_USER_INPUT', 'k'],
    ['?idz=country:mx', 400, 'BAD_USER_INPUT', 'idz'],
    ['?ids=', 400, 'BAD_USER_INPUT', 'ids'],
    ['?ids=test:no-such-entity', 404, 'NOT_FOUND', undefined],
    ['?from=country:us&to=test:no-such-entity', 404, 'NOT_FOUND', undefined],
  ])('GET /export/graph.json%s -> %i %s', async (query, status, code, parameter) => {
    const res = await fetch(`${base}/export/graph.json${query}`);
    const text = await res.text();
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = JSON.parse(text);
    expect(body.error.code).toBe(code);
    expect(body.error.parameter).toBe(parameter);
    expect(body.error.message).toEqual(expect.any(String));
    if (parameter) expect(body.error.message).toContain(parameter);
    if (status === 404) expect(body.error.message).toContain('test:no-such-entity');
    expect(text).not.toMatch(/\n\s+at |MATCH \(|bolt:\/\//);
  });

  it('an unknown export file is a 404 that lists the available ones', async () => {
    const res = await fetch(`${base}/export/graph.xlsx`);
    expect(res.status).toBe(404);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('NOT_FOUND');
    expect(body.error.message).toContain('graph.graphml');
  });

  it('a database that is down is a 503 DATABASE_UNAVAILABLE', async () => {
    const config = testConfig();
    const driver = createDriver(config, `bolt://127.0.0.1:${await freePort()}`);
    const down = await startService(new Graph(driver, config.neo4j.database, 2000), 0, '127.0.0.1');
    try {
      const res = await fetch(down.url.replace(/\/graphql$/, '/export/graph.graphml'));
      const text = await res.text();
      expect(res.status).toBe(503);
      expect(JSON.parse(text).error.code).toBe('DATABASE_UNAVAILABLE');
      expect(text).not.toMatch(/\n\s+at |bolt:\/\//);
    } finally {
      await down.stop();
      await driver.close();
    }
  });
});

describe('npm run export (CLI)', () => {
  const TSX = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx');
  const cli = (args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> =>
    new Promise((resolve, reject) => {
      const child = spawn(TSX, ['src/cli/export.ts', ...args], { cwd: PROJECT_ROOT, env: testEnv() });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => (stdout += d));
      child.stderr.on('data', (d: Buffer) => (stderr += d));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
    });

  it('writes GraphML of the whole graph that networkx loads with the database counts, and exits 0', async () => {
    const out = path.join(dir, 'cli', 'graph.graphml');
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const r = await cli(['--format', 'graphml', '--out', out]);
    expect(r.stderr).toMatch(/Exported \d+ nodes and \d+ relationships \(the whole graph\)/);
    expect(r.code).toBe(0);
    const g = await pythonJson<NxSummary>(NX_LOAD, 'graphml', out);
    const expected = await dbCounts();
    expect([g.nodes, g.edges]).toEqual([expected.nodes, expected.links]);
    expect(fs.existsSync(`${out}.partial`)).toBe(false);
  });

  it('writes nodes.csv and edges.csv of a path subgraph into a directory', async () => {
    const out = path.join(dir, 'cli-csv');
    const r = await cli([
      '--format',
      'csv',
      '--from',
      'country:us',
      '--to',
      'person:lopez-obrador',
      '--k',
      '2',
      '--out',
      out,
    ]);
    expect(r.code).toBe(0);
    const nodes: { id: string }[] = parse(fs.readFileSync(path.join(out, 'nodes.csv'), 'utf8'), { columns: true });
    const edges = parse(fs.readFileSync(path.join(out, 'edges.csv'), 'utf8'), { columns: true });
    expect(nodes.map((n: { id: string }) => n.id)).toEqual(
      expect.arrayContaining(['country:us', 'person:lopez-obrador']),
    );
    expect(edges.length).toBeGreaterThan(0);
  });

  it.each([
    [['--format', 'graphml', '--ids', 'country:mx', '--depth', '9'], /--depth must be a whole number from 1 to 3/],
    [['--format', 'xml'], /argument 'xml' is invalid/],
    [['--ids', 'country:mx'], /required option '-f, --format <format>'/],
    [['--format', 'csv'], /give a directory with --out/],
    [['--format', 'json', '--k', '3'], /--k applies to path exports/],
  ])('exits 2 with a clear message on bad flags: %j', async (args, message) => {
    const r = await cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/--help/);
  });

  it('exits 1 naming an unknown id, leaving no file behind', async () => {
    const out = path.join(dir, 'missing.json');
    const r = await cli(['--format', 'json', '--ids', 'test:no-such-entity', '--out', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('No entity with id "test:no-such-entity"');
    expect(fs.existsSync(out)).toBe(false);
  });
});
