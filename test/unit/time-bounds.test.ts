/**
 * The TypeScript mirror of the time-bounds rule (src/load/time-bounds.ts) on the cases the rule,
 * cypher/queries/time/bounds.cypher, distinguishes, each with its derivation key;
 * test/scale/loader.int.test.ts compares every element of a generated corpus with what the Cypher
 * rule derives, and test/scale/bulk-import.int.test.ts the bulk import with the online loader.
 */
import { ColumnSet } from '../../src/load/bulk/columns';
import { timeBounds } from '../../src/load/time-bounds';

describe('timeBounds', () => {
  it('ends a date at the end of its precision unit', () => {
    expect(timeBounds({ date: '2019-06-01', datePrecision: 'month' })).toEqual({
      timeStart: '2019-06-01',
      timeEnd: '2019-06-30',
      timeDerivation: 'date',
    });
    expect(timeBounds({ date: '1980-01-01', datePrecision: 'decade' })?.timeEnd).toBe('1989-12-31');
    expect(timeBounds({ date: '2020-01-01', datePrecision: 'year' })?.timeEnd).toBe('2020-12-31');
    expect(timeBounds({ date: '2021-12-27', datePrecision: 'week' })?.timeEnd).toBe('2022-01-02');
    expect(timeBounds({ date: '2021-03-04' })?.timeEnd).toBe('2021-03-04');
  });

  it("clamps month arithmetic to the month's last day, as Neo4j's date + duration does", () => {
    // 2019-01-31 + P1M = 2019-02-28 (clamped), - P1D = 2019-02-27.
    expect(timeBounds({ date: '2019-01-31', datePrecision: 'month' })?.timeEnd).toBe('2019-02-27');
    // 2020-02-29 + P1Y = 2021-02-28, - P1D = 2021-02-27.
    expect(timeBounds({ date: '2020-02-29', datePrecision: 'year' })?.timeEnd).toBe('2021-02-27');
  });

  it('falls back to validFrom/validTo, then knownFrom/knownTo when not open-ended', () => {
    expect(timeBounds({ validFrom: '2001-05-01', validTo: '2003-01-01', validToPrecision: 'year' })).toEqual({
      timeStart: '2001-05-01',
      timeEnd: '2003-12-31',
      timeDerivation: 'validity',
    });
    expect(
      timeBounds({ knownFrom: '2001-05-01', knownTo: '2002-02-01', openEnded: false, knownToPrecision: 'month' }),
    ).toEqual({ timeStart: '2001-05-01', timeEnd: '2002-02-28', timeDerivation: 'known-range' });
    // A stated start beats the attested one; a stated end beats knownTo.
    expect(
      timeBounds({ validFrom: '2000-01-01', knownFrom: '2001-05-01', knownTo: '2002-02-01', openEnded: false }),
    ).toEqual({ timeStart: '2000-01-01', timeEnd: '2002-02-01', timeDerivation: 'known-range' });
    const open = timeBounds({ knownFrom: '2001-05-01', knownTo: '2002-02-01', openEnded: true });
    expect(open).toEqual({ timeStart: '2001-05-01', timeDerivation: 'open' });
    // openEnded absent: the source does not say it ended, so there is no end.
    expect(timeBounds({ validFrom: '2001-05-01', knownTo: '2002-02-01' })).toEqual({
      timeStart: '2001-05-01',
      timeDerivation: 'open',
    });
    expect(timeBounds({ validTo: '2003-01-01' })).toEqual({ timeEnd: '2003-01-01', timeDerivation: 'validity' });
  });

  it('leaves timeless elements alone (knownTo alone does not count)', () => {
    expect(timeBounds({ name: 'x' })).toBeUndefined();
    expect(timeBounds({ knownTo: '2002-02-01', openEnded: false })).toBeUndefined();
  });
});

describe('ColumnSet', () => {
  it('widens whole numbers to doubles and refuses a string/number mix, naming the property', () => {
    const c = new ColumnSet(':Statistic');
    expect(c.add({ value: 3, unit: 'USD', tags: [], date: '2020-01-01' })).toBeUndefined();
    expect(c.add({ value: 3.5, tags: ['a'] })).toBeUndefined();
    expect(c.columns()).toEqual([
      { name: 'date', type: 'date' },
      { name: 'tags', type: 'string[]' },
      { name: 'unit', type: 'string' },
      { name: 'value', type: 'double' },
    ]);
    expect(c.add({ unit: 4 })).toMatch(/property "unit" of :Statistic is a string in some records and a long/);
  });
});
