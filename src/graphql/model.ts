/**
 * The shapes resolvers pass around: what the named queries return, made plain.
 * GraphQL Code Generator maps the SDL's types onto these (src/cli/codegen.ts), so
 * the generated resolver types say which record each type resolves from.
 */
import type { ConcessionRow } from '../db/queries/research';
import type { DatePrecision } from './generated/types';
import { plainProps, Props } from './values';

export interface EntityRecord {
  id: string;
  labels: string[];
  props: Props;
}

export interface RelationshipRecord {
  id: string;
  type: string;
  from: string;
  to: string;
  props: Props;
}

/** The label that says what an entity is (every domain node also carries `Entity`). */
export function entityType(labels: string[]): string {
  return labels.find((l) => l !== 'Entity') ?? 'Entity';
}

export function toEntity(row: { id?: unknown; labels: unknown; props: unknown }): EntityRecord {
  const props = plainProps(row.props);
  return { id: String(props.id ?? row.id), labels: row.labels as string[], props };
}

export function toRelationship(raw: unknown): RelationshipRecord {
  const r = raw as { id: unknown; type: string; from: unknown; to: unknown; props: unknown };
  return { id: String(r.id), type: r.type, from: String(r.from), to: String(r.to), props: plainProps(r.props) };
}

/** One step of a linkage path (Hop). */
export interface HopRecord {
  rel: RelationshipRecord;
  from: string;
  to: string;
  /** The hop's time by linkage-paths.cypher's rule (YYYY-MM-DD), null when undated. */
  start: string | null;
}

/** A linkage path (Path). */
export interface PathRecord {
  hops: HopRecord[];
}

/** A concession inside an exchange, as research/concessions.cypher gives it (ConcessionEntry). */
export interface ConcessionEntryRecord {
  concession: EntityRecord;
  side: string | null;
  givenByIds: string[];
  /** Its own date, else its realising event's (dateDerivation says which). */
  date: string | null;
  datePrecision: DatePrecision | null;
  dateDerivation: string | null;
}

export type { ConcessionRow };

/** An exchange in the ledger (ExchangeEntry), its concessions as ids until resolved. */
export interface ExchangeEntryRecord {
  exchange: EntityRecord;
  concessions: ConcessionRow[];
}

/** A coercion or linkage episode in the ledger (Episode). */
export interface EpisodeRecord {
  entity: EntityRecord;
}
