/**
 * Property values and columns for the flat formats (GraphML, CSV): which typed
 * attribute each stored property becomes, and how a value is written as text.
 * Node-link JSON keeps values as JSON (lists stay lists).
 */
import { toPlain } from '../graphql/values';
import { PropertyKeyTypes } from './reader';
import { nodeLabel } from '../shared/display-name';

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

/**
 * The evidence summary every fact carries (docs/evidence.md), as CSV columns
 * present in that order whether or not the selection has them, with the type each
 * has when no element of the selection does.
 */
export const SUMMARY_COLUMNS: readonly { key: string; type: AttrType }[] = [
  { key: 'sourceCount', type: 'long' },
  { key: 'evidenceCount', type: 'long' },
  { key: 'confidence', type: 'double' },
  { key: 'disputed', type: 'boolean' },
  { key: 'attributions', type: 'string' },
  { key: 'statuses', type: 'string' },
];
const SUMMARY_KEYS = SUMMARY_COLUMNS.map((c) => c.key);

export interface Column {
  /** The column or attribute name in the file. */
  name: string;
  /** The stored property it comes from, or undefined for a structural column (id, label…). */
  property?: string;
  type: AttrType;
}

/**
 * The property columns after the structural ones: the evidence summary first (so
 * it is easy to find), then the remaining keys alphabetically. `id` is the
 * element's own id column and is not repeated. A property named like a structural
 * column is written with a `_property` suffix rather than silently shadowing it.
 */
export function propertyColumns(
  keys: readonly PropertyKeyTypes[],
  structural: readonly string[],
  alwaysSummary: boolean,
): Column[] {
  const byKey = new Map(keys.map((k) => [k.key, attrType(k.types)]));
  const ordered = [
    ...SUMMARY_KEYS.filter((k) => alwaysSummary || byKey.has(k)),
    ...[...byKey.keys()].filter((k) => !SUMMARY_KEYS.includes(k)).sort(),
  ];
  const taken = new Set(structural);
  return ordered
    .filter((key) => key !== 'id')
    .map((key) => {
      let name = key;
      while (taken.has(name)) name = `${name}_property`;
      taken.add(name);
      const fallback = SUMMARY_COLUMNS.find((c) => c.key === key)?.type ?? 'string';
      return { name, property: key, type: byKey.get(key) ?? fallback };
    });
}

/**
 * The fields of an evidence record, in the order of evidence.csv's columns and of
 * the records in the JSON and GraphML files (docs/evidence.md describes each).
 * A fixed list, not the stored keys: the file's shape does not depend on which
 * optional fields the selection happens to use.
 */
export const EVIDENCE_FIELDS = [
  'id',
  'factId',
  'factKind',
  'factType',
  'sourceId',
  'excerpt',
  'textStart',
  'textEnd',
  'attribution',
  'attributedTo',
  'confidence',
  'status',
  'stance',
  'statedValue',
  'note',
  'derivation',
  'recordedAt',
  'recordedBy',
] as const;

export type EvidenceRecord = Partial<Record<(typeof EVIDENCE_FIELDS)[number], unknown>>;

/** A stored :Evidence node's properties as a plain JSON record of EVIDENCE_FIELDS (absent ones left out). */
export function evidenceRecord(props: Record<string, unknown>): EvidenceRecord {
  const record: EvidenceRecord = {};
  for (const field of EVIDENCE_FIELDS) {
    const value = toPlain(props[field]);
    if (value !== null && value !== undefined) record[field] = value;
  }
  return record;
}

/** A node's display name: what Gephi and yEd show as its label (the rule is src/shared/display-name.ts). */
export const displayName = nodeLabel;
