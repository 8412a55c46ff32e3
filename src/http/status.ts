/**
 * The HTTP status of each error code, where the status is ours to choose: REST routes and HTTP-level
 * failures (src/http/errors.ts), and the GraphQL codes a client must be able to rely on whatever layer
 * raised them (src/graphql/http-status.ts). The one place a domain error becomes a status.
 */
import { ErrorCode } from '../errors';

export const HTTP_STATUS: Readonly<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.REQUEST_TIMEOUT]: 408,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.UNSUPPORTED_MEDIA_TYPE]: 415,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.HEADERS_TOO_LARGE]: 431,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
  [ErrorCode.SERVICE_BUSY]: 503,
  [ErrorCode.TIMEOUT]: 504,
};
