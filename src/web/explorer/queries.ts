// The GraphQL documents the page runs, each with a typed function. Limits come from
// src/shared/limits.ts, the module the API validates against.
import { ARGUMENT_RANGES } from '../../shared/limits';
import { query } from './api';
import type {
  Entity,
  EntityDetails,
  EvidenceRecord,
  Office,
  Path,
  Change,
  Relationship,
  SearchHit,
  Subgraph,
  TimeFilter,
  TimelineEntry,
} from './types';

/** The filters the API applies for the page: it owns what "holds on a date", "confident enough" and "about an issue" mean. */
export interface ApiFilters {
  minConfidence: number | null;
  time: TimeFilter | null;
  issue: string | null;
}

const EVIDENCE = `evidence { excerpt attribution attributedTo confidence status stance statedValue note derivation
  source { id title publisher date datePrecision url } }`;

const HISTORY = 'changeId operation elementId elementKind recordedAt holder reason';

const ENTITY_FIELDS = `fragment EntityFields on Entity {
  id entityType name aliases description date datePrecision properties
}`;

const REL_FIELDS = `fragment RelFields on Relationship {
  id type role sentence properties from { id } to { id } ${EVIDENCE}
}`;

interface RawSubgraph {
  nodes: Entity[];
  relationships: Relationship[];
  truncated: boolean;
}
const subgraph = (s: RawSubgraph): Subgraph => s;

export async function search(text: string, types: string[] | null): Promise<SearchHit[]> {
  const d = await query<{ search: { entity: SearchHit }[] }>(
    `query Search($q: String!, $types: [String!], $first: Int) {
      search(query: $q, types: $types, first: $first) { entity { id entityType name } }
    }`,
    { q: text, types, first: 8 },
  );
  return d.search.map((s) => s.entity);
}

export async function overview(f: ApiFilters): Promise<Subgraph> {
  const d = await query<{ overview: RawSubgraph }>(
    `query Overview($first: Int, $minConfidence: Float, $time: TimeFilter, $issue: ID) {
      overview(first: $first, minConfidence: $minConfidence, time: $time, issue: $issue) {
        truncated nodes { ...EntityFields } relationships { ...RelFields }
      }
    }
    ${ENTITY_FIELDS}
    ${REL_FIELDS}`,
    { first: ARGUMENT_RANGES.overviewFirst.default, ...f },
  );
  return subgraph(d.overview);
}

export async function neighbourhood(id: string, f: ApiFilters): Promise<Subgraph> {
  const d = await query<{ neighbourhood: RawSubgraph }>(
    `query Neighbourhood($id: ID!, $limit: Int, $minConfidence: Float, $time: TimeFilter, $issue: ID) {
      neighbourhood(id: $id, depth: 1, limit: $limit, minConfidence: $minConfidence, time: $time, issue: $issue) {
        truncated nodes { ...EntityFields } relationships { ...RelFields }
      }
    }
    ${ENTITY_FIELDS}
    ${REL_FIELDS}`,
    { id, limit: ARGUMENT_RANGES.neighbourhoodLimit.default, ...f },
  );
  return subgraph(d.neighbourhood);
}

export interface PathVariables {
  from: string;
  to: string;
  k: number;
  maxHops: number;
  includeTypes: string[] | null;
  excludeTypes: string[] | null;
  minConfidence: number | null;
  time: TimeFilter | null;
  timeRespecting: boolean;
}

export async function linkagePaths(v: PathVariables): Promise<Path[]> {
  type RawHop = Path['hops'][number];
  const d = await query<{ linkagePaths: { length: number; hops: RawHop[] }[] }>(
    `query Paths($from: ID!, $to: ID!, $k: Int, $maxHops: Int, $includeTypes: [String!], $excludeTypes: [String!],
        $minConfidence: Float, $time: TimeFilter, $timeRespecting: Boolean) {
      linkagePaths(from: $from, to: $to, k: $k, maxHops: $maxHops, includeTypes: $includeTypes,
          excludeTypes: $excludeTypes, minConfidence: $minConfidence, time: $time, timeRespecting: $timeRespecting) {
        length
        hops { forward sentence timeStart from { ...EntityFields } to { ...EntityFields } relationship { ...RelFields } }
      }
    }
    ${ENTITY_FIELDS}
    ${REL_FIELDS}`,
    v,
  );
  return d.linkagePaths.map((p) => ({
    length: p.length,
    hops: p.hops,
  }));
}

export async function entityDetails(id: string): Promise<EntityDetails> {
  // A person's offices and an office's holders are typed fields (OfficeTerm), with the president served under.
  type Term = { underPresident: { name: string } | null; relationship: Omit<Office, 'underPresident'> };
  interface Raw {
    entity: Omit<EntityDetails, 'offices' | 'evidence' | 'history'> & {
      evidence: EvidenceRecord[];
      offices?: Term[];
      holders?: Term[];
    };
    history: Change[];
  }
  const TERM = 'underPresident { name } relationship { id sentence properties }';
  const d = await query<Raw>(
    `query EntityDetails($id: ID!) {
      entity(id: $id) {
        id version
        evidence(includeRetracted: true) { excerpt attribution attributedTo confidence status stance statedValue note derivation
          retraction { at by reason } source { id title publisher date datePrecision url } }
        relationshipCounts { type direction count }
        ... on Person { offices { ${TERM} } }
        ... on Office { holders { ${TERM} } }
        retractedRelationships { id type retraction { at by reason } }
      }
      history(id: $id, first: 20) { ${HISTORY} }
    }`,
    { id },
  );
  const { offices, holders, ...e } = d.entity;
  const terms = offices ?? holders ?? [];
  return {
    ...e,
    history: d.history,
    offices: terms.map((t) => ({ ...t.relationship, underPresident: t.underPresident?.name ?? null })),
  };
}

/** The change journal of an element (a link's, for its panel), newest first. */
export async function history(id: string): Promise<Change[]> {
  const d = await query<{ history: Change[] }>(
    `query History($id: ID!) { history(id: $id, first: 20) { ${HISTORY} } }`,
    {
      id,
    },
  );
  return d.history;
}

/** An actor's events: all of them, or those within a window (the API's rule for what falls in it). */
export async function timeline(actor: string, time: TimeFilter | null): Promise<TimelineEntry[]> {
  const d = await query<{ timeline: TimelineEntry[] }>(
    `query Timeline($actor: ID!, $time: TimeFilter, $limit: Int) {
      timeline(actor: $actor, time: $time, limit: $limit) {
        date datePrecision
        event { id name }
        participants { role from { id name } }
      }
    }`,
    { actor, time, limit: ARGUMENT_RANGES.researchLimit.max },
  );
  return d.timeline;
}

export async function entityName(id: string): Promise<string> {
  const d = await query<{ entity: { name: string } }>(`query EntityName($id: ID!) { entity(id: $id) { name } }`, {
    id,
  });
  return d.entity.name;
}
