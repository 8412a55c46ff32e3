/**
 * cypher/queries/curation/: the curation writes' locks, changes and journal, and the
 * reads of retracted and merged elements and of history.
 *
 * The writes that carry property values take them as given: toStoredProperties
 * (src/curation/state.ts) has typed them already, and a whole confidence must stay a float.
 */
import type { ChangeEntry } from '../../curation/journal';
import { defineQuery } from '../query';
import { Ids, IdProps, NodeRow, RelationshipMap, Rows, StoredProps, Written } from './common';

/** A relationship located through its endpoints. */
export interface RelationshipKey {
  id: string;
  from: string;
  to: string;
}

/** Properties to set on an element (null: remove), typed for storage. */
export type PropertySet = StoredProps;

export interface ChangeRow {
  change: unknown;
}

export interface StateAfterRow {
  id: string;
  before: string | null;
  relationships: string[];
  evidence: string[];
}

const asGiven = { asGiven: true };

export const archiveRelationships = defineQuery<Rows<RelationshipKey & { set: PropertySet }>, { archived: number }>(
  'curation/archive-relationships',
  ['rows'],
  asGiven,
);
export const changeSet = defineQuery<{ changeId: string }, ChangeRow>('curation/change-set', ['changeId']);
export const entityAny = defineQuery<Ids, NodeRow>('curation/entity-any', ['ids']);
export const entityRelationships = defineQuery<Ids, RelationshipMap>('curation/entity-relationships', ['ids']);
export const evidenceByIds = defineQuery<Ids, IdProps>('curation/evidence-by-ids', ['ids']);
export const evidenceOfFacts = defineQuery<Ids, { id: string; records: StoredProps[] }>('curation/evidence-of-facts', [
  'ids',
]);
export const history = defineQuery<{ id: string; at: unknown; limit: number }, ChangeRow>('curation/history', [
  'id',
  'at',
  'limit',
]);
export const journalAppend = defineQuery<{ entries: ChangeEntry[] }, { written: number; recordedAt: unknown }>(
  'curation/journal-append',
  ['entries'],
);
export const lockEntities = defineQuery<Ids, NodeRow>('curation/lock-entities', ['ids']);
export const lockRelationships = defineQuery<{ keys: RelationshipKey[] }, RelationshipMap>(
  'curation/lock-relationships',
  ['keys'],
);
export const mergedInto = defineQuery<Ids, { id: string; into: string }>('curation/merged-into', ['ids']);
export const moveRelationships = defineQuery<
  Rows<RelationshipKey & { newFrom: string; newTo: string; set: PropertySet }>,
  { moved: number }
>('curation/move-relationships', ['rows'], asGiven);
export const putEntity = defineQuery<{ id: string; labels: string[]; set: PropertySet }, { id: string }>(
  'curation/put-entity',
  ['id', 'labels', 'set'],
  asGiven,
);
export const putEvidence = defineQuery<Rows<{ id: string; set: PropertySet }>, Written>(
  'curation/put-evidence',
  ['rows'],
  asGiven,
);
export const retractedEntities = defineQuery<Ids, NodeRow>('curation/retracted-entities', ['ids']);
export const retractedRelationships = defineQuery<Ids, IdProps>('curation/retracted-relationships', ['ids']);
export const setRelationships = defineQuery<Rows<RelationshipKey & { set: PropertySet }>, Written>(
  'curation/set-relationships',
  ['rows'],
  asGiven,
);
export const statesAfter = defineQuery<{ ids: string[]; at: unknown }, StateAfterRow>('curation/states-after', [
  'ids',
  'at',
]);
export const unarchiveRelationships = defineQuery<Rows<{ id: string; set: PropertySet }>, { restored: number }>(
  'curation/unarchive-relationships',
  ['rows'],
  asGiven,
);
export const undone = defineQuery<{ changeId: string }, { undoneBy: string }>('curation/undone', ['changeId']);
