/**
 * The one way the service fails over HTTP: a JSON body with a code, the right
 * status, and never a stack trace, a file path or Cypher.
 *
 *   /graphql   {"errors": [{"message", "extensions": {"code", ...}}]}   (what GraphQL clients read)
 *   elsewhere  {"error": {"code", "message", ...}}
 *
 * Used for what happens before GraphQL runs (the body parser: malformed JSON, a
 * charset or content encoding it cannot read, a body over the limit), for limits
 * (429, 503), for unknown routes, for the REST routes' own errors, and for requests
 * Node's HTTP parser rejects before Express sees them (clientError).
 */
import http from 'node:http';
import net from 'node:net';
import { ErrorRequestHandler, Request, RequestHandler, Response } from 'express';
import { DomainError, ErrorCode, fromDatabaseError } from '../errors';
import { HTTP_STATUS } from './status';

function isGraphQLRequest(req: Request): boolean {
  const path = new URL(req.originalUrl, 'http://localhost').pathname;
  return path === '/graphql' || path.startsWith('/graphql/');
}

/**
 * Answer with an error. `details` join the code (e.g. `parameter`); `retryAfterSeconds`
 * becomes the Retry-After header too. After the first byte of a body nothing can be
 * said any more: the connection is cut so a truncated answer never looks complete.
 */
export function sendError(
  req: Request,
  res: Response,
  status: number,
  code: string,
  message: string,
  details: Record<string, unknown> = {},
): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const retryAfter = details.retryAfterSeconds;
  if (typeof retryAfter === 'number') res.set('Retry-After', String(retryAfter));
  const body = isGraphQLRequest(req)
    ? { errors: [{ message, extensions: { code, ...details } }] }
    : { error: { code, message, ...details } };
  res.status(status).json(body);
}

/** A DomainError (anything else becomes one, via the database error mapping) as status + JSON. */
export function sendDomainError(req: Request, res: Response, error: unknown): void {
  const e = error instanceof DomainError ? error : fromDatabaseError(error);
  const code = e.code;
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) console.error(`${req.method} ${req.path} failed:`, e.cause ?? e);
  // REST clients know the offending input as a "parameter"; resolvers call it an "argument".
  const { argument: parameter, ...rest } = e.details;
  const details = parameter === undefined ? rest : { parameter, ...rest };
  sendError(req, res, HTTP_STATUS[code] ?? 500, code, e.message, details);
}

interface HttpError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  limit?: number;
  charset?: string;
  encoding?: string;
  code?: string;
}

/** What a body-parser (or other http-errors) failure means for the client. */
function describe(error: HttpError): { status: number; code: ErrorCode; message: string } {
  const status = error.status ?? error.statusCode ?? 500;
  switch (error.type ?? '') {
    case 'entity.too.large':
      return {
        status: 413,
        code: ErrorCode.PAYLOAD_TOO_LARGE,
        message: `The request body is larger than ${error.limit ?? 'the limit of'} bytes (decompressed).`,
      };
    case 'entity.parse.failed':
      return {
        status: 400,
        code: ErrorCode.BAD_REQUEST,
        message: `The request body is not valid JSON: ${error.message}`,
      };
    case 'charset.unsupported':
      return {
        status: 415,
        code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        message: `Unsupported charset "${error.charset ?? '?'}": send the body as UTF-8.`,
      };
    case 'encoding.unsupported':
      return {
        status: 415,
        code: ErrorCode.UNSUPPORTED_MEDIA_TYPE,
        message: `Unsupported Content-Encoding "${error.encoding ?? '?'}": send the body uncompressed, or as gzip, deflate or br.`,
      };
    case 'request.size.invalid':
      return {
        status: 400,
        code: ErrorCode.BAD_REQUEST,
        message: 'The request body does not match its Content-Length.',
      };
    case 'request.aborted':
      return { status: 400, code: ErrorCode.BAD_REQUEST, message: 'The request body was cut off.' };
  }
  if (typeof error.code === 'string' && error.code.startsWith('Z_')) {
    return {
      status: 400,
      code: ErrorCode.BAD_REQUEST,
      message: 'The request body could not be decompressed as its Content-Encoding says.',
    };
  }
  if (status >= 400 && status < 500) {
    const code =
      status === 413
        ? ErrorCode.PAYLOAD_TOO_LARGE
        : status === 415
          ? ErrorCode.UNSUPPORTED_MEDIA_TYPE
          : ErrorCode.BAD_REQUEST;
    return { status, code, message: error.expose ? error.message : 'Bad request.' };
  }
  return { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error.' };
}

/** Express's last error middleware: replaces its HTML page (with a stack trace) for every route. */
export const httpErrorHandler: ErrorRequestHandler = (error: unknown, req, res, _next) => {
  if (error instanceof DomainError) {
    sendDomainError(req, res, error);
    return;
  }
  const { status, code, message } = describe((error ?? {}) as HttpError);
  if (status >= 500) console.error(`${req.method} ${req.path} failed:`, error);
  sendError(req, res, status, code, message);
};

/** Express's default 404 is an HTML page; this says what exists instead. */
export const notFoundHandler: RequestHandler = (req, res) => {
  sendError(
    req,
    res,
    404,
    ErrorCode.NOT_FOUND,
    `Nothing at ${req.method} ${req.path}. The API is POST /graphql; see also /explorer, /export/*, /healthz, /readyz.`,
  );
};

/**
 * Requests Node's HTTP parser rejects (malformed request line, headers over the
 * limit, a request that took too long to arrive) never reach Express; Node would
 * answer them with an empty body. Same JSON as everywhere else, then close.
 */
export function answerClientError(error: Error & { code?: string }, socket: net.Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const [status, code, message] =
    error.code === 'HPE_HEADER_OVERFLOW'
      ? [431, ErrorCode.HEADERS_TOO_LARGE, 'The request headers are too large.']
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? [408, ErrorCode.REQUEST_TIMEOUT, 'The request took too long to arrive.']
        : [400, ErrorCode.BAD_REQUEST, 'Malformed HTTP request.'];
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\n` +
      'Content-Type: application/json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n` +
      'Connection: close\r\n\r\n' +
      body,
  );
}
