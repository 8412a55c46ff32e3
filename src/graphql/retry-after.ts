/**
 * An Apollo plugin: when an answer carries DATABASE_UNAVAILABLE (from the database
 * circuit or the driver), say when to come back in a Retry-After header, as every
 * other "try again" answer of the service does. The status stays what GraphQL over
 * HTTP prescribes for execution errors.
 */
import { ApolloServerPlugin } from '@apollo/server';
import { ErrorCode } from '../errors';

export const retryAfterPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const seconds = (response.body.singleResult.errors ?? [])
          .filter((e) => e.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)
          .map((e) => Number(e.extensions?.retryAfterSeconds ?? 1));
        if (seconds.length > 0) response.http.headers.set('retry-after', String(Math.max(...seconds)));
      },
    };
  },
};
