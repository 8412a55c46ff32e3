/**
 * The executable schema: every `schema/*.graphql` file (the SDL is the contract,
 * completed by sdl.ts) joined with one resolver module per domain and the typed
 * entity resolvers that typed.ts makes from the SDL's directives.
 */
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLSchema } from 'graphql';
import { entityFields, graphResolvers } from './resolvers/graph';
import { healthResolvers } from './resolvers/health';
import { researchResolvers } from './resolvers/research';
import { scalarResolvers } from './scalars';
import { buildTypeDefs } from './sdl';
import { entityTypeNames, typedResolvers } from './typed';

export { loadTypeDefs, SCHEMA_DIR } from './sdl';

export function buildSchema(): GraphQLSchema {
  const typeDefs = buildTypeDefs();
  // The Entity interface's fields (name, evidence, relationships…) resolve the same way for every entity type.
  const interfaceFields = Object.fromEntries(entityTypeNames(typeDefs).map((t) => [t, entityFields]));
  return makeExecutableSchema({
    typeDefs,
    resolvers: [
      scalarResolvers,
      healthResolvers,
      graphResolvers,
      researchResolvers,
      interfaceFields,
      typedResolvers(typeDefs),
    ],
  });
}
