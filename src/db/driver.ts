/**
 * The Neo4j driver and the Graph gateway every read goes through: declared named,
 * parameterised queries (src/db/queries/, files in `cypher/queries/`), in read
 * transactions, with a per-query timeout, and database errors mapped in one place
 * (src/errors.ts).
 */
import neo4j, { Driver, ManagedTransaction, Transaction } from 'neo4j-driver';
import { Config, effectiveUri } from '../config';
import { fromDatabaseError } from '../errors';
import { DatabaseCircuit } from './circuit';
import { AnyQuery, DeclaredQuery, QueryArgs, QueryBounds, queryParams, queryText } from './query';
import { health } from './queries';

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

export { toCypherParams } from './cypher-params';

export interface ServerInfo {
  version: string;
  edition: string;
  address: string;
}

/** Sees every declared query a gateway runs (the API benchmark replays them through the raw driver). */
export type QueryObserver = (query: AnyQuery, params: Record<string, unknown>, bounds?: QueryBounds) => void;

/** An explicit read transaction a caller holds open (an export streams from one); close() rolls it back. */
export interface OpenReadTransaction {
  tx: Transaction;
  close(): Promise<void>;
}

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

  /** Run a declared read query; `bounds` lowers marked literal caps (see boundedQuery). */
  async read<P extends object, R>(declared: DeclaredQuery<P, R>, ...[given, bounds]: QueryArgs<P>): Promise<R[]> {
    const params = (given ?? {}) as Record<string, unknown>;
    const query = queryText(declared, bounds);
    this.roundTrips++;
    this.observer?.(declared, params, bounds);
    try {
      return await this.circuit.run(async () => {
        const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
        try {
          // One auto-commit read, no driver retries: while the database is down the
          // circuit answers at once, and a client retries after Retry-After, rather
          // than every request sleeping through the driver's retry back-off.
          const result = await session.run(query, queryParams(declared, params), {
            timeout: this.timeoutMs,
          });
          return result.records.map((r) => r.toObject() as R);
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
    await this.read(health.ping);
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
   * Open an explicit read transaction (READ access mode) for a caller that streams a long
   * result and decides itself when it is done — an export, whose output cannot be written
   * twice, so not a retried executeRead. `timeoutMs`: the transaction's own limit, longer
   * than a request's. Errors are the driver's own (the caller translates them); close()
   * rolls the transaction back and ends the session, and never throws.
   */
  async openReadTransaction(options: {
    timeoutMs: number;
    metadata?: Record<string, unknown>;
  }): Promise<OpenReadTransaction> {
    this.roundTrips++;
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    let tx: Transaction | undefined;
    const close = async (): Promise<void> => {
      // Nothing was written: closing rolls the read transaction back.
      await tx?.close().catch(() => undefined);
      await session.close().catch(() => undefined);
    };
    try {
      tx = await session.beginTransaction({ timeout: options.timeoutMs, metadata: options.metadata });
      return { tx, close };
    } catch (error) {
      await close();
      throw error;
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
      const rows = await this.read(health.components);
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
