import { Context } from '../context';

export const healthResolvers = {
  Query: {
    health: async (_: unknown, __: unknown, { graph }: Context) => {
      const [info, counts] = await Promise.all([
        graph.serverInfo(),
        graph.read<{ label: string; count: number }>('health/node-counts'),
      ]);
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
