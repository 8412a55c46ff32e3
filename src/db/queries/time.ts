/** cypher/queries/time/: time bounds derived from dates (cypher/data/900_time_bounds.cypher's rules). */
import { defineQuery } from '../query';

export interface BoundsParams {
  entities: string[];
  sources: string[];
  relationships: string[];
  derivation: string;
}

export const bounds = defineQuery<BoundsParams, { derived: number }>('time/bounds', [
  'entities',
  'sources',
  'relationships',
  'derivation',
]);
