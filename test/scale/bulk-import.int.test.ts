/**
 * The initial bulk path (npm run load:bulk: corpus → import CSV → neo4j-admin database import
 * full) on a local Neo4j of its own (the command stops and starts the server it imports into),
 * compared with the online loader (npm run load) on a second throwaway server.
 *
 * A small generated corpus is converted; the conversion is SIGKILLed between input files; the
 * rerun resumes it, imports, and must end with exactly the generator's counts by label and type,
 * and with every node and relationship — properties, evidence summaries, time bounds, evidence
 * records — identical to what the online loader stores for the same corpus. A second run into
 * the now non-empty database is refused (exit code 4) and changes nothing. A run SIGKILLed while
 * neo4j-admin imports (into a second, empty home) is rerun: the importer it left running is
 * stopped, the import redone from scratch, and the result is node for node what the first,
 * uninterrupted import stored. A run killed between the import and the schema only applies the
 * schema when rerun.
 */
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { Driver } from 'neo4j-driver';
import { verifyAccessPaths } from '../../src/db/access-paths';
import { startThrowawayNeo4j, Throwaway } from '../../bench/scale/throwaway-neo4j';
import { parseConfig, PROJECT_ROOT } from '../../src/config';
import { generateCorpus, Manifest } from '../../src/corpus/generate';
import { freePort, LocalNeo4j } from '../../src/db/local-server';

let work: string;
let corpus: string;
let manifest: Manifest;
let online: Throwaway;
let bulkEnv: NodeJS.ProcessEnv;
let bulkServer: LocalNeo4j;
const bulkWork = (): string => path.join(work, 'bulk-work');
/** What the first test's (uninterrupted) import stored: the reference for the import killed mid-way. */
let firstImport: {
  counts: { nodes: Record<string, number>; relationships: Record<string, number> };
  dump: { nodes: string[]; relationships: string[] };
};

const cli = (script: string, args: string[]): string[] => ['--import', 'tsx', path.join(PROJECT_ROOT, script), ...args];

function run(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, cli(script, args), {
    cwd: PROJECT_ROOT,
    env,
    encoding: 'utf8',
    timeout: 600_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The CLIs' error lines (their progress bars draw on stderr too). */
const errorLines = (stderr: string): string[] => stderr.split('\n').filter((l) => /^load(:bulk)?:/.test(l));

function withDriver<T>(uri: string, password: string, work: (d: Driver) => Promise<T>): Promise<T> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password));
  return work(driver).finally(() => driver.close());
}

const bulkDriver = <T>(work: (d: Driver) => Promise<T>): Promise<T> =>
  withDriver(bulkServer.uri, bulkEnv.NEO4J_PASSWORD!, work);

async function countsByLabelAndType(
  d: Driver,
): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const n = await d.executeQuery('MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c ORDER BY l');
  for (const r of n.records) nodes[r.get('l') as string] = Number(r.get('c'));
  const rel = await d.executeQuery('MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c ORDER BY t');
  for (const r of rel.records) relationships[r.get('t') as string] = Number(r.get('c'));
  return { nodes, relationships };
}

const sortKeys = (o: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));

function expectedCounts(m: Manifest): { nodes: Record<string, number>; relationships: Record<string, number> } {
  const nodes: Record<string, number> = { ...m.counts.nodes, Evidence: m.totals.evidence };
  nodes.Entity = Object.entries(m.counts.nodes)
    .filter(([label]) => label !== 'Source')
    .reduce((s, [, c]) => s + c, 0);
  return { nodes: sortKeys(nodes), relationships: sortKeys(m.counts.relationships) };
}

/**
 * Every node and relationship with all its properties, as text: integers stay Neo4j Integers
 * ({low, high}) so an integer never equals a float, dates keep their fields. recordedAt (when
 * the evidence was written) is the only property left out.
 */
async function graphDump(d: Driver): Promise<{ nodes: string[]; relationships: string[] }> {
  const canonical = (props: Record<string, unknown>): string =>
    JSON.stringify(
      Object.fromEntries(
        Object.entries(props)
          .filter(([k]) => k !== 'recordedAt')
          .sort(([a], [b]) => (a < b ? -1 : 1)),
      ),
    );
  const n = await d.executeQuery('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const r = await d.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  return {
    nodes: n.records
      .map((x) => `${(x.get('labels') as string[]).sort().join(':')} ${canonical(x.get('props'))}`)
      .sort(),
    relationships: r.records
      .map((x) => `${x.get('type')} ${x.get('from')}->${x.get('to')} ${canonical(x.get('props'))}`)
      .sort(),
  };
}

function readCheckpoint(): Record<string, { done: boolean }> {
  try {
    return (
      JSON.parse(fs.readFileSync(path.join(bulkWork(), 'conversion-checkpoint.json'), 'utf8')) as {
        files: Record<string, { done: boolean }>;
      }
    ).files;
  } catch {
    return {}; // not written yet, or caught mid-rename
  }
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-bulk-test-'));
  corpus = path.join(work, 'corpus');
  // ~1k entities, ~4k relationships, ~7k evidence records in ~44 files.
  manifest = await generateCorpus({ seed: 11, countries: 8, actors: 120, events: 600 }, corpus);
  const password = 'bulk-test-' + Math.random().toString(36).slice(2, 10);
  bulkEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    JAVA_HOME: process.env.JAVA_HOME,
    NEO4J_URI: '',
    NEO4J_PASSWORD: password,
    NEO4J_DATABASE: 'neo4j',
    NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
    NEO4J_LOCAL_DATA_DIR: path.join(work, 'neo4j'),
    NEO4J_LOCAL_HEAP: '384m',
    NEO4J_LOCAL_PAGECACHE: '64m',
    NEO4J_LOCAL_START_TIMEOUT_S: '240',
  };
  bulkServer = new LocalNeo4j(parseConfig(bulkEnv).local, password);

  // The reference: the online loader on its own throwaway server.
  online = await startThrowawayNeo4j({ heap: '384m', pageCache: '64m' });
  const loaded = run('src/cli/load.ts', [corpus, '--checkpoint', path.join(work, 'online-checkpoint.json')], {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NEO4J_URI: online.uri,
    NEO4J_USER: online.user,
    NEO4J_PASSWORD: online.password,
    NEO4J_DATABASE: 'neo4j',
  });
  expect({ status: loaded.status, errors: errorLines(loaded.stderr) }).toEqual({ status: 0, errors: [] });
}, 600_000);

afterAll(async () => {
  await online?.stop();
  await bulkServer?.stop().catch(() => undefined);
  if (work) fs.rmSync(work, { recursive: true, force: true });
}, 180_000);

describe('npm run load:bulk', () => {
  it('resumes a conversion killed mid-way and ends with the counts and facts of the online loader', async () => {
    const inputFiles = manifest.files.length;
    expect(inputFiles).toBeGreaterThan(10);
    // A pause after each converted file, so the kill lands between files (the conversion of this
    // corpus otherwise takes a second or two).
    const child: ChildProcess = spawn(
      process.execPath,
      cli('src/cli/load-bulk.ts', [corpus, '--work', bulkWork(), '--pause-after-file', '400']),
      { cwd: PROJECT_ROOT, env: bulkEnv, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout!.on('data', (d) => (output += String(d)));
    child.stderr!.on('data', (d) => (output += String(d)));
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on('exit', (_code, signal) => resolve(signal)),
    );
    const deadline = Date.now() + 400_000;
    let doneAtKill = 0;
    while (Date.now() < deadline && child.exitCode === null) {
      doneAtKill = Object.values(readCheckpoint()).filter((f) => f.done).length;
      if (doneAtKill >= 3) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 25));
    }
    expect({ signal: await exited, output: doneAtKill >= 3 ? '' : output }).toEqual({ signal: 'SIGKILL', output: '' });
    const checkpointAfterKill = Object.values(readCheckpoint()).filter((f) => f.done).length;
    expect(checkpointAfterKill).toBeGreaterThanOrEqual(3);
    expect(checkpointAfterKill).toBeLessThan(inputFiles);
    // Killed in the conversion: the importer never ran, the database is still empty.
    expect(fs.existsSync(path.join(bulkWork(), 'import-in-progress.json'))).toBe(false);
    expect(await bulkDriver(async (d) => (await countsByLabelAndType(d)).relationships)).toEqual({});

    const rerun = run('src/cli/load-bulk.ts', [corpus, '--work', bulkWork()], bulkEnv);
    expect({ status: rerun.status, errors: errorLines(rerun.stderr) }).toEqual({ status: 0, errors: [] });
    const line = rerun.stdout.split('\n').find((l) => l.startsWith('BULK-SUMMARY '))!;
    const summary = JSON.parse(line.slice('BULK-SUMMARY '.length)) as {
      conversion: { filesResumed: number; filesConverted: number };
      counts: { nodes: number; relationships: number; evidence: number };
    };
    expect(summary.conversion.filesResumed).toBe(checkpointAfterKill);
    expect(summary.conversion.filesResumed + summary.conversion.filesConverted).toBe(inputFiles);
    expect(rerun.stdout).toContain('converted before: resumed');
    expect(summary.counts).toEqual({
      nodes: manifest.totals.nodes + manifest.totals.evidence,
      relationships: manifest.totals.relationships,
      evidence: manifest.totals.evidence,
    });

    const bulk = await bulkDriver(async (d) => ({ counts: await countsByLabelAndType(d), dump: await graphDump(d) }));
    firstImport = bulk;
    expect(bulk.counts).toEqual(expectedCounts(manifest));
    const reference = await withDriver(online.uri, online.password, graphDump);
    expect(bulk.dump.nodes.length).toBe(reference.nodes.length);
    expect(bulk.dump.relationships.length).toBe(reference.relationships.length);
    // Node by node and relationship by relationship: first differences shown, if any.
    const differences = (a: string[], b: string[]): string[] => a.filter((x, i) => x !== b[i]).slice(0, 3);
    expect(differences(bulk.dump.nodes, reference.nodes)).toEqual([]);
    expect(differences(bulk.dump.relationships, reference.relationships)).toEqual([]);
    // The comparison covers summaries that show the corpus's multi-source structure.
    expect(bulk.dump.nodes.some((n) => n.includes('"disputed":true'))).toBe(true);

    // The schema was applied after the import: the id constraints exist.
    const constraints = await bulkDriver(async (d) =>
      (await d.executeQuery('SHOW CONSTRAINTS YIELD name RETURN collect(name) AS names')).records[0]!.get('names'),
    );
    expect(constraints).toEqual(expect.arrayContaining(['entity_id', 'source_id', 'evidence_id']));
  }, 900_000);

  it('derives the access paths after the import: all true, as the online loader’s (docs/ontology.md)', async () => {
    expect(await bulkDriver((d) => verifyAccessPaths(d, 'neo4j', 20))).toEqual([]);
    expect(await withDriver(online.uri, online.password, (d) => verifyAccessPaths(d, 'neo4j', 20))).toEqual([]);
    const held = await bulkDriver(async (d) =>
      (await d.executeQuery('MATCH (e:Event) WHERE size(e.participantSides) > 0 RETURN count(e) AS n')).records[0]!.get(
        'n',
      ),
    );
    expect(Number(held)).toBeGreaterThan(0);
  });

  it('refuses a database that is not empty, and changes nothing', async () => {
    const before = await bulkDriver(countsByLabelAndType);
    const again = run('src/cli/load-bulk.ts', [corpus, '--work', bulkWork()], bulkEnv);
    expect(again.status).toBe(4);
    expect(again.stderr).toMatch(/Database "neo4j" is not empty \([\d,]+ nodes/);
    expect(await bulkDriver(countsByLabelAndType)).toEqual(before);
  }, 300_000);

  it('resumes after a SIGKILL during the import, stopping the importer that outlived it, with the same counts and facts', async () => {
    // A second local Neo4j home, empty: the bulk path imports only into an empty database.
    const env2 = {
      ...bulkEnv,
      NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
      NEO4J_LOCAL_DATA_DIR: path.join(work, 'neo4j-2'),
    } as NodeJS.ProcessEnv;
    const server2 = new LocalNeo4j(parseConfig(env2).local, env2.NEO4J_PASSWORD!);
    const work2 = path.join(work, 'bulk-work-2');
    const marker = path.join(work2, 'import-in-progress.json');
    const readMarker = (): { phase?: string; pid?: number } | undefined => {
      try {
        return JSON.parse(fs.readFileSync(marker, 'utf8'));
      } catch {
        return undefined;
      }
    };
    try {
      const child: ChildProcess = spawn(process.execPath, cli('src/cli/load-bulk.ts', [corpus, '--work', work2]), {
        cwd: PROJECT_ROOT,
        env: env2,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (d) => (output += String(d)));
      child.stderr!.on('data', (d) => (output += String(d)));
      const exited = new Promise<NodeJS.Signals | null>((resolve) =>
        child.on('exit', (_code, signal) => resolve(signal)),
      );
      // Kill the CLI (not its importer) once neo4j-admin has been running for a moment.
      const deadline = Date.now() + 400_000;
      let importer: number | undefined;
      while (Date.now() < deadline && child.exitCode === null) {
        importer = readMarker()?.pid;
        if (importer !== undefined) {
          await new Promise((r) => setTimeout(r, 1500));
          child.kill('SIGKILL');
          break;
        }
        await new Promise((r) => setTimeout(r, 25));
      }
      expect({ signal: await exited, output: importer !== undefined ? '' : output }).toEqual({
        signal: 'SIGKILL',
        output: '',
      });
      // Killed during the import: the marker still says so.
      expect(readMarker()?.phase).toBe('import');

      const rerun = run('src/cli/load-bulk.ts', [corpus, '--work', work2], env2);
      expect({ status: rerun.status, errors: errorLines(rerun.stderr) }).toEqual({ status: 0, errors: [] });
      expect(rerun.stdout).toContain('was interrupted before it finished');
      expect(fs.existsSync(marker)).toBe(false);
      const line = rerun.stdout.split('\n').find((l) => l.startsWith('BULK-SUMMARY '))!;
      expect(JSON.parse(line.slice('BULK-SUMMARY '.length))).toMatchObject({
        recoveredInterruptedImport: true,
        conversion: { filesResumed: manifest.files.length, filesConverted: 0 },
      });

      const resumed = await withDriver(server2.uri, env2.NEO4J_PASSWORD!, async (d) => ({
        counts: await countsByLabelAndType(d),
        dump: await graphDump(d),
      }));
      const evidence = await withDriver(server2.uri, env2.NEO4J_PASSWORD!, async (d) =>
        Number((await d.executeQuery('MATCH (e:Evidence) RETURN count(e) AS c')).records[0]!.get('c')),
      );
      expect(evidence).toBe(manifest.totals.evidence);
      // The same as the uninterrupted import of the first test, and as the online loader.
      expect(resumed.counts).toEqual(firstImport.counts);
      expect(resumed.counts).toEqual(await withDriver(online.uri, online.password, countsByLabelAndType));
      expect(resumed.dump).toEqual(firstImport.dump);
    } finally {
      await server2.stop().catch(() => undefined);
    }
  }, 900_000);

  it('resumes after a kill between the import and the schema: only the schema is applied', async () => {
    // What a kill after the importer finished leaves (the first test's store holds a complete import).
    fs.writeFileSync(
      path.join(bulkWork(), 'import-in-progress.json'),
      JSON.stringify({
        database: 'neo4j',
        home: bulkServer.home,
        startedAt: new Date().toISOString(),
        phase: 'schema',
      }),
    );
    const before = await bulkDriver(countsByLabelAndType);
    const recovered = run('src/cli/load-bulk.ts', [corpus, '--work', bulkWork()], bulkEnv);
    expect({ status: recovered.status, errors: errorLines(recovered.stderr) }).toEqual({ status: 0, errors: [] });
    expect(recovered.stdout).toContain('applying the schema it did not get to');
    expect(fs.existsSync(path.join(bulkWork(), 'import-in-progress.json'))).toBe(false);
    expect(await bulkDriver(countsByLabelAndType)).toEqual(before);
    expect(before).toEqual(expectedCounts(manifest));
  }, 600_000);
});
