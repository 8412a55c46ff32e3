/**
 * Entities, relationships, evidence, search, neighbourhoods and linkage paths.
 */
import { Context } from '../context';
import { notFound } from '../../errors';
import { plainProps, Props } from '../values';
import { existingEntities, requireEntity } from '../lookup';
import { luceneQuery } from '../lucene';
import { EntityRecord, entityType, RelationshipRecord, toEntity, toRelationship } from '../model';
import { LIMITS } from '../../shared/limits';
import { sentence } from '../sentences';
import * as v from '../validate';
import { toPlain } from '../values';
import { curatedEntity, curatedEvidence, snapshotRelationshipCounts, snapshotRelationshipsPage } from './curation';

interface HopRecord {
  rel: RelationshipRecord;
  from: string;
  to: string;
  /** The hop's time by linkage-paths.cypher's rule (YYYY-MM-DD), null when undated. */
  start: string | null;
}

/**
 * The evidence summary every fact carries (docs/evidence.md). Entities and relationships
 * resolve these fields the same way, from their stored summary properties.
 */
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const factFields = <T extends { id: string; props: Props }>() => ({
  evidence: (f: T, args: { includeRetracted?: boolean | null }, ctx: Context) =>
    curatedEvidence(f, args, ctx) ?? ctx.loaders.evidence.load(f.id),
  sourceCount: (f: T) => Number(f.props.sourceCount ?? 0),
  evidenceCount: (f: T) => Number(f.props.evidenceCount ?? 0),
  confidence: (f: T) => (typeof f.props.confidence === 'number' ? f.props.confidence : null),
  disputed: (f: T) => f.props.disputed === true,
  attributions: (f: T) => list(f.props.attributions),
  statuses: (f: T) => list(f.props.statuses),
});

async function relSentence(rel: RelationshipRecord, ctx: Context): Promise<string> {
  const [from, to] = await Promise.all([ctx.loaders.entity.load(rel.from), ctx.loaders.entity.load(rel.to)]);
  return sentence(rel, from, to);
}

export const graphResolvers = {
  Query: {
    search: async (
      _: unknown,
      args: { query: string; types?: string[] | null; first?: number; provenance?: v.ProvenanceFilterInput | null },
      ctx: Context,
    ) => {
      const lucene = luceneQuery(args.query);
      const limit = v.intInRange('first', args.first, LIMITS.searchFirst);
      const types = v.names('types', args.types);
      const provenance = v.provenance('provenance', args.provenance);
      const rows = await ctx.graph.read('search/entities', { lucene, types, limit, ...provenance });
      return rows.map((r) => {
        const entity = toEntity(r as never);
        ctx.loaders.entity.prime(entity.id, entity);
        return { entity, score: r.score as number };
      });
    },

    entity: (
      _: unknown,
      args: { id: string; includeRetracted?: boolean | null; recordedAsOf?: string | null },
      ctx: Context,
    ) => curatedEntity(ctx, args) ?? requireEntity(ctx, 'id', args.id),

    sources: async (_: unknown, args: { first?: number }, ctx: Context) => {
      const limit = v.intInRange('first', args.first, LIMITS.sourcesFirst);
      const rows = await ctx.graph.read<{ id: string; props: unknown }>('source/list', { limit });
      return rows.map((r) => {
        const source = plainProps(r.props);
        ctx.loaders.source.prime(r.id, source);
        return source;
      });
    },

    source: async (_: unknown, args: { id: string }, ctx: Context) => {
      const source = await ctx.loaders.source.load(v.id('id', args.id));
      if (!source) throw notFound('source', args.id);
      return source;
    },

    neighbourhood: async (
      _: unknown,
      args: {
        id: string;
        depth?: number;
        types?: string[] | null;
        issue?: string | null;
        minConfidence?: number | null;
        time?: v.TimeFilterInput | null;
        provenance?: v.ProvenanceFilterInput | null;
        limit?: number;
      },
      ctx: Context,
    ) => {
      const depth = v.intInRange('depth', args.depth, LIMITS.neighbourhoodDepth);
      const limit = v.intInRange('limit', args.limit, LIMITS.neighbourhoodLimit);
      const provenance = v.provenance('provenance', args.provenance);
      const types = v.names('types', args.types);
      const minConfidence = v.confidence('minConfidence', args.minConfidence);
      const { from, to } = v.timeWindow('time', args.time);
      const centre = await requireEntity(ctx, 'id', args.id);
      const [row] = await ctx.graph.read('graph/neighbourhood', {
        id: centre.id,
        depth,
        types,
        issue: args.issue ?? null,
        minConfidence,
        from,
        to,
        limit,
        ...provenance,
      });
      const relationships = ((row?.relationships as unknown[]) ?? []).map(toRelationship);
      const ids = new Set<string>([centre.id]);
      for (const r of relationships) ids.add(r.from).add(r.to);
      const nodes = await existingEntities(ctx, [...ids]);
      return { nodes, relationships, truncated: Boolean(row?.truncated) };
    },

    overview: async (
      _: unknown,
      args: { first?: number; minConfidence?: number | null; time?: v.TimeFilterInput | null; issue?: string | null },
      ctx: Context,
    ) => {
      const first = v.intInRange('first', args.first, LIMITS.overviewFirst);
      const minConfidence = v.confidence('minConfidence', args.minConfidence);
      const { from, to } = v.timeWindow('time', args.time);
      const issue = args.issue ? v.id('issue', args.issue) : null;
      const [row] = await ctx.graph.read<{ ids: string[]; relationships: unknown[] }>('graph/overview', {
        first,
        minConfidence,
        from,
        to,
        issue,
      });
      const nodes = await existingEntities(ctx, row?.ids ?? []);
      return { nodes, relationships: (row?.relationships ?? []).map(toRelationship), truncated: false };
    },

    linkagePaths: async (
      _: unknown,
      args: {
        from: string;
        to: string;
        k?: number;
        maxHops?: number;
        includeTypes?: string[] | null;
        excludeTypes?: string[] | null;
        minConfidence?: number | null;
        time?: v.TimeFilterInput | null;
        timeRespecting?: boolean | null;
        provenance?: v.ProvenanceFilterInput | null;
      },
      ctx: Context,
    ) => {
      const k = v.intInRange('k', args.k, LIMITS.pathK);
      const maxHops = v.intInRange('maxHops', args.maxHops, LIMITS.pathMaxHops);
      const provenance = v.provenance('provenance', args.provenance);
      const includeTypes = v.names('includeTypes', args.includeTypes);
      const excludeTypes = v.names('excludeTypes', args.excludeTypes);
      const minConfidence = v.confidence('minConfidence', args.minConfidence);
      const window = v.timeWindow('time', args.time);
      const [a, b] = await Promise.all([requireEntity(ctx, 'from', args.from), requireEntity(ctx, 'to', args.to)]);
      if (a.id === b.id) return [];
      const rows = await ctx.graph.read<{ nodeIds: string[]; hopStarts: unknown[]; relationships: unknown[] }>(
        'graph/linkage-paths',
        {
          from: a.id,
          to: b.id,
          k,
          maxHops,
          includeTypes,
          excludeTypes,
          minConfidence,
          windowFrom: window.from,
          windowTo: window.to,
          timeRespecting: Boolean(args.timeRespecting),
          ...provenance,
        },
        { maxHops },
      );
      return rows.map((row) => {
        const rels = row.relationships.map(toRelationship);
        const hops: HopRecord[] = rels.map((rel, i) => ({
          rel,
          from: row.nodeIds[i]!,
          to: row.nodeIds[i + 1]!,
          start: (toPlain(row.hopStarts[i]) as string | null) ?? null,
        }));
        return { hops };
      });
    },
  },

  Entity: {
    entityType: (e: EntityRecord) => entityType(e.labels),
    name: (e: EntityRecord) => String(e.props.name ?? e.props.title ?? e.id),
    aliases: (e: EntityRecord) => (Array.isArray(e.props.aliases) ? e.props.aliases : []),
    description: (e: EntityRecord) => e.props.description ?? null,
    date: (e: EntityRecord) => e.props.date ?? null,
    datePrecision: (e: EntityRecord) => e.props.datePrecision ?? null,
    properties: (e: EntityRecord) => e.props,
    ...factFields<EntityRecord>(),
    relationshipCounts: (e: EntityRecord, _: unknown, ctx: Context) =>
      snapshotRelationshipCounts(e) ?? ctx.loaders.relationshipCounts.load(e.id),
    relationships: async (
      e: EntityRecord,
      args: { type: string; direction?: 'OUT' | 'IN' | 'BOTH'; first?: number; after?: string | null },
      ctx: Context,
    ) => {
      const [type] = v.names('type', [args.type])!;
      const limit = v.intInRange('first', args.first, LIMITS.relationshipsFirst);
      const offset = v.decodeCursor('after', args.after);
      const key = { id: e.id, type: type!, direction: args.direction ?? 'BOTH', offset, limit } as const;
      const { total, page } = snapshotRelationshipsPage(e, key) ?? (await ctx.loaders.relationshipsPage.load(key));
      const edges = page.slice(0, limit).map((node, i) => ({ cursor: v.encodeCursor(offset + i), node }));
      return {
        edges,
        totalCount: total,
        pageInfo: {
          hasNextPage: page.length > limit,
          hasPreviousPage: offset > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    },
  },

  Relationship: {
    // A retracted relationship's end may be retracted too (includeRetracted reads).
    from: async (r: RelationshipRecord, _: unknown, ctx: Context) =>
      (await ctx.loaders.entity.load(r.from)) ?? ctx.loaders.retractedEntity.load(r.from),
    to: async (r: RelationshipRecord, _: unknown, ctx: Context) =>
      (await ctx.loaders.entity.load(r.to)) ?? ctx.loaders.retractedEntity.load(r.to),
    role: (r: RelationshipRecord) => r.props.role ?? null,
    properties: (r: RelationshipRecord) => r.props,
    ...factFields<RelationshipRecord>(),
    sentence: (r: RelationshipRecord, _: unknown, ctx: Context) => relSentence(r, ctx),
  },

  Evidence: {
    source: (e: Props, _: unknown, ctx: Context) => ctx.loaders.source.load(String(e.sourceId)),
    entity: (e: Props, _: unknown, ctx: Context) =>
      e.factKind === 'node' ? ctx.loaders.entity.load(String(e.factId)) : null,
    relationship: (e: Props, _: unknown, ctx: Context) =>
      e.factKind === 'relationship' && e.factFrom && e.factTo
        ? ctx.loaders.relationship.load({ id: String(e.factId), from: String(e.factFrom), to: String(e.factTo) })
        : null,
  },

  Source: {
    id: (s: Props) => s.id,
    synthetic: (s: Props) => s.synthetic === true,
    evidenceCount: async (s: Props, _: unknown, ctx: Context) =>
      (await ctx.loaders.sourceCounts.load(String(s.id))).evidenceCount,
    factCount: async (s: Props, _: unknown, ctx: Context) =>
      (await ctx.loaders.sourceCounts.load(String(s.id))).factCount,
    disputeCount: async (s: Props, _: unknown, ctx: Context) =>
      (await ctx.loaders.sourceCounts.load(String(s.id))).disputeCount,
    evidence: async (
      s: Props,
      args: { stance?: 'supports' | 'disputes' | null; first?: number; after?: string | null },
      ctx: Context,
    ) => {
      const limit = v.intInRange('first', args.first, LIMITS.evidenceFirst);
      const offset = v.decodeCursor('after', args.after);
      const [row] = await ctx.graph.read<{ total: number; page: unknown[] }>('source/evidence-page', {
        id: s.id,
        stance: args.stance ?? null,
        offset,
        limit,
      });
      const page = (row?.page ?? []).map(plainProps);
      const edges = page.slice(0, limit).map((node, i) => ({ cursor: v.encodeCursor(offset + i), node }));
      return {
        edges,
        totalCount: row?.total ?? 0,
        pageInfo: {
          hasNextPage: page.length > limit,
          hasPreviousPage: offset > 0,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        },
      };
    },
  },

  Path: {
    length: (p: { hops: HopRecord[] }) => p.hops.length,
    hops: (p: { hops: HopRecord[] }) => p.hops,
    summary: async (p: { hops: HopRecord[] }, _: unknown, ctx: Context) =>
      (await Promise.all(p.hops.map((h) => relSentence(h.rel, ctx)))).join(' '),
  },

  Hop: {
    from: (h: HopRecord, _: unknown, ctx: Context) => ctx.loaders.entity.load(h.from),
    to: (h: HopRecord, _: unknown, ctx: Context) => ctx.loaders.entity.load(h.to),
    relationship: (h: HopRecord) => h.rel,
    forward: (h: HopRecord) => h.rel.from === h.from,
    sentence: (h: HopRecord, _: unknown, ctx: Context) => relSentence(h.rel, ctx),
    timeStart: (h: HopRecord) => h.start,
  },
};
