/** cypher/queries/entity/: entities by id or name, and their relationships in batches. */
import type { RelationshipType } from '../../ontology/labels';
import { defineQuery } from '../query';
import { Ids, IdsWithLimit, NodeRow, RelationshipMap } from './common';

export interface RelationshipCountRow {
  id: string;
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  count: number;
}

export interface PageParams {
  keys: { key: string; id: string; direction: 'OUT' | 'IN' | 'BOTH' }[];
  offset: number;
  limit: number;
}

/** A relationship of a page, with the entity at its other end (null when that is not an entity). */
export type PageRelationship = RelationshipMap & { other: NodeRow | null };

export interface PageRow {
  key: string;
  total: number;
  page: PageRelationship[];
}

/** What an entity argument may name: `key` as an id, and `lucene` (null: by id only) as a name. */
export interface ResolveKey {
  key: string;
  lucene: string | null;
}

export interface ResolveRow extends NodeRow {
  key: string;
  byId: boolean;
}

export interface SuggestionRow {
  id: string;
  labels: string[];
  name: string | null;
  aliases: string[];
}

export const allRelationships = defineQuery<IdsWithLimit, { id: string; rels: RelationshipMap[] }>(
  'entity/all-relationships',
  ['ids', 'limit'],
);
export const byIds = defineQuery<Ids, NodeRow>('entity/by-ids', ['ids']);
export const countryOffices = defineQuery<IdsWithLimit, { id: string; ids: string[] }>('entity/country-offices', [
  'ids',
  'limit',
]);
export const officeCountries = defineQuery<IdsWithLimit, { id: string; ids: string[] }>('entity/office-countries', [
  'ids',
  'limit',
]);
export const relationshipCounts = defineQuery<Ids, RelationshipCountRow>('entity/relationship-counts', ['ids']);
/** Bounded: `{type}` writes the relationship type into the marked patterns (see boundedQuery). */
export const relationshipsPage = defineQuery<PageParams, PageRow>('entity/relationships-page', [
  'keys',
  'offset',
  'limit',
]);
export const resolve = defineQuery<{ keys: ResolveKey[] }, ResolveRow>('entity/resolve', ['keys']);
export const suggestions = defineQuery<{ lucene: string | null; limit: number; prefix: string | null }, SuggestionRow>(
  'entity/suggestions',
  ['lucene', 'limit', 'prefix'],
);

/** A query a schema field names in @via (schema/entities.graphql): ids in, each id's related ids out. */
export type ViaQuery = typeof countryOffices;

const VIA_QUERIES: readonly ViaQuery[] = [countryOffices, officeCountries];

/** The @via query named `name`; throws for a name that is not one (the schema is checked as it is built). */
export function viaQuery(name: string): ViaQuery {
  const query = VIA_QUERIES.find((q) => q.name === name);
  if (!query) throw new Error(`@via(query: "${name}") names no @via query (src/db/queries/entity.ts)`);
  return query;
}
