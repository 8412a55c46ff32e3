/**
 * Record-time reads: what the graph said at a moment T (docs/curation.md, "Record time").
 *
 * The journal records every element's state before each change. So an element's state at
 * T is the `before` of its first change recorded after T; with no change after T, it is
 * its state now. An entity at T is read that way, and so are the relationships it had then
 * — those it has now, those retracted since, and those a later merge moved away (the
 * merge's journal record names them) — and their evidence, likewise (a record written
 * after T by a path that does not journal, `npm run ingest`, is left out by its recordedAt).
 */
import { curation as curationQueries, entity as entityQueries } from '../db/queries';
import { Graph } from '../db/driver';
import { EntityRecord, RelationshipRecord } from '../graphql/model';
import { plainProps, Props } from '../graphql/values';
import {
  archivedRelationshipState,
  dateTime,
  ElementState,
  EntityState,
  entityState,
  EvidenceState,
  evidenceState,
  isActiveEntity,
  parseState,
  RelationshipState,
  relationshipState,
} from './state';

/** An entity as the graph had it at a record time, with what its fields show then. */
export interface EntitySnapshot extends EntityRecord {
  recordedAsOf: string;
  snapshot: { relationships: SnapshotRelationship[]; evidence: Props[] };
}

export interface SnapshotRelationship extends RelationshipRecord {
  snapshotEvidence: Props[];
}

export const isSnapshot = (e: unknown): e is EntitySnapshot => typeof e === 'object' && e !== null && 'snapshot' in e;

interface After {
  before: ElementState | null;
  relationships: string[];
  evidence: string[];
}

async function statesAfter(graph: Graph, ids: string[], at: unknown): Promise<Map<string, After>> {
  if (!ids.length) return new Map();
  const rows = await graph.read(curationQueries.statesAfter, { ids, at });
  return new Map(
    rows.map((r) => [r.id, { before: parseState(r.before), relationships: r.relationships, evidence: r.evidence }]),
  );
}

const toMs = (iso: unknown): number => Date.parse(String(iso));

/** The entity `id` as the graph had it at `recordedAsOf` (a merged id: its survivor then); null if it had none. */
export async function entityAt(graph: Graph, id: string, recordedAsOf: string): Promise<EntitySnapshot | null> {
  const at = dateTime(recordedAsOf);
  const atMs = toMs(recordedAsOf);
  let entity: EntityState | null = null;
  let current = id;
  let related: After | undefined;
  for (let hops = 0; hops < 10 && entity === null; hops++) {
    related = (await statesAfter(graph, [current], at)).get(current);
    let state: EntityState | null;
    if (related) state = related.before as EntityState | null;
    else {
      const [row] = await graph.read(curationQueries.entityAny, { ids: [current] });
      state = row ? entityState(row) : null;
    }
    if (!state) return null;
    if (state.labels.includes('Merged')) {
      current = String(state.props.mergedInto);
      continue;
    }
    if (!isActiveEntity(state)) return null;
    entity = state;
  }
  if (!entity) return null;

  // Relationships: the entity's now (active and retracted) and those moved away after T.
  const [active] = await graph.read(entityQueries.allRelationships, {
    ids: [entity.id],
    limit: 10_000,
  });
  const archived = await graph.read(curationQueries.retractedRelationships, {
    ids: [entity.id],
  });
  const now = new Map<string, RelationshipState>();
  for (const r of active?.rels ?? []) {
    const s = relationshipState(r);
    now.set(s.id, s);
  }
  for (const r of archived) now.set(r.id, archivedRelationshipState(plainProps(r.props)));
  const candidates = [...new Set([...now.keys(), ...(related?.relationships ?? [])])];
  const relAfter = await statesAfter(graph, candidates, at);
  const rels: RelationshipState[] = [];
  for (const rid of candidates) {
    const s = relAfter.has(rid) ? (relAfter.get(rid)!.before as RelationshipState | null) : (now.get(rid) ?? null);
    if (s && !s.retracted && (s.from === entity.id || s.to === entity.id)) rels.push(s);
  }

  // Evidence of the entity and of those relationships, as it stood at T.
  const factIds = new Set([entity.id, ...rels.map((r) => r.id)]);
  const evidenceNow = new Map<string, EvidenceState>();
  const rows = await graph.read(curationQueries.evidenceOfFacts, {
    ids: [...factIds],
  });
  for (const r of rows) for (const e of r.records) evidenceNow.set(evidenceState(e).id, evidenceState(e));
  const movedAway = [...(related?.evidence ?? []), ...[...relAfter.values()].flatMap((a) => a.evidence)].filter(
    (eid) => !evidenceNow.has(eid),
  );
  if (movedAway.length) {
    const moved = await graph.read(curationQueries.evidenceByIds, { ids: movedAway });
    for (const m of moved) evidenceNow.set(m.id, evidenceState(m.props));
  }
  const evAfter = await statesAfter(graph, [...evidenceNow.keys()], at);
  const evidenceAt: EvidenceState[] = [];
  for (const [eid, nowState] of evidenceNow) {
    const s = evAfter.has(eid) ? (evAfter.get(eid)!.before as EvidenceState | null) : nowState;
    if (!s || s.props.retractedAt || !factIds.has(String(s.props.factId))) continue;
    if (s.props.recordedAt !== undefined && toMs(s.props.recordedAt) > atMs) continue;
    evidenceAt.push(s);
  }
  const order = (a: EvidenceState, b: EvidenceState) =>
    String(a.props.sourceId).localeCompare(String(b.props.sourceId)) ||
    String(b.props.stance).localeCompare(String(a.props.stance)) ||
    Number(a.props.textStart ?? 0) - Number(b.props.textStart ?? 0) ||
    a.id.localeCompare(b.id);
  evidenceAt.sort(order);
  const evidenceFor = (factId: string) => evidenceAt.filter((e) => e.props.factId === factId).map((e) => e.props);

  return {
    id: entity.id,
    labels: entity.labels,
    props: entity.props,
    recordedAsOf,
    snapshot: {
      evidence: evidenceFor(entity.id),
      relationships: rels
        .sort((a, b) => a.id.localeCompare(b.id))
        .map((r) => ({
          id: r.id,
          type: r.type,
          from: r.from,
          to: r.to,
          props: r.props,
          snapshotEvidence: evidenceFor(r.id),
        })),
    },
  };
}
