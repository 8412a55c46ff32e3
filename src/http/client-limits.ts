/**
 * Per-client budgets, keyed by the client's address (IPv6 clients by their /56,
 * as express-rate-limit does): a rate per minute and a number of requests in
 * flight at once. Over either, the answer is 429 TOO_MANY_REQUESTS with
 * Retry-After, before any work is done.
 */
import { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { ErrorCode } from '../errors';
import { sendError } from './errors';

const clientKey = (ip: string | undefined): string => ipKeyGenerator(ip ?? 'unknown');

/** At most `perMinute` requests per client per minute (a fixed one-minute window; keyed like clientKey). */
export function rateLimiter(perMinute: number): RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    // RateLimit-* headers on every answer, and Retry-After on a 429.
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: (req, res) => {
      const retryAfter = Number(res.getHeader('Retry-After')) || 60;
      sendError(
        req,
        res,
        429,
        ErrorCode.TOO_MANY_REQUESTS,
        `More than ${perMinute} requests in a minute from this address (RATE_LIMIT_PER_MINUTE). Retry after ${retryAfter} s.`,
        { retryAfterSeconds: retryAfter },
      );
    },
  });
}

/** At most `max` requests from one client in progress at once (slow ones included). */
export function concurrencyLimiter(max: number): RequestHandler {
  const inFlight = new Map<string, number>();
  return (req, res, next) => {
    const key = clientKey(req.ip);
    const n = inFlight.get(key) ?? 0;
    if (n >= max) {
      sendError(
        req,
        res,
        429,
        ErrorCode.TOO_MANY_REQUESTS,
        `At most ${max} requests from one address may be in progress at once (CLIENT_MAX_CONCURRENT); ` +
          'wait for one to finish.',
        { retryAfterSeconds: 1 },
      );
      return;
    }
    inFlight.set(key, n + 1);
    // 'close' comes once per response, whether it finished or the client went away.
    res.once('close', () => {
      const left = (inFlight.get(key) ?? 1) - 1;
      if (left > 0) inFlight.set(key, left);
      else inFlight.delete(key);
    });
    next();
  };
}
