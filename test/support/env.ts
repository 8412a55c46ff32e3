/**
 * Where the test database is, as set by global-setup (or by the user through
 * NEO4J_TEST_URI / NEO4J_TEST_USER / NEO4J_TEST_PASSWORD / NEO4J_TEST_DATABASE).
 */
import { Config, parseConfig } from '../../src/config';
import { LocalNeo4j } from '../../src/db/local-server';

/** The env a child process (CLI, `npm start`) needs to use the test database. */
export function testEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const uri = process.env.NEO4J_TEST_URI;
  if (!uri) throw new Error('NEO4J_TEST_URI is not set: run the tests through jest (global setup starts Neo4j).');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    JAVA_HOME: process.env.JAVA_HOME,
    NEO4J_URI: uri,
    NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? '',
    NEO4J_DATABASE: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
    ...extra,
  };
}

export function testConfig(extra: Record<string, string> = {}): Config {
  return parseConfig(testEnv(extra));
}

/** The throwaway local server global-setup started, or undefined when NEO4J_TEST_URI was given. */
export function localTestServer(): LocalNeo4j | undefined {
  const dir = process.env.NEO4J_TEST_LOCAL_DIR;
  const port = process.env.NEO4J_TEST_LOCAL_PORT;
  if (!dir || !port) return undefined;
  return new LocalNeo4j(
    { boltPort: Number(port), dataDir: dir, heap: '768m', pageCache: '128m', startTimeoutMs: 180_000 },
    process.env.NEO4J_TEST_PASSWORD ?? '',
  );
}
