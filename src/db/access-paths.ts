/**
 * The access paths (docs/ontology.md, Access paths): what the research queries would otherwise
 * rediscover on every request — an entity's sides (sideOf), the sides of an event's participants
 * (participantSides), of a concession's givers (giverSides), the span of an episode's dated
 * parts (partsStart/partsEnd) and a policy's owners (ownerSides) — stored on the nodes and kept true by every write path through one
 * named query, cypher/queries/access/refresh.cypher. cypher/queries/access/verify.cypher
 * recomputes them from scratch and lists the differences (npm run db:check-access).
 */
import { Driver, ManagedTransaction } from 'neo4j-driver';
import { access } from './queries';
import type { AccessPathDifference, RefreshCounts } from './queries/access';
import { executeQuery, runQuery } from './query';

export type { AccessPathDifference, RefreshCounts };

export { ACCESS_PATH_PROPERTIES } from '../ontology/access-paths';

/** A relationship a write created, moved, retracted or restored: its type and its ends' ids. */
export interface TouchedRelationship {
  type: string;
  from: string;
  to: string;
}

/** What a write touched: the input of refresh.cypher. */
export interface Touched {
  rels: TouchedRelationship[];
  entities: string[];
}

/** Refresh the access paths a write may have changed, in the write's own transaction. */
export async function refreshAccessPaths(
  tx: ManagedTransaction,
  touched: Touched,
  cascade = true,
): Promise<RefreshCounts> {
  if (touched.rels.length === 0 && touched.entities.length === 0)
    return { actors: 0, events: 0, concessions: 0, exchanges: 0, episodes: 0, policies: 0 };
  const [row] = await runQuery(tx, access.refresh, {
    rels: touched.rels.map(({ type, from, to }) => ({ type, from, to })),
    entities: [...new Set(touched.entities)],
    cascade,
  });
  const n = (key: keyof RefreshCounts): number => Number(row?.[key] ?? 0);
  return {
    actors: n('actors'),
    events: n('events'),
    concessions: n('concessions'),
    exchanges: n('exchanges'),
    episodes: n('episodes'),
    policies: n('policies'),
  };
}

/** Collects what a write touched, deduplicated, for one refresh at its end. */
export class TouchedSet {
  private readonly rels = new Map<string, TouchedRelationship>();
  private readonly entities = new Set<string>();

  relationship(type: string, from: string, to: string): void {
    this.rels.set(`${type}\u0000${from}\u0000${to}`, { type, from, to });
  }

  entity(id: string): void {
    this.entities.add(id);
  }

  get touched(): Touched {
    return { rels: [...this.rels.values()], entities: [...this.entities] };
  }
}

/**
 * Refresh the access paths of the whole graph: every entity, in batches of `batchSize` ids, one
 * transaction each (after a bulk import, after the seed scripts). Two sweeps without cascade: the
 * first makes every sideOf true, the second every value derived from sideOf (a hub's changed
 * sideOf followed to its thousands of events in one transaction would outgrow the transaction
 * memory limit). Writes nothing where the stored values are already true. First turns notes stored
 * as sentences (before derivation keys) into the key.
 */
export async function refreshAllAccessPaths(
  driver: Driver,
  database: string,
  options: { batchSize?: number; keyBatchSize?: number; onBatch?: (done: number, total: number) => void } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 1_000;
  // Sentences to keys in batches, each its own transaction (see derivation-key.cypher for why).
  const keyBatch = options.keyBatchSize ?? 20_000;
  for (;;) {
    const [row] = await executeQuery(driver, { database }, access.derivationKey, { batch: keyBatch });
    if (Number(row?.migrated ?? 0) < keyBatch) break;
  }
  const ids = (await executeQuery(driver, { database, routing: 'READ' }, access.entityIds)).map((r) => String(r.id));
  const session = driver.session({ database });
  try {
    for (let sweep = 0; sweep < 2; sweep++) {
      for (let i = 0; i < ids.length; i += batchSize) {
        const entities = ids.slice(i, i + batchSize);
        await session.executeWrite((tx) => refreshAccessPaths(tx, { rels: [], entities }, false));
        options.onBatch?.(sweep * ids.length + Math.min(i + batchSize, ids.length), 2 * ids.length);
      }
    }
  } finally {
    await session.close();
  }
  return ids.length;
}

/**
 * Plan refresh.cypher once, in the background, when the service starts: it is a large query whose
 * first planning took 3-10 s on a loaded 2-core machine, which the first write after a start would
 * otherwise pay inside its transaction time limit. It runs with nothing touched, so it writes
 * nothing (EXPLAIN does not fill the plan cache for execution). Failures are ignored (the first
 * write plans it then).
 */
export function preparePlans(driver: Driver, database: string): void {
  const session = driver.session({ database });
  runQuery(session, access.refresh, { rels: [], entities: [], cascade: true })
    .catch(() => undefined)
    .finally(() => session.close().catch(() => undefined));
}

/** Recompute every access path from scratch and return where the stored values differ (none: all true). */
export async function verifyAccessPaths(
  driver: Driver,
  database: string,
  limit = 100,
): Promise<AccessPathDifference[]> {
  return executeQuery(driver, { database, routing: 'READ' }, access.verify, { limit: Math.trunc(limit) });
}
