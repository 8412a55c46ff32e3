/**
 * The state of one element (an entity, a relationship, an evidence record) as the journal
 * records it: plain JSON, so `before`/`after` read the same in the API, in cypher-shell
 * and in an export. Going back from JSON to Neo4j values (an undo restores a state) needs
 * the types JSON loses; they follow from the property's name, because every write path
 * stores a given property with one type (src/load/format.ts toCypherProperties).
 */
import neo4j from 'neo4j-driver';
import { DATE_PROPERTIES } from '../ontology/labels';
import { plainProps, Props } from '../graphql/values';

export interface EntityState {
  kind: 'entity';
  id: string;
  /** [Entity, <Type>] when active; [Retracted] or [Merged] when not. */
  labels: string[];
  props: Props;
}

export interface RelationshipState {
  kind: 'relationship';
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
  /** True when the relationship is kept as a :Retracted node. */
  retracted: boolean;
}

export interface EvidenceState {
  kind: 'evidence';
  id: string;
  props: Props;
}

export type ElementState = EntityState | RelationshipState | EvidenceState;

export const isActiveEntity = (s: EntityState): boolean => s.labels.includes('Entity');

/** The specific label (Person…) of an entity state, active or not. */
export function entityLabel(s: EntityState): string {
  if (s.labels.includes('Entity')) return s.labels.find((l) => l !== 'Entity') ?? 'Entity';
  const kept = s.props.retractedLabels ?? s.props.mergedLabels;
  return Array.isArray(kept) ? (kept.map(String).find((l) => l !== 'Entity') ?? 'Entity') : 'Entity';
}

export function entityState(row: { id: unknown; labels: unknown; props: unknown }): EntityState {
  const props = plainProps(row.props);
  return { kind: 'entity', id: String(props.id ?? row.id), labels: (row.labels as string[]).slice().sort(), props };
}

export function relationshipState(row: {
  id: unknown;
  type: unknown;
  from: unknown;
  to: unknown;
  props: unknown;
}): RelationshipState {
  return {
    kind: 'relationship',
    id: String(row.id),
    type: String(row.type),
    from: String(row.from),
    to: String(row.to),
    props: plainProps(row.props),
    retracted: false,
  };
}

/** A :Retracted node that keeps a relationship, as the relationship's state. */
export function archivedRelationshipState(props: Props): RelationshipState {
  return {
    kind: 'relationship',
    id: String(props.id),
    type: String(props.relType),
    from: String(props.relFrom),
    to: String(props.relTo),
    props: Object.fromEntries(Object.entries(props).filter(([k]) => !['relType', 'relFrom', 'relTo'].includes(k))),
    retracted: true,
  };
}

export const evidenceState = (props: unknown): EvidenceState => {
  const p = plainProps(props);
  return { kind: 'evidence', id: String(p.id), props: p };
};

/** The journal's text of a state (null: the element was not there). Keys sorted, so equal states give equal text. */
export function stateJson(state: ElementState | null): string | null {
  if (state === null) return null;
  return JSON.stringify(sortKeys(state));
}

export function parseState(json: unknown): ElementState | null {
  if (typeof json !== 'string') return null;
  return JSON.parse(json) as ElementState;
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Properties stored as Neo4j dates (the ontology's dates and the derived time bounds). */
const DATE_KEYS = new Set([...DATE_PROPERTIES, 'timeStart', 'timeEnd']);
/** Properties stored as date-times: when a record was written, retracted, merged. */
const DATETIME_KEYS = new Set(['recordedAt', 'retractedAt', 'mergedAt']);
/** Properties always stored as floats, even when whole (confidence 1.0). */
const FLOAT_KEYS = new Set(['confidence']);

const ISO_DATETIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:\d{2})$/;

/** An ISO date-time as Neo4j wrote it, back to a DateTime to the nanosecond (JS Date keeps milliseconds). */
export function dateTime(text: string): unknown {
  const m = ISO_DATETIME.exec(text);
  if (!m) return neo4j.types.DateTime.fromStandardDate(new Date(text));
  const offset =
    m[8] === 'Z'
      ? 0
      : (m[8]!.startsWith('-') ? -1 : 1) * (Number(m[8]!.slice(1, 3)) * 3600 + Number(m[8]!.slice(4)) * 60);
  return new neo4j.types.DateTime(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4]),
    Number(m[5]),
    Number(m[6]),
    Number((m[7] ?? '').padEnd(9, '0')),
    offset,
  );
}

function cypherValue(key: string, v: unknown): unknown {
  if (v === null || v === undefined) return null;
  if (DATE_KEYS.has(key) && typeof v === 'string') {
    const [y, m, d] = v.split('-').map(Number);
    return new neo4j.types.Date(y!, m!, d!);
  }
  if (DATETIME_KEYS.has(key) && typeof v === 'string') return dateTime(v);
  if (typeof v === 'number') return FLOAT_KEYS.has(key) || !Number.isInteger(v) ? v : neo4j.int(v);
  if (Array.isArray(v))
    return (v as unknown[]).map((x) => (typeof x === 'number' && Number.isInteger(x) ? neo4j.int(x) : x));
  return v;
}

/**
 * Plain properties (from a state) as the typed values the database stores. With
 * `keepNulls` a null stays (for `SET n += $set`, where it removes the property).
 */
export function toStoredProperties(props: Props, keepNulls = false): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    const value = cypherValue(k, v);
    if (value !== null || keepNulls) out[k] = value;
  }
  return out;
}
