/**
 * The field's best-known alternative for comparison: an @neo4j/graphql-generated API over
 * the same database, for the subset of the ontology the comparable queries need. Run as a
 * child process by bench/scale/run.ts with NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD; prints
 * `READY <port>` once listening on 127.0.0.1.
 */
import http from 'node:http';
import { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j from 'neo4j-driver';

const typeDefs = /* GraphQL */ `
  type Evidence @relationshipProperties {
    id: String
    role: String
    sourceId: String
    excerpt: String
    attribution: String
    confidence: Float
    status: String
    sourceCount: Int
    evidenceCount: Int
    disputed: Boolean
  }
  type OfficeTerm @relationshipProperties {
    id: String
    sourceId: String
    excerpt: String
    attribution: String
    confidence: Float
    status: String
    timeStart: Date
    timeEnd: Date
  }
  type Person @node(labels: ["Person", "Entity"]) {
    id: ID!
    name: String
    participatedIn: [Event!]! @relationship(type: "PARTICIPATED_IN", direction: OUT, properties: "Evidence")
    holdsOffice: [Office!]! @relationship(type: "HOLDS_OFFICE", direction: OUT, properties: "OfficeTerm")
  }
  type Country @node(labels: ["Country", "Entity"]) {
    id: ID!
    name: String
  }
  type Organization @node(labels: ["Organization", "Entity"]) {
    id: ID!
    name: String
  }
  type Issue @node(labels: ["Issue", "Entity"]) {
    id: ID!
    name: String
  }
  type Event @node(labels: ["Event", "Entity"]) {
    id: ID!
    name: String
    date: Date
    datePrecision: String
    timeStart: Date
    personParticipants: [Person!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Evidence")
    countryParticipants: [Country!]! @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Evidence")
    organizationParticipants: [Organization!]!
      @relationship(type: "PARTICIPATED_IN", direction: IN, properties: "Evidence")
    concerns: [Issue!]! @relationship(type: "CONCERNS", direction: OUT, properties: "Evidence")
  }
  type Office @node(labels: ["Office", "Entity"]) {
    id: ID!
    name: String
    holders: [Person!]! @relationship(type: "HOLDS_OFFICE", direction: IN, properties: "OfficeTerm")
    country: [Country!]! @relationship(type: "OFFICE_OF", direction: OUT)
  }
`;

async function main(): Promise<void> {
  const driver = neo4j.driver(
    process.env.NEO4J_URI!,
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
  );
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const apollo = new ApolloServer({ schema });
  await apollo.start();
  const app = express();
  app.use('/graphql', express.json(), expressMiddleware(apollo, { context: async () => ({}) }));
  const server = http.createServer(app);
  server.listen(0, '127.0.0.1', () => console.log(`READY ${(server.address() as AddressInfo).port}`));
}

main().catch((error: unknown) => {
  console.error(`neo4j-graphql-server: ${(error as Error).message}`);
  process.exit(1);
});
