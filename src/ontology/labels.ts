/**
 * The ontology's labels, relationship types and date properties (docs/ontology.md): one list,
 * used by the schema checks, the ingest and curation validators, the loaders and the generator.
 */
/** Specific labels of `:Entity` nodes (each entity has `:Entity` plus exactly one of these). */
export const ENTITY_LABELS = [
  'Person',
  'Organization',
  'Country',
  'Place',
  'Office',
  'Issue',
  'Policy',
  'Event',
  'Situation',
  'Statistic',
  'Quote',
  'Claim',
  'Exchange',
  'Concession',
  'Coercion',
  'IssueLinkage',
] as const;

/** `:Source` nodes are documents, not entities. */
export const SOURCE_LABEL = 'Source';

export const RELATIONSHIP_TYPES = [
  'PUBLISHED_BY',
  'PART_OF',
  'LOCATED_IN',
  'MEMBER_OF',
  'AFFILIATED_WITH',
  'LEADS',
  'HOLDS_OFFICE',
  'OFFICE_OF',
  'POLICY_OF',
  'PARTICIPATED_IN',
  'ACTS_ON',
  'OCCURRED_AT',
  'RESPONDS_TO',
  'FOLLOWS',
  'CONCERNS',
  'MEASURES',
  'OBSERVED_AT',
  'REPORTED_BY',
  'SAID_BY',
  'CLAIMED_BY',
  'HAS_CONCESSION',
  'GIVEN_BY',
  'GIVEN_TO',
  'REALISED_BY',
  'HAS_PART',
  'LINKS',
  'PLAYED_ROLE',
] as const;

export type EntityLabel = (typeof ENTITY_LABELS)[number];
export type NodeLabel = EntityLabel | typeof SOURCE_LABEL;
export type RelationshipType = (typeof RELATIONSHIP_TYPES)[number];

/**
 * Relationships that are document metadata, not facts: they carry no evidence and no summaries
 * (docs/evidence.md, `PUBLISHED_BY`: source → publisher).
 */
export const METADATA_RELATIONSHIP_TYPES = new Set<string>(['PUBLISHED_BY']);

export const DATE_PROPERTIES = new Set(['date', 'validFrom', 'validTo', 'knownFrom', 'knownTo']);
