/**
 * The executable schema: every `schema/*.graphql` file (the SDL is the contract)
 * joined with one resolver module per domain.
 */
import fs from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLSchema } from 'graphql';
import { PROJECT_ROOT } from '../config';
import { GraphQLScalarType } from 'graphql';
import { JSONObjectResolver, LocalDateResolver } from 'graphql-scalars';
import { DateTimeScalar } from './date-time';
import { curationResolvers } from './resolvers/curation';
import { graphResolvers } from './resolvers/graph';
import { healthResolvers } from './resolvers/health';
import { keyResolvers } from './resolvers/keys';
import { researchResolvers } from './resolvers/research';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

export function loadTypeDefs(): string[] {
  return fs
    .readdirSync(SCHEMA_DIR)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(SCHEMA_DIR, f), 'utf8'));
}

/** What the schema's resolvers need beyond the request context. */
export interface SchemaOptions {
  /** The folder of source texts the curation mutations check excerpts against (SOURCES_DIR). */
  sourcesDir?: string;
}

export function buildSchema(options: SchemaOptions = {}): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      {
        Date: new GraphQLScalarType({ ...LocalDateResolver.toConfig(), name: 'Date' }),
        JSONObject: JSONObjectResolver,
        DateTime: DateTimeScalar,
      },
      healthResolvers,
      graphResolvers,
      researchResolvers,
      keyResolvers,
      curationResolvers({ sourcesDir: options.sourcesDir }),
    ],
  });
}
