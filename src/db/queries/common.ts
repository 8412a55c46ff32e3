/**
 * Parameter and row types several catalogues share.
 */
import neo4j from 'neo4j-driver';

/** A Cypher DATE parameter (validate.ts cypherDate). */
export type CypherDate = InstanceType<typeof neo4j.types.Date>;

/** Stored properties as the driver returns them (temporal values are driver objects). */
export type StoredProps = Record<string, unknown>;

/** The Cypher parameters of the provenance filter (every named query that takes it uses these four). */
export interface ProvenanceParams {
  minSources: number | null;
  attributions: string[] | null;
  statuses: string[] | null;
  disputed: boolean | null;
}

/** A node as most queries return one. */
export interface NodeRow {
  id: string;
  labels: string[];
  props: StoredProps;
}

/** A relationship as a map (`{id, type, from, to, props}`), read by graphql/model.ts toRelationship. */
export interface RelationshipMap {
  id: string;
  type: string;
  from: string;
  to: string;
  props: StoredProps;
}

/** `{ids}`: the batched look-ups' one parameter. */
export interface Ids {
  ids: readonly string[];
}

/** `{ids, limit}`. */
export interface IdsWithLimit extends Ids {
  limit: number;
}

/** An id and some properties. */
export interface IdProps {
  id: string;
  props: StoredProps;
}

/** Facts an evidence change touched: the input of evidence/refresh-summaries. */
export interface FactKey {
  id: string;
  from: string | null;
  to: string | null;
}

/** A batched write's count of what it wrote. */
export interface Written {
  written: number;
}

/** `{rows}`: a batched write's one parameter. */
export interface Rows<T> {
  rows: readonly T[];
}
