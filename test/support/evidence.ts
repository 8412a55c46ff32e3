/**
 * A disputed fact on the seed graph, for tests of what shows disputes (notebooks, cookbook):
 * a synthetic test source adds one disputing evidence record to an existing fact, the fact's
 * summaries are refreshed by the project's own rule (cypher/queries/evidence/refresh-summaries),
 * and `remove` takes both away and refreshes again, so the seed reads as before.
 */
import fs from 'node:fs';
import path from 'node:path';
import { getDriver, refreshSummaries, testDatabase } from './db';

export interface FactRef {
  id: string;
  kind: 'node' | 'relationship';
  /** The entity's specific label or the relationship type. */
  type: string;
  /** Relationship facts: the ids of the start and end entities. */
  from?: string;
  to?: string;
}

export interface TestDispute {
  evidenceId: string;
  remove(): Promise<void>;
}

const DISPUTE = fs.readFileSync(path.join(__dirname, 'dispute.cypher'), 'utf8');

async function refresh(fact: FactRef): Promise<void> {
  const r = await refreshSummaries([{ id: fact.id, from: fact.from ?? null, to: fact.to ?? null }]);
  if (r.length !== 1) throw new Error(`summaries of ${fact.id} were not refreshed: no such fact`);
}

/** `sourceId` must start with `test:`. `statedValue`: the figure the source gives instead (statistics). */
export async function addTestDispute(
  fact: FactRef,
  sourceId: string,
  statedValue: number | null = null,
): Promise<TestDispute> {
  if (!sourceId.startsWith('test:')) throw new Error(`test source ids start with "test:" (got ${sourceId})`);
  const r = await getDriver().executeQuery(
    DISPUTE,
    { sourceId, fact: { ...fact, from: fact.from ?? null, to: fact.to ?? null }, statedValue },
    { database: testDatabase() },
  );
  const evidenceId = r.records[0]!.get('id') as string;
  await refresh(fact);
  return {
    evidenceId,
    async remove() {
      await getDriver().executeQuery(
        'MATCH (n) WHERE (n:Evidence AND n.id = $evidenceId) OR (n:Source AND n.id = $sourceId) DETACH DELETE n',
        { evidenceId, sourceId },
        { database: testDatabase() },
      );
      await refresh(fact);
    },
  };
}
