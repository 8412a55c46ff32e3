/**
 * Fault and abuse suite, search cost: requests that are cheap to send but would be
 * dear to run are refused before the database is asked (the observer on the
 * gateway counts every named query the service runs); the dearest request within
 * the budget is answered normally.
 */
import { Graph } from '../../src/db/driver';
import { SEARCH_BUDGET } from '../../src/graphql/search-budget';
import { closeDriver, getDriver, testDatabase } from '../support/db';
import { startTestService, TestService } from '../support/service';

const searches: string[] = [];
let api: TestService;
beforeAll(async () => {
  const graph = new Graph(getDriver(), testDatabase(), 15_000, ({ name }) => {
    if (name.startsWith('search/')) searches.push(name);
  });
  api = await startTestService(15_000, { graph });
});
afterAll(async () => {
  await api.stop();
  await closeDriver();
});
beforeEach(() => (searches.length = 0));

const SEARCH = 'query($q: String!) { search(query: $q, first: 100) { score entity { id } } }';
const word = (n: number, seed = 0): string =>
  Array.from({ length: n }, (_, i) => 'abcdefghijklmnopqrstuvwxyz'[(i * 7 + seed * 3) % 26]).join('');

describe('search text over the budget is BAD_USER_INPUT before the database is asked', () => {
  it.each([
    ['a word of 1,000 characters (Lucene: "input automaton is too large")', word(1000)],
    [`a word of ${SEARCH_BUDGET.maxWordLength + 1} characters`, word(SEARCH_BUDGET.maxWordLength + 1)],
    [
      `${SEARCH_BUDGET.maxWords + 1} words`,
      Array.from({ length: SEARCH_BUDGET.maxWords + 1 }, (_, i) => word(6, i)).join(' '),
    ],
    [`${SEARCH_BUDGET.maxQueryLength + 1} characters`, `${word(10)} `.repeat(20) + 'a'],
    [
      'twelve random 1,000-character words (a 12 KB body)',
      Array.from({ length: 12 }, (_, i) => word(1000, i)).join(' '),
    ],
  ])('%s', async (_name, q) => {
    const res = await api.gql(SEARCH, { q });
    expect(res.status).toBe(200);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.extensions?.argument).toBe('query');
    expect(res.body.errors?.[0]?.message).toMatch(/query/);
    expect(res.text).not.toMatch(/automaton|Lucene|\n\s+at /i);
    expect(searches).toEqual([]);
  });
});

describe('repeated searches in one request are refused before anything runs', () => {
  it('15 aliased searches: 400 GRAPHQL_VALIDATION_FAILED naming the limit', async () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `s${i}: search(query: "mexico") { score }`).join(' ');
    const res = await api.gql(`{ ${aliases} }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.body.errors?.[0]?.message).toMatch(
      new RegExp(`at most ${SEARCH_BUDGET.maxSearchesPerRequest} searches`),
    );
    expect(searches).toEqual([]);
  });

  it('searches hidden in fragments and inline fragments are counted too', async () => {
    const res = await api.gql(`{ ...A ...B ... on Query { c: search(query: "us") { score } } }
      fragment A on Query { a: search(query: "mexico") { score } }
      fragment B on Query { b: search(query: "harris") { score } ...A2 }
      fragment A2 on Query { d: search(query: "asylum") { score } }`);
    expect(res.status).toBe(400);
    expect(res.body.errors?.[0]?.message).toMatch(/this one has 4/);
    expect(searches).toEqual([]);
  });

  it(`${SEARCH_BUDGET.maxSearchesPerRequest} searches in one request are fine`, async () => {
    const ok = Array.from(
      { length: SEARCH_BUDGET.maxSearchesPerRequest },
      (_, i) => `s${i}: search(query: "mexico") { score }`,
    );
    const res = await api.gql(`{ ${ok.join(' ')} }`);
    expect(res.body.errors).toBeUndefined();
    expect(searches.length).toBe(SEARCH_BUDGET.maxSearchesPerRequest);
  });
});

describe('the dearest request within the budget', () => {
  it('a 100 KB request of the most expensive searches allowed is answered, and the service stays responsive', async () => {
    // Every search at the budget: the most words, each of the longest length that still gets a two-edit fuzzy term.
    const q = (s: number) =>
      Array.from({ length: SEARCH_BUDGET.maxWords }, (_, i) => word(SEARCH_BUDGET.maxTwoEditLength, s * 10 + i)).join(
        ' ',
      );
    const fields = Array.from(
      { length: SEARCH_BUDGET.maxSearchesPerRequest },
      (_, s) => `s${s}: search(query: ${JSON.stringify(q(s))}, first: 100) { score entity { id } }`,
    );
    // Padding in a comment: parsed (and sent) but no tokens, so it stays under the token limit.
    const query = `{ ${fields.join(' ')} }\n#${'x'.repeat(100 * 1024 - 2000)}`;
    const body = JSON.stringify({ query });
    expect(body.length).toBeGreaterThan(95 * 1024);
    expect(body.length).toBeLessThan(100 * 1024);
    const res = await fetch(api.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    const json = (await res.json()) as { data?: Record<string, unknown[]>; errors?: unknown };
    expect(res.status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(Object.keys(json.data!)).toHaveLength(SEARCH_BUDGET.maxSearchesPerRequest);
    expect(searches.length).toBe(SEARCH_BUDGET.maxSearchesPerRequest);
    const after = await api.data<{ search: { entity: { id: string } }[] }>(SEARCH, { q: 'Lopez Obrador' });
    expect(after.search[0]!.entity.id).toBe('person:lopez-obrador');
  }, 30_000);
});
