/**
 * The HTTP service: Apollo Server on Express at /graphql, the exports, the
 * explorer and GraphiQL, and liveness/readiness. Built from a Graph gateway so
 * tests can run it against their own throwaway database on port 0.
 *
 * Budgets (README: Limits and failure behaviour): security headers on every page;
 * per-client rate and concurrency limits on /graphql and /export; exports in their
 * own bounded share of database connections; every search within the search budget;
 * every failure a JSON answer with a code (src/http/errors.ts).
 */
import { preparePlans } from './db/access-paths';
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express, { RequestHandler } from 'express';
import { GraphQLSchema } from 'graphql';
import { authenticate, principalOf } from './auth/http';
import { roleAllows } from './auth/principal';
import {
  defaultOpenCypherConfig,
  DEFAULT_LIMITS,
  DEFAULT_WRITE_LIMITS,
  OpenCypherConfig,
  ServiceLimits,
  WriteLimits,
} from './config';
import { Graph } from './db/driver';
import { exportRouter } from './export/http';
import { ExportSlots } from './export/slots';
import { Context, createContext } from './graphql/context';
import { formatError } from './graphql/format-error';
import { httpStatusPlugin } from './graphql/http-status';
import { retryAfterPlugin } from './graphql/retry-after';
import { knownOperationTypesRule } from './graphql/rules';
import { buildSchema } from './graphql/schema';
import { searchBudgetRule } from './graphql/search-budget';
import { writeGatePlugin } from './graphql/write-gate';
import { concurrencyLimiter, rateLimiter } from './http/client-limits';
import { answerClientError, httpErrorHandler, notFoundHandler } from './http/errors';
import { healthRouter } from './http/health';
import { securityHeaders } from './http/security';
import {
  openCypherRouter,
  QUERY_PATHS as OPENCYPHER_QUERY_PATHS,
  SUMMARY_PATHS as OPENCYPHER_SUMMARY_PATHS,
} from './opencypher/http';
import { explorerRouter } from './web/explorer';
import { ideRouter } from './web/ide';

/**
 * Limits on what one request may ask for. Generous for research queries (a linkage
 * path with evidence and sources is ~8 levels deep), tight enough that a single
 * request cannot make the service walk the whole graph.
 */
export const QUERY_SHAPE_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 20000,
  /** The largest request body, after decompression (a key with a write role may send WRITE_MAX_BODY_KB). */
  maxBodyBytes: 100 * 1024,
};

export interface RunningService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** Per-client and export budgets; unset parts take DEFAULT_LIMITS. */
  limits?: Partial<ServiceLimits>;
  /** The openCypher endpoint for graph-explorer; unset: the defaults for `host` (on only when it is a loopback address). */
  openCypher?: OpenCypherConfig;
  /** The curation mutations: the folder of source texts excerpts are checked against (SOURCES_DIR). */
  curation?: { sourcesDir?: string };
  /** Whether reads need a key too (default: no; writes always need one), and the write budgets (DEFAULT_WRITE_LIMITS). */
  auth?: { readsRequireKey?: boolean; writeLimits?: Partial<WriteLimits> };
  /** The executable schema (default: buildSchema()); tests extend it with stand-in fields. */
  schema?: GraphQLSchema;
  /**
   * How long an idle keep-alive connection stays open (default: Node's 5 s). A client that
   * reuses a connection just as the server closes it gets a reset; tests, whose client shares
   * the server's event loop, stretch this past any stall of that loop.
   */
  keepAliveTimeoutMs?: number;
}

export async function startService(
  graph: Graph,
  port: number,
  host = '127.0.0.1',
  options: ServiceOptions = {},
): Promise<RunningService> {
  const budget: ServiceLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const readsRequireKey = options.auth?.readsRequireKey ?? false;
  const writeLimits: WriteLimits = { ...DEFAULT_WRITE_LIMITS, ...options.auth?.writeLimits };
  const app = express();
  app.disable('x-powered-by');
  // A request must arrive promptly (slow-loris: 408); answers, e.g. long exports, are not bounded by this.
  const httpServer = http.createServer(
    { headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1_000 },
    app,
  );
  httpServer.on('clientError', answerClientError);
  if (options.keepAliveTimeoutMs !== undefined) httpServer.keepAliveTimeout = options.keepAliveTimeoutMs;

  const armor = new ApolloArmor({
    maxDepth: { n: QUERY_SHAPE_LIMITS.maxDepth },
    maxAliases: { n: QUERY_SHAPE_LIMITS.maxAliases },
    maxDirectives: { n: QUERY_SHAPE_LIMITS.maxDirectives },
    // Enforced by graphql-js's parser instead (parseOptions below): armor's Apollo plugin
    // throws from a hook, which Apollo answers as a 500.
    maxTokens: { enabled: false },
    costLimit: { maxCost: QUERY_SHAPE_LIMITS.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema: options.schema ?? buildSchema({ sourcesDir: options.curation?.sourcesDir }),
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    // Over the limit is a syntax error: 400 GRAPHQL_PARSE_FAILED.
    parseOptions: { maxTokens: QUERY_SHAPE_LIMITS.maxTokens },
    validationRules: [...armor.validationRules, knownOperationTypesRule, searchBudgetRule],
    plugins: [
      ...armor.plugins,
      retryAfterPlugin,
      httpStatusPlugin,
      writeGatePlugin(writeLimits),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The bundled GraphiQL (src/web/ide.ts) replaces Apollo's CDN-hosted landing page.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();
  // The curation writes' access-path refresh is planned before the first write needs it.
  preparePlans(graph.driver, graph.database);

  const clientLimits: RequestHandler[] = [];
  if (budget.rateLimitPerMinute > 0) clientLimits.push(rateLimiter(budget.rateLimitPerMinute));
  if (budget.clientMaxConcurrent > 0) clientLimits.push(concurrencyLimiter(budget.clientMaxConcurrent));

  // Everything that answers with graph data (the openCypher endpoint's summaries too).
  const dataRoutes = ['/graphql', '/export', ...OPENCYPHER_QUERY_PATHS, ...OPENCYPHER_SUMMARY_PATHS];

  app.use(securityHeaders());
  app.use(healthRouter(graph));
  app.use(ideRouter());
  app.use(explorerRouter());
  // Per-address limits first (they also bound how often made-up keys are looked up), then credentials.
  if (clientLimits.length > 0) app.use(dataRoutes, ...clientLimits);
  app.use(dataRoutes, authenticate(graph, { readsRequireKey }));
  app.use(openCypherRouter(graph, options.openCypher ?? defaultOpenCypherConfig(host)));
  app.use(
    exportRouter(graph, {
      slots: new ExportSlots(budget.exportMaxConcurrent, budget.exportQueue, budget.exportWriteTimeoutMs),
      writeTimeoutMs: budget.exportWriteTimeoutMs,
    }),
  );
  // Bodies are read only after the key is known: anonymous and reader requests get the
  // read-sized cap, keys that may write the larger one (a registered source carries its text).
  const readBody = express.json({ limit: QUERY_SHAPE_LIMITS.maxBodyBytes });
  const writeBody = express.json({ limit: Math.max(QUERY_SHAPE_LIMITS.maxBodyBytes, writeLimits.maxBodyBytes) });
  app.use(
    '/graphql',
    (req, res, next) => {
      const principal = principalOf(res);
      (principal && roleAllows(principal.role, 'editor') ? writeBody : readBody)(req, res, next);
    },
    expressMiddleware(apollo, {
      context: async ({ res }) => createContext(graph, principalOf(res)),
    }),
  );
  app.use(notFoundHandler);
  app.use(httpErrorHandler);

  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(port, host, () => resolve());
  });
  const actual = (httpServer.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${actual}/graphql`,
    port: actual,
    stop: () => apollo.stop(),
  };
}
