/**
 * `npm run plans:update`: rewrite test/plans/db-hits.json. Starts a throwaway Neo4j,
 * applies cypher/schema and cypher/data (the same seed graph the tests use), PROFILEs every
 * named read query and writes the figures. Set NEO4J_TEST_URI (+ _USER, _PASSWORD) to use
 * an existing seeded database instead. Then the scale part: another throwaway Neo4j with
 * the generated corpus of scale.ts loaded, every query PROFILEd on it (always a throwaway:
 * the corpus must not land in a database that holds anything else).
 */
import neo4j from 'neo4j-driver';
import { startThrowawayNeo4j, Throwaway } from '../../bench/scale/throwaway-neo4j';
import { seed } from '../../src/db/runner';
import { profileAll, readSnapshot, SNAPSHOT_FILE, Snapshot, writeSnapshot } from './profile';
import { loadScaleGraph, profileAllScale, SCALE_CORPUS } from './scale';

async function scaleFigures(): Promise<NonNullable<Snapshot['scale']>> {
  console.log('Starting a throwaway Neo4j and loading the scale corpus (test/plans/scale.ts)...');
  const db = await startThrowawayNeo4j({ heap: '768m', pageCache: '256m' });
  const driver = neo4j.driver(db.uri, neo4j.auth.basic(db.user, db.password), { disableLosslessIntegers: true });
  try {
    await loadScaleGraph(driver, 'neo4j', db.uri);
    return { corpus: { ...SCALE_CORPUS }, queries: await profileAllScale(driver, 'neo4j') };
  } finally {
    await driver.close();
    await db.stop();
  }
}

async function main(): Promise<void> {
  // --scale-only: keep the seed graph's figures, regenerate the scale part alone.
  if (process.argv.includes('--scale-only')) {
    const scale = await scaleFigures();
    for (const [name, f] of Object.entries(scale.queries))
      console.log(`  scale ${name.padEnd(34)} ${String(f.dbHits).padStart(8)} db hits`);
    writeSnapshot(readSnapshot().queries, scale);
    console.log(`Wrote ${SNAPSHOT_FILE}.`);
    return;
  }
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
    let previousScale: Snapshot['scale'];
    try {
      previous = readSnapshot().queries;
      previousScale = readSnapshot().scale;
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
    await driver.close();
    await db?.stop();
    db = undefined;
    const scale = await scaleFigures();
    for (const [name, f] of Object.entries(scale.queries)) {
      const before = previousScale?.queries[name]?.dbHits;
      const change = before
        ? ` (was ${before}, ${f.dbHits >= before ? '+' : ''}${(((f.dbHits - before) / before) * 100).toFixed(1)}%)`
        : ' (new)';
      console.log(`  scale ${name.padEnd(34)} ${String(f.dbHits).padStart(8)} db hits${change}`);
    }
    writeSnapshot(figures, scale);
    console.log(`Wrote ${SNAPSHOT_FILE}.`);
  } finally {
    await driver.close().catch(() => undefined);
    await db?.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`plans:update: ${(error as Error).message}`);
  process.exit(1);
});
