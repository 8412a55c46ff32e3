/**
 * PROFILE a named query and add up the database hits of every operator in its plan. Db
 * hits are the planner-independent measure of work the @neo4j/graphql project gates its
 * releases on: unlike wall time, they do not depend on the machine or its load.
 */
import { declaredQuery } from '../../src/db/queries';
import { queryParams, queryText } from '../../src/db/query';
import fs from 'node:fs';
import path from 'node:path';
import { Driver, ProfiledPlan } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../src/config';
import { PLAN_CASES, PROFILED_FOLDERS, UNPROFILED } from './cases';

export const SNAPSHOT_FILE = path.join(PROJECT_ROOT, 'test', 'plans', 'db-hits.json');

export interface Snapshot {
  note: string;
  queries: Record<string, number>;
  /** The same queries on the generated medium-shaped corpus of scale.ts (db hits and operator types). */
  scale?: {
    corpus: Record<string, number>;
    queries: Record<string, { dbHits: number; operators: string[] }>;
  };
}

/** Every named query the gate covers, as 'folder/name'. */
export function profiledQueries(): string[] {
  return PROFILED_FOLDERS.flatMap((folder) =>
    fs
      .readdirSync(path.join(PROJECT_ROOT, 'cypher', 'queries', folder))
      .filter((f) => f.endsWith('.cypher'))
      .map((f) => `${folder}/${f.replace(/\.cypher$/, '')}`),
  )
    .filter((name) => !(UNPROFILED as readonly string[]).includes(name))
    .sort();
}

export function totalDbHits(plan: ProfiledPlan): number {
  return Number(plan.dbHits) + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

/** Db hits of one query with its fixed case; run twice and the second (warm) profile counted. */
export async function profileDbHits(driver: Driver, database: string, name: string): Promise<number> {
  const params = PLAN_CASES[name];
  if (!params) {
    throw new Error(`No fixed parameters for cypher/queries/${name}.cypher: add a case to test/plans/cases.ts.`);
  }
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    let hits = 0;
    for (let i = 0; i < 2; i++) {
      const result = await session.executeRead((tx) =>
        tx.run(`PROFILE ${queryText(declaredQuery(name))}`, queryParams(declaredQuery(name), params)),
      );
      if (!result.summary.profile) throw new Error(`PROFILE of ${name} returned no profile`);
      hits = totalDbHits(result.summary.profile);
    }
    return hits;
  } finally {
    await session.close();
  }
}

export async function profileAll(driver: Driver, database: string): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const name of profiledQueries()) out[name] = await profileDbHits(driver, database, name);
  return out;
}

export function readSnapshot(): Snapshot {
  return JSON.parse(fs.readFileSync(SNAPSHOT_FILE, 'utf8')) as Snapshot;
}

export function writeSnapshot(queries: Record<string, number>, scale: Snapshot['scale']): void {
  const snapshot: Snapshot = {
    note:
      'PROFILE db hits per named query on the seed graph with the fixed parameters of test/plans/cases.ts, and ' +
      '(scale) on the generated corpus of test/plans/scale.ts with the same cases on its ids, with the operator types ' +
      'of each plan. test/plans/plans.int.test.ts and scale-plans.int.test.ts fail when a query grows by more than ' +
      '20% or (scale) its plan gains an operator type. Regenerate with npm run plans:update after checking that a ' +
      'change is intended.',
    queries,
    scale,
  };
  fs.writeFileSync(SNAPSHOT_FILE, JSON.stringify(snapshot, null, 2) + '\n');
}
