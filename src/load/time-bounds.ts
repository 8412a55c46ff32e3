/**
 * The TypeScript mirror of the time-bounds rule, whose one definition is
 * cypher/queries/time/bounds.cypher (docs/ontology.md, Time). Kept because the bulk path writes CSV
 * for neo4j-admin and has no database to run the rule in (src/load/bulk/convert.ts); the online
 * loader uses it too for what a batch creates (src/load/batch.ts), so that new elements are written
 * in one statement instead of being written and then revisited. The rule, on ISO dates:
 *   start = date, else validFrom, else knownFrom;
 *   end   = the end of the precision unit of date, else of validTo, else of knownTo when
 *           openEnded = false; null = open;
 *   key   = which of these it was (src/ontology/derivations.ts);
 *   applied only when one of date/validFrom/validTo/knownFrom is present.
 * "The end of the unit" is Neo4j's `d + duration(unit) - P1D`, whose month arithmetic clamps to
 * the month's last day (Java's LocalDate.plusMonths); this does the same. test/scale/loader.int.test.ts
 * compares every element of a generated corpus with what the Cypher rule derives, and
 * test/scale/bulk-import.int.test.ts the bulk import with the online loader.
 */
import type { TimeDerivationKey } from '../ontology/derivations';
import type { JsonProperties } from './format';

export interface TimeBounds {
  timeStart?: string;
  timeEnd?: string;
  timeDerivation: TimeDerivationKey;
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
  let key: TimeDerivationKey;
  if (date !== undefined) [end, key] = [endOfUnit(date, p.datePrecision), 'date'];
  else if (validTo !== undefined) [end, key] = [endOfUnit(validTo, p.validToPrecision), 'validity'];
  else if (knownTo !== undefined && p.openEnded === false)
    [end, key] = [endOfUnit(knownTo, p.knownToPrecision), 'known-range'];
  else key = 'open';
  return {
    ...(start !== undefined ? { timeStart: start } : {}),
    ...(end !== undefined ? { timeEnd: end } : {}),
    timeDerivation: key,
  };
}
