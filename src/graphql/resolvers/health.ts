import { health } from '../../db/queries';
import type { Resolvers } from '../generated/types';

export const healthResolvers: Resolvers = {
  Query: {
    health: async (_, __, { graph }) => {
      const [info, counts] = await Promise.all([graph.serverInfo(), graph.read(health.nodeCounts)]);
      return {
        status: 'ok',
        neo4jVersion: info.version,
        neo4jEdition: info.edition,
        database: graph.database,
        nodeCounts: counts,
      };
    },
  },
};
