/**
 * Neo4j values to plain JSON: temporal values become ISO strings (a Date is
 * YYYY-MM-DD), Integers become numbers. Everything the API returns goes through here.
 *
 * This runs over every property of every row an answer holds (a neighbourhood of 200
 * relationships with their evidence is thousands of values), so it is written for the common
 * case: primitives return at once, plain maps and lists are walked, and only other objects are
 * tested for the driver's types. A CPU profile of the API under load put the earlier version
 * (six type tests on every value, and the driver's Integer-based date formatting) at about a
 * sixth of the API's own CPU time.
 */
import {
  Date as CypherDate,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isTime,
} from 'neo4j-driver';

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** YYYY-MM-DD for the years ISO 8601 writes with four digits; the driver's own formatting otherwise. */
function dateString(d: CypherDate<number>): string {
  const { year, month, day } = d;
  if (typeof year === 'number' && typeof month === 'number' && typeof day === 'number' && year >= 0 && year <= 9999)
    return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
  return String(d);
}

/** Each own property converted: a plain map, or an object that is none of the driver's value types (a Node). */
function plainMap(value: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) out[k] = toPlain((value as Record<string, unknown>)[k]);
  return out;
}

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto === Object.prototype || proto === null) return plainMap(value);
  if (isDate(value as never)) return dateString(value as CypherDate<number>);
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    isDateTime(value as never) ||
    isLocalDateTime(value as never) ||
    isLocalTime(value as never) ||
    isTime(value as never) ||
    isDuration(value as never)
  ) {
    return String(value);
  }
  return plainMap(value);
}

export type Props = Record<string, unknown>;

export const plainProps = (props: unknown): Props => (toPlain(props) ?? {}) as Props;
