import { OperationTypeNode } from 'graphql';
import { Principal } from '../auth/principal';
import { Graph } from '../db/driver';
import { createLoaders, Loaders } from './loaders';

/** Per-request state: a gateway whose round-trip counter belongs to this request, and its loaders. */
export interface Context {
  graph: Graph;
  loaders: Loaders;
  /**
   * Who sent the request: the holder of the API key it presented (verified by the
   * HTTP layer, src/auth/http.ts), or null when it presented none. A request with a
   * wrong or revoked key never gets this far (401).
   */
  principal: Principal | null;
  /** The operation's type, set before any resolver runs (src/graphql/write-gate.ts): writes run only in mutations. */
  operation?: OperationTypeNode;
}

export function createContext(shared: Graph, principal: Principal | null = null): Context {
  const graph = shared.fork();
  return { graph, loaders: createLoaders(graph), principal };
}
