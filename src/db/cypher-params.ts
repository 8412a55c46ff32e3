/**
 * Parameters as Cypher wants them. JavaScript has one number type; Cypher tells integers
 * from floats and refuses a float where it needs an integer (LIMIT, list slices).
 */
import neo4j from 'neo4j-driver';

/** Whole numbers as integers, in plain objects and arrays too; everything else as given. */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}
