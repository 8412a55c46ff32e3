/**
 * The one mapping of driver errors to API codes, for the errors a database that is
 * going away or overloaded produces (errors made with the driver's own constructor).
 */
import { Neo4jError } from 'neo4j-driver';

const newError = (message: string, code = 'N/A'): Neo4jError => new Neo4jError(message, code, 'N/A', 'error');
import { DomainError, fromDatabaseError, isDatabaseDown } from '../../src/errors';

describe('database errors', () => {
  it.each(['ServiceUnavailable', 'SessionExpired', 'ProtocolError', 'Neo.TransientError.General.DatabaseUnavailable'])(
    '%s means the database is down: DATABASE_UNAVAILABLE, and it opens the circuit',
    (code) => {
      const error = newError('Failed to connect to server. Caused by: write EPIPE', code);
      expect(fromDatabaseError(error).code).toBe('DATABASE_UNAVAILABLE');
      expect(isDatabaseDown(error)).toBe(true);
      expect(isDatabaseDown(fromDatabaseError(error))).toBe(true);
    },
  );

  it('a full connection pool is DATABASE_UNAVAILABLE with Retry-After 1, but does not mean the database is down', () => {
    const error = newError(
      'Connection acquisition timed out in 5000 ms. Pool status: Active conn count = 100, Idle conn count = 0.',
    );
    const mapped = fromDatabaseError(error);
    expect(mapped).toBeInstanceOf(DomainError);
    expect(mapped.code).toBe('DATABASE_UNAVAILABLE');
    expect(mapped.details).toEqual({ retryAfterSeconds: 1 });
    expect(mapped.message).not.toMatch(/Pool status/);
    expect(isDatabaseDown(error)).toBe(false);
  });

  it('anything unknown is INTERNAL_SERVER_ERROR and does not open the circuit', () => {
    const error = newError('something odd', 'Neo.DatabaseError.General.UnknownError');
    expect(fromDatabaseError(error).code).toBe('INTERNAL_SERVER_ERROR');
    expect(isDatabaseDown(error)).toBe(false);
  });
});
