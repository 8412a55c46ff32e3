/**
 * Entities, relationships, evidence, search, neighbourhoods and linkage paths.
 */
import { Context } from '../context';
import { existingEntities, requireEntity } from '../lookup';
import { luceneQuery } from '../lucene';
import { EntityRecord, entityType, RelationshipRecord, toEntity, toRelationship } from '../model';
import { LIMITS } from '../../shared/limits';
import { sentence } from '../sentences';
import * as v from '../validate';
import { toPlain } from '../values';

interface HopRecord {
  rel: RelationshipRecord;
  from: string;
  to: string;
  /** The hop's time by linkage-paths.cypher's rule (YYYY-MM-DD), null when undated. */
  start: string | null;
}

const evidenceOf = (props: Record<string, unknown>) => ({
  sourceId: props.sourceId ?? null,
  excerpt: props.excerpt ?? null,
  attribution: props.attribution ?? null,
  attributedTo: props.attributedTo ?? null,
  confidence: typeof props.confidence === 'number' ? props.confidence : null,
  status: props.status ?? null,
  derivation: props.derivation ?? props.dateDerivation ?? null,
});

async function relSentence(rel: RelationshipRecord, ctx: Context): Promise<string> {
  const [from, to] = await Promise.all([ctx.loaders.entity.load(rel.from), ctx.loaders.entity.load(rel.to)]);
  return sentence(rel, from, to);
}

export const graphResolvers = {
  Query: {
    search: async (_: unknown, args: { query: string; types?: string[] | null; first?: number }, ctx: Context) => {
      const lucene = luceneQuery(args.query);
      const limit = v.intInRange('first', args.first, LIMITS.searchFirst);
      const types = v.names('types', args.types);
      const rows = await ctx.graph.read('search/entities', { lucene, types, limit });
      return rows.map((r) => {
        const entity = toEntity(r as never);
        ctx.loaders.entity.prime(entity.id, entity);
        return { entity, score: r.score as number };
      });
    },

    entity: (_: unknown, args: { id: string }, ctx: Context) => requireEntity(ctx, 'id', args.id),

    neighbourhood: async (
      _: unknown,
      args: {
        id: string;
        depth?: number;
        types?: string[] | null;
        issue?: string | null;
        minConfidence?: number | null;
        time?: v.TimeFilterInput | null;
        limit?: number;
      },
      ctx: Context,
    ) => {
      const depth = v.intInRange('depth', args.depth, LIMITS.neighbourhoodDepth);
      const limit = v.intInRange('limit', args.limit, LIMITS.neighbourhoodLimit);
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
      },
      ctx: Context,
    ) => {
      const k = v.intInRange('k', args.k, LIMITS.pathK);
      const maxHops = v.intInRange('maxHops', args.maxHops, LIMITS.pathMaxHops);
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
    evidence: (e: EntityRecord) => (e.props.sourceId || e.props.excerpt ? evidenceOf(e.props) : null),
    relationshipCounts: (e: EntityRecord, _: unknown, ctx: Context) => ctx.loaders.relationshipCounts.load(e.id),
    relationships: async (
      e: EntityRecord,
      args: { type: string; direction?: 'OUT' | 'IN' | 'BOTH'; first?: number; after?: string | null },
      ctx: Context,
    ) => {
      const [type] = v.names('type', [args.type])!;
      const limit = v.intInRange('first', args.first, LIMITS.relationshipsFirst);
      const offset = v.decodeCursor('after', args.after);
      const { total, page } = await ctx.loaders.relationshipsPage.load({
        id: e.id,
        type: type!,
        direction: args.direction ?? 'BOTH',
        offset,
        limit,
      });
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
    from: (r: RelationshipRecord, _: unknown, ctx: Context) => ctx.loaders.entity.load(r.from),
    to: (r: RelationshipRecord, _: unknown, ctx: Context) => ctx.loaders.entity.load(r.to),
    role: (r: RelationshipRecord) => r.props.role ?? null,
    properties: (r: RelationshipRecord) => r.props,
    evidence: (r: RelationshipRecord) => evidenceOf(r.props),
    sentence: (r: RelationshipRecord, _: unknown, ctx: Context) => relSentence(r, ctx),
  },

  Evidence: {
    source: (e: { sourceId: string | null }, _: unknown, ctx: Context) =>
      e.sourceId ? ctx.loaders.source.load(e.sourceId) : null,
  },

  Source: {
    id: (s: Record<string, unknown>) => s.id,
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
