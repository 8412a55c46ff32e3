/**
 * The Neo4j driver and the Graph gateway every read goes through: named,
 * parameterised queries from `cypher/queries/`, in read transactions, with a
 * per-query timeout, and database errors mapped in one place (src/errors.ts).
 */
import neo4j, { Driver, ManagedTransaction, RecordShape } from 'neo4j-driver';
import { Config, effectiveUri } from '../config';
import { fromDatabaseError } from '../errors';
import { DatabaseCircuit } from './circuit';
import { boundedQuery, namedQuery } from './cypher-files';

export function createDriver(config: Config, uri: string = effectiveUri(config)): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
    // Integers come back as JS numbers when safe: graph counts and ids here never
    // exceed 2^53, and plain numbers keep GraphQL resolvers free of Integer handling.
    disableLosslessIntegers: true,
    // Fail fast while the database is down instead of queueing requests for a minute.
    // A request that finds the pool full for this long is answered DATABASE_UNAVAILABLE.
    connectionAcquisitionTimeout: 5000,
    connectionTimeout: 5000,
    maxTransactionRetryTime: 3000,
    maxConnectionPoolSize: 100,
    userAgent: 'bilateral-relations-graph/0.1',
  });
}

/**
 * JavaScript has one number type; Cypher tells integers from floats and refuses a
 * float where it needs an integer (LIMIT, list slices). Whole numbers go as integers.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

export interface ServerInfo {
  version: string;
  edition: string;
  address: string;
}

/** Sees every named query a gateway runs (the API benchmark replays them through the raw driver). */
export type QueryObserver = (
  name: string,
  params: Record<string, unknown>,
  bounds?: Record<string, number | string>,
) => void;

export class Graph {
  /** Database round trips made through this gateway; tests use it to prove batching. */
  roundTrips = 0;

  constructor(
    readonly driver: Driver,
    readonly database: string,
    private readonly timeoutMs: number,
    private readonly observer?: QueryObserver,
    /** Shared by every fork: one view of whether the database is up. */
    readonly circuit: DatabaseCircuit = new DatabaseCircuit(),
  ) {}

  /** A gateway over the same driver whose round-trip counter starts at zero (one per request). */
  fork(): Graph {
    return new Graph(this.driver, this.database, this.timeoutMs, this.observer, this.circuit);
  }

  /** Run the named read query; `bounds` lowers marked literal caps (see boundedQuery). */
  async read<T extends RecordShape = RecordShape>(
    name: string,
    params: Record<string, unknown> = {},
    bounds?: Record<string, number | string>,
  ): Promise<T[]> {
    const query = bounds ? boundedQuery(name, bounds) : namedQuery(name);
    this.roundTrips++;
    this.observer?.(name, params, bounds);
    try {
      return await this.circuit.run(async () => {
        const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
        try {
          // One auto-commit read, no driver retries: while the database is down the
          // circuit answers at once, and a client retries after Retry-After, rather
          // than every request sleeping through the driver's retry back-off.
          const result = await session.run<T>(query, toCypherParams(params), {
            timeout: this.timeoutMs,
          });
          return result.records.map((r) => r.toObject());
        } finally {
          await session.close().catch(() => undefined);
        }
      });
    } catch (error) {
      throw fromDatabaseError(error);
    }
  }

  /** Is the database reachable and answering? One trivial query, through the circuit. */
  async ping(): Promise<void> {
    await this.read('health/ping');
  }

  /**
   * Run `work` in one read transaction (READ access mode, this gateway's timeout), for
   * callers that stream a result or need several queries on one snapshot. Errors are
   * the driver's own: the caller translates them for its protocol.
   */
  async inReadTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.roundTrips++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      return await session.executeRead(work, { timeout: this.timeoutMs });
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /**
   * Run `work` in one write transaction (the curation mutations: everything a write changes,
   * and its journal, commit together or not at all). Through the circuit like reads; the
   * driver retries `work` on transient errors (a deadlock between two writers), so `work`
   * must start from scratch each time. Errors other than DomainErrors are mapped.
   */
  async inWriteTransaction<T>(work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
    this.roundTrips++;
    try {
      return await this.circuit.run(async () => {
        const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.WRITE });
        try {
          return await session.executeWrite(work, { timeout: this.timeoutMs });
        } finally {
          await session.close().catch(() => undefined);
        }
      });
    } catch (error) {
      throw fromDatabaseError(error);
    }
  }

  async serverInfo(): Promise<ServerInfo> {
    this.roundTrips++;
    try {
      const info = await this.circuit.run(() => this.driver.getServerInfo({ database: this.database }));
      const rows = await this.read<{ version: string; edition: string }>('health/components');
      return {
        version: rows[0]?.version ?? info.agent ?? 'unknown',
        edition: rows[0]?.edition ?? 'unknown',
        address: info.address ?? 'unknown',
      };
    } catch (error) {
      throw fromDatabaseError(error);
    }
  }
}
