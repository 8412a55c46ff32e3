/**
 * An Apollo plugin: the one place where GraphQL answers get the HTTP status of
 * their error code, for the codes whose status a client must be able to rely on
 * whatever layer raised them (HTTP_STATUS in src/http/status.ts):
 *
 *   UNAUTHENTICATED 401 (+ WWW-Authenticate), FORBIDDEN 403, TOO_MANY_REQUESTS 429 (+ Retry-After),
 *   CONFLICT 409 (a write based on a stale version; nothing was written)
 *
 * and for request errors raised before execution (no `data` in the answer), which
 * Apollo would otherwise answer 500. Execution errors of other codes keep the 200
 * that GraphQL over HTTP prescribes.
 */
import { ApolloServerPlugin } from '@apollo/server';
import { WWW_AUTHENTICATE } from '../auth/http';
import { ErrorCode } from '../errors';
import { HTTP_STATUS } from '../http/status';

/** Checked in this order: an unauthenticated request is told so before anything else. */
const ALWAYS_MAPPED = [
  ErrorCode.UNAUTHENTICATED,
  ErrorCode.FORBIDDEN,
  ErrorCode.TOO_MANY_REQUESTS,
  ErrorCode.CONFLICT,
] as const;

export const httpStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const result = response.body.singleResult;
        const errors = result.errors ?? [];
        const codes = errors.map((e) => String(e.extensions?.code ?? ''));
        const code = ALWAYS_MAPPED.find((c) => codes.includes(c));
        if (code !== undefined) {
          response.http.status = HTTP_STATUS[code];
          if (code === ErrorCode.UNAUTHENTICATED) response.http.headers.set('www-authenticate', WWW_AUTHENTICATE);
          if (code === ErrorCode.TOO_MANY_REQUESTS) {
            const seconds = errors
              .filter((e) => e.extensions?.code === code)
              .map((e) => Number(e.extensions?.retryAfterSeconds ?? 1));
            response.http.headers.set('retry-after', String(Math.max(...seconds)));
          }
          return;
        }
        // A request error from a plugin hook (e.g. a write batch over the cap): Apollo's default is 500.
        if (!('data' in result) && response.http.status === 500) {
          const mapped = codes.map((c) => HTTP_STATUS[c]).find((s) => s !== undefined && s < 500);
          if (mapped !== undefined) response.http.status = mapped;
        }
      },
    };
  },
};
