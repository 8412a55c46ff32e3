/**
 * The HTTP/GraphQL ceiling: a bare Apollo Server 5 on Express 5 (the API's stack, without
 * its schema, limits or database) answering `{ hello }`. Run as a child process by
 * bench/scale/run.ts; prints `READY <port>` once listening on 127.0.0.1.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

async function main(): Promise<void> {
  const apollo = new ApolloServer({
    typeDefs: 'type Query { "A constant." hello: String! }',
    resolvers: { Query: { hello: () => 'world' } },
  });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo));
  const server = http.createServer(app);
  server.listen(0, '127.0.0.1', () => console.log(`READY ${(server.address() as AddressInfo).port}`));
}

void main();
