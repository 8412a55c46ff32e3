import { Context } from '../context';

export const keyResolvers = {
  Query: {
    viewer: (_: unknown, __: unknown, { principal }: Context) =>
      principal === null ? null : { keyId: principal.keyId, holder: principal.holder, role: principal.role },
  },
};
