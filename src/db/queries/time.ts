/** cypher/queries/time/: time bounds derived from dates (cypher/data/900_time_bounds.cypher's rules). */
import { defineQuery } from '../query';

export interface BoundsParams {
  entities: string[];
  sources: string[];
  /** Relationships by id and endpoints (their ids alone do not locate them). */
  relationships: { id: string; from: string; to: string }[];
  derivation: string;
}

export const bounds = defineQuery<BoundsParams, { derived: number }>('time/bounds', [
  'entities',
  'sources',
  'relationships',
  'derivation',
]);
