/** cypher/queries/graph/: neighbourhoods, the overview, linkage paths, relationships by key. */
import { defineQuery, QueryBounds } from '../query';
import { CypherDate, ProvenanceParams, RelationshipMap } from './common';
import type { RelationshipKey } from './curation';

export interface NeighbourhoodParams extends ProvenanceParams {
  id: string;
  depth: number;
  types: string[] | null;
  issue: string | null;
  minConfidence: number;
  from: CypherDate | null;
  to: CypherDate | null;
  limit: number;
}

export interface NeighbourhoodRow {
  centre: string;
  truncated: boolean;
  relationships: RelationshipMap[];
}

export interface OverviewParams {
  first: number;
  minConfidence: number;
  from: CypherDate | null;
  to: CypherDate | null;
  issue: string | null;
}

export interface LinkageParams extends ProvenanceParams {
  from: string;
  to: string;
  /** How many paths (the query's SHORTEST k is a literal; k cuts the answer). */
  k: number;
  includeTypes: string[] | null;
  excludeTypes: string[] | null;
  minConfidence: number;
  windowFrom: CypherDate | null;
  windowTo: CypherDate | null;
  timeRespecting: boolean;
  exclude: string[];
}

export interface LinkageRow {
  nodeIds: string[];
  /** Per hop: when it started (the relationship's timeStart, else its target's), or null. */
  hopStarts: unknown[];
  relationships: RelationshipMap[];
}

export const linkagePaths = defineQuery<LinkageParams, LinkageRow>('graph/linkage-paths', [
  'from',
  'to',
  'includeTypes',
  'excludeTypes',
  'minConfidence',
  'exclude',
  'windowTo',
  'windowFrom',
  'minSources',
  'attributions',
  'statuses',
  'disputed',
  'timeRespecting',
  'k',
]);

/** What a linkage-path search asks: the two ends and `maxHops` are required, every filter optional. */
export type LinkageSearch = Pick<LinkageParams, 'from' | 'to' | 'k'> &
  Partial<Omit<LinkageParams, 'from' | 'to' | 'k'>> & { maxHops: number };

/**
 * The parameters and bounds of graph/linkage-paths for a search, absent filters meaning
 * "any" — the one place its parameter object is written (GraphQL's linkagePaths, a path
 * export, the plan gate's case). `maxHops` is a bound: the cap marked in the file's
 * quantifier, lowered (see boundedQuery).
 */
export function linkageQuery(search: LinkageSearch): { params: LinkageParams; bounds: QueryBounds } {
  const { maxHops, ...given } = search;
  return {
    params: {
      includeTypes: null,
      excludeTypes: null,
      minConfidence: 0.0,
      windowFrom: null,
      windowTo: null,
      timeRespecting: false,
      exclude: [],
      minSources: null,
      attributions: null,
      statuses: null,
      disputed: null,
      ...given,
    },
    bounds: { maxHops },
  };
}

export const neighbourhood = defineQuery<NeighbourhoodParams, NeighbourhoodRow>('graph/neighbourhood', [
  'id',
  'depth',
  'types',
  'minConfidence',
  'to',
  'from',
  'minSources',
  'attributions',
  'statuses',
  'disputed',
  'issue',
  'limit',
]);
export const overview = defineQuery<OverviewParams, { ids: string[]; relationships: RelationshipMap[] }>(
  'graph/overview',
  ['minConfidence', 'to', 'from', 'first', 'issue'],
);
export const relationshipsByKeys = defineQuery<
  { keys: readonly RelationshipKey[] },
  { key: string; rel: RelationshipMap }
>('graph/relationships-by-keys', ['keys']);
