/**
 * Every named query of cypher/queries/, declared once, one module per folder: import a
 * folder's module and run its queries with Graph.read (the gateway) or runQuery (a
 * transaction the caller holds). test/unit/queries.test.ts checks this catalogue against
 * the files.
 */
import type { AnyQuery } from '../query';
import * as access from './access';
import * as auth from './auth';
import * as backup from './backup';
import * as citations from './citations';
import * as curation from './curation';
import * as entity from './entity';
import * as evidence from './evidence';
import * as exportQueries from './export';
import * as graph from './graph';
import * as health from './health';
import * as ingest from './ingest';
import * as load from './load';
import * as opencypher from './opencypher';
import * as research from './research';
import * as search from './search';
import * as source from './source';
import * as time from './time';

export {
  access,
  auth,
  backup,
  citations,
  curation,
  entity,
  evidence,
  exportQueries,
  graph,
  health,
  ingest,
  load,
  opencypher,
  research,
  search,
  source,
  time,
};

const isQuery = (value: unknown): value is AnyQuery =>
  typeof value === 'object' && value !== null && typeof (value as AnyQuery).name === 'string' && 'params' in value;

/** Every declaration, in catalogue order (a name declared twice appears twice: the unit test looks). */
export const ALL_QUERIES: readonly AnyQuery[] = [
  access,
  auth,
  backup,
  citations,
  curation,
  entity,
  evidence,
  exportQueries,
  graph,
  health,
  ingest,
  load,
  opencypher,
  research,
  search,
  source,
  time,
].flatMap((module) => Object.values(module).filter(isQuery));

const byName = new Map(ALL_QUERIES.map((q) => [q.name, q]));

/** The declaration of a query named in data (the plan gate's cases, a bench's list); throws for an undeclared name. */
export function declaredQuery(name: string): AnyQuery {
  const query = byName.get(name);
  if (!query) throw new Error(`No declared query "${name}" (src/db/queries/).`);
  return query;
}
