/**
 * Property values and columns for the flat formats (GraphML, CSV): which typed
 * attribute each stored property becomes, and how a value is written as text.
 * Node-link JSON keeps values as JSON (lists stay lists).
 */
import { toPlain } from '../graphql/values';
import { PropertyKeyTypes } from './reader';

/** GraphML attribute types (attr.type), which networkx, Gephi and yEd understand. */
export type AttrType = 'string' | 'long' | 'double' | 'boolean';

/**
 * The attribute type of a property from the Cypher value types it takes
 * (valueType() strings such as 'INTEGER NOT NULL'). Temporal values are written as
 * ISO strings and lists as JSON, so both are strings; integers mixed with floats
 * are doubles; any other mix is a string.
 */
export function attrType(types: readonly string[]): AttrType {
  const kinds = new Set(
    types.map((t): AttrType => {
      if (t.startsWith('INTEGER')) return 'long';
      if (t.startsWith('FLOAT')) return 'double';
      if (t.startsWith('BOOLEAN')) return 'boolean';
      return 'string';
    }),
  );
  if (kinds.size === 1) return [...kinds][0]!;
  if (kinds.size === 2 && kinds.has('long') && kinds.has('double')) return 'double';
  return 'string';
}

/**
 * A property value as text: temporal values as ISO 8601 (a date is YYYY-MM-DD),
 * lists and maps as JSON, booleans as true/false. Null and absent are undefined,
 * so writers can leave the cell or data element out.
 */
export function textValue(value: unknown): string | undefined {
  const plain = toPlain(value);
  if (plain === null || plain === undefined) return undefined;
  if (typeof plain === 'string') return plain;
  if (typeof plain === 'number' || typeof plain === 'boolean') return String(plain);
  return JSON.stringify(plain);
}

/** Provenance columns every CSV carries, in this order, whether or not the selection has them. */
export const PROVENANCE_KEYS = ['sourceId', 'excerpt', 'attribution', 'attributedTo', 'confidence', 'status'] as const;

export interface Column {
  /** The column or attribute name in the file. */
  name: string;
  /** The stored property it comes from, or undefined for a structural column (id, label…). */
  property?: string;
  type: AttrType;
}

/**
 * The property columns after the structural ones: provenance first (so it is
 * easy to find), then the remaining keys alphabetically. `id` is the element's
 * own id column and is not repeated. A property named like a structural column is
 * written with a `_property` suffix rather than silently shadowing it.
 */
export function propertyColumns(
  keys: readonly PropertyKeyTypes[],
  structural: readonly string[],
  alwaysProvenance: boolean,
): Column[] {
  const byKey = new Map(keys.map((k) => [k.key, attrType(k.types)]));
  const ordered = [
    ...PROVENANCE_KEYS.filter((k) => alwaysProvenance || byKey.has(k)),
    ...[...byKey.keys()].filter((k) => !(PROVENANCE_KEYS as readonly string[]).includes(k)).sort(),
  ];
  const taken = new Set(structural);
  return ordered
    .filter((key) => key !== 'id')
    .map((key) => {
      let name = key;
      while (taken.has(name)) name = `${name}_property`;
      taken.add(name);
      return { name, property: key, type: byKey.get(key) ?? (key === 'confidence' ? 'double' : 'string') };
    });
}

/** A node's display name: what Gephi and yEd show as its label. */
export function displayName(props: Record<string, unknown>, id: string): string {
  for (const key of ['name', 'title', 'metric', 'text'] as const) {
    const v = props[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return id;
}
