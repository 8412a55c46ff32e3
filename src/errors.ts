/**
 * Domain errors: the codes the service promises its clients, the error every layer below the
 * API throws (db/, services, export, ingest, curation), and the one place where database errors
 * are translated into them (by the driver's `code`, never by message text).
 *
 * Plain errors, with no GraphQL or HTTP in them: src/graphql/format-error.ts turns a DomainError
 * into a GraphQL error (extensions.code and details), and src/http/status.ts gives each code its
 * HTTP status, used by src/http/errors.ts and src/graphql/http-status.ts.
 */

export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  TIMEOUT = 'TIMEOUT',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  /** A write based on a version of an element that is no longer the current one (HTTP 409). */
  CONFLICT = 'CONFLICT',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  // HTTP-level failures (src/http/errors.ts), answered before any GraphQL runs.
  BAD_REQUEST = 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  UNSUPPORTED_MEDIA_TYPE = 'UNSUPPORTED_MEDIA_TYPE',
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  SERVICE_BUSY = 'SERVICE_BUSY',
  REQUEST_TIMEOUT = 'REQUEST_TIMEOUT',
  HEADERS_TOO_LARGE = 'HEADERS_TOO_LARGE',
  // Authentication (src/auth/): no, wrong or revoked credentials; a role too low.
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
}

/** A failure the client can act on; its message is safe to show, and so are its details. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** What the client may need besides the message (e.g. `argument`, `id`, `retryAfterSeconds`). */
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const badInput = (message: string, argument?: string): DomainError =>
  new DomainError(ErrorCode.BAD_USER_INPUT, message, argument ? { argument } : {});

export const notFound = (what: string, id: string): DomainError =>
  new DomainError(ErrorCode.NOT_FOUND, `No ${what} with id "${id}".`, { id });

/** A write based on `expected`, while the element is at `actual`: nothing was written. */
export const conflict = (id: string, expected: number, actual: number, what = 'element'): DomainError =>
  new DomainError(
    ErrorCode.CONFLICT,
    `The ${what} ${id} is at version ${actual}, not ${expected}: someone changed it since you read it. ` +
      'Nothing was written; read it again and redo your change on the current version.',
    { id, expectedVersion: expected, currentVersion: actual },
  );

/** `retryAfterSeconds` (when known) also becomes the response's Retry-After header. */
export const databaseUnavailable = (retryAfterSeconds?: number): DomainError =>
  new DomainError(
    ErrorCode.DATABASE_UNAVAILABLE,
    'The graph database is unavailable. Try again shortly; if it persists, check that Neo4j is running (npm run db:status).',
    retryAfterSeconds === undefined ? {} : { retryAfterSeconds },
  );

/**
 * Driver-side codes (not Neo4j status codes) for a server that cannot be reached. A
 * connection the server closes during the Bolt handshake, as a stopping Neo4j does,
 * comes back as ProtocolError ("Failed to connect to server … write EPIPE").
 */
const UNAVAILABLE_DRIVER_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ProtocolError']);

const TIMEOUT_STATUS_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
  'Neo.TransientError.Transaction.LockClientStopped',
]);

/** Status codes that mean "the database is there but not usable right now". */
const UNAVAILABLE_STATUS_CODES = new Set([
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.TransientError.Database.DatabaseUnavailable',
]);

/**
 * The driver gives a pool that stayed full for connectionAcquisitionTimeout no code
 * of its own ("N/A"), so this one is recognised by its fixed message.
 */
export function isPoolExhausted(error: unknown): boolean {
  return error instanceof Error && error.message.startsWith('Connection acquisition timed out');
}

/**
 * The database itself is down, stopping or unreachable (not merely busy or slow):
 * what opens the circuit in src/db/circuit.ts.
 */
export function isDatabaseDown(error: unknown): boolean {
  // An error already mapped (e.g. by the export reader) is judged by what the driver threw.
  const raw = error instanceof DomainError && error.cause !== undefined ? error.cause : error;
  const code = codeOf(raw) ?? '';
  return UNAVAILABLE_DRIVER_CODES.has(code) || UNAVAILABLE_STATUS_CODES.has(code);
}

function codeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/**
 * Translate any error thrown while talking to Neo4j into a DomainError whose
 * message carries no Cypher, parameters or credentials. Unknown errors become
 * INTERNAL_SERVER_ERROR; the original is kept as `cause` for server-side logs only.
 */
export function fromDatabaseError(error: unknown): DomainError {
  if (error instanceof DomainError) return error;
  const code = codeOf(error) ?? '';
  let mapped: DomainError;
  if (UNAVAILABLE_DRIVER_CODES.has(code) || UNAVAILABLE_STATUS_CODES.has(code)) {
    mapped = databaseUnavailable();
  } else if (isPoolExhausted(error)) {
    mapped = new DomainError(
      ErrorCode.DATABASE_UNAVAILABLE,
      'Every connection to the graph database is in use. Try again in a moment.',
      { retryAfterSeconds: 1 },
    );
  } else if (TIMEOUT_STATUS_CODES.has(code) || code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut')) {
    mapped = new DomainError(
      ErrorCode.TIMEOUT,
      'The query took longer than the database time limit. Narrow it (fewer hops, a shorter date window, a smaller page).',
    );
  } else {
    mapped = new DomainError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error.');
  }
  (mapped as { cause?: unknown }).cause = error;
  return mapped;
}
