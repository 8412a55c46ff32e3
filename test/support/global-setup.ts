/**
 * Starts one throwaway Neo4j for the whole run (a free port, a temporary data
 * directory) and applies the schema and seed data, unless NEO4J_TEST_URI points
 * at an existing server. Connection details reach the test files through env vars.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createDriver } from '../../src/db/driver';
import { freePort, LocalNeo4j } from '../../src/db/local-server';
import { seed } from '../../src/db/runner';
import { testConfig } from './env';

export default async function globalSetup(): Promise<void> {
  const started = Date.now();
  if (!process.env.NEO4J_TEST_URI) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'brg-test-neo4j-'));
    const port = await freePort();
    const password = 'test-password-' + Math.random().toString(36).slice(2, 10);
    const server = new LocalNeo4j(
      { boltPort: port, dataDir: dir, heap: '768m', pageCache: '128m', startTimeoutMs: 180_000 },
      password,
    );
    await server.start((line) => process.stdout.write(`[test neo4j] ${line}\n`));
    process.env.NEO4J_TEST_URI = server.uri;
    process.env.NEO4J_TEST_USER = 'neo4j';
    process.env.NEO4J_TEST_PASSWORD = password;
    process.env.NEO4J_TEST_LOCAL_DIR = dir;
    process.env.NEO4J_TEST_LOCAL_PORT = String(port);
  }
  const config = testConfig();
  const driver = createDriver(config);
  try {
    await seed(driver, { database: config.neo4j.database });
  } finally {
    await driver.close();
  }
  process.stdout.write(
    `\n[test neo4j] ${process.env.NEO4J_TEST_URI} ready and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
  );
}
