/**
 * cypher/queries/load/: the batch loader (src/load/) and its benches. The writes take rows
 * as given: their property values are typed by the loader (a whole float stays a float).
 */
import { defineQuery } from '../query';
import { Ids, Rows, StoredProps, Written } from './common';

export interface ExistingParams {
  entityIds: string[];
  sourceIds: string[];
  rels: { id: unknown; from: string; to: string }[];
  evidenceIds: string[];
  factIds: string[];
}

/** Which of a batch's ids the database has already. */
export interface ExistingRow {
  entities: unknown;
  sources: unknown;
  relationships: unknown;
  evidence: unknown;
  withEvidence: unknown;
}

/**
 * A node row (`{props}`, and `label` for an entity) or a relationship row (`{type, from, to,
 * props}`), as src/load/batch.ts builds them, property values typed by toCypherProperties.
 */
export type NodeRows = unknown;
export type RelationshipRows = unknown;

type None = Record<string, never>;
const asGiven = { asGiven: true };

export const benchClear = defineQuery<None>('load/bench-clear', []);
export const benchDropIndex = defineQuery<{ name: string }>('load/bench-drop-index', ['name']);
export const benchIndexes = defineQuery<None, { name: string }>('load/bench-indexes', []);
export const bulkCounts = defineQuery<None, { nodes: number; relationships: number; evidence: number }>(
  'load/bulk-counts',
  [],
);
export const createEntities = defineQuery<Rows<NodeRows>, Written>('load/create-entities', ['rows'], asGiven);
export const createEvidence = defineQuery<Rows<{ id: string; props: StoredProps }>, Written>(
  'load/create-evidence',
  ['rows'],
  asGiven,
);
export const createRelationships = defineQuery<Rows<RelationshipRows>, Written>(
  'load/create-relationships',
  ['rows'],
  asGiven,
);
export const createSources = defineQuery<Rows<NodeRows>, Written>('load/create-sources', ['rows'], asGiven);
export const entities = defineQuery<Rows<NodeRows>, Written>('load/entities', ['rows'], asGiven);
export const evidence = defineQuery<Rows<{ id: string; props: StoredProps }>, Written>(
  'load/evidence',
  ['rows'],
  asGiven,
);
export const existing = defineQuery<ExistingParams, ExistingRow>('load/existing', [
  'entityIds',
  'sourceIds',
  'rels',
  'evidenceIds',
  'factIds',
]);
export const factsWithEvidence = defineQuery<Ids, { id: string }>('load/facts-with-evidence', ['ids']);
export const knownSources = defineQuery<Ids, { id: string }>('load/known-sources', ['ids']);
export const missingEndpoints = defineQuery<
  Rows<{ index: number; from: string; to: string }>,
  { index: number; fromFound: boolean; toFound: boolean }
>('load/missing-endpoints', ['rows']);
export const relationships = defineQuery<Rows<RelationshipRows>, Written>('load/relationships', ['rows'], asGiven);
export const sources = defineQuery<Rows<NodeRows>, Written>('load/sources', ['rows'], asGiven);
