import { Graph } from '../db/driver';
import { createLoaders, Loaders } from './loaders';

/** Per-request state: a gateway whose round-trip counter belongs to this request, and its loaders. */
export interface Context {
  graph: Graph;
  loaders: Loaders;
}

export function createContext(shared: Graph): Context {
  const graph = shared.fork();
  return { graph, loaders: createLoaders(graph) };
}
