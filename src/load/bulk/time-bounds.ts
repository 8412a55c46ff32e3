/**
 * timeStart/timeEnd/timeDerivation for the bulk import path, which writes CSV for
 * neo4j-admin and so cannot run the Cypher the online loader runs (cypher/queries/load/*.cypher,
 * the rules of cypher/data/900_time_bounds.cypher). The same rule, on ISO dates:
 *   start = date, else validFrom, else knownFrom;
 *   end   = the end of the precision unit of date, else of validTo, else of knownTo when
 *           openEnded = false; null = open;
 *   applied only when one of date/validFrom/validTo/knownFrom is present.
 * "The end of the unit" is Neo4j's `d + duration(unit) - P1D`, whose month arithmetic clamps to
 * the month's last day (Java's LocalDate.plusMonths); this does the same. The bulk import test
 * (test/scale/bulk-import.int.test.ts) compares every element with what the online loader stores.
 */
import type { JsonProperties } from '../format';

/** The text the online loader writes (cypher/queries/load/entities.cypher), so both paths agree. */
export const TIME_DERIVATION =
  'timeStart/timeEnd derived by the bulk loader (cypher/queries/load/) from date, validFrom/validTo or knownFrom/knownTo (openEnded) and their precision, by the rules of cypher/data/900_time_bounds.cypher';

export interface TimeBounds {
  timeStart?: string;
  timeEnd?: string;
  timeDerivation: string;
}

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const iso = (y: number, m: number, d: number): string =>
  `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** `date + duration(P<months>M<days>D) - P1D`, Neo4j's way (months first, clamped; then days). */
function endOfUnit(date: string, precision: unknown): string {
  let [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const months = precision === 'decade' ? 120 : precision === 'year' ? 12 : precision === 'month' ? 1 : 0;
  const days = precision === 'week' ? 7 : months === 0 ? 1 : 0;
  if (months > 0) {
    const total = y * 12 + (m - 1) + months;
    y = Math.floor(total / 12);
    m = (total % 12) + 1;
    d = Math.min(d, daysInMonth(y, m));
  }
  const t = new Date(Date.UTC(y, m - 1, d));
  t.setUTCFullYear(y); // years below 100 are not shifted to 19xx
  t.setUTCDate(t.getUTCDate() + days - 1);
  return iso(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** The derived bounds of an element with these (JSON) properties, or undefined when it is timeless. */
export function timeBounds(p: JsonProperties): TimeBounds | undefined {
  const s = (k: string): string | undefined => (typeof p[k] === 'string' ? p[k] : undefined);
  const date = s('date');
  const validFrom = s('validFrom');
  const validTo = s('validTo');
  const knownFrom = s('knownFrom');
  const knownTo = s('knownTo');
  if (date === undefined && validFrom === undefined && validTo === undefined && knownFrom === undefined)
    return undefined;
  const start = date ?? validFrom ?? knownFrom;
  let end: string | undefined;
  if (date !== undefined) end = endOfUnit(date, p.datePrecision);
  else if (validTo !== undefined) end = endOfUnit(validTo, p.validToPrecision);
  else if (knownTo !== undefined && p.openEnded === false) end = endOfUnit(knownTo, p.knownToPrecision);
  return {
    ...(start !== undefined ? { timeStart: start } : {}),
    ...(end !== undefined ? { timeEnd: end } : {}),
    timeDerivation: TIME_DERIVATION,
  };
}
