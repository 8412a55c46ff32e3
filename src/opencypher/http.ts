/**
 * The openCypher endpoint in Amazon Neptune's format, for aws/graph-explorer
 * (connection type openCypher, URL = this service):
 *
 *   POST /openCypher   {"query": "..."} as JSON, or query=... as a form (graph-explorer's proxy)
 *   GET  /openCypher?query=...
 *     → 200 {"results": [{column: value, ...}, ...]}   (values: ./values.ts)
 *   GET  /summary, /pg/statistics/summary, /propertygraph/statistics/summary  (?mode=basic)
 *     → 200 {"status", "payload": {"version", "lastStatisticsComputationTime", "graphSummary"}}
 *
 * Failures: a non-2xx status and {"requestId", "code", "detailedMessage"} (./errors.ts).
 * Read-only and bounded (./execute.ts). Switched off, every route answers 404
 * NotFoundException. CORS headers go only to the configured origins, on these routes only.
 */
import { randomUUID } from 'node:crypto';
import cors from 'cors';
import express, { NextFunction, Request, Response, Router } from 'express';
import { OpenCypherConfig } from '../config';
import { Graph } from '../db/driver';
import { badRequest, fromQueryError, OpenCypherError, OpenCypherErrorCode } from './errors';
import { graphSummary } from './summary';

/**
 * The query runner, and with it the generated parser (1.7 MB of code, a second to
 * load), is loaded by the first query rather than with the service: most processes
 * that start the service (tests, `npm start` for GraphQL users) never send one.
 */
let executor: Promise<typeof import('./execute')> | undefined;
const loadExecutor = (): Promise<typeof import('./execute')> => (executor ??= import('./execute'));

export const QUERY_PATHS = ['/openCypher'];
export const SUMMARY_PATHS = ['/summary', '/pg/statistics/summary', '/propertygraph/statistics/summary'];

/** Whether a browser origin is one of the configured ones (`*`, exact, or `scheme://host:*` for any port). */
export function originAllowed(origin: string, allowed: readonly string[]): boolean {
  return allowed.some((pattern) => {
    if (pattern === '*') return true;
    if (pattern.endsWith(':*')) {
      const base = pattern.slice(0, -2);
      return origin === base || (origin.startsWith(`${base}:`) && /^\d{1,5}$/.test(origin.slice(base.length + 1)));
    }
    return origin === pattern;
  });
}

function sendError(res: Response, error: unknown): void {
  const e = error instanceof OpenCypherError ? error : fromQueryError(error);
  if (e.code === OpenCypherErrorCode.InternalFailure) console.error('openCypher request failed:', error);
  res.status(e.status).json({ requestId: randomUUID(), code: e.code, detailedMessage: e.detailedMessage });
}

/** The query text of a request, from a JSON body, a form body or the query string. */
function queryText(req: Request): string {
  const source: Record<string, unknown> =
    req.method === 'GET' ? req.query : ((req.body ?? {}) as Record<string, unknown>);
  if (source.parameters !== undefined) {
    throw badRequest('This endpoint takes no parameters: write the values into the query text.');
  }
  const query = source.query;
  if (query === undefined) {
    throw badRequest(
      req.method === 'GET'
        ? 'No query: send GET /openCypher?query=<openCypher>.'
        : 'No query: send {"query": "<openCypher>"} as application/json, or query=<openCypher> as application/x-www-form-urlencoded.',
    );
  }
  if (typeof query !== 'string') throw badRequest('"query" must be a string holding one openCypher query.');
  return query;
}

/** Body parser failures (bad JSON, too large) in this endpoint's error shape. */
function bodyErrors(error: unknown, _req: Request, res: Response, next: NextFunction): void {
  const status = (error as { status?: unknown }).status;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const message =
      status === 413
        ? 'The request body is larger than 100 kB.'
        : `The request body could not be read: ${(error as Error).message}.`;
    res
      .status(status)
      .json({ requestId: randomUUID(), code: OpenCypherErrorCode.BadRequest, detailedMessage: message });
    return;
  }
  next(error);
}

export function openCypherRouter(graph: Graph, config: OpenCypherConfig): Router {
  const router = express.Router();
  const paths = [...QUERY_PATHS, ...SUMMARY_PATHS];
  if (!config.enabled) {
    router.all(paths, (_req, res) => {
      sendError(
        res,
        new OpenCypherError(
          OpenCypherErrorCode.NotFound,
          'The openCypher endpoint is switched off on this service (OPENCYPHER_ENABLED=false, or HOST is not a loopback address and OPENCYPHER_ENABLED is unset).',
        ),
      );
    });
    return router;
  }
  router.use(
    paths,
    cors({
      origin: (origin, callback) => callback(null, origin !== undefined && originAllowed(origin, config.corsOrigins)),
      methods: ['GET', 'POST'],
      // Authorization: an API key, where reads are key-only (READS_REQUIRE_KEY).
      allowedHeaders: ['Content-Type', 'Accept', 'Authorization'],
      maxAge: 600,
    }),
  );
  router.post(
    QUERY_PATHS,
    express.json({ limit: '100kb' }),
    express.urlencoded({ extended: false, limit: '100kb' }),
    bodyErrors,
  );
  router.route(QUERY_PATHS).all(async (req: Request, res: Response) => {
    if (req.method !== 'GET' && req.method !== 'POST') {
      res.setHeader('Allow', 'GET, POST');
      sendError(res, new OpenCypherError(OpenCypherErrorCode.BadRequest, `Use GET or POST, not ${req.method}.`));
      return;
    }
    try {
      const text = queryText(req);
      const { runOpenCypher } = await loadExecutor();
      res.json(await runOpenCypher(graph, text, config.maxRows));
    } catch (error) {
      sendError(res, error);
    }
  });
  router.get(SUMMARY_PATHS, async (req: Request, res: Response) => {
    const mode = req.query.mode ?? 'basic';
    if (typeof mode !== 'string' || mode.toLowerCase() !== 'basic') {
      sendError(res, badRequest('Only mode=basic is offered (node and edge labels, counts and property keys).'));
      return;
    }
    try {
      res.json(await graphSummary(graph));
    } catch (error) {
      sendError(res, error);
    }
  });
  return router;
}
