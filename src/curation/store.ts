/**
 * The curation writes' access to the database inside their one transaction: locking
 * elements and reading their state, and the small set of changes every operation is made
 * of. Each function runs one named query (cypher/queries/curation/); anything not found
 * where it must be throws, and the transaction rolls back.
 */
import { ManagedTransaction } from 'neo4j-driver';
import { curation, evidence } from '../db/queries';
import { runQuery } from '../db/query';
import { conflict, DomainError, ErrorCode } from '../errors';
import { Props } from '../graphql/values';
import {
  EntityState,
  entityState,
  EvidenceState,
  evidenceState,
  RelationshipState,
  relationshipState,
  toStoredProperties,
} from './state';

/** Lock entities (sorted, so two writers never wait on each other in a cycle) and read them. */
export async function lockEntities(tx: ManagedTransaction, ids: string[]): Promise<Map<string, EntityState>> {
  const rows = await runQuery(tx, curation.lockEntities, { ids: [...new Set(ids)].sort() });
  return new Map(rows.map((r) => [String(r.id), entityState(r)]));
}

export interface RelationshipKey {
  id: string;
  from: string;
  to: string;
}

export async function lockRelationships(
  tx: ManagedTransaction,
  keys: RelationshipKey[],
): Promise<Map<string, RelationshipState>> {
  const rows = await runQuery(tx, curation.lockRelationships, {
    keys: [...keys].sort((a, b) => a.id.localeCompare(b.id)),
  });
  return new Map(rows.map((r) => [String(r.id), relationshipState(r)]));
}

/** Every active relationship of the entities, locked. */
export async function relationshipsOf(tx: ManagedTransaction, ids: string[]): Promise<RelationshipState[]> {
  return (await runQuery(tx, curation.entityRelationships, { ids })).map((r) => relationshipState(r));
}

/** Every evidence record of the facts, retracted ones too, by fact id. */
export async function evidenceOf(tx: ManagedTransaction, factIds: string[]): Promise<Map<string, EvidenceState[]>> {
  const rows = await runQuery(tx, curation.evidenceOfFacts, { ids: factIds });
  return new Map(rows.map((r) => [String(r.id), r.records.map(evidenceState)]));
}

export async function evidenceByIds(tx: ManagedTransaction, ids: string[]): Promise<Map<string, EvidenceState>> {
  const rows = await runQuery(tx, curation.evidenceByIds, { ids });
  return new Map(rows.map((r) => [String(r.id), evidenceState(r.props)]));
}

/** The stored version of an element: elements written before curation existed count as version 1. */
export const versionOf = (props: Props): number => (typeof props.version === 'number' ? props.version : 1);

/** CONFLICT unless the element is at the version the write was based on. */
export function checkVersion(id: string, props: Props, expected: number | null | undefined, what: string): void {
  if (expected === null || expected === undefined) return;
  const actual = versionOf(props);
  if (actual !== expected) throw conflict(id, expected, actual, what);
}

export async function putEntity(tx: ManagedTransaction, id: string, labels: string[], set: Props): Promise<void> {
  const rows = await runQuery(tx, curation.putEntity, { id, labels, set: toStoredProperties(set, true) });
  if (rows.length !== 1) throw lost(`the entity ${id}`);
}

export async function putEvidence(tx: ManagedTransaction, rows: { id: string; set: Props }[]): Promise<void> {
  if (!rows.length) return;
  const [r] = await runQuery(tx, curation.putEvidence, {
    rows: rows.map((x) => ({ id: x.id, set: toStoredProperties(x.set, true) })),
  });
  if (Number(r?.written) !== rows.length) throw lost('an evidence record');
}

export async function setRelationships(
  tx: ManagedTransaction,
  rows: (RelationshipKey & { set: Props })[],
): Promise<void> {
  if (!rows.length) return;
  const [r] = await runQuery(tx, curation.setRelationships, {
    rows: rows.map((x) => ({ ...x, set: toStoredProperties(x.set, true) })),
  });
  if (Number(r?.written) !== rows.length) throw lost('a relationship');
}

export async function moveRelationships(
  tx: ManagedTransaction,
  rows: (RelationshipKey & { newFrom: string; newTo: string; set: Props })[],
): Promise<void> {
  if (!rows.length) return;
  const [r] = await runQuery(tx, curation.moveRelationships, {
    rows: rows.map((x) => ({ ...x, set: toStoredProperties(x.set, true) })),
  });
  if (Number(r?.moved) !== rows.length) throw lost('a relationship being moved');
}

export async function archiveRelationships(
  tx: ManagedTransaction,
  rows: (RelationshipKey & { set: Props })[],
): Promise<void> {
  if (!rows.length) return;
  const [r] = await runQuery(tx, curation.archiveRelationships, {
    rows: rows.map((x) => ({ ...x, set: toStoredProperties(x.set, true) })),
  });
  if (Number(r?.archived) !== rows.length) throw lost('a relationship being retracted');
}

export async function unarchiveRelationships(
  tx: ManagedTransaction,
  rows: { id: string; set: Props }[],
): Promise<void> {
  if (!rows.length) return;
  const [r] = await runQuery(tx, curation.unarchiveRelationships, {
    rows: rows.map((x) => ({ id: x.id, set: toStoredProperties(x.set, true) })),
  });
  if (Number(r?.restored) !== rows.length) throw lost('a retracted relationship being restored');
}

/** Recompute the evidence summaries of facts (cypher/queries/evidence/refresh-summaries.cypher). */
export async function refreshSummaries(
  tx: ManagedTransaction,
  facts: { id: string; from: string | null; to: string | null }[],
): Promise<void> {
  if (!facts.length) return;
  const rows = await runQuery(tx, evidence.refreshSummaries, { facts });
  if (rows.length !== facts.length) throw lost('a fact whose summaries were to be refreshed');
}

/** Something the write had locked or just written is not where it must be. */
const lost = (what: string): DomainError =>
  new DomainError(
    ErrorCode.CONFLICT,
    `${what} changed while this write ran; nothing was written. Read it again and retry.`,
  );

/** `props` minus `before`: the properties to set (null: remove) to go from `before` to `props`. */
export function diff(before: Props, after: Props): Props {
  const set: Props = {};
  for (const [k, v] of Object.entries(after)) if (JSON.stringify(before[k]) !== JSON.stringify(v)) set[k] = v;
  for (const k of Object.keys(before)) if (!(k in after)) set[k] = null;
  return set;
}
