/**
 * Failures of the openCypher endpoint, answered the way Amazon Neptune answers them:
 * a non-2xx status and `{"requestId", "code", "detailedMessage"}`. graph-explorer
 * shows `detailedMessage`. Codes follow Neptune's where it has one; messages never
 * carry a stack trace, credentials or the rewritten query text.
 */
import { fromDatabaseError, ErrorCode, DomainError } from '../errors';

export enum OpenCypherErrorCode {
  /** The request itself: no query, a wrong content type, parameters, several statements. */
  BadRequest = 'BadRequestException',
  /** The query does not parse, or Neo4j rejects it as invalid (unknown variable, wrong type…). */
  MalformedQuery = 'MalformedQueryException',
  /** The query would change the graph. */
  ReadOnlyViolation = 'ReadOnlyViolationException',
  /** Procedure calls, LOAD CSV, USE, administration commands: not offered here. */
  UnsupportedOperation = 'UnsupportedOperationException',
  /** More rows than the configured cap. */
  QueryLimitExceeded = 'QueryLimitExceededException',
  /** Stopped by the database's time limit. */
  TimeLimitExceeded = 'TimeLimitExceededException',
  /** The database cannot be reached. */
  DatabaseUnavailable = 'DatabaseUnavailableException',
  /** The endpoint is switched off by configuration. */
  NotFound = 'NotFoundException',
  InternalFailure = 'InternalFailureException',
}

const STATUS: Record<OpenCypherErrorCode, number> = {
  [OpenCypherErrorCode.BadRequest]: 400,
  [OpenCypherErrorCode.MalformedQuery]: 400,
  [OpenCypherErrorCode.ReadOnlyViolation]: 403,
  [OpenCypherErrorCode.UnsupportedOperation]: 400,
  [OpenCypherErrorCode.QueryLimitExceeded]: 400,
  [OpenCypherErrorCode.TimeLimitExceeded]: 504,
  [OpenCypherErrorCode.DatabaseUnavailable]: 503,
  [OpenCypherErrorCode.NotFound]: 404,
  [OpenCypherErrorCode.InternalFailure]: 500,
};

export class OpenCypherError extends Error {
  constructor(
    readonly code: OpenCypherErrorCode,
    readonly detailedMessage: string,
  ) {
    super(detailedMessage);
    this.name = 'OpenCypherError';
  }

  get status(): number {
    return STATUS[this.code];
  }
}

export const badRequest = (message: string): OpenCypherError =>
  new OpenCypherError(OpenCypherErrorCode.BadRequest, message);

/**
 * Neo4j's own message for a query it refuses, reduced to its first line without the
 * position: positions and the excerpt it quotes refer to the rewritten query, which
 * the client never wrote (ids and labels are translated before the query is sent).
 */
function statementMessage(message: string): string {
  const first = message.split('\n')[0] ?? '';
  return first.replace(/\s*\(line \d+, column \d+ \(offset: \d+\)\)\s*$/, '').trim() || 'The query is not valid.';
}

/** A driver or server error raised while running a user's query, as an endpoint error. */
export function fromQueryError(error: unknown): OpenCypherError {
  if (error instanceof OpenCypherError) return error;
  const code = typeof (error as { code?: unknown })?.code === 'string' ? (error as { code: string }).code : '';
  const message = typeof (error as { message?: unknown })?.message === 'string' ? (error as Error).message : '';
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new OpenCypherError(
      OpenCypherErrorCode.ReadOnlyViolation,
      'This endpoint is read-only: the database refused a write in a read transaction.',
    );
  }
  if (code === 'Neo.ClientError.Statement.SyntaxError' || code === 'Neo.ClientError.Statement.SemanticError') {
    return new OpenCypherError(OpenCypherErrorCode.MalformedQuery, statementMessage(message));
  }
  if (code.startsWith('Neo.ClientError.Statement.') || code.startsWith('Neo.ClientError.Procedure.')) {
    // ArgumentError, TypeError, ArithmeticError, ParameterMissing…: the query ran and failed on its own terms.
    return new OpenCypherError(OpenCypherErrorCode.BadRequest, statementMessage(message));
  }
  const mapped: DomainError = fromDatabaseError(error);
  switch (mapped.code) {
    case ErrorCode.TIMEOUT:
      return new OpenCypherError(
        OpenCypherErrorCode.TimeLimitExceeded,
        'The query was stopped by the database time limit. Narrow it (a label, a LIMIT, fewer hops).',
      );
    case ErrorCode.DATABASE_UNAVAILABLE:
      return new OpenCypherError(OpenCypherErrorCode.DatabaseUnavailable, mapped.message);
    default:
      return new OpenCypherError(OpenCypherErrorCode.InternalFailure, 'Internal server error.');
  }
}
