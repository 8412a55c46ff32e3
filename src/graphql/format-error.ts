/**
 * What a client sees of an error. Never throws, and lets through only messages
 * written for clients: our DomainErrors and GraphQL's own request errors (parse,
 * validation, bad variables). Anything else is an internal fault whose message
 * could carry Cypher, parameters or credentials, so it is replaced and logged.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '../errors';

const CLIENT_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  ErrorCode.QUERY_TOO_COMPLEX,
]);

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  try {
    const original = unwrapResolverError(error);
    const code = String(formatted.extensions?.code ?? '');
    if (original instanceof DomainError) {
      const { stacktrace: _s, ...extensions } = { ...(original.extensions ?? {}) } as Record<string, unknown>;
      if (original.extensions.code === ErrorCode.INTERNAL_SERVER_ERROR && original.cause) {
        console.error('[graphql] internal error:', original.cause);
      }
      return { message: original.message, locations: formatted.locations, path: formatted.path, extensions };
    }
    if (CLIENT_CODES.has(code)) {
      return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    console.error('[graphql] internal error:', original);
    return {
      message: 'Internal server error.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  } catch {
    return { message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
  }
}
