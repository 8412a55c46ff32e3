/**
 * `npm run plans:update`: rewrite test/plans/db-hits.json. Starts a throwaway Neo4j,
 * applies cypher/schema and cypher/data (the same seed graph the tests use), PROFILEs every
 * named read query and writes the figures. Set NEO4J_TEST_URI (+ _USER, _PASSWORD) to use
 * an existing seeded database instead.
 */
import neo4j from 'neo4j-driver';
import { startThrowawayNeo4j, Throwaway } from '../../bench/scale/throwaway-neo4j';
import { seed } from '../../src/db/runner';
import { profileAll, readSnapshot, SNAPSHOT_FILE, writeSnapshot } from './profile';

async function main(): Promise<void> {
  let db: Throwaway | undefined;
  let uri = process.env.NEO4J_TEST_URI;
  let user = process.env.NEO4J_TEST_USER ?? 'neo4j';
  let password = process.env.NEO4J_TEST_PASSWORD ?? '';
  if (!uri) {
    console.log('Starting a throwaway Neo4j and loading the seed graph...');
    db = await startThrowawayNeo4j({ heap: '768m', pageCache: '128m' });
    ({ uri, user, password } = db);
  }
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  try {
    if (db) await seed(driver, { database: 'neo4j' });
    const figures = await profileAll(driver, 'neo4j');
    let previous: Record<string, number> = {};
    try {
      previous = readSnapshot().queries;
    } catch {
      // first snapshot
    }
    for (const [name, hits] of Object.entries(figures)) {
      const before = previous[name];
      const change = before
        ? ` (was ${before}, ${hits >= before ? '+' : ''}${(((hits - before) / before) * 100).toFixed(1)}%)`
        : ' (new)';
      console.log(`  ${name.padEnd(34)} ${String(hits).padStart(8)} db hits${change}`);
    }
    writeSnapshot(figures);
    console.log(`Wrote ${SNAPSHOT_FILE}.`);
  } finally {
    await driver.close();
    await db?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`plans:update: ${(error as Error).message}`);
  process.exit(1);
});
