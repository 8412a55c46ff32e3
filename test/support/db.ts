/**
 * A driver on the test database for one test file. Files run in band against one
 * shared database: tests that write use ids prefixed `test:` and remove them.
 */
import { evidence } from '../../src/db/queries';
import type { FactKey } from '../../src/db/queries/common';
import { executeQuery } from '../../src/db/query';
import { Driver } from 'neo4j-driver';
import { createDriver } from '../../src/db/driver';
import { FileReport, seed } from '../../src/db/runner';
import { testConfig } from './env';

export { testEnv, testConfig, localTestServer } from './env';

let driver: Driver | undefined;

export function getDriver(): Driver {
  driver ??= createDriver(testConfig());
  return driver;
}

export function testDatabase(): string {
  return testConfig().neo4j.database;
}

export async function closeDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}

/** The rows of one auto-commit query on the test database, as plain objects. */
export const rows = async (cypher: string, params: Record<string, unknown> = {}) =>
  (await getDriver().executeQuery(cypher, params, { database: testDatabase() })).records.map((r) => r.toObject());

/** Recompute the evidence summaries of facts (evidence/refresh-summaries); the ids of the facts found. */
export const refreshSummaries = async (facts: readonly FactKey[]): Promise<string[]> =>
  (await executeQuery(getDriver(), { database: testDatabase() }, evidence.refreshSummaries, { facts })).map(
    (r) => r.id,
  );

/** Re-apply cypher/schema and cypher/data through the real runner. */
export function runCypherScripts(): Promise<FileReport[]> {
  return seed(getDriver(), { database: testDatabase() });
}

/** Nodes by label and relationships by type, for before/after comparisons. */
export async function graphCounts(): Promise<{ nodes: Record<string, number>; relationships: Record<string, number> }> {
  const d = getDriver();
  const nodes: Record<string, number> = {};
  const relationships: Record<string, number> = {};
  const n = await d.executeQuery(
    'MATCH (n) UNWIND labels(n) AS l RETURN l, count(*) AS c',
    {},
    { database: testDatabase() },
  );
  for (const r of n.records) nodes[r.get('l') as string] = r.get('c') as number;
  const rel = await d.executeQuery(
    'MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c',
    {},
    { database: testDatabase() },
  );
  for (const r of rel.records) relationships[r.get('t') as string] = r.get('c') as number;
  return { nodes, relationships };
}
