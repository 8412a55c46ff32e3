import { buildSchema, parse, validate } from 'graphql';
import { luceneQuery } from '../../src/graphql/lucene';
import { fuzzyEdits, SEARCH_BUDGET, searchBudgetRule } from '../../src/graphql/search-budget';

describe('the search budget', () => {
  it('gives two typos only to words of 5 to maxTwoEditLength characters, one typo up to maxFuzzyLength, none beyond', () => {
    expect(fuzzyEdits('ab')).toBe(0);
    expect(fuzzyEdits('amlo')).toBe(1);
    expect(fuzzyEdits('ebrad')).toBe(2);
    expect(fuzzyEdits('x'.repeat(SEARCH_BUDGET.maxTwoEditLength))).toBe(2);
    expect(fuzzyEdits('x'.repeat(SEARCH_BUDGET.maxTwoEditLength + 1))).toBe(1);
    expect(fuzzyEdits('x'.repeat(SEARCH_BUDGET.maxFuzzyLength))).toBe(1);
    expect(fuzzyEdits('x'.repeat(SEARCH_BUDGET.maxFuzzyLength + 1))).toBe(0);
  });

  it('builds the Lucene query of ordinary words as before', () => {
    // Every word must match; an entity whose name holds every word ranks higher (the name clause).
    expect(luceneQuery('Lopez Obrador')).toBe(
      '((lopez^4 OR lopez*^2 OR lopez~2) AND (obrador^4 OR obrador*^2 OR obrador~2)) OR name:(lopez AND obrador)^6',
    );
    expect(luceneQuery('U.S.')).toBe('((u^4 OR u*) AND (s^4 OR s*)) OR name:(u AND s)^6');
  });

  it('refuses text over the budget, naming the argument', () => {
    expect(() => luceneQuery('x'.repeat(SEARCH_BUDGET.maxWordLength + 1))).toThrow(/query holds a word of 41/);
    expect(() =>
      luceneQuery(
        Array(SEARCH_BUDGET.maxWords + 1)
          .fill('word')
          .join(' '),
      ),
    ).toThrow(/at most 6 words/);
    expect(() => luceneQuery('a '.repeat(150))).toThrow(/at most 200 characters/);
  });

  it('counts searches per operation through aliases and fragments, not per document', () => {
    const schema = buildSchema('type Query { search(query: String): [Int] other: Int }');
    const errors = (source: string) => validate(schema, parse(source), [searchBudgetRule]).map((e) => e.message);
    expect(errors('{ a: search b: search c: search other }')).toEqual([]);
    expect(errors('{ a: search b: search ...F } fragment F on Query { c: search d: search }')).toEqual([
      expect.stringMatching(/at most 3 searches \(this one has 4\)/),
    ]);
    // Two operations of three each: only one runs per request.
    expect(errors('query A { a: search b: search c: search } query B { a: search b: search c: search }')).toEqual([]);
  });
});
