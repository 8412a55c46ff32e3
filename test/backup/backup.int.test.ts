/**
 * npm run db:backup / db:restore round trip on a throwaway local Neo4j of its own
 * (not the shared test server: the commands stop and start the server they back up).
 *
 * Seeded graph + an API key → backup → the graph is changed → restore: node and
 * relationship counts and the export checksum are those of the backup, the key
 * still works, and the server runs again. A file that is not a dump leaves the
 * database as it was; an external server is refused with exit code 3.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Driver } from 'neo4j-driver';
import { createKey, verifyKey } from '../../src/auth/keys';
import { parseConfig } from '../../src/config';
import { manifestPath } from '../../src/db/backup';
import { createDriver, Graph } from '../../src/db/driver';
import { GraphFingerprint, graphFingerprint } from '../../src/db/fingerprint';
import { freePort, LocalNeo4j } from '../../src/db/local-server';
import { seed } from '../../src/db/runner';
import { CliResult, runCli } from '../support/cli';

/** Each command stops and starts a Neo4j: minutes on a loaded machine. */
const SLOW = 900_000;

let dir: string;
let env: NodeJS.ProcessEnv;
let local: LocalNeo4j;
let before: GraphFingerprint;
let key: string;

function cli(args: string[], extra: Record<string, string> = {}): Promise<CliResult> {
  return runCli('src/cli/backup.ts', args, { ...env, ...extra });
}

/** A fresh driver each time: the commands restart the server in between. */
async function withGraph<T>(work: (graph: Graph, driver: Driver) => Promise<T>): Promise<T> {
  const config = parseConfig(env);
  const driver = createDriver(config, local.uri);
  try {
    return await work(new Graph(driver, config.neo4j.database, 60_000), driver);
  } finally {
    await driver.close();
  }
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-backup-test-'));
  const port = await freePort();
  const password = 'backup-test-' + Math.random().toString(36).slice(2, 10);
  env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    JAVA_HOME: process.env.JAVA_HOME,
    NEO4J_URI: '',
    NEO4J_PASSWORD: password,
    NEO4J_LOCAL_BOLT_PORT: String(port),
    NEO4J_LOCAL_DATA_DIR: path.join(dir, 'neo4j'),
    NEO4J_LOCAL_HEAP: '384m',
    NEO4J_LOCAL_PAGECACHE: '64m',
    NEO4J_LOCAL_START_TIMEOUT_S: '180',
  };
  local = new LocalNeo4j(parseConfig(env).local, password);
  await local.start((line) => process.stdout.write(`[backup neo4j] ${line}\n`), 'cli');
  await withGraph(async (graph, driver) => {
    await seed(driver, { database: graph.database });
    key = (await createKey(graph, { holder: 'test:backup', role: 'editor' })).secret;
    before = await graphFingerprint(graph);
  });
  expect(before.nodes).toBeGreaterThan(50);
  expect(before.relationships).toBeGreaterThan(50);
}, SLOW);

afterAll(async () => {
  await local?.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}, SLOW);

describe('npm run db:backup / db:restore', () => {
  const dump = () => path.join(dir, 'backups', 'graph.dump');

  it(
    'backs up the running server with neo4j-admin dump, records its fingerprint, and starts it again',
    async () => {
      const r = await cli(['backup', '--out', dump()]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Stopping the local Neo4j .*only a stopped database/);
      expect(r.stdout).toMatch(/Dumping database "neo4j" with neo4j-admin/);
      expect(r.stdout).toMatch(/Local Neo4j is back on/);
      expect(r.stdout).toMatch(/Backup written: .*graph\.dump/);
      expect(fs.statSync(dump()).size).toBeGreaterThan(1000);
      const manifest = JSON.parse(fs.readFileSync(manifestPath(dump()), 'utf8'));
      expect(manifest.fingerprint).toEqual(before);
      expect(local.status().state).toBe('running');
      // Refuses to overwrite without --force.
      const again = await cli(['backup', '--out', dump()]);
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(/already exists.*--force/);
    },
    SLOW,
  );

  it(
    'restores it over a changed graph: counts and export checksum equal the backup, the API key still works',
    async () => {
      const changed = await withGraph(async (graph, driver) => {
        await driver.executeQuery('MATCH (q:Quote) DETACH DELETE q', {}, { database: graph.database });
        await driver.executeQuery(
          "CREATE (:Entity:Country {id: 'country:test-atlantis', name: 'Atlantis'})",
          {},
          { database: graph.database },
        );
        return graphFingerprint(graph);
      });
      expect(changed.sha256).not.toBe(before.sha256);
      expect(changed.nodes).not.toBe(before.nodes);

      const r = await cli(['restore', dump()]);
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/Saving the current database to .*restore-safety/);
      expect(r.stdout).toMatch(/counts and checksum match the backup/);
      expect(local.status().state).toBe('running');

      await withGraph(async (graph) => {
        const after = await graphFingerprint(graph);
        expect(after).toEqual(before);
        expect((await verifyKey(graph, key)).holder).toBe('test:backup');
      });
    },
    SLOW,
  );

  it(
    'a file that is not a dump fails clearly (exit 1) and leaves the database as it was',
    async () => {
      const junk = path.join(dir, 'junk.dump');
      fs.writeFileSync(junk, 'this is not a neo4j dump\n'.repeat(100));
      const r = await cli(['restore', junk]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/neo4j-admin database load failed/);
      expect(r.stderr).toMatch(/The database is as it was before the restore/);
      expect(local.status().state).toBe('running');
      await withGraph(async (graph) => expect(await graphFingerprint(graph)).toEqual(before));

      const missing = await cli(['restore', path.join(dir, 'nope.dump')]);
      expect(missing.code).toBe(1);
      expect(missing.stderr).toMatch(/No backup file at/);
    },
    SLOW,
  );

  it(
    'refuses an external server (NEO4J_URI) with exit code 3 and what to do instead',
    async () => {
      for (const command of ['backup', 'restore']) {
        const r = await cli(command === 'backup' ? ['backup'] : ['restore', dump()], {
          NEO4J_URI: 'bolt://db.example.org:7687',
        });
        expect(r.code).toBe(3);
        expect(r.stderr).toMatch(/works only on the bundled local Neo4j/);
        expect(r.stderr).toMatch(/neo4j-admin database dump/);
      }
    },
    SLOW,
  );
});
