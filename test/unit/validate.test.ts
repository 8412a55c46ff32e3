import { DomainError } from '../../src/errors';
import { parseDateInput } from '../../src/shared/dates';
import * as v from '../../src/graphql/validate';

/** The error a check throws: its code, argument and message. */
function failure(f: () => unknown): { code: unknown; argument: unknown; message: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    const err = e as DomainError;
    return { code: err.code, argument: err.details.argument, message: err.message };
  }
  throw new Error('expected a failure');
}

describe('date arguments', () => {
  it('reads a day, and a whole month or year where a window is meant', () => {
    expect(parseDateInput('2019-06-01', false)).toEqual({ first: '2019-06-01', last: '2019-06-01' });
    expect(parseDateInput('2019-06', false)).toBeNull();
    expect(parseDateInput('2019-06', true)).toEqual({ first: '2019-06-01', last: '2019-06-30' });
    expect(parseDateInput('2020-02', true)).toEqual({ first: '2020-02-01', last: '2020-02-29' });
    expect(parseDateInput('2019', true)).toEqual({ first: '2019-01-01', last: '2019-12-31' });
    for (const bad of ['2019-02-30', '2019-13', '19-06-01', '2019/06/01', 'June 2019', ''])
      expect(parseDateInput(bad, true)).toBeNull();
  });

  it('a bad date is BAD_USER_INPUT naming the argument and the forms it takes', () => {
    const asOf = failure(() => v.date('date', '2019-13-01'));
    expect(asOf).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'date' });
    expect(asOf.message).toContain('YYYY-MM-DD');
    const from = failure(() => v.timeWindow('time', { from: 'last spring' }));
    expect(from).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'time.from' });
    expect(from.message).toMatch(/YYYY-MM-DD, or YYYY-MM or YYYY/);
    expect(failure(() => v.timeWindow('time', { asOf: '2019-06' }))).toMatchObject({ argument: 'time.asOf' });
  });

  it('a window of whole months or years runs from the first day of the first to the last day of the last', () => {
    const w = v.timeWindow('time', { from: '2019', to: '2021-03' });
    expect(String(w.from)).toBe('2019-01-01');
    expect(String(w.to)).toBe('2021-03-31');
    expect(failure(() => v.timeWindow('time', { from: '2021', to: '2019-06' })).code).toBe('BAD_USER_INPUT');
  });
});

describe('kinds and relationship types', () => {
  it('an unknown or lower-case relationship type is BAD_USER_INPUT listing the valid ones', () => {
    const lower = failure(() => v.relationshipTypes('includeTypes', ['holds_office']));
    expect(lower).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'includeTypes' });
    expect(lower.message).toContain('did you mean HOLDS_OFFICE?');
    expect(lower.message).toContain('PARTICIPATED_IN');
    expect(failure(() => v.relationshipType('type', 'FRIENDS_WITH')).message).toMatch(
      /RelationshipType values are .*PLAYED_ROLE/,
    );
    expect(v.relationshipTypes('types', ['HOLDS_OFFICE', 'HOLDS_OFFICE'])).toEqual(['HOLDS_OFFICE']);
  });

  it('an unknown entity kind is BAD_USER_INPUT listing the kinds', () => {
    const e = failure(() => v.entityKinds('types', ['person']));
    expect(e).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'types' });
    expect(e.message).toContain('did you mean Person?');
    expect(e.message).toContain('IssueLinkage');
    expect(v.entityKinds('types', ['Quote'])).toEqual(['Quote']);
  });
});
