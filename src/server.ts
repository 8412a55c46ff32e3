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
import express from 'express';
import { Graph } from './db/driver';
import { Context } from './graphql/context';
import { formatError } from './graphql/format-error';
import { buildSchema } from './graphql/schema';

export interface RunningService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export async function startService(graph: Graph, port: number, host = '0.0.0.0'): Promise<RunningService> {
  const app = express();
  const httpServer = http.createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: buildSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer }), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async () => ({ graph: graph.fork() }),
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
