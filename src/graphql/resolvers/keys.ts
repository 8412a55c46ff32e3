import { listKeys } from '../../auth/keys';
import { requireRole } from '../../auth/principal';
import { Context } from '../context';

export const keyResolvers = {
  Query: {
    viewer: (_: unknown, __: unknown, { principal }: Context) =>
      principal === null ? null : { keyId: principal.keyId, holder: principal.holder, role: principal.role },
    // The write gate refuses non-admins before execution (@requires); checked here too, where the data is.
    apiKeys: async (_: unknown, __: unknown, { principal, graph }: Context) => {
      requireRole(principal, 'admin');
      return listKeys(graph);
    },
  },
};
