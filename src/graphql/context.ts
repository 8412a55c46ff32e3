import { Graph } from '../db/driver';

/** Per-request state: a gateway whose round-trip counter belongs to this request. */
export interface Context {
  graph: Graph;
}
