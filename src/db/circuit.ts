/**
 * The database circuit: while Neo4j is down, stopping or unreachable, requests fail
 * at once with DATABASE_UNAVAILABLE and a Retry-After, instead of each one waiting
 * for connection timeouts; the service recovers by itself.
 *
 * States (opossum's): closed — every call goes through; open — every call fails
 * fast; half-open — after `retryAfterMs` one call probes the database while the
 * others still fail fast; its success closes the circuit, its failure opens it for
 * another period.
 *
 * Only errors that say the database itself is down open it (src/errors.ts
 * isDatabaseDown). A slow query, a bad argument or a full connection pool is that
 * request's problem and leaves the circuit closed.
 */
import CircuitBreaker from 'opossum';
import { databaseUnavailable, DomainError, isDatabaseDown } from '../errors';

type Work = () => Promise<unknown>;

export type CircuitState = 'closed' | 'open' | 'half-open';

export class DatabaseCircuit {
  private readonly breaker: CircuitBreaker<[Work], unknown>;
  private openedAt = 0;

  constructor(readonly retryAfterMs = 2000) {
    this.breaker = new CircuitBreaker((work: Work) => work(), {
      // The database enforces query time limits itself (NEO4J_QUERY_TIMEOUT_MS).
      timeout: false,
      resetTimeout: retryAfterMs,
      // One "database down" is enough: such an error is never a fluke of one query.
      errorThresholdPercentage: 0,
      volumeThreshold: 0,
      // Everything else counts as the database having answered.
      errorFilter: (error: unknown) => !isDatabaseDown(error),
    });
    this.breaker.on('open', () => (this.openedAt = Date.now()));
  }

  get state(): CircuitState {
    if (this.breaker.opened) return 'open';
    return this.breaker.halfOpen ? 'half-open' : 'closed';
  }

  /** Whole seconds until the next probe (at least 1): the Retry-After of a fast failure. */
  retryAfterSeconds(): number {
    const left = this.openedAt + this.retryAfterMs - Date.now();
    return Math.max(1, Math.ceil((this.state === 'closed' ? this.retryAfterMs : left) / 1000));
  }

  /**
   * Run database work through the circuit. Errors that mean "down" come back as
   * DATABASE_UNAVAILABLE carrying retryAfterSeconds; other errors pass through unchanged.
   */
  async run<T>(work: () => Promise<T>): Promise<T> {
    try {
      return (await this.breaker.fire(work)) as T;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code === 'EOPENBREAKER' || isDatabaseDown(error)) {
        const mapped: DomainError = databaseUnavailable(this.retryAfterSeconds());
        (mapped as { cause?: unknown }).cause = error;
        throw mapped;
      }
      throw error;
    }
  }
}
