/**
 * A real HTTP service on port 0 over the test database, for one test file.
 */
import { ServiceLimits } from '../../src/config';
import { Graph } from '../../src/db/driver';
import { RunningService, ServiceOptions, startService } from '../../src/server';
import { closeDriver, getDriver, testDatabase } from './db';
import { GraphQLResponse, postGraphQL } from './http';

export interface TestService {
  url: string;
  graph: Graph;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** data of a query that must succeed; fails the test with the errors otherwise. */
  data<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** the first error's extensions.code of a query that must fail. */
  errorCode(query: string, variables?: Record<string, unknown>): Promise<string | undefined>;
  stop(): Promise<void>;
}

/**
 * Tests are one client sending many requests quickly: the per-client rate and
 * concurrency limits are off unless a test passes its own (test/fault tests them).
 */
export const UNTHROTTLED: Partial<ServiceLimits> = { rateLimitPerMinute: 0, clientMaxConcurrent: 0 };

export interface TestServiceOptions extends ServiceOptions {
  /** The gateway to serve (default: a new one over the test database with `timeoutMs`). */
  graph?: Graph;
}

export async function startTestService(timeoutMs = 15_000, options: TestServiceOptions = {}): Promise<TestService> {
  const { graph = new Graph(getDriver(), testDatabase(), timeoutMs), limits = UNTHROTTLED, ...rest } = options;
  // The client (fetch) runs in this process too: a loop stalled past the server's 5 s keep-alive
  // (a loaded machine, a long synchronous check) lets the server close a connection just as fetch
  // reuses it, a reset of the test's own making (nodejs/node#47130). A minute is past any stall.
  const service: RunningService = await startService(graph, 0, '127.0.0.1', {
    keepAliveTimeoutMs: 60_000,
    ...rest,
    limits,
  });
  const gql = <T>(query: string, variables?: Record<string, unknown>) => postGraphQL<T>(service.url, query, variables);
  return {
    url: service.url,
    graph,
    gql,
    async data<T>(query: string, variables?: Record<string, unknown>): Promise<T> {
      const res = await gql<T>(query, variables);
      if (res.body.errors) throw new Error(`unexpected errors: ${JSON.stringify(res.body.errors)}`);
      return res.body.data as T;
    },
    async errorCode(query: string, variables?: Record<string, unknown>) {
      const res = await gql(query, variables);
      expect(res.body.errors?.length).toBeGreaterThan(0);
      expect(res.text).not.toMatch(/\n\s+at |MATCH \(|bolt:\/\//);
      return res.body.errors?.[0]?.extensions?.code;
    },
    stop: () => service.stop(),
  };
}

/**
 * One service for the whole test file: started before its first test, stopped (with the
 * file's driver) after its last. The object can be taken at module level; its members
 * reach the running service, so they are usable inside tests and hooks only.
 */
export function useTestService(timeoutMs?: number, options?: TestServiceOptions): TestService {
  let service: TestService | undefined;
  beforeAll(async () => {
    service = await startTestService(timeoutMs, options);
  });
  afterAll(async () => {
    await service?.stop();
    await closeDriver();
  });
  const running = (): TestService => {
    if (!service) throw new Error('The test service is not running: use it inside a test or a hook.');
    return service;
  };
  return {
    get url() {
      return running().url;
    },
    get graph() {
      return running().graph;
    },
    gql: (query, variables) => running().gql(query, variables),
    data: (query, variables) => running().data(query, variables),
    errorCode: (query, variables) => running().errorCode(query, variables),
    stop: () => running().stop(),
  };
}
