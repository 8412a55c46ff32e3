/**
 * When the online loader (src/load/online.ts) applies cypher/schema.
 *
 * Constraints go first: the loader's lookups and the MERGE path find nodes through them, and they
 * keep ids unique while batches run in parallel. So does `evidence_fact_id`, through which every
 * batch asks which facts already have evidence (load/existing.cypher, refresh-summaries.cypher).
 * Every other index (the full-text indexes over names, texts and excerpts, the range indexes on
 * dates, kinds and roles) is updated on every write; one that does not exist yet when the load
 * starts is created after it, and Neo4j then populates it once, in bulk, from the store. An index
 * that already exists is never dropped: it stays, and is maintained by the writes as usual.
 * The second call is an ordinary `db:migrate` (idempotent), so a load killed before it
 * finishes gets the indexes from its rerun (or from the next `npm start`).
 */
import type { Driver } from 'neo4j-driver';
import type { Statement } from '../db/cypher-files';
import { migrate } from '../db/runner';

/** The statement's Cypher without its comment lines. */
const code = (s: Statement): string =>
  s.text
    .split('\n')
    .filter((l) => !l.trim().startsWith('//'))
    .join('\n');

/** A schema statement the load itself needs in force before it writes. */
export function neededWhileLoading(s: Statement): boolean {
  const text = code(s);
  return /^\s*CREATE\s+CONSTRAINT\b/i.test(text) || /\bevidence_fact_id\b/.test(text);
}

/** Before the load: constraints and the indexes the load's own queries use. */
export const applyLoadSchema = (driver: Driver, database: string): Promise<unknown> =>
  migrate(driver, { database, statements: neededWhileLoading });

/** After the load: everything else in cypher/schema (a no-op where it exists), populated in bulk. */
export const applyFullSchema = (driver: Driver, database: string): Promise<unknown> => migrate(driver, { database });
