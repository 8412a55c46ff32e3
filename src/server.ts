/**
 * The HTTP service: Apollo Server on Express at /graphql. Built from a Graph
 * gateway so tests can run it against their own throwaway database on port 0.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import express from 'express';
import { defaultOpenCypherConfig, OpenCypherConfig } from './config';
import { Graph } from './db/driver';
import { exportRouter } from './export/http';
import { Context, createContext } from './graphql/context';
import { formatError } from './graphql/format-error';
import { buildSchema } from './graphql/schema';
import { openCypherRouter } from './opencypher/http';
import { explorerRouter } from './web/explorer';
import { ideRouter } from './web/ide';

/**
 * Limits on what one request may ask for. Generous for research queries (a linkage
 * path with evidence and sources is ~8 levels deep), tight enough that a single
 * request cannot make the service walk the whole graph.
 */
export const LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxDirectives: 20,
  maxTokens: 3000,
  maxCost: 20000,
};

export interface RunningService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** The openCypher endpoint for graph-explorer; unset: the defaults for `host` (on only when it is a loopback address). */
  openCypher?: OpenCypherConfig;
}

export async function startService(
  graph: Graph,
  port: number,
  host = '0.0.0.0',
  options: ServiceOptions = {},
): Promise<RunningService> {
  const app = express();
  const httpServer = http.createServer(app);
  const armor = new ApolloArmor({
    maxDepth: { n: LIMITS.maxDepth },
    maxAliases: { n: LIMITS.maxAliases },
    maxDirectives: { n: LIMITS.maxDirectives },
    maxTokens: { n: LIMITS.maxTokens },
    costLimit: { maxCost: LIMITS.maxCost },
    blockFieldSuggestion: { enabled: true },
  }).protect();
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    plugins: [
      ...armor.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // The bundled GraphiQL (src/web/ide.ts) replaces Apollo's CDN-hosted landing page.
      ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(ideRouter());
  app.use(exportRouter(graph));
  app.use(openCypherRouter(graph, options.openCypher ?? defaultOpenCypherConfig(host)));
  app.use(explorerRouter());
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async () => createContext(graph),
    }),
  );

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
