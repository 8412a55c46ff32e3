/**
 * The synthetic corpus's calendar: whole days since 1970-01-01 (UTC), the period it covers, and
 * the precisions its dates come in. Dates are stored as the first day of their unit
 * (docs/ontology.md, Time), so every date the generator writes goes through `floorTo`.
 */

const DAY_MS = 86_400_000;

/** The day number of an ISO date (yyyy-mm-dd). */
export const dayOf = (isoDate: string): number => Math.floor(Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS);

/** The ISO date (yyyy-mm-dd) of a day number. */
export const iso = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The first and last day anything in the corpus happens. */
export const START = dayOf('1990-01-01');
export const END = dayOf('2024-12-31');

/** The synthetic "source date" for open-ended states: they are known to hold up to here. */
export const LAST_REPORT = '2024-12-01';

export type Precision = 'day' | 'week' | 'month' | 'year';

/** The first day of the unit (day, ISO week, month, year) that contains `day`. */
export function floorTo(day: number, precision: Precision): number {
  const d = new Date(day * DAY_MS);
  switch (precision) {
    case 'day':
      return day;
    case 'week':
      return day - ((d.getUTCDay() + 6) % 7);
    case 'month':
      return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / DAY_MS);
    case 'year':
      return Math.floor(Date.UTC(d.getUTCFullYear(), 0, 1) / DAY_MS);
  }
}

/** The first day of the month `months` after the month of `day` (negative: before). */
export const addMonths = (day: number, months: number): number => {
  const d = new Date(day * DAY_MS);
  return Math.floor(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1) / DAY_MS);
};
