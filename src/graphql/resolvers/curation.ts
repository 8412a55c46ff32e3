/**
 * Curation over GraphQL (schema/curation.graphql): the mutations, the journal
 * (`history`), and what the read fields need to show retracted elements and the graph at
 * a record time. The writes themselves are src/curation/; this module checks the role,
 * passes the input on and shapes the answer.
 */
import { curation as curationQueries } from '../../db/queries';
import { Principal, Role } from '../../auth/principal';
import { ChangeEntry } from '../../curation/journal';
import { mergeEntities, undoMerge } from '../../curation/merge';
import {
  addEvidence,
  assertFact,
  createEntity,
  CurationEnv,
  registerSource,
  retractEvidence,
  retractFact,
  updateEntity,
  WriteOutcome,
} from '../../curation/operations';
import { entityAt, isSnapshot, SnapshotRelationship } from '../../curation/record-time';
import { dateTime } from '../../curation/state';
import { Graph } from '../../db/driver';
import { badInput, notFound } from '../../errors';
import { Context } from '../context';
import { writeAccess } from '../write-gate';
import { Page, PageKey, RelationshipCount } from '../loaders';
import { resolveEntity } from '../lookup';
import { EntityRecord, RelationshipRecord } from '../model';
import { plainProps, Props } from '../values';
import { ARGUMENT_RANGES } from '../../shared/limits';
import * as v from '../validate';

/** A DateTime argument (ISO text, checked by the scalar: src/graphql/date-time.ts). */
function recordTime(arg: string, value: unknown): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw badInput(`${arg}: not a date-time (write 2026-12-01T09:30:00Z)`, arg);
  }
  return value;
}

// --- hooks of the read fields (graph.ts) --------------------------------------------------------

/** entity(id:) with includeRetracted or recordedAsOf; undefined for a plain look-up. */
export function curatedEntity(
  ctx: Context,
  args: { id: string; includeRetracted?: boolean | null; recordedAsOf?: unknown },
): Promise<EntityRecord> | undefined {
  if (args.recordedAsOf !== null && args.recordedAsOf !== undefined) {
    const at = recordTime('recordedAsOf', args.recordedAsOf);
    return entityAt(ctx.graph, v.id('id', args.id), at).then((e) => {
      if (!e) throw notFound('entity (at that record time)', args.id);
      return e;
    });
  }
  if (!args.includeRetracted) return undefined;
  return (async () => {
    const active = await ctx.loaders.entity.load(v.id('id', args.id));
    if (active) return active;
    const retracted = await ctx.loaders.retractedEntity.load(args.id);
    if (retracted) return retracted;
    return resolveEntity(ctx, 'id', args.id);
  })();
}

/** A fact's evidence at a record time, or with retracted records; undefined for the default view. */
export function curatedEvidence(
  f: { id: string },
  args: { includeRetracted?: boolean | null },
  ctx: Context,
): Props[] | Promise<Props[]> | undefined {
  if (isSnapshot(f)) return f.snapshot.evidence;
  if ('snapshotEvidence' in f) return (f as SnapshotRelationship).snapshotEvidence;
  if (args.includeRetracted) return ctx.loaders.evidenceWithRetracted.load(f.id);
  return undefined;
}

export function snapshotRelationshipCounts(e: EntityRecord): RelationshipCount[] | undefined {
  if (!isSnapshot(e)) return undefined;
  const counts = new Map<string, RelationshipCount>();
  for (const r of e.snapshot.relationships) {
    const direction = r.from === e.id ? 'OUT' : 'IN';
    const key = `${r.type}|${direction}`;
    const c = counts.get(key) ?? { type: r.type as RelationshipCount['type'], direction, count: 0 };
    c.count++;
    counts.set(key, c);
  }
  return [...counts.values()].sort((a, b) => a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction));
}

export function snapshotRelationshipsPage(
  e: EntityRecord,
  key: Omit<PageKey, 'id'> & { id: string },
): Page | undefined {
  if (!isSnapshot(e)) return undefined;
  const all = e.snapshot.relationships.filter(
    (r) => r.type === key.type && (key.direction === 'BOTH' || (key.direction === 'OUT') === (r.from === e.id)),
  );
  return { total: all.length, page: all.slice(key.offset, key.offset + key.limit + 1) };
}

// --- the journal --------------------------------------------------------------------------------

type ChangeRow = ChangeEntry & { recordedAt: string };

const changeOut = (raw: unknown) => {
  const c = plainProps(raw) as unknown as ChangeRow;
  const parse = (s: string | null): unknown => (s === null || s === undefined ? null : JSON.parse(s));
  return { ...c, before: parse(c.before), after: parse(c.after), undoes: c.undoes ?? null };
};

async function changeSet(graph: Graph, changeId: string) {
  const rows = await graph.read(curationQueries.changeSet, { changeId });
  return rows.map((r) => changeOut(r.change));
}

// --- the mutations ------------------------------------------------------------------------------

/** Fields given in an input object (present, null included): an update removes what is given as null. */
const givenKeys = (input: object): Set<string> => new Set(Object.keys(input));

async function result(ctx: Context, outcome: WriteOutcome) {
  if (outcome.entityId) ctx.loaders.entity.clear(outcome.entityId);
  const evidence = outcome.evidenceIds.length
    ? (await ctx.graph.read(curationQueries.evidenceByIds, { ids: outcome.evidenceIds })).map((r) =>
        plainProps(r.props),
      )
    : [];
  const relationship = outcome.relationship
    ? ((await ctx.loaders.relationship.load(outcome.relationship)) ?? null)
    : null;
  return {
    changeId: outcome.changeId,
    operation: outcome.operation,
    recordedAt: outcome.recordedAt,
    changes: await changeSet(ctx.graph, outcome.changeId),
    entity: outcome.entityId
      ? ((await ctx.loaders.entity.load(outcome.entityId)) ??
        (await ctx.loaders.retractedEntity.load(outcome.entityId)))
      : null,
    relationship,
    evidence,
    source: outcome.sourceId ? await ctx.loaders.source.load(outcome.sourceId) : null,
  };
}

type Input = { input: Record<string, unknown> };

export function curationResolvers(env: { sourcesDir: string | undefined }) {
  const curation = (ctx: Context): CurationEnv => ({ graph: ctx.graph, sourcesDir: env.sourcesDir });
  /**
   * Who may do it: the principal, or UNAUTHENTICATED / FORBIDDEN. The write gate
   * (src/graphql/write-gate.ts) has checked the role, the batch size and the key's write
   * rate before the operation ran; this also refuses a write reached from a read field.
   */
  const as = (ctx: Context, role: Role): Principal => writeAccess(ctx, role);
  const mutation =
    <I>(role: Role, op: (env: CurationEnv, p: Principal, input: I, ctx: Context) => Promise<WriteOutcome>) =>
    async (_: unknown, args: Input, ctx: Context) => {
      const principal = as(ctx, role);
      return result(ctx, await op(curation(ctx), principal, args.input as I, ctx));
    };

  return {
    Query: {
      history: async (_: unknown, args: { id: string; recordedAsOf?: unknown; first?: number }, ctx: Context) => {
        const limit = v.intInRange('first', args.first, ARGUMENT_RANGES.historyFirst);
        const at =
          args.recordedAsOf === null || args.recordedAsOf === undefined
            ? null
            : dateTime(recordTime('recordedAsOf', args.recordedAsOf));
        const rows = await ctx.graph.read(curationQueries.history, {
          id: v.id('id', args.id),
          at,
          limit,
        });
        return rows.map((r) => changeOut(r.change));
      },
    },
    Mutation: {
      registerSource: mutation('editor', registerSource),
      createEntity: mutation('editor', createEntity),
      updateEntity: mutation('editor', (e, p, input: Parameters<typeof updateEntity>[2]) =>
        updateEntity(e, p, input, givenKeys(input)),
      ),
      assertFact: mutation('editor', assertFact),
      addEvidence: mutation('editor', addEvidence),
      retractEvidence: mutation('editor', retractEvidence),
      retractFact: mutation('editor', retractFact),
      mergeEntities: mutation('admin', mergeEntities),
      undoMerge: mutation('admin', undoMerge),
    },
    Entity: {
      version: (e: EntityRecord) => (typeof e.props.version === 'number' ? e.props.version : 1),
      retraction: (e: EntityRecord) => retractionOf(e.props),
      retractedRelationships: async (e: EntityRecord, _: unknown, ctx: Context) => {
        if (isSnapshot(e)) return [];
        const rows = await ctx.loaders.retractedRelationships.load(e.id);
        return rows
          .map((p): RelationshipRecord => ({
            id: String(p.id),
            type: String(p.relType),
            from: String(p.relFrom),
            to: String(p.relTo),
            props: Object.fromEntries(Object.entries(p).filter(([k]) => !['relType', 'relFrom', 'relTo'].includes(k))),
          }))
          .sort((a, b) => String(b.props.retractedAt).localeCompare(String(a.props.retractedAt)));
      },
    },
    Relationship: {
      version: (r: RelationshipRecord) => (typeof r.props.version === 'number' ? r.props.version : 1),
      retraction: (r: RelationshipRecord) => retractionOf(r.props),
    },
    Evidence: {
      retraction: (e: Props) => retractionOf(e),
    },
  };
}

function retractionOf(p: Props) {
  if (!p.retractedAt) return null;
  return { at: String(p.retractedAt), by: p.retractedBy ?? null, reason: p.retractionReason ?? null };
}
