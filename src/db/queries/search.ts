/** cypher/queries/search/: full-text search over entities (src/graphql/search.ts plans it). */
import { defineQuery } from '../query';
import { NodeRow, ProvenanceParams } from './common';

export interface SearchParams extends ProvenanceParams {
  /** Lucene queries, each run against the index with perQuery hits. */
  queries: unknown[];
  perQuery: number;
  /** How many words the search has (coverage counts those an entity matched). */
  words: number;
  types: string[] | null;
  minConfidence: number;
  limit: number;
}

export interface SearchRow extends NodeRow {
  score: number;
  coverage: number;
  excerpt: string | null;
}

export const entities = defineQuery<SearchParams, SearchRow>('search/entities', [
  'queries',
  'perQuery',
  'types',
  'minConfidence',
  'minSources',
  'attributions',
  'statuses',
  'disputed',
  'words',
  'limit',
]);
