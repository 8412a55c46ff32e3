/**
 * A stand-in write for testing authentication and the write gate before (and
 * independently of) the curation mutations: the service's own schema plus
 * `authProbeWrite` (editor), `authProbeMerge` (admin, via @requires) and
 * `authProbeReadWrite`, a query field that tries to write. Each writes one
 * `:AuthProbe {id, holder}` node, in a real write transaction, after writeAccess.
 */
import { mergeSchemas } from '@graphql-tools/schema';
import { GraphQLSchema } from 'graphql';
import neo4j from 'neo4j-driver';
import { Context } from '../../src/graphql/context';
import { buildSchema, loadTypeDefs } from '../../src/graphql/schema';
import { writeAccess } from '../../src/graphql/write-gate';
import { getDriver, testDatabase } from './db';

const hasMutationType = loadTypeDefs().some(
  (sdl) => /\btype Mutation\b/.test(sdl) && !/extend type Mutation/.test(sdl),
);

const PROBE_SDL = `
  "A stand-in write input (tests only)."
  input AuthProbeInput {
    "Id of the probe node."
    id: ID!
    "Anything, to make a batch."
    tags: [String!]
    "Anything, to make a large body."
    text: String
  }
  ${hasMutationType ? 'extend type Mutation' : '"Tests only." type Mutation'} {
    "Writes :AuthProbe nodes (editor)."
    authProbeWrite(probes: [AuthProbeInput!]!): [String!]!
    "Writes an :AuthProbe node (admin)."
    authProbeMerge(id: ID!): String @requires(role: admin)
  }
  extend type Query {
    "A read field that tries to write (it must not be able to)."
    authProbeReadWrite(id: ID!): String
  }
`;

async function writeProbe(ctx: Context, role: 'editor' | 'admin', ids: string[]): Promise<string[]> {
  const principal = writeAccess(ctx, role);
  const session = getDriver().session({ database: testDatabase(), defaultAccessMode: neo4j.session.WRITE });
  try {
    await session.executeWrite((tx) =>
      tx.run('UNWIND $ids AS id CREATE (:AuthProbe {id: id, holder: $holder})', { ids, holder: principal.holder }),
    );
  } finally {
    await session.close();
  }
  return ids;
}

export function probeSchema(): GraphQLSchema {
  return mergeSchemas({
    schemas: [buildSchema()],
    typeDefs: PROBE_SDL,
    resolvers: {
      Mutation: {
        authProbeWrite: (_: unknown, args: { probes: { id: string }[] }, ctx: Context) =>
          writeProbe(
            ctx,
            'editor',
            args.probes.map((p) => p.id),
          ),
        authProbeMerge: async (_: unknown, args: { id: string }, ctx: Context) =>
          (await writeProbe(ctx, 'admin', [args.id]))[0],
      },
      Query: {
        authProbeReadWrite: async (_: unknown, args: { id: string }, ctx: Context) =>
          (await writeProbe(ctx, 'editor', [args.id]))[0],
      },
    },
  });
}

/** How many probe nodes with ids starting `prefix` exist. */
export async function probeCount(prefix: string): Promise<number> {
  const r = await getDriver().executeQuery(
    'MATCH (p:AuthProbe) WHERE p.id STARTS WITH $prefix RETURN count(p) AS n',
    { prefix },
    { database: testDatabase() },
  );
  return Number(r.records[0]!.get('n'));
}

export async function removeProbes(prefix: string): Promise<void> {
  await getDriver().executeQuery(
    'MATCH (p:AuthProbe) WHERE p.id STARTS WITH $prefix DELETE p',
    { prefix },
    {
      database: testDatabase(),
    },
  );
}
