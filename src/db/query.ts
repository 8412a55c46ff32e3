/**
 * Declared queries: each named query of `cypher/queries/` is declared once (src/db/queries/)
 * with the names and types of its parameters and the shape of its rows, and runs the same
 * way wherever it runs: through the gateway (Graph.read), or in a transaction or session a
 * caller holds (runQuery; queryResult for the summary; streamQuery record by record, as an
 * export does in Graph.openReadTransaction; executeQuery for tools holding only a driver).
 *
 * The declaration's list of parameter names is checked against the `$param`s of its file by
 * a unit test (test/unit/queries.test.ts), so a renamed parameter fails before it reaches a
 * database.
 */
import { Driver, QueryConfig, QueryResult, Result, RoutingControl } from 'neo4j-driver';
import { toCypherParams } from './cypher-params';
import { boundedQuery, namedQuery } from './cypher-files';

/** Parameters of a query that takes none. */
export type NoParams = Record<string, never>;

/** A row whose shape the callers read field by field with their own conversions. */
export type AnyRow = Record<string, unknown>;

/** Literal caps a caller may lower, or a relationship type it may choose (see boundedQuery). */
export type QueryBounds = Record<string, number | string>;

export interface DeclaredQuery<P extends object, R> {
  /** The file's path under cypher/queries/, without `.cypher`. */
  readonly name: string;
  /** The `$param`s the file uses, each once. */
  readonly params: readonly (keyof P & string)[];
  /**
   * Whether parameters are sent as given rather than through toCypherParams. For writes whose
   * property values the caller types itself (a whole confidence must stay a float).
   */
  readonly asGiven: boolean;
  /** Never set: carries the row type. */
  readonly row?: R;
}

/**
 * Declare the named query `name` with parameters `P` (their names listed, for the unit test)
 * and rows `R`. Parameters go through toCypherParams (whole numbers as integers) unless
 * `asGiven`.
 */
export function defineQuery<P extends object = NoParams, R = AnyRow>(
  name: string,
  params: readonly (keyof P & string)[],
  options: { asGiven?: boolean } = {},
): DeclaredQuery<P, R> {
  return Object.freeze({ name, params: Object.freeze([...params]), asGiven: options.asGiven ?? false });
}

/** The arguments after the query: parameters may be left out when the query takes none. */
export type QueryArgs<P extends object> = NoParams extends P
  ? [params?: P, bounds?: QueryBounds]
  : [params: P, bounds?: QueryBounds];

/** The Cypher text sent for a declared query: the file's statement, marked literals specialised. */
export function queryText(query: AnyQuery, bounds?: QueryBounds): string {
  return bounds ? boundedQuery(query.name, bounds) : namedQuery(query.name);
}

/** The parameter map sent for a declared query. */
export function queryParams(query: AnyQuery, params: object = {}): Record<string, unknown> {
  return (query.asGiven ? params : toCypherParams(params)) as Record<string, unknown>;
}

/** Anything that runs Cypher: a session, an explicit transaction, a managed (executeRead/Write) transaction. */
export interface CypherRunner {
  run(query: string, parameters?: Record<string, unknown>): Result;
}

/** Any declared query, whatever its types (for code that handles queries by name). */
export type AnyQuery = DeclaredQuery<never, unknown>;

/** Run a declared query in the caller's transaction (or session); the driver's result, for its summary. */
export function queryResult<P extends object, R>(
  tx: CypherRunner,
  query: DeclaredQuery<P, R>,
  ...[params, bounds]: QueryArgs<P>
): Promise<QueryResult> {
  return tx.run(queryText(query, bounds), queryParams(query, params));
}

/** Run a declared query in the caller's transaction (or session); its rows as plain objects. */
export async function runQuery<P extends object, R>(
  tx: CypherRunner,
  query: DeclaredQuery<P, R>,
  ...args: QueryArgs<P>
): Promise<R[]> {
  return (await queryResult(tx, query, ...args)).records.map((r) => r.toObject() as R);
}

/**
 * Stream a declared query's rows from the caller's transaction, record by record (the driver
 * pauses the server when the consumer is slow). Errors are the driver's own.
 */
export async function* streamQuery<P extends object, R>(
  tx: CypherRunner,
  query: DeclaredQuery<P, R>,
  ...[params, bounds]: QueryArgs<P>
): AsyncGenerator<R> {
  for await (const record of tx.run(queryText(query, bounds), queryParams(query, params))) {
    yield record.toObject() as R;
  }
}

/**
 * Run a declared query with the driver's own managed transaction (driver.executeQuery), for the
 * command-line tools and benches that hold a driver and no gateway.
 */
export async function executeQuery<P extends object, R>(
  driver: Driver,
  config: { database: string; routing?: RoutingControl } & Omit<QueryConfig, 'database' | 'routing'>,
  query: DeclaredQuery<P, R>,
  ...[params, bounds]: QueryArgs<P>
): Promise<R[]> {
  const result = await driver.executeQuery(queryText(query, bounds), queryParams(query, params), config);
  return result.records.map((r) => r.toObject() as R);
}

/** Whatever runs declared queries and returns their rows: the gateway (Graph), or a transaction (readerOf). */
export interface QueryReader {
  read<P extends object, R>(query: DeclaredQuery<P, R>, ...args: QueryArgs<P>): Promise<R[]>;
}

/** Run declared queries in the caller's transaction, as a QueryReader. */
export const readerOf = (tx: CypherRunner): QueryReader => ({
  read: (query, ...args) => runQuery(tx, query, ...args),
});
