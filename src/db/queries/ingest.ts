/**
 * cypher/queries/ingest/: what a source file's ingest looks up and writes (src/ingest/).
 * The writes take property values as given: toCypherProperties (src/ingest/) has typed them.
 */
import { defineQuery } from '../query';
import { Ids, Rows, StoredProps, Written } from './common';

export interface EntityLookupRow {
  id: string;
  label: string;
  properties: StoredProps;
}

export interface RelationshipLookupRow {
  from: string;
  to: string;
  id: string;
  type: string;
  properties: StoredProps;
}

const asGiven = { asGiven: true };

export const entities = defineQuery<Ids, EntityLookupRow>('ingest/entities', ['ids']);
export const relationships = defineQuery<{ pairs: { from: string; to: string }[] }, RelationshipLookupRow>(
  'ingest/relationships',
  ['pairs'],
);
export const similarIds = defineQuery<{ stems: { id: string; stem: string }[] }, { id: string; candidates: string[] }>(
  'ingest/similar-ids',
  ['stems'],
);
export const sourceEvidenceOfFacts = defineQuery<{ sourceId: string; factIds: string[] }, { properties: StoredProps }>(
  'ingest/source-evidence-of-facts',
  ['factIds', 'sourceId'],
);
export const sourceEvidence = defineQuery<{ sourceId: string }, { properties: StoredProps }>('ingest/source-evidence', [
  'sourceId',
]);
export const source = defineQuery<{ sourceId: string }, { properties: StoredProps; publisherIds: string[] }>(
  'ingest/source',
  ['sourceId'],
);
export const writeEntities = defineQuery<Rows<{ id: string; label: string; properties: StoredProps }>, Written>(
  'ingest/write-entities',
  ['rows'],
  asGiven,
);
export const writeEvidence = defineQuery<Rows<{ properties: StoredProps }>, Written>(
  'ingest/write-evidence',
  ['rows'],
  asGiven,
);
export const writePublisher = defineQuery<{ sourceId: string; publisherId: string }, { id: string }>(
  'ingest/write-publisher',
  ['sourceId', 'publisherId'],
);
export const writeRelationships = defineQuery<
  Rows<{ id: string; type: string; from: string; to: string; properties: StoredProps }>,
  Written
>('ingest/write-relationships', ['rows'], asGiven);
export const writeSource = defineQuery<{ source: StoredProps }, { textSha256: unknown }>(
  'ingest/write-source',
  ['source'],
  asGiven,
);
