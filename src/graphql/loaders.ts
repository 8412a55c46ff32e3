/**
 * Per-request batching. Every nested field that needs the database goes through a
 * DataLoader, so a request costs one round trip per depth level and loader, however
 * many entities it returns (no N+1).
 */
import DataLoader from 'dataloader';
import { survivorsOf } from '../curation/merged-ids';
import { Graph } from '../db/driver';
import {
  curation,
  entity as entityQueries,
  evidence as evidenceQueries,
  graph as graphQueries,
  source,
} from '../db/queries';
import type { ViaQuery } from '../db/queries/entity';
import type { RelationshipKey } from '../db/queries/curation';
import type { SourceCounts } from '../db/queries/source';
import type { RelationshipType } from './generated/types';
import { EntityRecord, RelationshipRecord, toEntity, toRelationship } from './model';
import { candidatesFor, NameCandidates } from './lookup';
import { plainProps, Props } from './values';

export interface RelationshipCount {
  type: RelationshipType;
  direction: 'OUT' | 'IN';
  count: number;
}

export interface PageKey {
  id: string;
  type: string;
  direction: 'OUT' | 'IN' | 'BOTH';
  offset: number;
  limit: number;
}

export interface Page {
  total: number;
  /** Up to limit + 1 relationships: the extra one only says a next page exists. */
  page: RelationshipRecord[];
}

/**
 * Episodes (exchanges, coercions) have a handful of links, and so do the typed fields
 * (a person's offices, a policy's actions); the cap only guards against hubs.
 */
export const ALL_RELATIONSHIPS_CAP = 200;

export type { RelationshipKey, SourceCounts };

const pageKey = (k: PageKey): string => JSON.stringify([k.id, k.type, k.direction, k.offset, k.limit]);

export function createLoaders(graph: Graph) {
  /** One loader per @via query (schema/entities.graphql), made on first use. */
  const viaLoaders = new Map<string, DataLoader<string, string[]>>();
  const via = (query: ViaQuery): DataLoader<string, string[]> => {
    let loader = viaLoaders.get(query.name);
    if (!loader) {
      loader = new DataLoader<string, string[]>(async (ids) => {
        const rows = await graph.read(query, { ids, limit: ALL_RELATIONSHIPS_CAP });
        const byId = new Map(rows.map((r) => [r.id, r.ids]));
        return ids.map((id) => byId.get(id) ?? []);
      });
      viaLoaders.set(query.name, loader);
    }
    return loader;
  };

  /** Entities by id; pages of relationships prime it with the entities at their other ends. */
  const entity = new DataLoader<string, EntityRecord | null>(async (ids) => {
    const rows = await graph.read(entityQueries.byIds, { ids });
    const byId = new Map(rows.map((r) => [String(r.id), toEntity(r)]));
    // The id of an entity merged into another resolves to the survivor (docs/curation.md).
    const missing = ids.filter((id) => !byId.has(id));
    if (missing.length) for (const [id, e] of await survivorsOf(graph, missing)) byId.set(id, e);
    return ids.map((id) => byId.get(id) ?? null);
  });

  return {
    via,

    entity,

    /**
     * What entity arguments name (src/graphql/lookup.ts): the entity with that id, or the
     * full-text candidates for it as a name. One query for every argument of a request level.
     */
    names: new DataLoader<string, NameCandidates>(async (inputs) => {
      const found = await candidatesFor(graph, inputs);
      // A merged entity's old id resolves to its survivor here too (docs/curation.md).
      const missing = inputs.filter((_, i) => !found[i]!.byId);
      if (missing.length) {
        const survivors = await survivorsOf(graph, missing);
        inputs.forEach((input, i) => {
          const survivor = survivors.get(input);
          if (survivor) found[i] = { byId: survivor, candidates: [] };
        });
      }
      return found;
    }),

    /** Retracted entities (includeRetracted reads), by id. */
    retractedEntity: new DataLoader<string, EntityRecord | null>(async (ids) => {
      const rows = await graph.read(curation.retractedEntities, { ids });
      const byId = new Map(rows.map((r) => [String(r.id), toEntity(r)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),

    /** Every evidence record of facts, retracted ones too (includeRetracted reads). */
    evidenceWithRetracted: new DataLoader<string, Props[]>(async (ids) => {
      const rows = await graph.read(curation.evidenceOfFacts, { ids });
      const byId = new Map(rows.map((r) => [r.id, r.records.map(plainProps)]));
      return ids.map((id) => byId.get(id) ?? []);
    }),

    /** The retracted relationships (kept as :Retracted nodes) of entities. */
    retractedRelationships: new DataLoader<string, Props[]>(async (ids) => {
      const rows = await graph.read(curation.retractedRelationships, { ids });
      const props = rows.map((r) => plainProps(r.props));
      return ids.map((id) => props.filter((p) => p.relFrom === id || p.relTo === id));
    }),

    relationshipCounts: new DataLoader<string, RelationshipCount[]>(async (ids) => {
      const rows = await graph.read(entityQueries.relationshipCounts, { ids });
      const byId = new Map<string, RelationshipCount[]>();
      for (const r of rows) {
        const list = byId.get(r.id) ?? [];
        list.push({ type: r.type, direction: r.direction, count: r.count });
        byId.set(r.id, list);
      }
      return ids.map((id) => byId.get(id) ?? []);
    }),

    /**
     * Pages of relationships, in the order the store keeps them. The type is written into
     * the query (see entity/relationships-page.cypher) and the page bounds are the query's
     * SKIP/LIMIT, so keys are grouped by (type, offset, limit): one query per group, all
     * of a request level's groups at once (fields of one level usually share all three).
     */
    relationshipsPage: new DataLoader<PageKey, Page, string>(
      async (keys) => {
        const groups = new Map<string, PageKey[]>();
        for (const k of keys) {
          const g = `${k.type}|${k.offset}|${k.limit}`;
          groups.set(g, [...(groups.get(g) ?? []), k]);
        }
        const byKey = new Map<string, Page>();
        await Promise.all(
          [...groups.values()].map(async (group) => {
            const { type, offset, limit } = group[0]!;
            const rows = await graph.read(
              entityQueries.relationshipsPage,
              { keys: group.map((k) => ({ key: pageKey(k), id: k.id, direction: k.direction })), offset, limit },
              { type },
            );
            for (const r of rows) {
              byKey.set(r.key, { total: r.total, page: r.page.map(toRelationship) });
              for (const rel of r.page) {
                if (rel.other) entity.prime(rel.other.id, toEntity(rel.other));
              }
            }
          }),
        );
        return keys.map((k) => byKey.get(pageKey(k)) ?? { total: 0, page: [] });
      },
      { cacheKeyFn: pageKey },
    ),

    /** Every relationship of an entity (capped), for episode details. */
    allRelationships: new DataLoader<string, RelationshipRecord[]>(async (ids) => {
      const rows = await graph.read(entityQueries.allRelationships, {
        ids,
        limit: ALL_RELATIONSHIPS_CAP,
      });
      const byId = new Map(rows.map((r) => [r.id, r.rels.map(toRelationship)]));
      return ids.map((id) => byId.get(id) ?? []);
    }),

    /** The evidence records of facts (entities and relationships alike), by fact id. */
    evidence: new DataLoader<string, Props[]>(async (ids) => {
      const rows = await graph.read(evidenceQueries.byFacts, { ids });
      const byId = new Map(rows.map((r) => [r.id, r.records.map(plainProps)]));
      return ids.map((id) => byId.get(id) ?? []);
    }),

    relationship: new DataLoader<RelationshipKey, RelationshipRecord | null, string>(
      async (keys) => {
        const rows = await graph.read(graphQueries.relationshipsByKeys, { keys });
        const byId = new Map(rows.map((r) => [r.key, toRelationship(r.rel)]));
        return keys.map((k) => byId.get(k.id) ?? null);
      },
      { cacheKeyFn: (k) => k.id },
    ),

    sourceCounts: new DataLoader<string, SourceCounts>(async (ids) => {
      const rows = await graph.read(source.counts, { ids });
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? { evidenceCount: 0, factCount: 0, disputeCount: 0 });
    }),

    source: new DataLoader<string, Props | null>(async (ids) => {
      const rows = await graph.read(source.byIds, { ids });
      const byId = new Map(rows.map((r) => [String(r.id), plainProps(r.props)]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
