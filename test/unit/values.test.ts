/**
 * toPlain (src/graphql/values.ts): the driver's values to plain JSON, with the fast paths for
 * primitives, plain maps and four-digit dates giving exactly what the driver's own formatting gives.
 */
import neo4j from 'neo4j-driver';
import { toPlain } from '../../src/graphql/values';

describe('toPlain', () => {
  it('formats a Date as the driver does, for every month and day and years across the four-digit range', () => {
    let checked = 0;
    for (const year of [0, 1, 9, 10, 99, 100, 999, 1000, 1899, 1970, 2021, 9999])
      for (let month = 1; month <= 12; month++)
        for (const day of [1, 9, 10, 28]) {
          const d = new neo4j.types.Date(year, month, day);
          expect(toPlain(d)).toBe(d.toString());
          checked++;
        }
    expect(checked).toBe(12 * 12 * 4);
  });

  it('leaves years outside 0-9999 to the driver', () => {
    for (const year of [-1, -2021, 10000, 123456]) {
      const d = new neo4j.types.Date(year, 5, 3);
      expect(toPlain(d)).toBe(d.toString());
    }
  });

  it('turns Integers into numbers and the other temporal types into their ISO strings', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    const dt = new neo4j.types.DateTime(2021, 5, 3, 10, 30, 0, 0, 0);
    expect(toPlain(dt)).toBe(dt.toString());
    const dur = new neo4j.types.Duration(0, 7, 0, 0);
    expect(toPlain(dur)).toBe(dur.toString());
    const lt = new neo4j.types.LocalTime(9, 5, 0, 0);
    expect(toPlain(lt)).toBe('09:05:00');
  });

  it('walks lists, plain maps and maps without a prototype; primitives and null pass through', () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.when = new neo4j.types.Date(2019, 6, 7);
    const input = {
      s: 'text',
      n: 0.8,
      b: false,
      none: null,
      missing: undefined,
      list: [neo4j.int(1), 'x', [new neo4j.types.Date(2014, 7, 1)]],
      nested: { bare },
    };
    expect(toPlain(input)).toEqual({
      s: 'text',
      n: 0.8,
      b: false,
      none: null,
      missing: null,
      list: [1, 'x', ['2014-07-01']],
      nested: { bare: { when: '2019-06-07' } },
    });
    expect(toPlain(undefined)).toBeNull();
    expect(toPlain('a')).toBe('a');
  });

  it('walks other objects (a driver Node) by their own properties', () => {
    const node = new neo4j.types.Node(neo4j.int(7), ['Event'], { date: new neo4j.types.Date(2021, 3, 1) }, 'e7');
    expect(toPlain(node)).toMatchObject({ identity: 7, labels: ['Event'], properties: { date: '2021-03-01' } });
  });
});
