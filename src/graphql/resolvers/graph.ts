/**
 * Entities, relationships, evidence, search, neighbourhoods and linkage paths.
 */
import { graph as graphQueries, search, source } from '../../db/queries';
import { linkageQuery } from '../../db/queries/graph';
import { Context } from '../context';
import { badInput, notFound } from '../../errors';
import { plainProps, Props } from '../values';
import { endpoint, existingEntities, resolveEntities, resolveEntity, resolveOptional } from '../lookup';
import { HITS_PER_QUERY, searchPlan } from '../search';
import { EntityRecord, entityType, HopRecord, RelationshipRecord, toEntity, toRelationship } from '../model';
import type { DatePrecision, EntityKind, PersonResolvers, RelationshipType, Resolvers } from '../generated/types';
import { ARGUMENT_RANGES } from '../../shared/limits';
import { Attribution, ENTITY_PROPERTIES, sentence } from '../sentences';
import * as v from '../validate';
import { toPlain } from '../values';
import { entityName } from '../../shared/display-name';
import { describeDerivation } from '../../ontology/derivations';
import { curatedEntity, curatedEvidence, snapshotRelationshipCounts, snapshotRelationshipsPage } from './curation';

/**
 * The evidence summary every fact carries (docs/evidence.md). Entities and relationships
 * resolve these fields the same way, from their stored summary properties.
 */
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);
const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
const precision = (v: unknown): DatePrecision | null => (typeof v === 'string' ? (v as DatePrecision) : null);
const factFields = <T extends { id: string; props: Props }>() => ({
  evidence: (f: T, args: { includeRetracted?: boolean | null }, ctx: Context) =>
    curatedEvidence(f, args, ctx) ?? ctx.loaders.evidence.load(f.id),
  sourceCount: (f: T) => Number(f.props.sourceCount ?? 0),
  evidenceCount: (f: T) => Number(f.props.evidenceCount ?? 0),
  confidence: (f: T) => (typeof f.props.confidence === 'number' ? f.props.confidence : null),
  disputed: (f: T) => f.props.disputed === true,
  attributions: (f: T) => list(f.props.attributions),
  statuses: (f: T) => list(f.props.statuses),
  timeDerivation: (f: T) => describeDerivation(f.props.timeDerivation),
});

/**
 * Who a relationship's supporting evidence is attributed to, when none of it is the source's
 * own reporting (the summary's `attributions` says whether to look; the records say who).
 */
async function attributions(rel: RelationshipRecord, ctx: Context): Promise<Attribution[]> {
  const kinds = list(rel.props.attributions);
  if (kinds.length === 0 || kinds.includes('reporting')) return [];
  const records = (await ctx.loaders.evidence.load(rel.id)).filter(
    (e) => e.stance !== 'disputes' && typeof e.attribution === 'string',
  );
  if (records.some((e) => e.attribution === 'reporting')) return [];
  const ids = records.map((e) => String(e.attributedTo ?? '')).filter((a) => /^[a-z-]+:\S+$/.test(a));
  const entities = await existingEntities(ctx, [...new Set(ids)]);
  const nameOf = new Map(entities.map((e) => [e.id, entityName(e.props, e.id)]));
  return records.map((e) => {
    const party = String(e.attributedTo ?? 'unattributed');
    return nameOf.has(party)
      ? { attribution: String(e.attribution), who: nameOf.get(party)!, id: party }
      : { attribution: String(e.attribution), who: party };
  });
}

async function relSentence(rel: RelationshipRecord, ctx: Context): Promise<string> {
  const referenced = Object.keys(ENTITY_PROPERTIES)
    .map((p) => rel.props[p])
    .filter((x): x is string => typeof x === 'string');
  const [from, to, named, attributedTo] = await Promise.all([
    ctx.loaders.entity.load(rel.from),
    ctx.loaders.entity.load(rel.to),
    existingEntities(ctx, referenced),
    attributions(rel, ctx),
  ]);
  const names = new Map(named.map((e) => [e.id, entityName(e.props, e.id)]));
  return sentence(rel, { from, to, names, attributedTo });
}

/** The fields of the Entity interface, in GraphQL terms every entity type's own (see entityFields below). */
type EntityInterfaceField =
  | 'id'
  | 'entityType'
  | 'labels'
  | 'name'
  | 'aliases'
  | 'editorAliases'
  | 'description'
  | 'date'
  | 'datePrecision'
  | 'properties'
  | 'evidence'
  | 'sourceCount'
  | 'evidenceCount'
  | 'confidence'
  | 'disputed'
  | 'attributions'
  | 'statuses'
  | 'timeDerivation'
  | 'relationshipCounts'
  | 'relationships';

/**
 * The resolvers of the Entity interface's fields. GraphQL resolves fields on object
 * types only, so schema.ts gives these to every type implementing Entity (they all
 * resolve from an EntityRecord; Person's generated type stands for all of them).
 */
export const entityFields: Required<Pick<PersonResolvers, EntityInterfaceField>> = {
  id: (e) => e.id,
  entityType: (e) => entityType(e.labels) as EntityKind,
  labels: (e) => e.labels,
  name: (e) => entityName(e.props, e.id),
  aliases: (e) => list(e.props.aliases),
  editorAliases: (e) => list(e.props.editorAliases),
  description: (e) => text(e.props.description),
  date: (e) => text(e.props.date),
  datePrecision: (e) => precision(e.props.datePrecision),
  properties: (e) => e.props,
  ...factFields<EntityRecord>(),
  relationshipCounts: (e, _, ctx) => snapshotRelationshipCounts(e) ?? ctx.loaders.relationshipCounts.load(e.id),
  relationships: async (e, args, ctx) => {
    const type = v.relationshipType('type', args.type);
    const limit = v.intInRange('first', args.first, ARGUMENT_RANGES.relationshipsFirst);
    const offset = v.decodeCursor('after', args.after);
    const key = { id: e.id, type, direction: args.direction ?? 'BOTH', offset, limit } as const;
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
};

export const graphResolvers: Resolvers = {
  Query: {
    search: async (_, args, ctx) => {
      const plan = searchPlan(args.query);
      const limit = v.intInRange('first', args.first, ARGUMENT_RANGES.searchFirst);
      const types = v.entityKinds('types', args.types);
      const provenance = v.provenance('provenance', args.provenance);
      const minConfidence = v.provenanceConfidence('provenance', args.provenance);
      const rows = await ctx.graph.read(search.entities, {
        queries: plan.queries,
        words: plan.words.length,
        perQuery: HITS_PER_QUERY,
        types,
        limit,
        minConfidence,
        ...provenance,
      });
      return rows.map((r) => {
        const entity = toEntity(r);
        ctx.loaders.entity.prime(entity.id, entity);
        return {
          entity,
          score: r.score,
          wordsMatched: Number(r.coverage),
          words: plan.words.length,
          excerpt: r.excerpt ?? null,
        };
      });
    },

    entity: (_, args, ctx) => curatedEntity(ctx, args) ?? resolveEntity(ctx, 'id', args.id),

    sources: async (_, args, ctx) => {
      const limit = v.intInRange('first', args.first, ARGUMENT_RANGES.sourcesFirst);
      const rows = await ctx.graph.read(source.list, { limit });
      return rows.map((r) => {
        const source = plainProps(r.props);
        ctx.loaders.source.prime(r.id, source);
        return source;
      });
    },

    source: async (_, args, ctx) => {
      const source = await ctx.loaders.source.load(v.id('id', args.id));
      if (!source) throw notFound('source', args.id);
      return source;
    },

    neighbourhood: async (_, args, ctx) => {
      const depth = v.intInRange('depth', args.depth, ARGUMENT_RANGES.neighbourhoodDepth);
      const limit = v.intInRange('limit', args.limit, ARGUMENT_RANGES.neighbourhoodLimit);
      const provenance = v.provenance('provenance', args.provenance);
      const types = v.relationshipTypes('types', args.types);
      const minConfidence = Math.max(
        v.confidence('minConfidence', args.minConfidence),
        v.provenanceConfidence('provenance', args.provenance),
      );
      const { from, to } = v.timeWindow('time', args.time);
      const [centre, issue] = await Promise.all([
        resolveEntity(ctx, 'id', args.id),
        resolveOptional(ctx, 'issue', args.issue, ['Issue']),
      ]);
      const [row] = await ctx.graph.read(graphQueries.neighbourhood, {
        id: centre.id,
        depth,
        types,
        issue: issue?.id ?? null,
        minConfidence,
        from,
        to,
        limit,
        ...provenance,
      });
      const relationships = (row?.relationships ?? []).map(toRelationship);
      const ids = new Set<string>([centre.id]);
      for (const r of relationships) ids.add(r.from).add(r.to);
      const nodes = await existingEntities(ctx, [...ids]);
      return { nodes, relationships, truncated: Boolean(row?.truncated) };
    },

    overview: async (_, args, ctx) => {
      const first = v.intInRange('first', args.first, ARGUMENT_RANGES.overviewFirst);
      const minConfidence = v.confidence('minConfidence', args.minConfidence);
      const { from, to } = v.timeWindow('time', args.time);
      const issue = (await resolveOptional(ctx, 'issue', args.issue, ['Issue']))?.id ?? null;
      const [row] = await ctx.graph.read(graphQueries.overview, {
        first,
        minConfidence,
        from,
        to,
        issue,
      });
      const nodes = await existingEntities(ctx, row?.ids ?? []);
      return { nodes, relationships: (row?.relationships ?? []).map(toRelationship), truncated: false };
    },

    linkagePaths: async (_, args, ctx) => {
      const k = v.intInRange('k', args.k, ARGUMENT_RANGES.pathK);
      const maxHops = v.intInRange('maxHops', args.maxHops, ARGUMENT_RANGES.pathMaxHops);
      const provenance = v.provenance('provenance', args.provenance);
      const includeTypes = v.relationshipTypes('includeTypes', args.includeTypes);
      const excludeTypes = v.relationshipTypes('excludeTypes', args.excludeTypes);
      const minConfidence = Math.max(
        v.confidence('minConfidence', args.minConfidence),
        v.provenanceConfidence('provenance', args.provenance),
      );
      const window = v.timeWindow('time', args.time);
      if (args.exclude && args.exclude.length > 50) throw badInput('exclude takes at most 50 entities.', 'exclude');
      const [a, b, excluded] = await Promise.all([
        resolveEntity(ctx, 'from', args.from),
        resolveEntity(ctx, 'to', args.to),
        resolveEntities(ctx, 'exclude', args.exclude ?? []),
      ]);
      // A path from an entity to itself is a mistake, not an empty answer.
      if (a.id === b.id)
        throw badInput(`from and to are the same entity (${a.id}): give two different entities.`, 'to');
      const exclude = excluded.map((e) => e.id);
      const ends = excluded.find((e) => e.id === a.id || e.id === b.id);
      if (ends)
        throw badInput(
          `exclude: ${ends.id} is an end of the paths; only entities between them can be avoided.`,
          'exclude',
        );
      const paths = linkageQuery({
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
        exclude,
        ...provenance,
      });
      const rows = await ctx.graph.read(graphQueries.linkagePaths, paths.params, paths.bounds);
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
    __resolveType: (e) => entityType(e.labels) as EntityKind,
  },

  Relationship: {
    type: (r) => r.type as RelationshipType,
    // A retracted relationship's end may be retracted too (includeRetracted reads): endpoint() looks there.
    from: (r, _, ctx) => endpoint(ctx, r.from),
    to: (r, _, ctx) => endpoint(ctx, r.to),
    role: (r) => text(r.props.role),
    properties: (r) => r.props,
    ...factFields<RelationshipRecord>(),
    sentence: (r, _, ctx) => relSentence(r, ctx),
  },

  RelationshipCount: {
    type: (c) => c.type,
  },

  Evidence: {
    source: (e, _, ctx) => ctx.loaders.source.load(String(e.sourceId)),
    entity: (e, _, ctx) => (e.factKind === 'node' ? ctx.loaders.entity.load(String(e.factId)) : null),
    relationship: (e, _, ctx) =>
      e.factKind === 'relationship' && e.factFrom && e.factTo
        ? ctx.loaders.relationship.load({ id: String(e.factId), from: String(e.factFrom), to: String(e.factTo) })
        : null,
    // attributedTo is an entity id (person:luis-rubio) or a description ("U.S. officials").
    attributedToEntity: (e, _, ctx) =>
      typeof e.attributedTo === 'string' && /^[a-z]+:\S+$/.test(e.attributedTo)
        ? ctx.loaders.entity.load(e.attributedTo)
        : null,
  },

  Source: {
    id: (s) => String(s.id),
    synthetic: (s) => s.synthetic === true,
    evidenceCount: async (s, _, ctx) => (await ctx.loaders.sourceCounts.load(String(s.id))).evidenceCount,
    factCount: async (s, _, ctx) => (await ctx.loaders.sourceCounts.load(String(s.id))).factCount,
    disputeCount: async (s, _, ctx) => (await ctx.loaders.sourceCounts.load(String(s.id))).disputeCount,
    evidence: async (s, args, ctx) => {
      const limit = v.intInRange('first', args.first, ARGUMENT_RANGES.evidenceFirst);
      const offset = v.decodeCursor('after', args.after);
      const [row] = await ctx.graph.read(source.evidencePage, {
        id: String(s.id),
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
    length: (p) => p.hops.length,
    hops: (p) => p.hops,
    summary: async (p, _, ctx) => (await Promise.all(p.hops.map((h) => relSentence(h.rel, ctx)))).join(' '),
  },

  Hop: {
    from: (h, _, ctx) => endpoint(ctx, h.from),
    to: (h, _, ctx) => endpoint(ctx, h.to),
    relationship: (h) => h.rel,
    forward: (h) => h.rel.from === h.from,
    sentence: (h, _, ctx) => relSentence(h.rel, ctx),
    timeStart: (h) => h.start,
  },
};
