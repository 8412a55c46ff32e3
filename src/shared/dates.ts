/**
 * Dates in words, at the precision the source gives (docs/ontology.md, Time). Stored
 * dates are the first day of their unit, so "2019-06-01" at month precision is June 2019.
 * Shared by the API's sentences and the explorer page, so both say a date the same way.
 */

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "the 1980s", "2019", "June 2019", "week of 26 April 2021", "7 May 2021"; undefined if not a date. */
export function formatDate(date: unknown, precision: unknown): string | undefined {
  if (typeof date !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const month = MONTHS[Number(mo) - 1];
  if (precision === 'decade') return `the ${y}s`;
  if (precision === 'year') return y;
  if (precision === 'month') return `${month} ${y}`;
  if (precision === 'week') return `week of ${Number(d)} ${month} ${y}`;
  return `${Number(d)} ${month} ${y}`;
}

/** The date and period properties an element may carry. */
export interface PeriodProps {
  date?: unknown;
  datePrecision?: unknown;
  validFrom?: unknown;
  validFromPrecision?: unknown;
  validTo?: unknown;
  validToPrecision?: unknown;
  knownFrom?: unknown;
  knownFromPrecision?: unknown;
  knownTo?: unknown;
  knownToPrecision?: unknown;
  openEnded?: unknown;
}

/**
 * When an element held, in words: its point date, its stated period (validFrom/validTo),
 * or the window the source shows it holding in (knownFrom/knownTo); "not dated" otherwise.
 */
export function formatPeriod(p: PeriodProps): string {
  const point = formatDate(p.date, p.datePrecision);
  if (point) return point;
  const known = (d: unknown, precision: unknown) => {
    const s = formatDate(d, precision);
    return s ? `at least ${s}` : undefined;
  };
  const start = formatDate(p.validFrom, p.validFromPrecision) ?? known(p.knownFrom, p.knownFromPrecision);
  const end =
    formatDate(p.validTo, p.validToPrecision) ??
    (p.openEnded === true ? 'still holding at the source date' : known(p.knownTo, p.knownToPrecision));
  if (!start && !end) return 'not dated';
  if (!end) return `from ${start}`;
  if (!start) return `until ${end}`;
  return `${start} – ${end}`;
}

/** The first and last day of a date as a client wrote it (YYYY-MM-DD, or YYYY-MM / YYYY where allowed). */
export interface DateSpan {
  first: string;
  last: string;
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * Parse a date argument. `YYYY-MM-DD` is one day; with `partial`, `YYYY-MM` and `YYYY`
 * are the whole month or year (a window's ends: from 2019 means from 1 January 2019,
 * to 2019 until 31 December). Null when the text is none of the allowed forms or names
 * no calendar day (2019-02-30).
 */
export function parseDateInput(text: string, partial: boolean): DateSpan | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] === undefined ? undefined : Number(m[2]);
  const day = m[3] === undefined ? undefined : Number(m[3]);
  if (day === undefined && !partial) return null;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (month === undefined) return { first: `${pad(year, 4)}-01-01`, last: `${pad(year, 4)}-12-31` };
  const lastDay = daysIn(year, month);
  if (day === undefined)
    return { first: `${pad(year, 4)}-${pad(month)}-01`, last: `${pad(year, 4)}-${pad(month)}-${pad(lastDay)}` };
  if (day < 1 || day > lastDay) return null;
  const d = `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
  return { first: d, last: d };
}
