/** cypher/queries/time/: time bounds derived from dates (docs/ontology.md, Time: the one rule is time/bounds.cypher). */
import { defineQuery } from '../query';

export interface BoundsParams {
  entities: string[];
  sources: string[];
  /** Relationships by id and endpoints (their ids alone do not locate them). */
  relationships: { id: string; from: string; to: string }[];
}

export const bounds = defineQuery<BoundsParams, { derived: number }>('time/bounds', [
  'entities',
  'sources',
  'relationships',
]);

/** Every dated entity, source and relationship (the whole-graph pass after the seed: src/db/time-bounds.ts). */
export interface DatedElement {
  kind: 'entity' | 'source' | 'relationship';
  id: string;
  from: string | null;
  to: string | null;
}

export const datedElements = defineQuery<Record<string, never>, DatedElement>('time/dated-elements', []);
