/**
 * The shapes resolvers pass around: what the named queries return, made plain.
 */
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
