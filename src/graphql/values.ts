/**
 * Neo4j values to plain JSON: temporal values become ISO strings (a Date is
 * YYYY-MM-DD), Integers become numbers. Everything the API returns goes through here.
 */
import { isDate, isDateTime, isDuration, isInt, isLocalDateTime, isLocalTime, isTime } from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (
    isDate(value as never) ||
    isDateTime(value as never) ||
    isLocalDateTime(value as never) ||
    isTime(value as never) ||
    isLocalTime(value as never) ||
    isDuration(value as never)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k] = toPlain(v);
    return out;
  }
  return value;
}

export type Props = Record<string, unknown>;

export const plainProps = (props: unknown): Props => (toPlain(props) ?? {}) as Props;
