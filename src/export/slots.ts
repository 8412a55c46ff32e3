/**
 * The exports' share of the database: at most `concurrent` exports stream at once,
 * each holding one connection and one read transaction for as long as its reader
 * takes; up to `queue` more wait for a slot, at most `maxWaitMs`. Everything beyond
 * is answered 503 SERVICE_BUSY with Retry-After at once, so slow or stuck export
 * readers can never take the connections GraphQL needs.
 *
 * The bulkhead itself is cockatiel's (capacity + bounded queue).
 */
import { BulkheadPolicy, BulkheadRejectedError, bulkhead } from 'cockatiel';
import { DomainError, ErrorCode } from '../errors';

export const busy = (retryAfterSeconds: number): DomainError =>
  new DomainError(
    ErrorCode.SERVICE_BUSY,
    'Every export slot is taken (EXPORT_MAX_CONCURRENT) and the queue is full. Try again shortly.',
    { retryAfterSeconds },
  );

export class ExportSlots {
  private readonly policy: BulkheadPolicy;

  constructor(
    readonly concurrent: number,
    readonly queue: number,
    private readonly maxWaitMs: number,
  ) {
    this.policy = bulkhead(concurrent, queue);
  }

  /** Slots free right now (for tests and diagnostics). */
  get free(): number {
    return this.policy.executionSlots;
  }

  /**
   * Run `work` in a slot, now or after waiting in the queue. Throws SERVICE_BUSY when
   * the queue is full or the wait passes maxWaitMs. `stillWanted` is asked when a
   * queued export's turn comes: a client that went away meanwhile gives its slot on.
   */
  async run(work: () => Promise<void>, stillWanted: () => boolean): Promise<void> {
    let state: 'waiting' | 'running' | 'abandoned' = 'waiting';
    const execution = this.policy.execute(async () => {
      if (state === 'abandoned' || !stillWanted()) return;
      state = 'running';
      await work();
    });
    return new Promise<void>((resolve, reject) => {
      // The wait bound applies to waiting only: a running export has its own limits.
      const timer = setTimeout(() => {
        if (state !== 'waiting') return;
        state = 'abandoned';
        reject(busy(Math.max(1, Math.ceil(this.maxWaitMs / 1000))));
      }, this.maxWaitMs);
      execution.then(
        () => {
          clearTimeout(timer);
          resolve();
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof BulkheadRejectedError ? busy(1) : (error as Error));
        },
      );
    });
  }
}
