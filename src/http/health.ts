/**
 * Liveness and readiness, kept apart:
 *   GET /healthz  200 while the process serves HTTP at all (restart it if this fails);
 *   GET /readyz   200 when the database answers a query, else 503 DATABASE_UNAVAILABLE
 *                 with Retry-After (send it no traffic until it is ready again).
 * Readiness goes through the database circuit, so while the database is down it
 * answers at once instead of waiting for a connection timeout.
 */
import express, { Router } from 'express';
import { Graph } from '../db/driver';
import { sendDomainError } from './errors';

export function healthRouter(graph: Graph): Router {
  const router = express.Router();
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (req, res) => {
    try {
      await graph.ping();
      res.json({ status: 'ready', database: 'reachable' });
    } catch (error) {
      sendDomainError(req, res, error);
    }
  });
  return router;
}
