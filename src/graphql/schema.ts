/**
 * The executable schema: every `schema/*.graphql` file (the SDL is the contract,
 * completed by sdl.ts) joined with one resolver module per domain and the typed
 * entity resolvers that typed.ts makes from the SDL's directives.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLSchema } from 'graphql';
import { DateTimeScalar } from './date-time';
import { curationResolvers } from './resolvers/curation';
import { entityFields, graphResolvers } from './resolvers/graph';
import { healthResolvers } from './resolvers/health';
import { keyResolvers } from './resolvers/keys';
import { researchResolvers } from './resolvers/research';
import { scalarResolvers } from './scalars';
import { buildTypeDefs } from './sdl';
import { entityTypeNames, typedResolvers } from './typed';

export { loadTypeDefs, SCHEMA_DIR } from './sdl';

/** What the schema's resolvers need beyond the request context. */
export interface SchemaOptions {
  /** The folder of source texts the curation mutations check excerpts against (SOURCES_DIR). */
  sourcesDir?: string;
}

export function buildSchema(options: SchemaOptions = {}): GraphQLSchema {
  const typeDefs = buildTypeDefs();
  // The Entity interface's fields (name, evidence, relationships…) resolve the same way for every entity type.
  const { Entity: curationEntityFields, ...curation } = curationResolvers({ sourcesDir: options.sourcesDir });
  // GraphQL resolves fields on object types only: the interface's fields, its curation
  // extension's (version, retraction…) included, go to every type implementing Entity.
  const shared = { ...entityFields, ...curationEntityFields };
  const interfaceFields = Object.fromEntries(entityTypeNames(typeDefs).map((t) => [t, shared]));
  return makeExecutableSchema({
    typeDefs,
    resolvers: [
      { ...scalarResolvers, DateTime: DateTimeScalar },
      healthResolvers,
      graphResolvers,
      researchResolvers,
      interfaceFields,
      typedResolvers(typeDefs),
      keyResolvers,
      curation,
    ],
  });
}
