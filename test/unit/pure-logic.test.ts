/**
 * Pure logic that had no unit tests of its own: the Lucene query built from a search, the
 * substitution of a lowered bound into a named query's text, dates in words at every precision
 * (decade included, in the SDL's enum as in the ontology), and sentences that carry those dates.
 */
import { GraphQLEnumType } from 'graphql';
import { boundedQuery, namedQuery } from '../../src/db/cypher-files';
import { DomainError } from '../../src/errors';
import { luceneQuery, searchWords } from '../../src/graphql/lucene';
import { EntityRecord, RelationshipRecord } from '../../src/graphql/model';
import { buildSchema } from '../../src/graphql/schema';
import { sentence } from '../../src/graphql/sentences';
import { PRECISIONS } from '../../src/ontology/vocabulary';
import { formatDate, formatPeriod } from '../../src/shared/dates';
import { entityName, nodeLabel } from '../../src/shared/display-name';

function failure(f: () => unknown): DomainError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return e as DomainError;
  }
  throw new Error('expected a failure');
}

describe('luceneQuery (search)', () => {
  it('keeps words, folds case and accents, and drops stop words and Lucene operators', () => {
    expect(searchWords('The Remain-in-Mexico policy of López Obrador')).toEqual([
      'remain',
      'mexico',
      'policy',
      'lopez',
      'obrador',
    ]);
    const q = luceneQuery('López AND (Obrador)~ OR name:"x*"');
    // The user's operators never reach Lucene: only the generated ones remain.
    expect(q).not.toMatch(/"|López|\bname:"|\(Obrador\)/);
    expect(q).toContain('lopez^4');
    expect(q).toContain('obrador^4');
  });

  it('requires every word, and boosts entities whose name holds all of them', () => {
    const q = luceneQuery('vaccine doses');
    const [perWord, nameClause] = q.split(' OR name:');
    expect(perWord).toMatch(/^\(\(vaccine\^4 .*\) AND \(doses\^4 .*\)\)$/);
    expect(nameClause).toBe('(vaccine AND doses)^6');
  });

  it('gives long enough words a prefix and a fuzzy term, short ones neither fuzzy nor a boosted prefix', () => {
    expect(luceneQuery('mexico')).toMatch(/\(mexico\^4 OR mexico\*\^2 OR mexico~\d\)/);
    expect(luceneQuery('eu')).not.toMatch(/eu~/);
  });

  it('refuses a search of stop words only, naming the argument', () => {
    const e = failure(() => luceneQuery('the of and', 'text'));
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(e.details.argument).toBe('text');
    expect(e.message).toMatch(/^text must contain at least one word that is not a stop word/);
  });
});

describe("boundedQuery's text substitution", () => {
  const NAME = 'graph/linkage-paths';

  it('replaces the marked literal cap with the bound, and leaves the rest of the text as it is', () => {
    const original = namedQuery(NAME);
    expect(original).toMatch(/\/\*maxHops\*\/6/);
    const bounded = boundedQuery(NAME, { maxHops: 3 });
    expect(bounded).not.toContain('/*maxHops*/');
    expect(bounded).toBe(original.replace('/*maxHops*/6', '3'));
    expect(boundedQuery(NAME, { maxHops: 3 })).toBe(bounded); // cached: the same text again
    expect(boundedQuery(NAME, { maxHops: 6 })).toBe(original.replace('/*maxHops*/6', '6'));
  });

  it.each([0, 7, 2.5, Number.NaN])('refuses a bound outside 1..cap or not whole: %p', (value) => {
    expect(() => boundedQuery(NAME, { maxHops: value })).toThrow(`${NAME}: bound maxHops=${value} is outside 1..6`);
  });

  it('refuses a bound the query has no marker for', () => {
    expect(() => boundedQuery(NAME, { depth: 2 })).toThrow(`${NAME} has no /*depth*/ marker`);
  });
});

describe('dates in words (src/shared/dates.ts, shared with the explorer)', () => {
  it.each([
    ['day', '7 May 2021'],
    ['week', 'week of 7 May 2021'],
    ['month', 'May 2021'],
    ['year', '2021'],
  ])('at %s precision', (precision, words) => {
    expect(formatDate('2021-05-07', precision)).toBe(words);
  });

  it('at decade precision: the decade of the stored first year', () => {
    expect(formatDate('1980-01-01', 'decade')).toBe('the 1980s');
    expect(formatPeriod({ validFrom: '1980-01-01', validFromPrecision: 'decade', openEnded: true })).toBe(
      'the 1980s – still holding at the source date',
    );
  });

  it('says nothing for what is not a date', () => {
    expect(formatDate(undefined, 'day')).toBeUndefined();
    expect(formatDate('May 2021', 'month')).toBeUndefined();
    expect(formatPeriod({})).toBe('not dated');
  });

  it("the SDL's DatePrecision enum has exactly the ontology's precisions (decade included)", () => {
    const enumType = buildSchema().getType('DatePrecision');
    expect(enumType).toBeInstanceOf(GraphQLEnumType);
    expect((enumType as GraphQLEnumType).getValues().map((v) => v.name)).toEqual([...PRECISIONS]);
  });
});

describe('sentences carry the date at its precision', () => {
  const entity = (id: string, label: string, props: Record<string, unknown>): EntityRecord => ({
    id,
    labels: ['Entity', label],
    props: { id, ...props },
  });
  const us = entity('country:us', 'Country', { name: 'United States' });
  const mx = entity('country:mx', 'Country', { name: 'Mexico' });
  const rel = (props: Record<string, unknown>): RelationshipRecord => ({
    id: 'pressured|country:us|country:mx',
    type: 'PRESSURED',
    from: us.id,
    to: mx.id,
    props: { statuses: ['reported'], ...props },
  });

  it('a decade-precision date reads as the decade', () => {
    const s = sentence(rel({ date: '1980-01-01', datePrecision: 'decade' }), { from: us, to: mx });
    expect(s).toMatch(/^United States .* Mexico \(the 1980s\)\.$/);
  });

  it('a period reads from start to end, each at its own precision', () => {
    const s = sentence(
      rel({ validFrom: '1990-01-01', validFromPrecision: 'decade', validTo: '2019-06-01', validToPrecision: 'month' }),
      { from: us, to: mx },
    );
    expect(s).toContain('(the 1990s – June 2019)');
  });

  it('an entity without a name is named by its id', () => {
    const s = sentence(rel({ date: '2021-05-07', datePrecision: 'day' }), { from: us, to: null });
    expect(s).toMatch(/^United States .* country:mx \(7 May 2021\)\.$/);
  });
});

describe('display names (src/shared/display-name.ts)', () => {
  it('an entity is called by its name, else its title, else its id', () => {
    expect(entityName({ name: 'Mexico', title: 'ignored' }, 'country:mx')).toBe('Mexico');
    expect(entityName({ title: 'Foreign Minister' }, 'office:mx-foreign-minister')).toBe('Foreign Minister');
    expect(entityName({ name: '' }, 'person:x')).toBe('person:x');
    expect(entityName({ metric: 'migrants in custody' }, 'stat:x')).toBe('stat:x');
  });

  it("a node's label in an export falls back to what it is about, then its id", () => {
    expect(nodeLabel({ title: 'Foreign Minister', metric: 'm' }, 'office:x')).toBe('Foreign Minister');
    expect(nodeLabel({ metric: 'migrants in custody' }, 'stat:x')).toBe('migrants in custody');
    expect(nodeLabel({ text: 'We need Mexico' }, 'quote:x')).toBe('We need Mexico');
    expect(nodeLabel({}, 'quote:x')).toBe('quote:x');
  });

  it('sentences use the same rule: an office without a name reads by its title', () => {
    const person = { id: 'person:x', labels: ['Entity', 'Person'], props: { id: 'person:x', name: 'Ana X' } };
    const office = { id: 'office:y', labels: ['Entity', 'Office'], props: { id: 'office:y', title: 'Consul' } };
    const s = sentence(
      { id: 'held_office|person:x|office:y', type: 'HELD_OFFICE', from: person.id, to: office.id, props: {} },
      { from: person, to: office },
    );
    expect(s).toMatch(/^Ana X .* Consul\.$/);
  });
});
