/**
 * Exports over HTTP and from the CLI, checked against the database: files load in
 * networkx with the database's node and edge counts (facts, never evidence
 * records), every element carries its evidence summary and records, evidence.csv
 * holds exactly the database's records for the selection, text round-trips
 * byte-exact, and mistakes get status codes that name the parameter.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { createDriver, Graph } from '../../src/db/driver';
import { freePort } from '../../src/db/local-server';
import { EVIDENCE_BATCH } from '../../src/export/evidence';
import { writeEvidenceCsv } from '../../src/export/formats';
import { EVIDENCE_FIELDS } from '../../src/export/properties';
import { openExport } from '../../src/export/reader';
import { startService } from '../../src/server';
import { closeDriver, getDriver, refreshSummaries, testConfig, testDatabase } from '../support/db';
import { pythonJson, requireVenv } from '../support/python';
import { startTestService, TestService } from '../support/service';
import { CliResult, runCli } from '../support/cli';

// Exports, networkx and tsx child processes take seconds each on a 2-core machine.
jest.setTimeout(180_000);

let service: TestService;
let base: string;
let dir: string;

/**
 * Reads a node-link JSON or GraphML file with networkx; prints counts, node ids, edge
 * keys, how many nodes are labelled Evidence, and the evidence record ids on all elements.
 */
const NX_LOAD = `
import json, sys
import networkx as nx
kind, file = sys.argv[1], sys.argv[2]
if kind == "json":
    G = nx.node_link_graph(json.load(open(file, encoding="utf-8")), edges="links")
    records = lambda d: d["evidence"]
    labels = lambda d: d["labels"]
else:
    G = nx.read_graphml(file, force_multigraph=True)
    records = lambda d: json.loads(d["evidence"])
    labels = lambda d: d["labels"].split(";")
print(json.dumps({
    "nodes": G.number_of_nodes(),
    "edges": G.number_of_edges(),
    "directed": G.is_directed(),
    "multigraph": G.is_multigraph(),
    "nodeIds": sorted(G.nodes),
    "edgeKeys": sorted(k for _, _, k in G.edges(keys=True)),
    "evidenceNodes": sum(1 for _, d in G.nodes(data=True) if "Evidence" in labels(d)),
    "evidenceIds": sorted([r["id"] for _, d in G.nodes(data=True) for r in records(d)]
                          + [r["id"] for _, _, d in G.edges(data=True) for r in records(d)]),
}))
`;

interface NxSummary {
  nodes: number;
  edges: number;
  directed: boolean;
  multigraph: boolean;
  nodeIds: string[];
  edgeKeys: string[];
  evidenceNodes: number;
  evidenceIds: string[];
}

/** The evidence summary columns, right after the structural ones in nodes.csv and edges.csv. */
const SUMMARY = ['sourceCount', 'evidenceCount', 'confidence', 'disputed', 'attributions', 'statuses'] as const;

/** A stored value as a CSV cell: absent is empty, lists are JSON, dates and times ISO 8601. */
const cell = (v: unknown): string =>
  v === undefined || v === null ? '' : Array.isArray(v) ? JSON.stringify(v) : String(v);

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

/** Graph nodes (never :Evidence records), relationships, and the ids of the active evidence records. */
async function dbCounts(): Promise<{ nodes: number; links: number; evidenceIds: string[] }> {
  const r = await getDriver().executeQuery(
    `CALL () { MATCH (n) WHERE NOT n:Evidence RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS links }
     CALL () { MATCH (e:Evidence) WHERE e.retractedAt IS NULL RETURN collect(e.id) AS evidenceIds }
     RETURN nodes, links, evidenceIds`,
    {},
    { database: testDatabase() },
  );
  const row = r.records[0]!;
  return {
    nodes: row.get('nodes') as number,
    links: row.get('links') as number,
    evidenceIds: [...(row.get('evidenceIds') as string[])].sort(),
  };
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
    // Evidence records are never graph nodes: they ride on their facts, every one of them.
    expect(g.evidenceNodes).toBe(0);
    expect(g.evidenceIds).toEqual(expected.evidenceIds);
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

describe('evidence: summaries on every element, records in evidence.csv, JSON and GraphML', () => {
  // Everything a naive writer gets wrong: delimiters, quotes, both line ends, markup, non-ASCII.
  const NASTY = 'Comma, "quoted" and \'single\'; <b>&amp;</b>\r\nCRLF line\nLF line — López Obrador, 中文, emoji 😀 ,';
  const SOURCE_1 = 'test:source-export-1';
  const SOURCE_2 = 'test:source-export-2';
  const REL = 'test:export-affiliated|a|b';
  const SUBGRAPH = '?ids=test:export-a&depth=1';

  beforeAll(async () => {
    const fixture = fs.readFileSync(path.join(__dirname, 'two-sources.cypher'), 'utf8');
    const written = await getDriver().executeQuery(fixture, { nasty: NASTY }, { database: testDatabase() });
    expect(written.records[0]!.get('evidence')).toBe(3);
    const refreshed = await refreshSummaries([
      { id: 'test:export-a', from: null, to: null },
      { id: REL, from: 'test:export-a', to: 'test:export-b' },
    ]);
    expect(refreshed.sort()).toEqual(['test:export-a', REL]);
  });

  afterAll(async () => {
    await getDriver().executeQuery(
      `MATCH (n) WHERE (n:Entity OR n:Source OR n:Evidence)
         AND (n.id STARTS WITH 'test:export-' OR n.id STARTS WITH 'test:source-export-')
       DETACH DELETE n`,
      {},
      { database: testDatabase() },
    );
  });

  const parseCsv = (text: string): Record<string, string>[] => parse(text, { columns: true, relax_quotes: false });

  it('edges.csv of the whole graph: every relationship, with its evidence summary as stored', async () => {
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
    expect(Object.keys(rows[0]!).slice(0, 10)).toEqual(['id', 'source', 'target', 'label', ...SUMMARY]);
    const byId = new Map(rows.map((r) => [r.id!, r]));
    let summarised = 0;
    for (const rec of db.records) {
      const row = byId.get(rec.get('id'));
      const props = rec.get('props') as Record<string, unknown>;
      expect(row).toBeDefined();
      expect([row!.source, row!.target, row!.label]).toEqual([rec.get('source'), rec.get('target'), rec.get('type')]);
      for (const col of SUMMARY) expect([col, row![col]]).toEqual([col, cell(props[col])]);
      if (props.sourceCount !== undefined) summarised++;
    }
    // Nearly every relationship is a sourced fact (PUBLISHED_BY, source metadata, is the exception).
    expect(summarised).toBeGreaterThan(db.records.length * 0.9);
    expect(byId.get(REL)).toMatchObject({
      sourceCount: '2',
      evidenceCount: '2',
      disputed: 'true',
      // Noisy-OR support 0.5, dispute 0.6: 0.5 × (1 − 0.6).
      confidence: '0.2',
      attributions: '["reporting","unnamed-officials"]',
      statuses: '["denied","reported"]',
    });
  });

  it('nodes.csv of a subgraph: summary columns first, lists as JSON, dates as ISO, no evidence nodes', async () => {
    const res = await download('nodes.csv', SUBGRAPH);
    const rows = parseCsv(res.text);
    expect(rows.map((r) => r.id).sort()).toEqual(['test:export-a', 'test:export-b']);
    const a = rows.find((r) => r.id === 'test:export-a')!;
    expect(Object.keys(a).slice(0, 9)).toEqual(['id', 'label', 'labels', ...SUMMARY]);
    expect(a).toMatchObject({
      label: 'Test, "A"',
      labels: 'Entity;Person',
      sourceCount: '1',
      evidenceCount: '1',
      confidence: '0.75',
      disputed: 'false',
      attributions: '["named-person"]',
      statuses: '["alleged"]',
      date: '2021-05-03',
    });
    expect(JSON.parse(a.aliases!)).toEqual(['x, y', 'z "q"']);
    // Provenance is no longer a property of facts.
    for (const gone of ['sourceId', 'excerpt', 'attribution', 'attributedTo', 'status'])
      expect(a).not.toHaveProperty(gone);
    // The second node has no evidence: the summary columns are there, empty.
    expect(rows.find((r) => r.id === 'test:export-b')!.sourceCount).toBe('');
  });

  it('evidence.csv of a subgraph: both sources of the disputed fact, every field as stored, text byte-exact', async () => {
    const res = await download('evidence.csv', SUBGRAPH);
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/text\/csv/);
    const rows = parseCsv(res.text);
    expect(Object.keys(rows[0]!)).toEqual([...EVIDENCE_FIELDS]);
    const db = await getDriver().executeQuery(
      `MATCH (e:Evidence) WHERE e.factId IN ['test:export-a', 'test:export-b', $rel] RETURN properties(e) AS e`,
      { rel: REL },
      { database: testDatabase() },
    );
    expect(rows.map((r) => r.id).sort()).toEqual(db.records.map((r) => (r.get('e') as { id: string }).id).sort());
    for (const rec of db.records) {
      const stored = rec.get('e') as Record<string, unknown>;
      const row = rows.find((r) => r.id === stored.id)!;
      for (const field of EVIDENCE_FIELDS) expect([field, row[field]]).toEqual([field, cell(stored[field])]);
    }
    const onRel = rows.filter((r) => r.factId === REL);
    expect(onRel.map((r) => [r.sourceId, r.stance, r.factKind])).toEqual([
      [SOURCE_1, 'supports', 'relationship'],
      [SOURCE_2, 'disputes', 'relationship'],
    ]);
    expect(onRel[0]!.excerpt).toBe(NASTY);
    expect(onRel[1]!.note).toBe(NASTY);
    expect(rows.find((r) => r.factId === 'test:export-a')!.excerpt).toBe(NASTY);
  });

  it('evidence.csv of the whole graph: exactly the database records of its facts', async () => {
    const res = await download('evidence.csv');
    const rows = parseCsv(res.text);
    const db = await getDriver().executeQuery(
      `CALL () { MATCH (n) WHERE NOT n:Evidence RETURN collect(n.id) AS nodeIds }
       CALL () { MATCH ()-[r]->() RETURN collect(r.id) AS linkIds }
       MATCH (e:Evidence) WHERE e.retractedAt IS NULL AND (e.factId IN nodeIds OR e.factId IN linkIds)
       RETURN collect(e.id) AS ids`,
      {},
      { database: testDatabase() },
    );
    const expected = [...(db.records[0]!.get('ids') as string[])].sort();
    expect(expected.length).toBeGreaterThan(500);
    expect(rows.map((r) => r.id).sort()).toEqual(expected);
  });

  it('node-link JSON and GraphML: every node and link carries its records, text exact, disputed flagged', async () => {
    for (const file of ['graph.json', 'graph.graphml']) {
      const res = await download(file, SUBGRAPH);
      const got = await pythonJson<{
        node: { excerpts: string[]; sources: string[] };
        edge: { excerpts: string[]; notes: (string | null)[]; sources: string[]; stances: string[]; disputed: unknown };
        bEvidence: unknown[];
      }>(
        `import json, sys, networkx as nx
kind, file = sys.argv[1], sys.argv[2]
G = nx.node_link_graph(json.load(open(file, encoding="utf-8")), edges="links") if kind == "json" else nx.read_graphml(file, force_multigraph=True)
records = lambda d: d["evidence"] if kind == "json" else json.loads(d["evidence"])
a = records(G.nodes["test:export-a"])
e = G.edges["test:export-a", "test:export-b", "${REL}"]
print(json.dumps({
  "node": {"excerpts": [r["excerpt"] for r in a], "sources": [r["sourceId"] for r in a]},
  "edge": {"excerpts": [r["excerpt"] for r in records(e)], "notes": [r.get("note") for r in records(e)],
           "sources": [r["sourceId"] for r in records(e)], "stances": [r["stance"] for r in records(e)],
           "disputed": e["disputed"]},
  "bEvidence": records(G.nodes["test:export-b"]),
}))`,
        file.endsWith('json') ? 'json' : 'graphml',
        res.path,
      );
      // GraphML holds the records as a JSON string, so even CR/LF survive the XML parser's line-end rule.
      expect([file, got]).toEqual([
        file,
        {
          node: { excerpts: [NASTY], sources: [SOURCE_1] },
          edge: {
            excerpts: [NASTY, 'Officials said, "they never worked together."'],
            notes: [null, NASTY],
            sources: [SOURCE_1, SOURCE_2],
            stances: ['supports', 'disputes'],
            disputed: true,
          },
          bEvidence: [],
        },
      ]);
    }
  });

  it('evidence is read in batches over fact ids, inside the export transaction', async () => {
    const graph = new Graph(getDriver(), testDatabase(), 30_000);
    const exp = await openExport(graph, { kind: 'all' });
    const batches: number[] = [];
    const read = exp.evidence.bind(exp);
    exp.evidence = (ids) => {
      batches.push(ids.length);
      return read(ids);
    };
    let text = '';
    try {
      await writeEvidenceCsv(exp, { write: async (chunk) => void (text += chunk) });
    } finally {
      await exp.close();
    }
    const { nodes, links } = exp.summary;
    const perBatch = (n: number): number[] =>
      Array.from({ length: Math.ceil(n / EVIDENCE_BATCH) }, (_, i) => Math.min(EVIDENCE_BATCH, n - i * EVIDENCE_BATCH));
    expect(batches).toEqual([...perBatch(nodes), ...perBatch(links)]);
    expect(parseCsv(text).length).toBeGreaterThan(500);
  });
});

describe('names in selections', () => {
  it('seeds and path ends given by name export exactly what their ids do', async () => {
    const get = async (q: string) => {
      const res = await fetch(`${base}/export/graph.json${q}`);
      expect(res.status).toBe(200);
      // The selection's description repeats what was asked; the elements must be the same.
      const { nodes, links } = JSON.parse(await res.text()) as { nodes: unknown[]; links: unknown[] };
      expect(nodes.length).toBeGreaterThan(1);
      return { nodes, links };
    };
    expect(await get('?ids=Mexico,AMLO&depth=1')).toEqual(await get('?ids=country:mx,person:lopez-obrador&depth=1'));
    expect(await get('?from=USA&to=Lopez%20Obrador&k=2')).toEqual(
      await get('?from=country:us&to=person:lopez-obrador&k=2'),
    );
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
    ['?ids=test:no-such-entity', 404, 'NOT_FOUND', 'ids'],
    ['?from=country:us&to=test:no-such-entity', 404, 'NOT_FOUND', 'to'],
    ['?ids=Obrador', 400, 'BAD_USER_INPUT', 'ids'],
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
    if (query === '?ids=Obrador')
      expect(body.error.candidates.map((c: { id: string }) => c.id)).toContain('person:lopez-obrador');
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
  const cli = (args: string[]): Promise<CliResult> => runCli('src/cli/export.ts', args);

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

  it('writes nodes.csv, edges.csv and evidence.csv of a path subgraph into a directory', async () => {
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
    const read = (file: string): { id: string; factId: string }[] =>
      parse(fs.readFileSync(path.join(out, file), 'utf8'), { columns: true });
    const nodes = read('nodes.csv');
    const edges = read('edges.csv');
    const evidence = read('evidence.csv');
    expect(nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['country:us', 'person:lopez-obrador']));
    expect(edges.length).toBeGreaterThan(0);
    // evidence.csv: exactly the database's records of the exported nodes and relationships.
    const db = await getDriver().executeQuery(
      'MATCH (e:Evidence) WHERE e.factId IN $ids AND e.retractedAt IS NULL RETURN collect(e.id) AS ids',
      { ids: [...nodes, ...edges].map((e) => e.id) },
      { database: testDatabase() },
    );
    const expected = [...(db.records[0]!.get('ids') as string[])].sort();
    expect(expected.length).toBeGreaterThanOrEqual(nodes.length + edges.length);
    expect(evidence.map((e) => e.id).sort()).toEqual(expected);
    expect(r.stderr).toContain(path.join(out, 'evidence.csv'));
  });

  it.each([
    [['--format', 'graphml', '--ids', 'country:mx', '--depth', '9'], /--depth must be a whole number from 1 to 3/],
    [['--format', 'xml'], /argument 'xml' is invalid/],
    [['--ids', 'country:mx'], /required option '-f, --format <format>'/],
    [['--format', 'csv'], /writes three files \(nodes.csv, edges.csv, evidence.csv\): give a directory with --out/],
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
    expect(r.stderr).toContain('no entity has the id or name "test:no-such-entity"');
    expect(fs.existsSync(out)).toBe(false);
  });
});
