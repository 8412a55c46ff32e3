/**
 * Credentials over HTTP: `Authorization: Bearer <key>`. Runs before the body is read
 * on /graphql, /export and /openCypher.
 *
 * - no Authorization header: an anonymous request (res.locals.principal = null),
 *   refused 401 when reads are configured key-only (READS_REQUIRE_KEY);
 * - a header that is not a valid, unrevoked key: 401 UNAUTHENTICATED at once, even
 *   for a read, so a client never mistakes a broken key for anonymous access;
 * - a valid key: res.locals.principal, which the GraphQL context carries on.
 *
 * Answers never repeat the key, and nothing here logs it.
 */
import { Request, RequestHandler, Response } from 'express';
import { Graph } from '../db/driver';
import { DomainError, ErrorCode } from '../errors';
import { sendDomainError } from '../http/errors';
import { verifyKey } from './keys';
import { Principal, unauthenticated } from './principal';

/** The challenge every 401 carries (RFC 6750). */
export const WWW_AUTHENTICATE = 'Bearer realm="bilateral-relations-graph"';

export interface AuthOptions {
  /** Every request needs a key (any role); otherwise reads are open and only writes do. */
  readsRequireKey: boolean;
}

/** The principal the auth middleware found for this request (null: anonymous). */
export function principalOf(res: Response): Principal | null {
  return (res.locals.principal as Principal | null | undefined) ?? null;
}

/** The key a request presents; undefined when there is no Authorization header. */
function presentedKey(req: Request): string | undefined {
  const header = req.headers.authorization;
  if (header === undefined) return undefined;
  const m = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(header);
  if (!m) throw unauthenticated('The Authorization header must be "Bearer <key>".');
  return m[1]!;
}

function refuse(req: Request, res: Response, error: unknown): void {
  if (error instanceof DomainError && error.code === ErrorCode.UNAUTHENTICATED) {
    res.set('WWW-Authenticate', WWW_AUTHENTICATE);
  }
  sendDomainError(req, res, error);
}

export function authenticate(graph: Graph, options: AuthOptions): RequestHandler {
  return async (req, res, next) => {
    // CORS preflights carry no credentials by design.
    if (req.method === 'OPTIONS') return next();
    try {
      const key = presentedKey(req);
      if (key === undefined) {
        if (options.readsRequireKey)
          throw unauthenticated('This service is configured to answer only requests with an API key.');
        res.locals.principal = null;
      } else {
        res.locals.principal = await verifyKey(graph, key);
      }
      next();
    } catch (error) {
      refuse(req, res, error);
    }
  };
}
