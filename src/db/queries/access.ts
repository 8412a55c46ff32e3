/** cypher/queries/access/: the access paths (docs/ontology.md, Access paths). */
import { defineQuery } from '../query';

export interface RefreshParams {
  rels: { type: string; from: string; to: string }[];
  entities: string[];
  cascade: boolean;
}

export interface RefreshCounts {
  actors: number;
  events: number;
  concessions: number;
  exchanges: number;
  episodes: number;
  policies: number;
}

/** One stored access-path value that differs from what the graph implies. */
export interface AccessPathDifference {
  property: string;
  id: string;
  stored: unknown;
  expected: unknown;
}

/** Stores written before derivation keys held a sentence in accessDerivation: replaced by its key. */
export const derivationKey = defineQuery<{ batch: number }, { migrated: number }>('access/derivation-key', ['batch']);

export const entityIds = defineQuery<Record<string, never>, { id: string }>('access/entity-ids', []);
export const refresh = defineQuery<RefreshParams, RefreshCounts>('access/refresh', ['rels', 'entities', 'cascade']);
export const verify = defineQuery<{ limit: number }, AccessPathDifference>('access/verify', ['limit']);
