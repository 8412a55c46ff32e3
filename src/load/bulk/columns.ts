/**
 * The typed columns of neo4j-admin import CSV (Neo4j 5.26 header syntax: `name:type`, arrays
 * `name:type[]`), inferred from the corpus: every node label, relationship type and the evidence
 * records get one header whose columns are the union of their properties, each with one type.
 * A property that is a whole number in some records and a fraction in others becomes a double
 * column (the online loader would store some integers and some floats; the import cannot mix
 * types within a column). A property that is a string in some records and a number in others
 * cannot be imported at all and is refused, naming it.
 */
import { DERIVED_PROPERTIES, JsonValue } from '../format';
import { DATE_PROPERTIES } from '../../ontology/labels';

export type ColumnType =
  'string' | 'long' | 'double' | 'boolean' | 'date' | 'datetime' | 'string[]' | 'long[]' | 'double[]' | 'boolean[]';

/** The type a JSON value asks for; undefined for an empty list (it fits any list column). */
export function typeOf(key: string, v: JsonValue): ColumnType | undefined {
  if (typeof v === 'string') return DATE_PROPERTIES.has(key) ? 'date' : 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  if (v.length === 0) return undefined;
  if (typeof v[0] === 'string') return 'string[]';
  if (typeof v[0] === 'boolean') return 'boolean[]';
  return (v as number[]).every((x) => Number.isInteger(x)) ? 'long[]' : 'double[]';
}

/** The one type two records' values share, or undefined when they cannot share a column. */
function unify(a: ColumnType, b: ColumnType): ColumnType | undefined {
  if (a === b) return a;
  const pair = new Set([a, b]);
  if (pair.has('long') && pair.has('double')) return 'double';
  if (pair.has('long[]') && pair.has('double[]')) return 'double[]';
  return undefined;
}

/** The columns of one header (a label, a relationship type, the evidence), built up record by record. */
export class ColumnSet {
  readonly types = new Map<string, ColumnType | undefined>();

  constructor(readonly owner: string) {}

  /** Add a record's properties; returns an error text when a property's type conflicts. */
  add(props: Record<string, unknown>, fixed: Record<string, ColumnType> = {}): string | undefined {
    for (const [key, v] of Object.entries(props)) {
      if (DERIVED_PROPERTIES.has(key) || v === undefined) continue;
      const t = fixed[key] ?? typeOf(key, v as JsonValue);
      const had = this.types.get(key);
      if (!this.types.has(key) || had === undefined) {
        this.types.set(key, t);
        continue;
      }
      if (t === undefined) continue;
      const u = unify(had, t);
      if (!u)
        return (
          `property "${key}" of ${this.owner} is a ${had} in some records and a ${t} in this one; ` +
          'neo4j-admin import stores one type per property. Make the values one type, or use the online loader (npm run load).'
        );
      this.types.set(key, u);
    }
    return undefined;
  }

  /** Columns in a stable order (sorted), typed; a property only ever seen as an empty list is a string list. */
  columns(): { name: string; type: ColumnType }[] {
    return [...this.types.entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([name, type]) => ({ name, type: type ?? 'string[]' }));
  }
}
