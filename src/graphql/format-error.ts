/**
 * What a client sees of an error. Never throws, and lets through only messages
 * written for clients: our DomainErrors and GraphQL's own request errors (parse,
 * validation, bad variables). Anything else is an internal fault whose message
 * could carry Cypher, parameters or credentials, so it is replaced and logged.
 */
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { DomainError, ErrorCode } from '../errors';

const CLIENT_CODES = new Set<string>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

/** The DomainError behind what Apollo reports: thrown by a resolver, or by a plugin hook (wrapped once). */
function domainErrorOf(error: unknown): DomainError | undefined {
  const original = unwrapResolverError(error);
  if (original instanceof DomainError) return original;
  if (original instanceof GraphQLError && original.originalError instanceof DomainError) return original.originalError;
  return undefined;
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  try {
    const original = unwrapResolverError(error);
    const code = String(formatted.extensions?.code ?? '');
    const domain = domainErrorOf(error);
    if (domain) {
      // The one place a domain error becomes a GraphQL error: its code and details are the extensions.
      if (domain.code === ErrorCode.INTERNAL_SERVER_ERROR && domain.cause) {
        console.error('[graphql] internal error:', domain.cause);
      }
      const extensions = { ...domain.details, code: domain.code };
      return { message: domain.message, locations: formatted.locations, path: formatted.path, extensions };
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
