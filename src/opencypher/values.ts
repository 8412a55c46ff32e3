/**
 * Neo4j result values in Neptune's openCypher JSON, the format graph-explorer parses
 * (its mappers/mapResults.ts):
 *
 *   node          {"~id", "~entityType": "node", "~labels": [...], "~properties": {...}}
 *   relationship  {"~id", "~entityType": "relationship", "~start", "~end", "~type", "~properties": {...}}
 *
 * Ids are the graph's own stable ids (`person:lopez-obrador`): the `id` property, or
 * the element id for an element without one — the same value the rewritten `id(x)`
 * computes (./rewrite.ts). Property values are strings, numbers, booleans or null only:
 * dates and times become ISO strings, lists and maps JSON strings. Outside
 * `~properties` (a `RETURN v.aliases`), lists stay lists and maps stay maps. A path
 * becomes the list of its nodes and relationships in order.
 */
import { isNode, isPath, isPoint, isRelationship, Node, Path, Relationship } from 'neo4j-driver';
import { toPlain } from '../graphql/values';
import { displayLabels } from './labels';

export type PropertyValue = string | number | boolean | null;

export interface OCNode {
  '~id': string;
  '~entityType': 'node';
  '~labels': string[];
  '~properties': Record<string, PropertyValue>;
}

export interface OCRelationship {
  '~id': string;
  '~entityType': 'relationship';
  '~start': string;
  '~end': string;
  '~type': string;
  '~properties': Record<string, PropertyValue>;
}

export type OCValue = PropertyValue | OCNode | OCRelationship | OCValue[] | { [key: string]: OCValue };

/** JSON has no NaN or Infinity; say them rather than turn them into null. */
const finite = (n: number): number | string => (Number.isFinite(n) ? n : String(n));

/** The id an element shows: its `id` property, else its element id. */
function graphId(properties: Record<string, unknown>, elementId: string): string {
  const id = properties.id;
  return id === null || id === undefined ? elementId : String(toPlain(id));
}

function propertyValue(value: unknown): PropertyValue {
  if (isPoint(value as never)) return String(value);
  const plain = toPlain(value);
  if (plain === null || typeof plain === 'string' || typeof plain === 'boolean') return plain;
  if (typeof plain === 'number') return finite(plain);
  return JSON.stringify(plain);
}

function properties(props: Record<string, unknown>): Record<string, PropertyValue> {
  const out: Record<string, PropertyValue> = {};
  for (const [key, value] of Object.entries(props)) out[key] = propertyValue(value);
  return out;
}

/** Graph ids by element id, for the nodes and relationship endpoints of a result. */
export class ElementIds {
  private readonly ids = new Map<string, string>();
  private readonly wanted = new Set<string>();

  /** Record what `values` contain: the ids of their nodes, the endpoints their relationships need. */
  collect(value: unknown): void {
    if (value === null || typeof value !== 'object') return;
    if (isNode(value as never)) {
      const node = value as Node;
      this.ids.set(node.elementId, graphId(node.properties, node.elementId));
    } else if (isRelationship(value as never)) {
      const rel = value as Relationship;
      this.wanted.add(rel.startNodeElementId);
      this.wanted.add(rel.endNodeElementId);
    } else if (isPath(value as never)) {
      const path = value as Path;
      this.collect(path.start);
      for (const segment of path.segments) {
        this.collect(segment.relationship);
        this.collect(segment.end);
      }
    } else if (Array.isArray(value)) {
      for (const item of value) this.collect(item);
    } else if (Object.getPrototypeOf(value) === Object.prototype) {
      for (const item of Object.values(value)) this.collect(item);
    }
  }

  /** Endpoints whose node is not itself in the result: their ids must be looked up. */
  missing(): string[] {
    return [...this.wanted].filter((id) => !this.ids.has(id));
  }

  add(elementId: string, id: string): void {
    this.ids.set(elementId, id);
  }

  of(elementId: string): string {
    return this.ids.get(elementId) ?? elementId;
  }
}

function node(n: Node): OCNode {
  return {
    '~id': graphId(n.properties, n.elementId),
    '~entityType': 'node',
    '~labels': displayLabels(n.labels),
    '~properties': properties(n.properties),
  };
}

function relationship(r: Relationship, ids: ElementIds): OCRelationship {
  return {
    '~id': graphId(r.properties, r.elementId),
    '~entityType': 'relationship',
    '~start': ids.of(r.startNodeElementId),
    '~end': ids.of(r.endNodeElementId),
    '~type': r.type,
    '~properties': properties(r.properties),
  };
}

/** One result value in Neptune's format (see the module comment). */
export function toOpenCypher(value: unknown, ids: ElementIds): OCValue {
  if (value === null || value === undefined) return null;
  if (isNode(value as never)) return node(value as Node);
  if (isRelationship(value as never)) return relationship(value as Relationship, ids);
  if (isPath(value as never)) {
    const path = value as Path;
    const out: OCValue[] = [node(path.start)];
    for (const segment of path.segments) out.push(relationship(segment.relationship, ids), node(segment.end));
    return out;
  }
  if (isPoint(value as never)) return String(value);
  if (Array.isArray(value)) return value.map((v) => toOpenCypher(v, ids));
  if (typeof value === 'number') return finite(value);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, OCValue> = {};
    for (const [k, v] of Object.entries(value)) out[k] = toOpenCypher(v, ids);
    return out;
  }
  // Integers, temporal values, strings, booleans.
  return toPlain(value) as OCValue;
}
