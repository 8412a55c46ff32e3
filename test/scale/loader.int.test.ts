/**
 * The bulk loader CLI (npm run load) against its OWN throwaway Neo4j, never the shared
 * seeded test database: a small synthetic corpus is loaded, the loader is SIGKILLed
 * mid-load, rerun, and must end with exactly the generator's counts; a third, full rerun
 * must create nothing. Bad input must stop the load with an error naming file:line and
 * leave nothing of its batch behind.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { startThrowawayNeo4j, Throwaway } from '../../bench/scale/throwaway-neo4j';
import { PROJECT_ROOT } from '../../src/config';
import { generateCorpus, Manifest } from '../../src/corpus/generate';
import type { LoadSummary } from '../../src/corpus/loader';
import { readScriptFolder } from '../../src/db/cypher-files';

let db: Throwaway;
let driver: Driver;
let work: string;
let corpus: string;
let manifest: Manifest;

function loaderEnv(): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NEO4J_URI: db.uri,
    NEO4J_USER: db.user,
    NEO4J_PASSWORD: db.password,
    NEO4J_DATABASE: 'neo4j',
  };
}

// `node --import tsx` runs the CLI in this one process, so a SIGKILL hits the loader itself
// (npx and the tsx binary would put a parent process in between).
const loaderArgs = (args: string[]): string[] => [
  '--import',
  'tsx',
  path.join(PROJECT_ROOT, 'src/cli/load.ts'),
  ...args,
];

function runLoader(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, loaderArgs(args), {
    cwd: PROJECT_ROOT,
    env: loaderEnv(),
    encoding: 'utf8',
    timeout: 300_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function summaryOf(stdout: string): LoadSummary {
  const line = stdout.split('\n').find((l) => l.startsWith('LOAD-SUMMARY '));
  if (!line) throw new Error(`no LOAD-SUMMARY line in the loader's output:\n${stdout}`);
  return JSON.parse(line.slice('LOAD-SUMMARY '.length)) as LoadSummary;
}

async function counts(): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const n = await driver.executeQuery('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  for (const r of n.records) nodes[r.get('l') as string] = r.get('c') as number;
  const rel = await driver.executeQuery('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
  for (const r of rel.records) relationships[r.get('t') as string] = r.get('c') as number;
  return { nodes, relationships };
}

/** The manifest's counts as the database should show them: every non-Source node is also :Entity. */
function expectedCounts(m: Manifest): { nodes: Record<string, number>; relationships: Record<string, number> } {
  const nodes: Record<string, number> = { ...m.counts.nodes };
  nodes.Entity = Object.entries(m.counts.nodes)
    .filter(([label]) => label !== 'Source')
    .reduce((s, [, c]) => s + c, 0);
  return { nodes: sortKeys(nodes), relationships: sortKeys(m.counts.relationships) };
}

const sortKeys = (o: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));

function readCheckpoint(): { files: Record<string, { lines: number; done: boolean }> } | undefined {
  try {
    return JSON.parse(fs.readFileSync(path.join(corpus, '.load-checkpoint.json'), 'utf8'));
  } catch {
    return undefined; // not written yet, or caught mid-rename
  }
}

/** A fingerprint of every derived time bound, to compare with what 900_time_bounds.cypher derives. */
async function timeBoundsFingerprint(): Promise<string> {
  const r = await driver.executeQuery(`
    CALL { MATCH (n) RETURN n UNION ALL MATCH ()-[n]->() RETURN n }
    WITH n WHERE n.timeStart IS NOT NULL OR n.timeEnd IS NOT NULL
    WITH n, n.timeStart.year * 372 + n.timeStart.month * 31 + n.timeStart.day AS s,
            n.timeEnd.year * 372 + n.timeEnd.month * 31 + n.timeEnd.day AS e
    RETURN count(*) AS elements, count(s) AS starts, count(e) AS ends,
           sum(s) AS startSum, sum(e) AS endSum, sum(s * (e % 97)) AS mixed`);
  return JSON.stringify(r.records[0]!.toObject());
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-loader-test-'));
  corpus = path.join(work, 'corpus');
  // ~2.2k nodes and ~9.5k relationships.
  manifest = await generateCorpus({ seed: 7, countries: 12, actors: 300, events: 1500 }, corpus);
  db = await startThrowawayNeo4j({ heap: '512m', pageCache: '128m' });
  driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { disableLosslessIntegers: true });
}, 300_000);

afterAll(async () => {
  await driver?.close();
  await db?.stop();
  if (work) fs.rmSync(work, { recursive: true, force: true });
}, 120_000);

describe('npm run load', () => {
  it('survives a SIGKILL mid-load: the rerun resumes and ends with exactly the generated counts', async () => {
    expect(manifest.totals.nodes).toBeGreaterThan(2000);
    expect(manifest.totals.relationships).toBeGreaterThan(9000);

    // Small batches, so the load takes many transactions and the kill lands mid-way.
    const child: ChildProcess = spawn(process.execPath, loaderArgs([corpus, '--batch-size', '200']), {
      cwd: PROJECT_ROOT,
      env: loaderEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    // Kill once the checkpoint shows a relationship file part-way through: nodes are all in,
    // relationships partly.
    const deadline = Date.now() + 240_000;
    let sawProgress = false;
    while (Date.now() < deadline && child.exitCode === null) {
      const cp = readCheckpoint();
      if (Object.entries(cp?.files ?? {}).some(([f, e]) => f.startsWith('rels') && e.lines > 0 && !e.done)) {
        sawProgress = true;
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const exit = await exited;
    expect({ signal: exit.signal, output: exit.signal ? '' : output }).toEqual({ signal: 'SIGKILL', output: '' });
    expect(sawProgress).toBe(true);

    // A commit the server was already processing when the client died settles first.
    await new Promise((r) => setTimeout(r, 2000));
    // What the killed loader left: a partial graph, and a checkpoint of what had committed.
    const partial = await counts();
    const expected = expectedCounts(manifest);
    const partialRels = Object.values(partial.relationships).reduce((a, b) => a + b, 0);
    const partialNodes = Object.entries(partial.nodes)
      .filter(([label]) => label !== 'Entity')
      .reduce((s, [, c]) => s + c, 0);
    expect(partialRels).toBeGreaterThan(0);
    expect(partialRels).toBeLessThan(manifest.totals.relationships);
    const committedLines = Object.values(readCheckpoint()!.files).reduce((s, e) => s + e.lines, 0);

    const rerun = runLoader([corpus, '--batch-size', '200']);
    expect({ status: rerun.status, errors: rerun.stderr.split('\n').filter((l) => l.startsWith('load:')) }).toEqual({
      status: 0,
      errors: [],
    });
    const resumed = summaryOf(rerun.stdout);
    // The rerun skipped exactly what the checkpoint recorded, and created exactly what was missing.
    expect(resumed.resumedLines).toBe(committedLines);
    expect(partialNodes + resumed.nodesCreated).toBe(manifest.totals.nodes);
    expect(partialRels + resumed.relationshipsCreated).toBe(manifest.totals.relationships);
    expect(await counts()).toEqual(expected);

    // A full reload from scratch (ignoring the checkpoint) finds everything there already.
    const third = runLoader([corpus, '--restart', '--batch-size', '2000']);
    expect(third.status).toBe(0);
    const s = summaryOf(third.stdout);
    expect(s).toMatchObject({ nodesCreated: 0, relationshipsCreated: 0 });
    expect(s.nodes + s.relationships).toBe(manifest.totals.nodes + manifest.totals.relationships);
    expect(await counts()).toEqual(expected);
  }, 600_000);

  it('derives timeStart/timeEnd exactly as cypher/data/900_time_bounds.cypher does', async () => {
    const loaded = await timeBoundsFingerprint();
    expect(JSON.parse(loaded).elements).toBeGreaterThan(1000);
    const [script] = readScriptFolder('data').filter((f) => f.name.endsWith('900_time_bounds.cypher'));
    for (const statement of script!.statements) await driver.executeQuery(statement.text);
    expect(await timeBoundsFingerprint()).toBe(loaded);
  }, 120_000);

  it('keeps synthetic sources out of the citation checker', () => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'src/cli/check-citations.ts'), work],
      { cwd: PROJECT_ROOT, env: loaderEnv(), encoding: 'utf8', timeout: 120_000 },
    );
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
  }, 120_000);

  it('stops at a malformed line, naming file:line, and writes nothing of that batch', async () => {
    const dir = path.join(work, 'bad-json');
    fs.mkdirSync(path.join(dir, 'nodes'), { recursive: true });
    const person = (i: number): string =>
      JSON.stringify({ label: 'Person', properties: { id: `test:bad-person-${i}`, name: `Test Person ${i}` } });
    fs.writeFileSync(
      path.join(dir, 'nodes', 'Person.jsonl'),
      [person(1), person(2), person(3), '{"label": "Person", "properties": {"id": "test:bad-person-4"', person(5)].join(
        '\n',
      ) + '\n',
    );
    const r = runLoader([dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path.join('nodes', 'Person.jsonl')}:4: not valid JSON`);
    const found = await driver.executeQuery("MATCH (n) WHERE n.id STARTS WITH 'test:bad-' RETURN count(n) AS c");
    expect(found.records[0]!.get('c')).toBe(0);
  }, 120_000);

  it('refuses a relationship whose endpoint is missing, naming file:line, and rolls its batch back', async () => {
    const dir = path.join(work, 'bad-endpoint');
    fs.mkdirSync(path.join(dir, 'rels'), { recursive: true });
    const rel = (from: string, to: string, i: number): string =>
      JSON.stringify({ type: 'CONCERNS', from, to, properties: { id: `test:bad-rel-${i}`, confidence: 1 } });
    const event = 'event:syn-0000000';
    fs.writeFileSync(
      path.join(dir, 'rels', 'CONCERNS.jsonl'),
      [rel(event, 'issue:syn-00', 1), rel(event, 'issue:syn-01', 2), rel(event, 'issue:does-not-exist', 3)].join('\n') +
        '\n',
    );
    const r = runLoader([dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path.join('rels', 'CONCERNS.jsonl')}:3: relationship "test:bad-rel-3"`);
    expect(r.stderr).toContain('end node "issue:does-not-exist"');
    const found = await driver.executeQuery("MATCH ()-[r]->() WHERE r.id STARTS WITH 'test:bad-' RETURN count(r) AS c");
    expect(found.records[0]!.get('c')).toBe(0);
  }, 120_000);

  it('names the unknown label and its line', () => {
    const dir = path.join(work, 'bad-label');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(
      path.join(dir, 'mixed.jsonl'),
      JSON.stringify({ label: 'Persn', properties: { id: 'test:bad-label-1' } }) + '\n',
    );
    const r = runLoader([dir]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('mixed.jsonl:1: unknown node label "Persn"');
  }, 120_000);
});
